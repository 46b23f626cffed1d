/**
 * The GDB remote stub of one Machine: the protocol (packets in, replies out, over any
 * transport; server.ts puts it on TCP) and the run control that Machine.run() goes through
 * while a stub is attached.
 *
 * Run control. The machine runs in chunks of CHUNK steps; between chunks the stub gives the
 * event loop a turn, so packets (and Ctrl-C) arrive while the firmware runs. A chunk boundary
 * changes nothing in the guest: the board's timer slicing and every count are those of a plain
 * run. Breakpoints, watchpoints and single-steps are the hart's (src/cpu/debug.ts): they stop
 * before an instruction, so a stop, an inspection and a resume leave the run exactly as it
 * would have been. Memory is read and written only in RAM and flash (never a device register,
 * whose read could have side effects); software breakpoints patch nothing.
 *
 * All-stop mode only, one thread (id 1). Signals in stop replies: SIGTRAP for breakpoints,
 * watchpoints and steps, SIGINT for Ctrl-C; when the run stops by itself with a debugger
 * attached the stub stops the target instead of ending the run, with the signal of the cause:
 * a trap loop by its exception (SIGILL illegal instruction, SIGSEGV access fault, SIGBUS
 * misaligned, SIGTRAP ebreak, SIGSYS ecall), a wfi deadlock SIGSTOP, an exhausted budget
 * SIGXCPU (continuing grants another budget of the same size); a line on GDB's console ('O'
 * packet) says what happened. The firmware's exit is `W` with its code.
 */
import type { Board, BoardStop } from '../../soc/board.js';
import type { Hart } from '../../cpu/hart.js';
import type { HostStop, WatchKind } from '../../cpu/debug.js';
import { describeCause } from '../../cpu/causes.js';
import { count } from '../../format.js';
import type { Machine } from '../machine.js';
import type { FootprintTracker } from '../footprint.js';
import { boardRegions, footprintLine, staticFootprint } from '../footprint.js';
import {
  PacketReader, escapeBinary, frame, fromHex, le32, parseHexNumber, toHex, unescapeBinary,
} from './packets.js';
import { G_REGISTERS, targetFeatures, targetXml, type GdbRegister } from './registers.js';

/** Largest packet payload accepted (advertised as PacketSize). */
export const PACKET_SIZE = 0x4000;
/** Steps per chunk between two turns of the event loop while the target runs. */
const CHUNK = 1 << 20;
/** Largest `m` read answered at once. */
const MAX_READ = 0x10000;

// GDB's signal numbers (gdb/signals.def)
export const SIGINT = 2, SIGILL = 4, SIGTRAP = 5, SIGBUS = 10, SIGSEGV = 11, SIGSYS = 12, SIGSTOP = 17, SIGXCPU = 24, SIGKILL = 9;

/** The signal a stop for an exception with this mcause reports. */
export function signalForCause(cause: number): number {
  switch (cause) {
    case 2: return SIGILL;
    case 1: case 5: case 7: return SIGSEGV;
    case 0: case 4: case 6: return SIGBUS;
    case 8: case 9: case 11: return SIGSYS;
    default: return SIGTRAP;
  }
}

export interface Transport {
  write(bytes: Uint8Array): void;
  /** End the connection (after detach or kill). */
  close(): void;
}

export interface GdbStubOptions {
  /** Start halted: the firmware's first instruction waits for GDB's continue (`--gdb-wait`). */
  wait?: boolean;
  /** The tracker `monitor footprint` reports from (else the static footprint only). */
  footprint?: FootprintTracker;
  /** Called with a one-line note on connection events (the CLI prints them on stderr). */
  log?: (line: string) => void;
}

/** What drive() ended with: the board's stop, or a kill from GDB. */
export type DriveEnd = { stop: BoardStop; sliceStopped: boolean } | { killed: true };

const hex8 = (n: number): string => '0x' + (n >>> 0).toString(16).padStart(8, '0');
const sig2 = (s: number): string => s.toString(16).padStart(2, '0');

