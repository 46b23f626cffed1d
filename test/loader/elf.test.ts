import { beforeAll, describe, expect, it } from 'vitest';
import { RvZooError } from '../../src/errors.js';
import { parseElf, PT_LOAD, type ElfImage } from '../../src/loader/elf.js';
import { loadElf, type LoadTarget } from '../../src/loader/load.js';
import { MemoryRegion } from '../../src/soc/memory.js';
import type { RegionInfo } from '../../src/soc/board.js';
import { buildElf, PROGRAM_C, RAM_LD, skipWithoutTools, START_S, XIP_LD } from './build.js';

/** A load target over plain memory regions (no hart needed). */
function fakeBoard(ramSize = 128 << 20, flashSize = 32 << 20) {
  const mems = [
    new MemoryRegion('flash', 0x20000000, flashSize, false, true, 'flash'),
    new MemoryRegion('ram', 0x80000000, ramSize, true, true, 'ram'),
  ];
  const regions: RegionInfo[] = [
    ...mems.map((m): RegionInfo => ({ name: m.name, base: m.base, size: m.size, kind: m.kind, writable: m.writable, executable: true })),
    { name: 'uart0', base: 0x10000000, size: 0x100, kind: 'mmio', writable: true, executable: false },
  ];
  const find = (a: number, n: number) => {
    const m = mems.find((r) => a >= r.base && a + n <= r.end);
    if (!m) throw new Error(`unmapped ${a.toString(16)}`);
    return m;
  };
  const board = {
    regions, entry: 0, hart: { pc: 0 },
    poke(addr: number, bytes: Uint8Array) { const m = find(addr, bytes.length); m.bytes.set(bytes, addr - m.base); m.markDirty(addr - m.base, bytes.length); },
    fill(addr: number, n: number, v = 0) { const m = find(addr, n); m.bytes.fill(v, addr - m.base, addr - m.base + n); m.markDirty(addr - m.base, n); },
    read(addr: number, n: number) { const m = find(addr, n); return m.bytes.slice(addr - m.base, addr - m.base + n); },
    mems,
  };
  return board;
}
const asTarget = (b: ReturnType<typeof fakeBoard>) => b as unknown as LoadTarget;

/** Index of the first PT_LOAD program header (GCC puts PT_RISCV_ATTRIBUTES first). */
function firstLoad(bytes: Uint8Array): number {
  const dv = new DataView(bytes.buffer, bytes.byteOffset);
  const phoff = dv.getUint32(28, true), phnum = dv.getUint16(44, true);
  for (let i = 0; i < phnum; i++) if (dv.getUint32(phoff + 32 * i, true) === PT_LOAD) return i;
  throw new Error('no PT_LOAD');
}

function expectError(f: () => unknown, re: RegExp): void {
  let err: unknown;
  try { f(); } catch (e) { err = e; }
  expect(err).toBeInstanceOf(RvZooError);
  expect((err as Error).message).toMatch(re);
  expect((err as Error).message).not.toContain('\n');
}

