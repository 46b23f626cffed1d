/**
 * Minimal machine for the cpu tests: RAM (64 KiB at 0x8000_0000, rwx), flash (16 KiB at
 * 0x2000_0000, r-x, stores fault) and one MMIO hook at 0x1000_0000 (0x100 bytes) whose accesses
 * are logged and may call back into the hart. Everything else faults.
 */
import { BUS_FAULT, type Bus, type MemoryWindow } from '../../src/cpu/bus.js';
import { Hart, type HartOptions } from '../../src/cpu/hart.js';
import { GuestMemory } from '../../src/cpu/guest-memory.js';

export const RAM = 0x80000000;
export const RAM_SIZE = 0x10000;
export const FLASH = 0x20000000;
export const FLASH_SIZE = 0x4000;
export const MMIO = 0x10000000;
/** Where `machine()` points mtvec: a `jal x0, 0` self-loop. */
export const TRAP = RAM + 0x8000;

export interface MmioAccess { kind: 'load' | 'store' | 'fetch'; addr: number; width: number; value: number; instret: number }

export class TestBus implements Bus {
  readonly ram: MemoryWindow;
  readonly flash: MemoryWindow;
  readonly windows: readonly MemoryWindow[];
  readonly log: MmioAccess[] = [];
  /** MMIO register values by offset (loads of unknown offsets return 0). */
  readonly regs = new Map<number, number>();
  /** Called on every MMIO store (after logging). */
  onStore: ((offset: number, value: number) => void) | null = null;
  hart: Hart | null = null;
  /** Executable MMIO: fetch16 from MMIO returns these halfwords (by offset), else faults. */
  readonly code = new Map<number, number>();

  constructor() {
    // RAM and flash in one guest memory, as the SoC allocates them, so the translation tier runs.
    const guest = GuestMemory.create([RAM_SIZE, FLASH_SIZE])!;
    const win = (name: string, base: number, size: number, writable: boolean, i: number): MemoryWindow => ({
      name, base, size, bytes: guest.regions[i]!.bytes, writable, executable: true, dirty: guest.regions[i]!.dirty,
    });
    this.ram = win('ram', RAM, RAM_SIZE, true, 0);
    this.flash = win('flash', FLASH, FLASH_SIZE, false, 1);
    this.windows = [this.ram, this.flash];
  }

  private inMmio(addr: number): boolean { return ((addr - MMIO) >>> 0) < 0x100; }

  load(addr: number, width: 1 | 2 | 4): number {
    if (!this.inMmio(addr)) return BUS_FAULT;
    const v = (this.regs.get(addr - MMIO) ?? 0) >>> 0;
    this.log.push({ kind: 'load', addr, width, value: v, instret: this.hart?.instret ?? -1 });
    return width === 4 ? v : v & ((1 << (width * 8)) - 1);
  }

  store(addr: number, width: 1 | 2 | 4, value: number): boolean {
    if (!this.inMmio(addr)) return false;
    this.log.push({ kind: 'store', addr, width, value: value >>> 0, instret: this.hart?.instret ?? -1 });
    this.regs.set(addr - MMIO, value >>> 0);
    this.onStore?.(addr - MMIO, value >>> 0);
    return true;
  }

  fetch16(addr: number): number {
    if (this.inMmio(addr) && this.code.has(addr - MMIO)) {
      this.log.push({ kind: 'fetch', addr, width: 2, value: this.code.get(addr - MMIO)!, instret: -1 });
      return this.code.get(addr - MMIO)!;
    }
    return BUS_FAULT;
  }
}

export function writeWords(bytes: Uint8Array, offset: number, words: readonly number[]): void {
  const dv = new DataView(bytes.buffer, bytes.byteOffset);
  words.forEach((w, i) => dv.setUint32(offset + 4 * i, w >>> 0, true));
}

export function writeHalves(bytes: Uint8Array, offset: number, halves: readonly number[]): void {
  const dv = new DataView(bytes.buffer, bytes.byteOffset);
  halves.forEach((h, i) => dv.setUint16(offset + 2 * i, h & 0xffff, true));
}

export function readWord(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset).getUint32(offset, true);
}

/** A hart on a fresh TestBus with `words` at RAM and mtvec = TRAP (a self-loop). */
export function machine(words: readonly number[] = [], opts: HartOptions = {}): { hart: Hart; bus: TestBus } {
  const bus = new TestBus();
  writeWords(bus.ram.bytes, 0, words);
  writeWords(bus.ram.bytes, TRAP - RAM, [0x0000006f]); // jal x0, 0
  const hart = new Hart(bus, { resetPc: RAM, ...opts });
  bus.hart = hart;
  hart.writeCsr(0x305, TRAP);
  return { hart, bus };
}