export class GdbStub {
  private readonly hart: Hart;
  private readonly board: Board;
  private regs: GdbRegister[] = [];
  private regByNum = new Map<number, GdbRegister>();
  private xml = '';
  private transport: Transport | null = null;
  private reader = new PacketReader(PACKET_SIZE);
  private noAck = false;
  private lastSent: Uint8Array | null = null;
  private clientSwbreak = false;
  private clientHwbreak = false;
  /** The target must not run (stopped for GDB, or waiting for it). */
  private halted: boolean;
  /** GDB resumed the target and waits for a stop reply. */
  private running = false;
  /** The stop reply `?` answers. */
  private stopReply = '';
  /** The client speaks the multiprocess extensions (thread ids p1.1, as QEMU's stub). */
  private multiprocess = false;
  private wake: (() => void) | null = null;
  private killed = false;
  /** The run is inside drive(). */
  private driving = false;

  constructor(private readonly machine: Machine, private readonly options: GdbStubOptions = {}) {
    this.board = machine.board;
    this.hart = machine.board.hart;
    this.halted = options.wait === true;
  }

  get connected(): boolean { return this.transport !== null; }

  // ------------------------------------------------------------ connection

  /** A client connected: the target stops (as QEMU's stub does) and GDB's session begins. */
  connect(transport: Transport): void {
    this.transport = transport;
    this.reader = new PacketReader(PACKET_SIZE);
    this.noAck = false;
    this.lastSent = null;
    this.running = false;
    this.halted = true;
    this.multiprocess = false;
    this.stopReply = this.signalReply(SIGTRAP);
    const features = targetFeatures(this.hart);
    this.xml = targetXml(features);
    this.regs = features.flatMap((f) => f.regs);
    this.regByNum = new Map(this.regs.map((r) => [r.regnum, r]));
  }

  /** The connection went away without a detach: like a detach. */
  disconnected(): void {
    if (this.transport === null) return;
    this.transport = null;
    this.detachTarget();
  }

  /** Bytes from the client. */
  receive(bytes: Uint8Array): void {
    for (const ev of this.reader.push(bytes)) {
      if (this.transport === null) return;
      switch (ev.kind) {
        case 'packet':
          if (!this.noAck) this.transport.write(Uint8Array.of(0x2b));
          this.handle(Buffer.from(ev.payload.buffer, ev.payload.byteOffset, ev.payload.byteLength));
          break;
        case 'bad-checksum':
          if (!this.noAck) this.transport.write(Uint8Array.of(0x2d));
          break;
        case 'oversized':
          if (!this.noAck) this.transport.write(Uint8Array.of(0x2b));
          this.send('E01');
          break;
        case 'interrupt':
          if (this.running && !this.halted) this.stop(this.signalReply(SIGINT));
          break;
        case 'nak':
          if (this.lastSent !== null && !this.noAck) this.transport.write(this.lastSent);
          break;
        case 'ack':
          break;
      }
    }
  }

  private send(payload: string | Uint8Array): void {
    if (this.transport === null) return;
    const f = frame(payload);
    this.lastSent = f;
    this.transport.write(f);
  }

  /** Stop the target and tell GDB why (when it waits for a stop reply). */
  private stop(reply: string, note?: string): void {
    this.halted = true;
    this.stopReply = reply;
    if (!this.running) return;
    this.running = false;
    if (note !== undefined) this.send('O' + Buffer.from(`rv-zoo: ${note}\n`, 'latin1').toString('hex'));
    this.send(reply);
  }

  private resumeTarget(step: boolean): void {
    this.hart.debug.resume(this.hart.pc, step ? 1 : 0);
    this.halted = false;
    this.running = true;
    this.kick();
  }

  private detachTarget(): void {
    this.hart.debug.clearHost();
    this.running = false;
    this.halted = false;
    this.options.log?.('gdb: detached; the firmware runs on');
    this.kick();
  }

