import { describe, expect, it } from 'vitest';
import { BUS_FAULT } from '../../src/cpu/bus.js';
import type { Device } from '../../src/soc/device.js';
import { MemoryRegion } from '../../src/soc/memory.js';
import { SystemBus } from '../../src/soc/system-bus.js';
import { RvZooError } from '../../src/errors.js';

function makeBus() {
  const flash = new MemoryRegion('flash', 0x2000_0000, 0x4000, false, true, 'flash');
  const ram = new MemoryRegion('ram', 0x8000_0000, 0x4000, true, true, 'ram');
  const log: string[] = [];
  const dev: Device = {
    name: 'dev', base: 0x1000_0000, size: 0x100,
    load: (o, w) => (o === 0xfc ? BUS_FAULT : 0x1000 + o * 10 + w),
    store: (o, w, v) => { log.push(`${o}:${w}:${v.toString(16)}`); return o !== 0xfc; },
  };
  return { bus: new SystemBus([ram, flash], [dev]), ram, flash, log };
}

describe('SystemBus', () => {
  it('reads and writes RAM little-endian and marks pages dirty', () => {
    const { bus, ram } = makeBus();
    expect(bus.store(0x8000_1004, 4, 0xdeadbeef)).toBe(true);
    expect(bus.load(0x8000_1004, 4)).toBe(0xdeadbeef);
    expect(bus.load(0x8000_1004, 2)).toBe(0xbeef);
    expect(bus.load(0x8000_1007, 1)).toBe(0xde);
    expect(ram.bytes[0x1004]).toBe(0xef);
    expect(Array.from(ram.dirty)).toEqual([0, 1, 0, 0]);
    expect(bus.store(0x8000_3fff, 1, 0x1ff)).toBe(true);
    expect(bus.load(0x8000_3fff, 1)).toBe(0xff);
  });

  it('refuses guest stores to flash but fetches and loads from it', () => {
    const { bus, flash } = makeBus();
    flash.bytes.set([0x13, 0x05, 0x10, 0x00], 0x10);
    expect(bus.store(0x2000_0010, 4, 0)).toBe(false);
    expect(bus.load(0x2000_0010, 4)).toBe(0x00100513);
    expect(bus.fetch16(0x2000_0010)).toBe(0x0513);
    expect(bus.fetch16(0x2000_0012)).toBe(0x0010);
    expect(flash.dirty.every((d) => d === 0)).toBe(true);
    expect(bus.writeBytes(0x2000_0000, Uint8Array.of(1))).toBe(false);
  });

  it('faults on unmapped addresses and accesses straddling a region end, never throws', () => {
    const { bus } = makeBus();
    for (const a of [0, 0x0fff_ffff, 0x1000_0100, 0x7fff_fffc, 0x8000_4000, 0xffff_fffc, -4]) {
      expect(bus.load(a, 4)).toBe(BUS_FAULT);
      expect(bus.store(a, 4, 1)).toBe(false);
      expect(bus.fetch16(a)).toBe(BUS_FAULT);
    }
    expect(bus.load(0x8000_3ffe, 4)).toBe(BUS_FAULT);
    expect(bus.store(0x8000_3fff, 2, 0)).toBe(false);
    expect(bus.fetch16(0xffff_ffff)).toBe(BUS_FAULT);
  });

  it('routes MMIO with offsets and widths, propagates device faults, does not fetch from MMIO', () => {
    const { bus, log } = makeBus();
    expect(bus.load(0x1000_0004, 2)).toBe(0x1000 + 40 + 2);
    expect(bus.store(0x1000_0008, 1, 0xab)).toBe(true);
    expect(log).toEqual(['8:1:ab']);
    expect(bus.load(0x1000_00fc, 4)).toBe(BUS_FAULT);
    expect(bus.store(0x1000_00fc, 4, 0)).toBe(false);
    expect(bus.fetch16(0x1000_0000)).toBe(BUS_FAULT);
  });

  it('alternates regions correctly through the lookup cache', () => {
    const { bus } = makeBus();
    bus.store(0x8000_0000, 4, 7);
    for (let i = 0; i < 3; i++) {
      expect(bus.load(0x8000_0000, 4)).toBe(7);
      expect(bus.load(0x2000_0000, 4)).toBe(0);
      expect(bus.load(0x3000_0000, 4)).toBe(BUS_FAULT);
    }
  });

  it('bulk helpers and C strings', () => {
    const { bus } = makeBus();
    expect(bus.writeBytes(0x8000_0ffe, Uint8Array.of(0x68, 0x69, 0))).toBe(true);
    expect(bus.readCString(0x8000_0ffe)).toEqual(Uint8Array.of(0x68, 0x69));
    expect(bus.readBytes(0x8000_3ffe, 4)).toBeNull();
    expect(bus.readCString(0x9000_0000)).toBeNull();
  });

  it('rejects overlapping regions with a clear error', () => {
    const a = new MemoryRegion('ram', 0x8000_0000, 0x2000, true, true, 'ram');
    const b = new MemoryRegion('ram2', 0x8000_1000, 0x2000, true, true, 'ram');
    expect(() => new SystemBus([a, b], [])).toThrow(RvZooError);
    expect(() => new SystemBus([a, b], [])).toThrow(/ram \[0x80000000, 0x80002000\) overlaps ram2/);
  });
});