describe.skipIf(skipWithoutTools)('ELF loader on real RV32 ELFs', () => {
  let ram: { path: string; bytes: Uint8Array };
  let xip: { path: string; bytes: Uint8Array };
  let img: ElfImage;
  beforeAll(() => {
    ram = buildElf('ram', { 'start.S': START_S, 'prog.c': PROGRAM_C }, RAM_LD);
    xip = buildElf('xip', { 'start.S': START_S, 'prog.c': PROGRAM_C }, XIP_LD);
    img = parseElf(ram.bytes, 'ram.elf');
  });

  it('reads entry, segments and sections', () => {
    expect(img.file).toBe('ram.elf');
    expect(img.entry).toBe(0x80000000);
    const loads = img.segments.filter((s) => s.type === PT_LOAD);
    expect(loads.length).toBeGreaterThan(0);
    for (const s of loads) expect(s.data.length).toBe(s.filesz);
    const names = img.sections.map((s) => s.name);
    for (const n of ['.text', '.data', '.bss', '.symtab', '.strtab', '.rodata']) expect(names).toContain(n);
    expect(img.section('.bss')!.size).toBeGreaterThanOrEqual(1200);
    expect(img.section('.text')!.addr).toBe(0x80000000);
  });

  it('reads .symtab: functions, objects, locals, by name and by address', () => {
    const compute = img.symbol('compute')!;
    expect(compute).toMatchObject({ type: 'func', bind: 'global' });
    expect(compute.size).toBeGreaterThan(4);
    expect(img.symbolAt(compute.value)).toBe(compute);
    expect(img.symbolAt(compute.value + compute.size - 2)).toBe(compute);
    const table = img.symbol('table')!;
    expect(table).toMatchObject({ type: 'object', size: 256, bind: 'global' });
    expect(img.symbolAt(table.value + 255)!.name).toBe('table');
    expect(img.symbolAt(table.value + 256)?.name).not.toBe('table');
    expect(img.symbol('message')).toMatchObject({ type: 'object', size: 16 });
    expect(img.symbol('_start')).toMatchObject({ type: 'func', value: 0x80000000 });
    expect(img.symbol('__bss_start')!.type).toBe('other');
    expect(img.symbol('nope')).toBeUndefined();
    expect(img.symbolAt(0x10)).toBeUndefined();
  });

  it('loads segments at their addresses, zero-fills bss and sets the entry', () => {
    const b = fakeBoard();
    b.fill(0x80000000, 0x10000, 0xee); // garbage where bss will go
    loadElf(img, asTarget(b));
    expect(b.entry).toBe(0x80000000);
    expect(b.hart.pc).toBe(0x80000000);
    const table = img.symbol('table')!;
    expect(Array.from(new Int32Array(b.read(table.value, 12).buffer))).toEqual([1, 2, 3]);
    const msg = img.symbol('message')!;
    expect(new TextDecoder().decode(b.read(msg.value, 15))).toBe('hello from rv32');
    const zeros = img.symbol('zeros')!;
    expect(b.read(zeros.value, 1200).every((x) => x === 0)).toBe(true);
    expect(b.mems[1]!.dirty[0]).toBe(1);
  });

  it('XIP build: .data image lands at its LMA in flash, bss zeroed in RAM', () => {
    const x = parseElf(xip.bytes, 'xip.elf');
    expect(x.entry).toBe(0x20000000);
    const data = x.segments.find((s) => s.type === PT_LOAD && s.vaddr !== s.paddr)!;
    expect(data.vaddr >>> 0).toBeGreaterThanOrEqual(0x80000000);
    expect(data.paddr >>> 0).toBeLessThan(0x22000000);
    const b = fakeBoard();
    loadElf(x, asTarget(b));
    const lma = x.symbol('__data_load')!.value;
    const tableOff = x.symbol('table')!.value - x.symbol('__data_start')!.value;
    expect(Array.from(new Int32Array(b.read(lma + tableOff, 8).buffer))).toEqual([1, 2]);
    // nothing was written at .data's VMA (crt0 copies it there)
    expect(b.read(x.symbol('table')!.value, 4).every((v) => v === 0)).toBe(true);
  });

  it('rejects a segment that does not fit in RAM, naming segment, range and region', () => {
    const b = fakeBoard(64 << 10);
    const big = buildElf('big', { 'start.S': START_S, 'big.c': 'char arena[100000] = {1};\nint main(void){return arena[5];}\n' }, RAM_LD);
    const image = parseElf(big.bytes, 'big.elf');
    expectError(() => loadElf(image, asTarget(b)), /^big\.elf: segment \d+ \[0x80000000, 0x800[0-9a-f]{5}\) does not fit in RAM \[0x80000000, 0x80010000\)$/);
  });

  it('rejects an entry point that is not in loaded, executable memory', () => {
    const bytes = ram.bytes.slice();
    const dv = new DataView(bytes.buffer);
    const li = firstLoad(ram.bytes);
    // move the PT_LOAD segment's physical address into the UART: QEMU drops the image, and
    // nothing is left at the entry point
    dv.setUint32(dv.getUint32(28, true) + 32 * li + 12, 0x10000000, true);
    expectError(() => loadElf(parseElf(bytes, 'moved.elf'), asTarget(fakeBoard())), /^moved\.elf: entry point 0x80000000 is not in the loaded part of any segment$/);
    const e = ram.bytes.slice();
    new DataView(e.buffer).setUint32(24, 0x10000000, true);
    expectError(() => loadElf(parseElf(e, 'entry.elf'), asTarget(fakeBoard())), /^entry\.elf: entry point 0x10000000 is not in executable memory/);
  });

  describe('malformed files', () => {
    const mutate = (f: (b: Uint8Array, dv: DataView) => void): Uint8Array => {
      const b = ram.bytes.slice();
      f(b, new DataView(b.buffer));
      return b;
    };
    it('bad magic', () => {
      expectError(() => parseElf(new TextEncoder().encode('#!/bin/sh\n'), 'x.elf'), /^x\.elf: not an ELF file \(bad magic\)$/);
      expectError(() => parseElf(new Uint8Array(0), 'x.elf'), /^x\.elf: not an ELF file/);
    });
    it('64-bit class', () => {
      expectError(() => parseElf(mutate((b) => { b[4] = 2; }), 'x.elf'), /^x\.elf: 64-bit ELF; rv-zoo runs RV32 \(ELFCLASS32\) firmware$/);
      expectError(() => parseElf(mutate((b) => { b[4] = 7; }), 'x.elf'), /^x\.elf: unknown ELF class 7/);
    });
    it('big-endian', () => {
      expectError(() => parseElf(mutate((b) => { b[5] = 2; }), 'x.elf'), /^x\.elf: big-endian ELF/);
    });
    it('wrong machine', () => {
      expectError(() => parseElf(mutate((_b, dv) => dv.setUint16(18, 40, true)), 'x.elf'), /^x\.elf: e_machine 40 \(ARM\) is not RISC-V \(EM_RISCV = 243\)$/);
    });
    it('relocatable object', () => {
      expectError(() => parseElf(mutate((_b, dv) => dv.setUint16(16, 1, true)), 'x.elf'), /^x\.elf: relocatable object/);
    });
    it('truncated at several points', () => {
      const dv = new DataView(ram.bytes.buffer, ram.bytes.byteOffset);
      const phoff = dv.getUint32(28, true), shoff = dv.getUint32(32, true);
      const li = firstLoad(ram.bytes);
      const segEnd = dv.getUint32(phoff + 32 * li + 4, true) + dv.getUint32(phoff + 32 * li + 16, true);
      const cuts: [number, RegExp][] = [
        [5, /truncated ELF header/],
        [40, /truncated ELF header \(40 bytes, need 52\)/],
        [phoff + 10, /truncated: program headers/],
        [segEnd - 1, /truncated: segment \d+ data/],
        [shoff + 20, /truncated: section headers/],
        [ram.bytes.length - 1, /truncated: section headers/],
      ];
      for (const [n, re] of cuts) expectError(() => parseElf(ram.bytes.slice(0, n), 'cut.elf'), new RegExp('^cut\\.elf: ' + re.source));
    });
    it('section data past the end of the file', () => {
      const b = mutate((_b, dv) => {
        const shoff = dv.getUint32(32, true), shentsize = dv.getUint16(46, true), shnum = dv.getUint16(48, true);
        for (let i = 1; i < shnum; i++) if (dv.getUint32(shoff + i * shentsize + 4, true) === 2) dv.setUint32(shoff + i * shentsize + 20, 0x7fffff, true);
      });
      expectError(() => parseElf(b, 'x.elf'), /^x\.elf: truncated: section \d+ data/);
    });
    it('filesz larger than memsz, bad shstrndx', () => {
      const li = firstLoad(ram.bytes);
      expectError(() => parseElf(mutate((_b, dv) => { const ph = dv.getUint32(28, true) + 32 * li; dv.setUint32(ph + 20, 0, true); }), 'x.elf'), new RegExp(`^x\\.elf: segment ${li}: p_filesz`));
      expectError(() => parseElf(mutate((_b, dv) => dv.setUint16(50, 0, true)), 'x.elf'), /^x\.elf: e_shstrndx 0 does not name a string table/);
    });
    it('an ELF without section headers still loads (no symbols)', () => {
      const b = mutate((_b, dv) => { dv.setUint32(32, 0, true); dv.setUint16(48, 0, true); dv.setUint16(50, 0, true); });
      const image = parseElf(b, 'nosh.elf');
      expect(image.sections).toEqual([]);
      expect(image.symbols).toEqual([]);
      const board = fakeBoard();
      loadElf(image, asTarget(board));
      expect(board.entry).toBe(0x80000000);
    });
  });
});
