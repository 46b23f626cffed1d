import { BUS_FAULT } from '../cpu/bus.js';
import type { HartPort } from './hart-port.js';
import type { SystemBus } from './system-bus.js';

// Operation numbers (ARM semihosting, which RISC-V semihosting reuses)
export const SYS_OPEN = 0x01;
export const SYS_CLOSE = 0x02;
export const SYS_WRITEC = 0x03;
export const SYS_WRITE0 = 0x04;
export const SYS_WRITE = 0x05;
export const SYS_READ = 0x06;
export const SYS_READC = 0x07;
export const SYS_ISERROR = 0x08;
export const SYS_ISTTY = 0x09;
export const SYS_SEEK = 0x0a;
export const SYS_FLEN = 0x0c;
export const SYS_TMPNAM = 0x0d;
export const SYS_REMOVE = 0x0e;
export const SYS_RENAME = 0x0f;
export const SYS_CLOCK = 0x10;
export const SYS_TIME = 0x11;
export const SYS_SYSTEM = 0x12;
export const SYS_ERRNO = 0x13;
export const SYS_GET_CMDLINE = 0x15;
export const SYS_HEAPINFO = 0x16;
export const SYS_EXIT = 0x18;
export const SYS_EXIT_EXTENDED = 0x20;
export const SYS_ELAPSED = 0x30;
export const SYS_TICKFREQ = 0x31;

export const ADP_Stopped_ApplicationExit = 0x20026;

// errno values (newlib/picolibc numbering)
const ENOENT = 2, EBADF = 9, EFAULT = 14, EINVAL = 22, ENOSYS = 88;

/** Contents of the magic file ":semihosting-features": "SHFB" + one byte (EXIT_EXTENDED | STDOUT_STDERR). */
const FEATURES = Uint8Array.of(0x53, 0x48, 0x46, 0x42, 0x03);

type Handle = { kind: 'stdin' | 'stdout' | 'stderr' } | { kind: 'features'; pos: number };

export interface SemihostOptions {
  bus: SystemBus;
  /** Console sink (the same one the UART writes to). */
  console: (bytes: Uint8Array) => void;
  /** One input byte, or -1 when there is none (shared with the UART's receive queue). */
  readByte: () => number;
  /** Ticks of the deterministic clock since power-on. */
  ticks: () => number;
  /** Tick frequency in Hz (10 MHz on virt). */
  tickHz: number;
  /** The program asked to exit with this code. */
  exit: (code: number) => void;
}

export interface SemihostState { errno: number; nextHandle: number; handles: [number, Handle][] }

/**
 * Host side of the semihosting calls picolibc's `--oslib=semihost` makes. There is no host
 * filesystem: only ":tt" (the console) and ":semihosting-features" can be opened. Every guest
 * pointer goes through the bus; a bad pointer makes the call fail (-1, errno EFAULT).
 */
export class Semihost {
  errno = 0;
  private handles = new Map<number, Handle>();
  private nextHandle = 1;

  constructor(private readonly o: SemihostOptions) {}

  /** The `hart.semihost` hook: a0 = operation, a1 = parameter; result in a0. */
  handle(hart: HartPort): boolean {
    const op = hart.x[10]! >>> 0;
    const arg = hart.x[11]! >>> 0;
    let r: number;
    try {
      r = this.call(op, arg, hart);
    } catch {
      r = this.fail(EFAULT);
    }
    hart.x[10] = r | 0;
    return true;
  }

  private fail(errno: number): number {
    this.errno = errno;
    return -1;
  }

  private word(addr: number): number {
    const v = this.o.bus.load(addr >>> 0, 4);
    if (v === BUS_FAULT) throw new RangeError('bad pointer');
    return v;
  }

  private setWord(addr: number, value: number): void {
    if (!this.o.bus.store(addr >>> 0, 4, value >>> 0)) throw new RangeError('bad pointer');
  }

