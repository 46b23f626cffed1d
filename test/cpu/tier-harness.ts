/**
 * Harts in the three translation modes on a small machine, for the translation tier's tests:
 * RAM (64 KiB at 0x8000_0000), flash (16 KiB at 0x2000_0000, read-only) in one guest memory,
 * and an MMIO window at 0x1000_0000 whose accesses are logged. Uses the compiled code in dist
 * (hot loops are slow under vitest's transform).
 */
import { expect } from 'vitest';
import { BUS_FAULT, type Bus, type MemoryWindow } from '../../dist/src/cpu/bus.js';
import { Hart, type HartOptions, type RunExit } from '../../dist/src/cpu/hart.js';
import { GuestMemory } from '../../dist/src/cpu/guest-memory.js';
import { encode as e } from '../../dist/src/cpu/encode.js';

export const RAM = 0x80000000, RAM_SIZE = 0x10000, MMIO = 0x10000000;
export const FLASH = 0x20000000, FLASH_SIZE = 0x4000;
export const TRAP = RAM + 0x8000;
export const MSTATUS = 0x300, MIE = 0x304, MTVEC = 0x305, MEPC = 0x341, MCAUSE = 0x342, MTVAL = 0x343;
export type Mode = 'off' | 'on' | 'check';
/** A low compile threshold, so that short test programs exercise compiled regions. */
export const HOT = 16;

export class Bus1 implements Bus {
  private readonly guest = GuestMemory.create([RAM_SIZE, FLASH_SIZE])!;
  readonly ram: MemoryWindow = { name: 'ram', base: RAM, size: RAM_SIZE, bytes: this.guest.regions[0]!.bytes, writable: true, executable: true, dirty: this.guest.regions[0]!.dirty };
  readonly flash: MemoryWindow = { name: 'flash', base: FLASH, size: FLASH_SIZE, bytes: this.guest.regions[1]!.bytes, writable: false, executable: true, dirty: this.guest.regions[1]!.dirty };
  readonly windows = [this.ram, this.flash];
  readonly log: string[] = [];
  hart: Hart | null = null;
  onStore: ((off: number, v: number, h: Hart) => void) | null = null;
  load(addr: number, width: 1 | 2 | 4): number {
    if (((addr - MMIO) >>> 0) >= 0x100) return BUS_FAULT;
    this.log.push(`load ${addr.toString(16)} @${this.hart!.instret} pc ${this.hart!.pc.toString(16)}`);
    return 0x5a & ((1 << (8 * Math.min(width, 3))) - 1);
  }
  store(addr: number, width: 1 | 2 | 4, value: number): boolean {
    if (((addr - MMIO) >>> 0) >= 0x100) return false;
    this.log.push(`store ${addr.toString(16)}=${value >>> 0} @${this.hart!.instret} pc ${this.hart!.pc.toString(16)}`);
    this.onStore?.(addr - MMIO, value, this.hart!);
    return true;
  }
  fetch16(): number { return BUS_FAULT; }
}

export interface M { mode: Mode; hart: Hart; bus: Bus1 }

/** The program at RAM and a `jal x0, 0` self-loop at TRAP. */
export function load(bus: Bus1, words: number[]): Bus1 {
  const dv = new DataView(bus.ram.bytes.buffer, bus.ram.bytes.byteOffset);
  words.forEach((w, i) => dv.setUint32(i * 4, w >>> 0, true));
  dv.setUint32(TRAP - RAM, e('jal', { rd: 0, imm: 0 }), true);
  return bus;
}

export function make(mode: Mode, words: number[], setup?: (m: M) => void, opts: HartOptions = {}): M {
  const bus = load(new Bus1(), words);
  const hart = new Hart(bus, { resetPc: RAM, translate: mode, hotThreshold: HOT, ...opts });
  bus.hart = hart;
  hart.writeCsr(MTVEC, TRAP);
  const m = { mode, hart, bus };
  setup?.(m);
  return m;
}

export function state(m: M) {
  const h = m.hart;
  return {
    x: Array.from(h.x), pc: h.pc, instret: h.instret, cycle: h.cycle,
    mepc: h.readCsr(MEPC), mcause: h.readCsr(MCAUSE), mtval: h.readCsr(MTVAL), mstatus: h.readCsr(MSTATUS),
    fp: h.fpu.snapshot(),
    ram: Buffer.from(m.bus.ram.bytes).toString('base64'), log: m.bus.log.join('\n'),
  };
}

/** Run the same program in the three modes with the same driver; states must agree after each step. */
export function agree(words: number[], driver: (m: M, step: number) => RunExit | null, setup?: (m: M) => void, opts?: HartOptions): M[] {
  const ms = (['off', 'on', 'check'] as const).map((mode) => make(mode, words, setup, opts));
  for (let step = 0; ; step++) {
    const exits = ms.map((m) => driver(m, step));
    if (exits[0] === null) break;
    expect(exits[1], `exit of step ${step}`).toBe(exits[0]);
    expect(exits[2], `exit of step ${step}`).toBe(exits[0]);
    const s0 = state(ms[0]!);
    expect(state(ms[1]!), `'on' after step ${step}`).toEqual(s0);
    expect(state(ms[2]!), `'check' after step ${step}`).toEqual(s0);
  }
  return ms;
}
