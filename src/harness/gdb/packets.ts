/**
 * The framing of GDB's remote serial protocol: `$payload#cs` packets with a two-digit hex
 * checksum (the sum of the payload's bytes mod 256), `+`/`-` acknowledgements, the Ctrl-C byte
 * (0x03) that interrupts a running target, and the escapes of binary data (`}` then the byte
 * XOR 0x20 for `#`, `$`, `}` and `*`).
 *
 * The reader never grows without bound: a packet longer than its limit is dropped as it
 * arrives (bytes are only counted), and reported as oversized once its end is seen, so that
 * the stub can answer it with an error; bytes outside packets other than acks and Ctrl-C are
 * ignored, as GDB's own stubs do.
 */

export type WireEvent =
  | { kind: 'packet'; payload: Uint8Array }
  /** A packet whose checksum did not match: answer `-` (GDB sends it again). */
  | { kind: 'bad-checksum' }
  /** A packet longer than the limit (dropped; `length` bytes of payload were seen). */
  | { kind: 'oversized'; length: number }
  | { kind: 'interrupt' }
  | { kind: 'ack' }
  | { kind: 'nak' };

const DOLLAR = 0x24, HASH = 0x23, PLUS = 0x2b, MINUS = 0x2d, CTRL_C = 0x03;

const enum State { Idle, Payload, Check1, Check2 }

export class PacketReader {
  private state = State.Idle;
  private buf: Uint8Array;
  private len = 0;
  /** Payload bytes seen in the current packet (also past the limit). */
  private seen = 0;
  private sum = 0;
  private check = 0;

  constructor(readonly maxPayload: number) {
    this.buf = new Uint8Array(Math.min(maxPayload, 4096));
  }

  /** Feed bytes from the wire; returns what they completed, in order. */
  push(bytes: Uint8Array): WireEvent[] {
    const out: WireEvent[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      switch (this.state) {
        case State.Idle:
          if (b === DOLLAR) { this.state = State.Payload; this.len = 0; this.seen = 0; this.sum = 0; }
          else if (b === CTRL_C) out.push({ kind: 'interrupt' });
          else if (b === PLUS) out.push({ kind: 'ack' });
          else if (b === MINUS) out.push({ kind: 'nak' });
          break;
        case State.Payload:
          if (b === HASH) { this.state = State.Check1; break; }
          if (b === DOLLAR) { this.len = 0; this.seen = 0; this.sum = 0; break; } // a new packet starts: the old one was cut
          this.sum = (this.sum + b) & 0xff;
          if (this.seen++ < this.maxPayload) {
            if (this.len === this.buf.length) {
              const n = new Uint8Array(Math.min(this.maxPayload, this.buf.length * 2));
              n.set(this.buf);
              this.buf = n;
            }
            this.buf[this.len++] = b;
          }
          break;
        case State.Check1:
          this.check = hexDigit(b) << 4;
          this.state = State.Check2;
          if (this.check < 0) this.check = -1;
          break;
        case State.Check2: {
          const lo = hexDigit(b);
          this.state = State.Idle;
          if (this.seen > this.maxPayload) out.push({ kind: 'oversized', length: this.seen });
          else if (this.check < 0 || lo < 0 || (this.check | lo) !== this.sum) out.push({ kind: 'bad-checksum' });
          else out.push({ kind: 'packet', payload: this.buf.slice(0, this.len) });
          break;
        }
      }
    }
    return out;
  }
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/** `$payload#cs` for a payload (binary-safe: the caller escapes what must be escaped). */
export function frame(payload: Uint8Array | string): Uint8Array {
  const p = typeof payload === 'string' ? Buffer.from(payload, 'latin1') : payload;
  const out = new Uint8Array(p.length + 4);
  out[0] = DOLLAR;
  let sum = 0;
  for (let i = 0; i < p.length; i++) { out[i + 1] = p[i]!; sum = (sum + p[i]!) & 0xff; }
  out[p.length + 1] = HASH;
  out[p.length + 2] = HEX.charCodeAt(sum >>> 4);
  out[p.length + 3] = HEX.charCodeAt(sum & 15);
  return out;
}

const HEX = '0123456789abcdef';

/** Binary data escaped for a packet (`}` + byte ^ 0x20 for # $ } *). */
export function escapeBinary(data: Uint8Array): Uint8Array {
  let n = data.length;
  for (const b of data) if (b === 0x23 || b === 0x24 || b === 0x7d || b === 0x2a) n++;
  const out = new Uint8Array(n);
  let j = 0;
  for (const b of data) {
    if (b === 0x23 || b === 0x24 || b === 0x7d || b === 0x2a) { out[j++] = 0x7d; out[j++] = b ^ 0x20; } else out[j++] = b;
  }
  return out;
}

/** Undo escapeBinary (a trailing lone `}` is dropped). */
export function unescapeBinary(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length);
  let j = 0;
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    if (b === 0x7d) { if (++i < data.length) out[j++] = data[i]! ^ 0x20; } else out[j++] = b;
  }
  return out.slice(0, j);
}

/** Bytes as lower-case hex. */
export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** Hex text as bytes, or null when it is not an even number of hex digits. */
export function fromHex(text: string): Uint8Array | null {
  if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) return null;
  return Uint8Array.from(Buffer.from(text, 'hex'));
}

/** A 32-bit value as 8 hex digits, little-endian byte order (GDB's register encoding). */
export function le32(v: number): string {
  const u = v >>> 0;
  let s = '';
  for (let i = 0; i < 4; i++) s += ((u >>> (8 * i)) & 0xff).toString(16).padStart(2, '0');
  return s;
}

/** 8 hex digits in little-endian byte order as a 32-bit value, or null. */
export function parseLe32(text: string): number | null {
  const b = fromHex(text);
  if (b === null || b.length !== 4) return null;
  return (b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0;
}

/** A hex number as GDB writes addresses and lengths (no prefix), or null; at most 2^53-1. */
export function parseHexNumber(text: string): number | null {
  if (!/^[0-9a-fA-F]{1,13}$/.test(text)) return null;
  return parseInt(text, 16);
}
