/**
 * A minimal GDB remote-protocol client for the stub's tests: frames packets, checks the
 * checksums of what comes back, acknowledges, and hands out replies in order. Waits are
 * event-driven (a promise per reply); the vitest timeout bounds them.
 */
import { connect, type Socket } from 'node:net';

export function checksum(payload: string): string {
  let s = 0;
  for (let i = 0; i < payload.length; i++) s = (s + payload.charCodeAt(i)) & 0xff;
  return s.toString(16).padStart(2, '0');
}

export function packet(payload: string): string {
  return `$${payload}#${checksum(payload)}`;
}

/** Splits a byte stream from a stub into acks and packets (checking each packet's checksum). */
export class ReplyParser {
  private buf = '';
  readonly acks: string[] = [];
  readonly packets: string[] = [];
  readonly errors: string[] = [];

  push(data: string): void {
    this.buf += data;
    for (;;) {
      const c = this.buf[0];
      if (c === undefined) return;
      if (c === '+' || c === '-') { this.acks.push(c); this.buf = this.buf.slice(1); continue; }
      if (c !== '$') { this.errors.push(`stray byte ${JSON.stringify(c)}`); this.buf = this.buf.slice(1); continue; }
      const end = this.buf.indexOf('#');
      if (end < 0 || this.buf.length < end + 3) return;
      const payload = this.buf.slice(1, end), cs = this.buf.slice(end + 1, end + 3);
      if (cs !== checksum(payload)) this.errors.push(`bad checksum on ${payload.slice(0, 40)}`);
      this.packets.push(payload);
      this.buf = this.buf.slice(end + 3);
    }
  }
}

export class GdbClient {
  private readonly parser = new ReplyParser();
  private waiters: ((p: string) => void)[] = [];
  private taken = 0;
  closed = false;
  private closeWaiters: (() => void)[] = [];

  private constructor(readonly socket: Socket) {
    socket.setEncoding('latin1');
    socket.setNoDelay(true);
    socket.on('data', (d: string) => {
      const before = this.parser.packets.length;
      this.parser.push(d);
      for (let i = before; i < this.parser.packets.length; i++) socket.write('+');
      this.deliver();
    });
    socket.on('close', () => { this.closed = true; for (const w of this.closeWaiters) w(); this.closeWaiters = []; });
  }

  static connect(port: number, host = '127.0.0.1'): Promise<GdbClient> {
    return new Promise((resolve, reject) => {
      const s = connect(port, host, () => resolve(new GdbClient(s)));
      s.once('error', reject);
    });
  }

  get errors(): string[] { return this.parser.errors; }

  private deliver(): void {
    while (this.waiters.length > 0 && this.taken < this.parser.packets.length) {
      this.waiters.shift()!(this.parser.packets[this.taken++]!);
    }
  }

  /** The next packet from the stub (console 'O' packets included). */
  next(): Promise<string> {
    return new Promise((resolve) => { this.waiters.push(resolve); this.deliver(); });
  }

  /** The next packet that is not an 'O' console packet; the O texts seen go to `console`. */
  async reply(console?: string[]): Promise<string> {
    for (;;) {
      const p = await this.next();
      if (p.length > 1 && p[0] === 'O' && /^O([0-9a-f]{2})+$/.test(p)) { console?.push(Buffer.from(p.slice(1), 'hex').toString('latin1')); continue; }
      return p;
    }
  }

  send(payload: string): void { this.socket.write(packet(payload)); }

  raw(data: string | Uint8Array): void { this.socket.write(data); }

  async request(payload: string, console?: string[]): Promise<string> {
    this.send(payload);
    return this.reply(console);
  }

  waitClosed(): Promise<void> {
    return this.closed ? Promise.resolve() : new Promise((r) => this.closeWaiters.push(r));
  }

  close(): void { this.socket.destroy(); }
}

/** A 32-bit register value from GDB's little-endian hex. */
export function le(hex: string): number {
  return Buffer.from(hex, 'hex').readUInt32LE(0);
}

export function toLe(v: number): string {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(v >>> 0);
  return b.toString('hex');
}