  private call(op: number, a: number, hart: HartPort): number {
    const bus = this.o.bus;
    switch (op) {
      case SYS_OPEN: {
        const namePtr = this.word(a), mode = this.word(a + 4), len = this.word(a + 8);
        const name = bus.readBytes(namePtr, len);
        if (name === null || mode > 11) return this.fail(name === null ? EFAULT : EINVAL);
        const text = String.fromCharCode(...name);
        let h: Handle;
        if (text === ':tt') h = { kind: mode < 4 ? 'stdin' : mode < 8 ? 'stdout' : 'stderr' };
        else if (text === ':semihosting-features' && mode < 4) h = { kind: 'features', pos: 0 };
        else return this.fail(ENOENT);
        const id = this.nextHandle++;
        this.handles.set(id, h);
        return id;
      }
      case SYS_CLOSE: {
        const id = this.word(a);
        return this.handles.delete(id) ? 0 : this.fail(EBADF);
      }
      case SYS_WRITEC: {
        const c = bus.load(a, 1);
        if (c === BUS_FAULT) return this.fail(EFAULT);
        this.o.console(Uint8Array.of(c));
        return 0;
      }
      case SYS_WRITE0: {
        const s = bus.readCString(a);
        if (s === null) return this.fail(EFAULT);
        this.o.console(s);
        return 0;
      }
      case SYS_WRITE: {
        const h = this.handles.get(this.word(a));
        const ptr = this.word(a + 4), len = this.word(a + 8);
        if (h === undefined || (h.kind !== 'stdout' && h.kind !== 'stderr')) { this.errno = EBADF; return len; }
        const data = bus.readBytes(ptr, len);
        if (data === null) { this.errno = EFAULT; return len; }
        this.o.console(data);
        return 0;
      }
      case SYS_READ: {
        const h = this.handles.get(this.word(a));
        const ptr = this.word(a + 4), len = this.word(a + 8);
        if (h === undefined || h.kind === 'stdout' || h.kind === 'stderr') { this.errno = EBADF; return -1; }
        const out: number[] = [];
        if (h.kind === 'features') {
          while (out.length < len && h.pos < FEATURES.length) out.push(FEATURES[h.pos++]!);
        } else {
          while (out.length < len) { const b = this.o.readByte(); if (b < 0) break; out.push(b); }
        }
        if (!bus.writeBytes(ptr, Uint8Array.from(out))) { this.errno = EFAULT; return -1; }
        return len - out.length;
      }
      case SYS_READC: {
        const b = this.o.readByte();
        return b < 0 ? -1 : b;
      }
      case SYS_ISERROR:
        return (this.word(a) | 0) < 0 ? 1 : 0;
      case SYS_ISTTY: {
        const h = this.handles.get(this.word(a));
        if (h === undefined) return this.fail(EBADF);
        return h.kind === 'features' ? 0 : 1;
      }
      case SYS_SEEK: {
        const h = this.handles.get(this.word(a));
        const pos = this.word(a + 4);
        if (h === undefined) return this.fail(EBADF);
        if (h.kind !== 'features' || pos > FEATURES.length) return this.fail(EINVAL);
        h.pos = pos;
        return 0;
      }
      case SYS_FLEN: {
        const h = this.handles.get(this.word(a));
        if (h === undefined) return this.fail(EBADF);
        return h.kind === 'features' ? FEATURES.length : this.fail(EINVAL);
      }
      case SYS_TMPNAM: case SYS_REMOVE: case SYS_RENAME: case SYS_SYSTEM:
        return this.fail(ENOSYS);
      case SYS_CLOCK:
        return Math.floor((this.o.ticks() * 100) / this.o.tickHz);
      case SYS_TIME:
        return Math.floor(this.o.ticks() / this.o.tickHz);
      case SYS_ERRNO:
        return this.errno;
      case SYS_GET_CMDLINE: {
        const buf = this.word(a), size = this.word(a + 4);
        if (size < 1) return this.fail(EINVAL);
        if (!bus.store(buf, 1, 0)) return this.fail(EFAULT);
        this.setWord(a + 4, 0);
        return 0;
      }
      case SYS_HEAPINFO: {
        const block = this.word(a);
        for (let i = 0; i < 4; i++) this.setWord(block + 4 * i, 0);
        return 0;
      }
      case SYS_EXIT: {
        // RV32 (like AArch32): the parameter is the reason code itself, no subcode.
        this.o.exit(a === ADP_Stopped_ApplicationExit ? 0 : 1);
        hart.requestYield();
        return 0;
      }
      case SYS_EXIT_EXTENDED: {
        const reason = this.word(a), subcode = this.word(a + 4);
        this.o.exit(reason === ADP_Stopped_ApplicationExit ? subcode | 0 : 1);
        hart.requestYield();
        return 0;
      }
      case SYS_ELAPSED: {
        const t = this.o.ticks();
        this.setWord(a, t % 2 ** 32);
        this.setWord(a + 4, Math.floor(t / 2 ** 32));
        return 0;
      }
      case SYS_TICKFREQ:
        return this.o.tickHz;
      default:
        return this.fail(ENOSYS);
    }
  }

  reset(): void {
    this.errno = 0; this.handles.clear(); this.nextHandle = 1;
  }

  snapshot(): SemihostState {
    return { errno: this.errno, nextHandle: this.nextHandle, handles: [...this.handles].map(([k, v]) => [k, { ...v }]) };
  }

  restore(state: unknown): void {
    const s = state as SemihostState;
    this.errno = s.errno; this.nextHandle = s.nextHandle;
    this.handles = new Map(s.handles.map(([k, v]) => [k, { ...v }]));
  }
}
