import { BUS_FAULT, type Bus, type MemoryWindow } from '../cpu/bus.js';
import { RvZooError } from '../errors.js';
import type { Device } from './device.js';
import { MemoryRegion } from './memory.js';

interface Slot {
  readonly base: number;
  readonly end: number; // exclusive, may be 2^32
  readonly mem: MemoryRegion | null;
  readonly dev: Device | null;
}

const hex = (n: number): string => '0x' + (n >>> 0).toString(16).padStart(8, '0');

/**
 * The physical address space: RAM/flash windows and MMIO devices, sorted by base, found by
 * binary search with a one-entry cache. Never throws for a guest access.
 */
export class SystemBus implements Bus {
  readonly windows: readonly MemoryWindow[];
  readonly memories: readonly MemoryRegion[];
  readonly devices: readonly Device[];
  private readonly slots: Slot[];
  private readonly bases: Float64Array;
  private last: Slot;
  /** Called after a bus store lands in executable memory (the Board points it at hart.invalidate). */
  onCodeWrite: ((addr: number, length: number) => void) | null = null;

  constructor(memories: MemoryRegion[], devices: Device[]) {
    const slots: Slot[] = [
      ...memories.map((m) => ({ base: m.base, end: m.base + m.size, mem: m, dev: null })),
      ...devices.map((d) => ({ base: d.base >>> 0, end: (d.base >>> 0) + d.size, mem: null, dev: d })),
    ];
    slots.sort((a, b) => a.base - b.base);
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i]!;
      const name = s.mem ? s.mem.name : s.dev!.name;
      if (s.end > 2 ** 32 || s.end <= s.base) {
        throw new RvZooError(`${name} [${hex(s.base)}, +0x${(s.end - s.base).toString(16)}) does not fit in the 32-bit address space`);
      }
      if (i > 0 && slots[i - 1]!.end > s.base) {
        const p = slots[i - 1]!;
        throw new RvZooError(`${p.mem ? p.mem.name : p.dev!.name} [${hex(p.base)}, ${hex(p.end)}) overlaps ${name} [${hex(s.base)}, ${hex(s.end)})`);
      }
    }
    this.slots = slots;
    this.bases = Float64Array.from(slots.map((s) => s.base));
    this.memories = memories.slice().sort((a, b) => a.base - b.base);
    this.windows = this.memories;
    this.devices = devices.slice();
    this.last = slots[0] ?? { base: 1, end: 0, mem: null, dev: null };
  }

  /** The slot containing [addr, addr+width), or null. */
  private find(addr: number, width: number): Slot | null {
    let s = this.last;
    if (addr >= s.base && addr + width <= s.end) return s;
    const bases = this.bases;
    let lo = 0, hi = bases.length - 1, idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (bases[mid]! <= addr) { idx = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (idx < 0) return null;
    s = this.slots[idx]!;
    if (addr + width > s.end) return null;
    this.last = s;
    return s;
  }

  /** The RAM/flash region containing [addr, addr+length), if any. */
  memoryAt(addr: number, length = 1): MemoryRegion | null {
    const s = this.find(addr >>> 0, Math.max(1, length));
    return s && s.mem ? s.mem : null;
  }

  deviceAt(addr: number): Device | null {
    const s = this.find(addr >>> 0, 1);
    return s && s.dev ? s.dev : null;
  }

  load(addr: number, width: 1 | 2 | 4): number {
    addr >>>= 0;
    const s = this.find(addr, width);
    if (s === null) return BUS_FAULT;
    if (s.mem !== null) {
      const b = s.mem.bytes, o = addr - s.base;
      if (width === 1) return b[o]!;
      if (width === 2) return b[o]! | (b[o + 1]! << 8);
      return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
    }
    const v = s.dev!.load(addr - s.base, width);
    return v === BUS_FAULT ? BUS_FAULT : v >>> 0;
  }

  store(addr: number, width: 1 | 2 | 4, value: number): boolean {
    addr >>>= 0;
    const s = this.find(addr, width);
    if (s === null) return false;
    if (s.mem !== null) {
      const m = s.mem;
      if (!m.writable) return false;
      const o = addr - s.base;
      m.bytes[o] = value;
      if (width >= 2) m.bytes[o + 1] = value >>> 8;
      if (width === 4) { m.bytes[o + 2] = value >>> 16; m.bytes[o + 3] = value >>> 24; }
      m.markDirty(o, width);
      if (m.executable && this.onCodeWrite !== null) this.onCodeWrite(addr, width);
      return true;
    }
    return s.dev!.store(addr - s.base, width, value >>> 0);
  }

  fetch16(addr: number): number {
    addr >>>= 0;
    const s = this.find(addr, 2);
    if (s === null || s.mem === null || !s.mem.executable) return BUS_FAULT;
    const o = addr - s.base;
    return s.mem.bytes[o]! | (s.mem.bytes[o + 1]! << 8);
  }

  /** Guest-view bulk read (memory or devices, byte by byte for devices); null on any fault. */
  readBytes(addr: number, length: number): Uint8Array | null {
    addr >>>= 0;
    if (length < 0 || addr + length > 2 ** 32) return null;
    if (length === 0) return new Uint8Array(0);
    const m = this.memoryAt(addr, length);
    if (m !== null) return m.bytes.slice(addr - m.base, addr - m.base + length);
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      const v = this.load(addr + i, 1);
      if (v === BUS_FAULT) return null;
      out[i] = v;
    }
    return out;
  }

  /** Guest-view bulk write (flash refuses); false on any fault. */
  writeBytes(addr: number, data: Uint8Array): boolean {
    addr >>>= 0;
    if (addr + data.length > 2 ** 32) return false;
    if (data.length === 0) return true;
    const m = this.memoryAt(addr, data.length);
    if (m !== null) {
      if (!m.writable) return false;
      m.bytes.set(data, addr - m.base);
      m.markDirty(addr - m.base, data.length);
      if (m.executable && this.onCodeWrite !== null) this.onCodeWrite(addr, data.length);
      return true;
    }
    for (let i = 0; i < data.length; i++) if (!this.store(addr + i, 1, data[i]!)) return false;
    return true;
  }

  /** NUL-terminated string at addr (at most `max` bytes); null on a fault or no terminator. */
  readCString(addr: number, max = 1 << 20): Uint8Array | null {
    const bytes: number[] = [];
    for (let i = 0; i < max; i++) {
      const v = this.load((addr + i) >>> 0, 1);
      if (v === BUS_FAULT) return null;
      if (v === 0) return Uint8Array.from(bytes);
      bytes.push(v);
    }
    return null;
  }
}