  private kick(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  // ------------------------------------------------------------ running

  /**
   * Run the board as Machine.run() would (board.run(budget, onSlice)), under GDB's control:
   * halts while GDB holds the target, reports stops, and turns stops that end a plain run
   * (trap loop, wfi deadlock, budget) into signals while a client is attached.
   */
  async drive(budget: number, onSlice: () => boolean): Promise<DriveEnd> {
    const hart = this.hart, board = this.board;
    let left = budget;
    let sliceStopped = false;
    const slice = (): boolean => {
      const ok = onSlice();
      if (!ok) sliceStopped = true;
      return ok;
    };
    this.driving = true;
    try {
      for (;;) {
        while (this.halted && !this.killed) await new Promise<void>((r) => { this.wake = r; });
        if (this.killed) { this.killed = false; return { killed: true }; }
        const before = hart.instret + board.exceptions;
        const stop = board.run(Math.min(left, CHUNK), slice);
        left -= Math.max(0, hart.instret + board.exceptions - before);
        if (sliceStopped) return { stop, sliceStopped: true };
        switch (stop.reason) {
          case 'exit':
            if (this.running) {
              this.running = false;
              this.send(`W${sig2((stop.exitCode ?? 0) & 0xff)}${this.multiprocess ? ';process:1' : ''}`);
            }
            return { stop, sliceStopped: false };
          case 'debug':
            this.stop(this.hostStopReply(hart.debug.lastStop));
            continue;
          case 'budget':
            if (left > 0) { await new Promise<void>((r) => setImmediate(r)); continue; }
            if (!this.connected) return { stop, sliceStopped: false };
            this.stop(this.signalReply(SIGXCPU), `${stop.message}; continue to run another ${budget} instructions`);
            left = budget;
            continue;
          case 'trap-loop':
            if (!this.connected) return { stop, sliceStopped: false };
            this.stop(this.signalReply(signalForCause(stop.cause ?? 3)), stop.message);
            continue;
          case 'wfi-deadlock':
            if (!this.connected) return { stop, sliceStopped: false };
            this.stop(this.signalReply(SIGSTOP), stop.message);
            continue;
        }
      }
    } finally {
      this.driving = false;
    }
  }

  /** `T` stop reply for a signal, with our thread. */
  private signalReply(sig: number): string {
    return `T${sig2(sig)}thread:${this.multiprocess ? 'p01.01' : '01'};`;
  }

  private hostStopReply(s: HostStop | null): string {
    const t = this.signalReply(SIGTRAP);
    if (s === null) return t;
    switch (s.kind) {
      case 'breakpoint':
        if (s.hardware) return this.clientHwbreak ? `${t}hwbreak:;` : t;
        return this.clientSwbreak ? `${t}swbreak:;` : t;
      case 'watchpoint': {
        const key = s.watch === 'write' ? 'watch' : s.watch === 'read' ? 'rwatch' : 'awatch';
        return `${t}${key}:${(s.addr >>> 0).toString(16)};`;
      }
      default:
        return t;
    }
  }

  /** The stub goes away (server closed): host breakpoints removed, the target runs on. */
  dispose(): void {
    this.transport?.close();
    this.transport = null;
    this.hart.debug.clearHost();
    this.running = false;
    this.halted = false;
    this.kick();
  }

  // ------------------------------------------------------------ packets

  private handle(p: Buffer): void {
    const text = p.toString('latin1');
    const c = text[0];
    let reply: string | Uint8Array | null;
    try {
      reply = this.command(c, text, p);
    } catch {
      reply = 'E01';
    }
    if (reply !== null) this.send(reply);
  }

  /** The reply to one packet ('' = unsupported), or null for none (resume, kill). */
  private command(c: string | undefined, text: string, raw: Buffer): string | Uint8Array | null {
    switch (c) {
      case '?': return this.stopReply;
      case 'g': return this.regs.slice(0, G_REGISTERS).map((r) => le32(Number(r.read()))).join('');
      case 'G': return this.writeAllRegisters(text.slice(1));
      case 'p': return this.readRegister(text.slice(1));
      case 'P': return this.writeRegister(text.slice(1));
      case 'm': return this.readMemory(text.slice(1));
      case 'M': return this.writeMemory(text.slice(1), false, raw);
      case 'X': return this.writeMemory(text.slice(1), true, raw);
      case 'c': case 's': case 'C': case 'S': {
        // an address to resume at: c ADDR, s ADDR, C sig;ADDR, S sig;ADDR
        const arg = c === 'c' || c === 's' ? text.slice(1) : (text.split(';')[1] ?? '');
        if (arg !== '') {
          const a = parseHexNumber(arg);
          if (a === null) return 'E01';
          this.hart.pc = a >>> 0;
        }
        this.resumeTarget(c === 's' || c === 'S');
        return null;
      }
      case 'v': return this.vPacket(text);
      case 'Z': case 'z': return this.breakpoint(c === 'Z', text.slice(1));
      case 'H': return 'OK';
      case 'T': return /^T(p?0*1(\.(0*1|-1))?|-1|0)$/.test(text) ? 'OK' : 'E01';
      case 'D':
        this.send('OK');
        this.transport?.close();
        this.transport = null;
        this.detachTarget();
        return null;
      case 'k':
        this.killTarget();
        return null;
      case 'q': return this.query(text);
      case 'Q':
        if (text === 'QStartNoAckMode') {
          this.send('OK');
          this.noAck = true;
          return null;
        }
        return '';
      default: return '';
    }
  }

  private killTarget(): void {
    this.options.log?.('gdb: killed');
    this.transport?.close();
    this.transport = null;
    this.hart.debug.clearHost();
    this.running = false;
    if (this.driving) {
      this.killed = true;
      this.halted = true;
      this.kick();
    } else {
      this.halted = false;
    }
  }

  private vPacket(text: string): string | null {
    if (text === 'vCont?') return 'vCont;c;C;s;S';
    if (text.startsWith('vCont;')) {
      for (const action of text.slice(6).split(';')) {
        const [act, thread] = action.split(':');
        if (thread !== undefined && !/^(p?0*1(\.(0*1|-1))?|-1|p-1(\.-1)?|0)$/.test(thread)) continue;
        const k = act?.[0];
        if (k === 'c' || k === 'C') { this.resumeTarget(false); return null; }
        if (k === 's' || k === 'S') { this.resumeTarget(true); return null; }
        if (k === 't') { this.stop(this.signalReply(SIGINT)); return this.running ? null : 'OK'; }
        return 'E01';
      }
      return 'E01';
    }
    if (text === 'vKill' || text.startsWith('vKill;')) {
      this.send('OK');
      this.killTarget();
      return null;
    }
    return '';
  }

  private query(text: string): string {
    if (text.startsWith('qSupported')) {
      const features = text.slice('qSupported:'.length).split(';');
      this.clientSwbreak = features.includes('swbreak+');
      this.clientHwbreak = features.includes('hwbreak+');
      this.multiprocess = features.includes('multiprocess+');
      if (this.halted && !this.running) this.stopReply = this.stopReply.replace(/thread:[^;]*;/, this.multiprocess ? 'thread:p01.01;' : 'thread:01;');
      return `PacketSize=${PACKET_SIZE.toString(16)};qXfer:features:read+;swbreak+;hwbreak+;vContSupported+;QStartNoAckMode+${this.multiprocess ? ';multiprocess+' : ''}`;
    }
    if (text.startsWith('qXfer:features:read:')) {
      const m = /^qXfer:features:read:([^:]*):([0-9a-fA-F]+),([0-9a-fA-F]+)$/.exec(text);
      if (!m) return 'E01';
      if (m[1] !== 'target.xml') return 'E00';
      const off = parseInt(m[2]!, 16), len = parseInt(m[3]!, 16);
      const data = Buffer.from(this.xml, 'latin1');
      if (off > data.length) return 'E01';
      const part = data.subarray(off, off + Math.min(len, PACKET_SIZE - 8));
      const last = off + part.length >= data.length;
      return (last ? 'l' : 'm') + Buffer.from(escapeBinary(part)).toString('latin1');
    }
    if (text === 'qC') return this.multiprocess ? 'QCp01.01' : 'QC01';
    if (text === 'qfThreadInfo') return this.multiprocess ? 'mp01.01' : 'm01';
    if (text === 'qsThreadInfo') return 'l';
    if (text.startsWith('qAttached')) return '1';
    if (text.startsWith('qRcmd,')) {
      const cmd = fromHex(text.slice(6));
      if (cmd === null) return 'E01';
      const out = this.monitor(Buffer.from(cmd).toString('latin1').trim());
      this.send('O' + Buffer.from(out, 'latin1').toString('hex'));
      return 'OK';
    }
    return '';
  }

  // ------------------------------------------------------------ registers and memory

  private writeAllRegisters(hexText: string): string {
    const n = Math.min(G_REGISTERS, Math.floor(hexText.length / 8));
    if (n === 0 || !/^[0-9a-fA-F]*$/.test(hexText)) return 'E01';
    for (let i = 0; i < n; i++) {
      const b = fromHex(hexText.slice(8 * i, 8 * i + 8))!;
      this.regs[i]!.write((b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0);
    }
    return 'OK';
  }

  private readRegister(arg: string): string {
    const n = parseHexNumber(arg);
    const r = n === null ? undefined : this.regByNum.get(n);
    if (r === undefined) return 'E01';
    return toHex(valueBytes(r.read(), r.bitsize));
  }

  private writeRegister(arg: string): string {
    const [num, val] = arg.split('=');
    const n = parseHexNumber(num ?? '');
    const r = n === null ? undefined : this.regByNum.get(n);
    const b = fromHex(val ?? '');
    if (r === undefined || b === null || b.length !== r.bitsize / 8) return 'E01';
    let v = 0n;
    for (let i = b.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i]!);
    r.write(r.bitsize <= 32 ? Number(v) : v);
    return 'OK';
  }

  private readMemory(arg: string): string {
    const m = /^([0-9a-fA-F]+),([0-9a-fA-F]+)$/.exec(arg);
    const addr = m ? parseHexNumber(m[1]!) : null, len = m ? parseHexNumber(m[2]!) : null;
    if (addr === null || len === null || addr > 0xffffffff) return 'E01';
    const bytes = this.read(addr, Math.min(len, MAX_READ));
    if (bytes.length === 0 && len > 0) return 'E14';
    return toHex(bytes);
  }

  /** The readable prefix of [addr, addr+len) in RAM and flash. */
  private read(addr: number, len: number): Uint8Array {
    const parts: Uint8Array[] = [];
    let a = addr, left = Math.min(len, 0x100000000 - addr);
    while (left > 0) {
      const r = this.board.memoryAt(a);
      if (r === null) break;
      const n = Math.min(left, r.end - a);
      parts.push(r.bytes.subarray(a - r.base, a - r.base + n));
      a += n;
      left -= n;
    }
    return Uint8Array.from(Buffer.concat(parts));
  }

  private writeMemory(arg: string, binary: boolean, raw: Buffer): string {
    const colon = arg.indexOf(':');
    if (colon < 0) return 'E01';
    const m = /^([0-9a-fA-F]+),([0-9a-fA-F]+)$/.exec(arg.slice(0, colon));
    const addr = m ? parseHexNumber(m[1]!) : null, len = m ? parseHexNumber(m[2]!) : null;
    if (addr === null || len === null || addr > 0xffffffff) return 'E01';
    let data: Uint8Array | null;
    if (binary) data = unescapeBinary(raw.subarray(raw.indexOf(0x3a) + 1));
    else data = fromHex(arg.slice(colon + 1));
    if (data === null || data.length !== len) return 'E01';
    if (len === 0) return 'OK';
    // only RAM and flash, and all of it
    let a = addr, left = len;
    while (left > 0) {
      const r = this.board.memoryAt(a);
      if (r === null) return 'E14';
      const n = Math.min(left, r.end - a);
      a += n;
      left -= n;
    }
    this.board.poke(addr, data);
    return 'OK';
  }

  private breakpoint(insert: boolean, arg: string): string {
    const m = /^([0-4]),([0-9a-fA-F]+),([0-9a-fA-F]+)$/.exec(arg);
    if (!m) return /^[0-4],/.test(arg) ? 'E01' : '';
    const type = Number(m[1]), addr = parseHexNumber(m[2]!), kind = parseHexNumber(m[3]!);
    if (addr === null || kind === null || addr > 0xffffffff) return 'E01';
    const dbg = this.hart.debug;
    if (type <= 1) {
      if (insert) dbg.addBreakpoint(addr, type === 1);
      else dbg.removeBreakpoint(addr);
      return 'OK';
    }
    if (kind === 0) return 'E01';
    const watch: WatchKind = type === 2 ? 'write' : type === 3 ? 'read' : 'access';
    if (insert) dbg.addWatchpoint(addr, kind, watch);
    else dbg.removeWatchpoint(addr, kind, watch);
    return 'OK';
  }

  // ------------------------------------------------------------ monitor

  /** `monitor CMD` in GDB: the text it prints. */
  monitor(cmd: string): string {
    const hart = this.hart, board = this.board;
    const word = cmd.split(/\s+/)[0] ?? '';
    switch (word) {
      case '':
      case 'help':
        return 'rv-zoo monitor commands:\n'
          + '  instructions   retired instructions, exceptions, cycles and mtime so far\n'
          + '  stage          the firmware\'s stages so far and the one it is in\n'
          + '  footprint      flash and RAM footprint (static, and what the run touched)\n'
          + '  triggers       the trigger module\'s CSRs and GDB\'s breakpoints and watchpoints\n'
          + '  where          pc, its function and source line\n';
      case 'instructions':
        return `instructions ${count(hart.instret)} retired, ${count(board.exceptions)} raised an exception; `
          + `cycles ${count(hart.cycle)}; mtime ${count(board.mtime())}\n`;
      case 'stage': {
        const stages = this.machine.stages();
        if (stages.length === 0) return 'no stage line yet\n';
        const lines = stages.map((s) => `  ${s.index === 0 ? '(boot)' : `[${s.index}/${s.total}] ${s.label}`}: `
          + `${count(s.index === stages[stages.length - 1]!.index ? hart.instret - s.start : s.instructions)} instructions`);
        const cur = stages[stages.length - 1]!;
        return `in stage ${cur.index === 0 ? '(boot)' : `[${cur.index}/${cur.total}] ${cur.label}`}\n${lines.join('\n')}\n`;
      }
      case 'footprint': {
        const tracker = this.options.footprint;
        if (tracker) return footprintLine(tracker) + '\n';
        const st = staticFootprint(this.machine.elf, boardRegions(this.machine));
        return `footprint: flash ${st.flash.total}, RAM ${st.ram.total} bytes (static: text ${st.berkeley.text}, data ${st.berkeley.data}, bss ${st.berkeley.bss})\n`;
      }
      case 'triggers': {
        const dbg = hart.debug;
        const lines: string[] = [];
        for (let t = 0; t < 2; t++) {
          const sel = hart.readCsr(0x7a0);
          hart.writeCsr(0x7a0, t);
          lines.push(`trigger ${t}: tdata1 ${hex8(hart.readCsr(0x7a1))} tdata2 ${hex8(hart.readCsr(0x7a2))}`);
          hart.writeCsr(0x7a0, sel);
        }
        for (const [a, hw] of dbg.hostBreakpoints) lines.push(`gdb ${hw ? 'hardware' : 'software'} breakpoint at ${hex8(a)}`);
        for (const w of dbg.hostWatchpoints) lines.push(`gdb ${w.kind} watchpoint at ${hex8(w.addr)}, ${w.len} bytes`);
        return lines.join('\n') + '\n';
      }
      case 'where':
        return `pc ${hex8(hart.pc)} ${this.machine.describeAddress(hart.pc)}\n`
          + (hart.lastTrap ? `last trap: ${describeCause(hart.lastTrap.cause)} at ${hex8(hart.lastTrap.epc)} ${this.machine.describeAddress(hart.lastTrap.epc)}\n` : '');
      default:
        return `unknown monitor command '${cmd}' (monitor help lists them)\n`;
    }
  }
}

/** A register value as little-endian bytes of its size. */
function valueBytes(v: number | bigint, bitsize: number): Uint8Array {
  const out = new Uint8Array(bitsize / 8);
  let b = BigInt(v);
  for (let i = 0; i < out.length; i++) { out[i] = Number(b & 0xffn); b >>= 8n; }
  return out;
}
