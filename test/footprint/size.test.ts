/**
 * Static footprint: Berkeley sizes against binutils, the flash/RAM split of XIP and RAM-only
 * builds, linker-map parsing, components, and the `rv-zoo size` command line.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseElf } from '../../src/loader/elf.js';
import {
  berkeleySizes, componentBreakdown, defaultFileComponent, defaultSymbolComponent, formatBerkeley,
  parseComponentRule, parseLinkerMap, staticFootprint, symbolsWithFiles, type FootprintRegion,
} from '../../src/loader/footprint.js';
import { FIRMWARE, PREBUILT, ROOT, needTool } from '../firmware-lib.js';
import { BIN, rvzoo } from '../cli-lib.js';
import { buildElf, skipWithoutTools, XIP_LD } from '../loader/build.js';

const SIZE = 'riscv64-unknown-elf-size';
const VIRT: FootprintRegion[] = [
  { name: 'flash', base: 0x2000_0000, size: 32 << 20, writable: false },
  { name: 'ram', base: 0x8000_0000, size: 128 << 20, writable: true },
];
const elves = readdirSync(PREBUILT).filter((f) => f.endsWith('.elf')).sort();
const load = (name: string) => {
  const path = join(PREBUILT, name);
  const bytes = readFileSync(path);
  return { path, bytes, elf: parseElf(bytes, path) };
};

describe('Berkeley sizes', () => {
  it('equal riscv64-unknown-elf-size on every prebuilt ELF, byte for byte', () => {
    if (!needTool(SIZE)) return;
    expect(elves.length).toBeGreaterThan(10);
    for (const f of elves) {
      const { path, elf } = load(f);
      const want = execFileSync(SIZE, [path], { encoding: 'utf8' });
      expect(formatBerkeley(berkeleySizes(elf), path), f).toBe(want);
    }
    // the ST model firmware, when built (never committed)
    const st = join(FIRMWARE, 'build', 'zoo', 'st_mnist.elf');
    if (existsSync(st)) {
      expect(formatBerkeley(berkeleySizes(parseElf(readFileSync(st), st)), st)).toBe(execFileSync(SIZE, [st], { encoding: 'utf8' }));
    }
  });

  it('rv-zoo size prints the same two lines first', () => {
    if (!needTool(SIZE)) return;
    for (const f of ['hello.elf', 'hello_xip.elf', 'mnist_demo.elf']) {
      const rel = join('firmware', 'prebuilt', f);
      const want = execFileSync(SIZE, [rel], { encoding: 'utf8', cwd: ROOT });
      const r = rvzoo('size', rel);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.startsWith(want)).toBe(true);
    }
  });

  it('follows the BFD flag rules: read-only or code is text, NOBITS writable is bss', () => {
    // hand-made section table: a read-only NOBITS section counts as text in Berkeley format
    const { elf } = load('hello_xip.elf');
    const fake = { ...elf, sections: [
      ...elf.sections,
      { index: 99, name: '.ro_nobits', type: 8, flags: 2, addr: 0x2001_0000, offset: 0, size: 100 },
      { index: 100, name: '.wx', type: 1, flags: 7, addr: 0x8010_0000, offset: 0, size: 10 },
      { index: 101, name: '.noalloc', type: 1, flags: 1, addr: 0, offset: 0, size: 1000 },
    ] };
    const a = berkeleySizes(elf), b = berkeleySizes(fake);
    expect(b.text - a.text).toBe(110);
    expect(b.data).toBe(a.data);
    expect(b.bss).toBe(a.bss);
  });
});

describe('flash / RAM split', () => {
  const pairs = [['hello', 'hello_xip'], ['stack_depth', 'stack_depth_xip'], ['malloc', 'malloc_xip'], ['isa', 'isa_xip'], ['sched', 'sched_xip']]
    .filter(([a, b]) => elves.includes(`${a}.elf`) && elves.includes(`${b}.elf`));

  it('has RAM/XIP pairs to compare', () => expect(pairs.length).toBeGreaterThanOrEqual(2));

  for (const [ramName, xipName] of pairs) {
    it(`${ramName} (RAM build) vs ${xipName} (XIP)`, () => {
      const ram = load(`${ramName}.elf`), xip = load(`${xipName}.elf`);
      const r = staticFootprint(ram.elf, VIRT), x = staticFootprint(xip.elf, VIRT);
      const sec = (e: typeof ram.elf, n: string) => e.section(n)?.size ?? 0;
      // .tbss and the .tbss_space that reserves it cover the same bytes: binutils counts both,
      // the RAM total once
      const dup = (e: typeof ram.elf) => ((e.section('.tbss_space')?.flags ?? 0) & 2 ? sec(e, '.tbss') : 0);
      // RAM-only: nothing in flash; everything allocated is RAM
      expect(r.flash.total).toBe(0);
      expect(r.ram.total).toBe(r.berkeley.dec - dup(ram.elf));
      // XIP: text + rodata + the .data load image in flash (the loaded segments, no gaps here)
      const text = sec(xip.elf, '.text'), rodata = sec(xip.elf, '.rodata'), data = sec(xip.elf, '.data') + sec(xip.elf, '.tdata');
      expect(x.flash.code).toBe(text);
      expect(x.flash.rodata).toBe(rodata);
      expect(x.flash.dataLoad).toBe(data);
      expect(x.flash.total).toBe(x.flash.code + x.flash.rodata + x.flash.dataLoad + x.flash.padding);
      expect(x.flash.total).toBeGreaterThanOrEqual(text + rodata + data);
      expect(x.flash.total - (text + rodata + data)).toBeLessThan(64);
      // RAM of the XIP build: .data + .bss + heap + stack; the same as the RAM build's
      expect(x.ram.code + x.ram.rodata).toBe(0);
      expect(x.ram.total).toBe(x.ram.data + x.ram.bss + x.ram.heap + x.ram.stack);
      expect(x.ram.heap).toBe(0x10000);
      expect(x.ram.stack).toBe(0x4000);
      for (const k of ['data', 'bss', 'heap', 'stack'] as const) expect(x.ram[k], k).toBe(r.ram[k]);
      expect(x.ram.data).toBe(x.berkeley.data);
      expect(x.ram.data + x.ram.bss + x.ram.heap + x.ram.stack).toBe(x.berkeley.data + x.berkeley.bss - dup(xip.elf));
      // the RAM build holds the code in RAM instead
      expect(r.ram.code).toBe(sec(ram.elf, '.text'));
      expect(r.ram.total - x.ram.total).toBe(r.ram.code + r.ram.rodata);
    });
  }

  it('stack and heap reservations come from the linker-script symbols', () => {
    const { elf } = load('stack_depth.elf');
    const fp = staticFootprint(elf, VIRT);
    expect(fp.stack).toEqual({ start: elf.symbol('__stack_bottom')!.value, end: elf.symbol('__stack_top')!.value });
    expect(fp.heap).toEqual({ start: elf.symbol('__heap_start')!.value, end: elf.symbol('__heap_end')!.value });
    expect(fp.warnings).toEqual([]);
  });

  it('the mcu profile reports the same bytes against smaller regions', () => {
    const { elf } = load('mnist_demo.elf');
    const mcu = VIRT.map((r) => ({ ...r, size: r.writable ? 512 << 10 : 2 << 20 }));
    const a = staticFootprint(elf, VIRT), b = staticFootprint(elf, mcu);
    expect(b.flash.total).toBe(a.flash.total);
    expect(b.ram.total).toBe(a.ram.total);
    expect(b.ram.regions[0]!.size).toBe(512 << 10);
  });
});

describe('GNU ld map files', () => {
  const sample = `Archive member included to satisfy reference by file (symbol)

Linker script and memory map

LOAD /x/crt0.o
                0x00004000                        __stack_size = 0x4000

.text           0x20000000      0x120
 *(.text.init)
 .text.init     0x20000000       0x20 /x/build/bsp/rv32imac/crt0.o
                0x20000000                _start
 .text.zoo_run_layer
                0x20000020       0x80 /x/build/zoo/rv32imac/zoo.o
                0x20000020                zoo_run_layer
 *fill*         0x200000a0        0x2 
 .text.memcpy   0x200000a2       0x7e /usr/lib/picolibc/riscv64-unknown-elf/lib/rv32imac/ilp32/libc.a(memcpy.o)
                0x200000a2                memcpy

.a_very_long_output_section_name
                0x80000000       0x10 load address 0x20000120
 .data.console  0x80000000       0x10 /x/build/bsp/rv32imac/console.o
                                 0x12 (size before relaxing)
`;

  it('joins wrapped lines and keeps fills, files and symbols', () => {
    const c = parseLinkerMap(sample);
    expect(c.map((x) => [x.output, x.input, x.addr, x.size])).toEqual([
      ['.text', '.text.init', 0x20000000, 0x20],
      ['.text', '.text.zoo_run_layer', 0x20000020, 0x80],
      ['.text', '*fill*', 0x200000a0, 2],
      ['.text', '.text.memcpy', 0x200000a2, 0x7e],
      ['.a_very_long_output_section_name', '.data.console', 0x80000000, 0x10],
    ]);
    expect(c[0]!.symbols).toEqual(['_start']);
    expect(c[1]!.file).toBe('/x/build/zoo/rv32imac/zoo.o');
    expect(c[2]!.file).toBeNull();
    expect(c[3]!.file).toMatch(/libc\.a\(memcpy\.o\)$/);
    expect(parseLinkerMap('not a map')).toEqual([]);
  });

  it('default components of object files', () => {
    expect(defaultFileComponent('/usr/lib/picolibc/riscv64-unknown-elf/lib/rv32imac/ilp32/libc.a(libc_string_memcpy.c.o)')).toBe('libc');
    expect(defaultFileComponent('/usr/lib/picolibc/riscv64-unknown-elf/lib/rv32imac/ilp32/libm.a(x.o)')).toBe('libc');
    expect(defaultFileComponent('/usr/lib/gcc/riscv64-unknown-elf/12.2.0/rv32imac/ilp32/libgcc.a(divdf3.o)')).toBe('libgcc');
    expect(defaultFileComponent('/w/firmware/build/bsp/rv32imac/libbsp.a(trap.o)')).toBe('bsp');
    expect(defaultFileComponent('/w/firmware/build/bsp/rv32imac/crt0.o')).toBe('bsp');
    expect(defaultFileComponent('/w/firmware/build/zoo/rv32imac/st_mnist_model.o')).toBe('model');
    expect(defaultFileComponent('/w/firmware/build/zoo/rv32imac/zoo.o')).toBe('inference');
    expect(defaultFileComponent('/w/firmware/build/zoo/rv32imac/main_st_mnist.o')).toBe('app');
    expect(defaultFileComponent('/tmp/ccA1b2C3.o')).toBe('app');
  });

  it('default components of symbol names', () => {
    const f = (name: string, type: 'func' | 'object' = 'func', file: string | null = null) => defaultSymbolComponent({ name, type }, file);
    expect(f('st_mnist_l3_filter', 'object')).toBe('model');
    expect(f('st_mnist_arena', 'object')).toBe('model');
    expect(f('zoo_model_st_mnist', 'object')).toBe('model');
    expect(f('zoo_run_layer')).toBe('inference');
    expect(f('op_pool.isra.0', 'func', 'zoo.c')).toBe('inference');
    expect(f('zoo_input', 'object')).toBe('app');
    expect(f('main')).toBe('app');
    expect(f('uart_putc')).toBe('bsp');
    expect(f('trap_entry')).toBe('bsp');
    expect(f('__udivdi3')).toBe('libgcc');
    expect(f('__floatsidf')).toBe('libgcc');
    expect(f('__riscv_save_0')).toBe('libgcc');
    expect(f('memcpy')).toBe('libc');
    expect(f('vfprintf')).toBe('libc');
    expect(f('skip_to_arg', 'func', 'vfprintf.c')).toBe('libc');
    expect(f('malloc')).toBe('libc');
    expect(f('__libc_init_array')).toBe('libc');
  });

  it('user rules: NAME=REGEX, bad ones reported', () => {
    const r = parseComponentRule('dsp=^arm_');
    expect(typeof r).toBe('object');
    expect(parseComponentRule('noequals')).toMatch(/NAME=REGEX/);
    expect(parseComponentRule('x=(')).toMatch(/bad regular expression/);
  });

  const map = join(FIRMWARE, 'build', 'zoo', 'mnist_demo.elf.map');
  it('map and symbol-name breakdowns of mnist_demo add up to the sections and agree roughly', () => {
    const { bytes, elf } = load('mnist_demo.elf');
    const fp = staticFootprint(elf, VIRT);
    const bySym = componentBreakdown(elf, fp, { symbols: symbolsWithFiles(bytes, elf) });
    const total = (b: typeof bySym) => b.components.reduce((n, c) => n + c.total, 0);
    expect(total(bySym)).toBe(fp.berkeley.dec);
    const get = (b: typeof bySym, n: string) => b.components.find((c) => c.name === n);
    expect(get(bySym, 'model')!.bss).toBe(elf.symbol('mnist_demo_arena')!.size);
    expect(get(bySym, 'heap')!.bss).toBe(0x10000);
    expect(get(bySym, 'stack')!.bss).toBe(0x4000);
    // the largest symbols are the model's: its biggest filter and the activation arena
    expect(bySym.symbols[0]!.name).toMatch(/^mnist_demo_/);
    expect(bySym.symbols.slice(0, 2).map((s) => s.name)).toContain('mnist_demo_arena');
    if (!existsSync(map)) return; // built by `make -C firmware`
    const text = readFileSync(map, 'utf8');
    const text0 = /^\.text\s+0x[0-9a-f]+\s+0x([0-9a-f]+)/m.exec(text);
    if (!text0 || parseInt(text0[1]!, 16) !== elf.section('.text')!.size) return; // map of another build
    const byMap = componentBreakdown(elf, fp, { map: parseLinkerMap(text), symbols: symbolsWithFiles(bytes, elf) });
    expect(byMap.source).toBe('map');
    expect(total(byMap)).toBe(fp.berkeley.dec);
    for (const n of ['model', 'inference', 'bsp', 'libc', 'libgcc']) {
      const a = get(byMap, n)!, b = get(bySym, n)!;
      expect(Math.abs(a.total - b.total), n).toBeLessThan(Math.max(600, a.total * 0.2));
    }
    expect(get(byMap, 'inference')!.code).toBe(get(bySym, 'inference')!.code);
    expect(get(byMap, '(padding)')?.total ?? 0).toBeLessThan(100);
  });
});

describe('map breakdowns of every prebuilt ELF', () => {
  it('add up to the sections (merged constants clipped, padding small)', () => {
    let checked = 0;
    for (const f of elves) {
      const mapPath = [join(FIRMWARE, 'build', `${f}.map`), join(FIRMWARE, 'build', 'zoo', `${f}.map`)].find(existsSync);
      if (!mapPath) continue;
      const { bytes, elf } = load(f);
      const text = readFileSync(mapPath, 'utf8');
      const t = /^\.text\s+0x[0-9a-f]+\s+0x([0-9a-f]+)/m.exec(text);
      if (!t || parseInt(t[1]!, 16) !== elf.section('.text')?.size) continue; // map of another build
      const fp = staticFootprint(elf, VIRT);
      const bd = componentBreakdown(elf, fp, { map: parseLinkerMap(text), symbols: symbolsWithFiles(bytes, elf) });
      expect(bd.components.reduce((n, c) => n + c.total, 0), f).toBe(fp.berkeley.dec);
      expect(bd.components.find((c) => c.name === '(padding)')?.total ?? 0, f).toBeLessThan(100);
      expect(bd.components.find((c) => c.name === 'bsp')?.code ?? 0, f).toBeGreaterThan(0);
      checked++;
    }
    if (checked === 0) console.warn('no linker maps: run `make -C firmware` to check map breakdowns');
  });
});

describe('rv-zoo size', () => {
  const hello = join(PREBUILT, 'hello_xip.elf');

  it('--json shape', () => {
    const r = rvzoo('size', hello, '--json', '--top', '3');
    expect(r.status, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['file', 'berkeley', 'flash', 'ram', 'stack', 'heap', 'sections', 'breakdown', 'symbols', 'warnings', 'hints', 'run']);
    expect(j.berkeley).toEqual({ text: 10968, data: 24, bss: 82048, dec: 93040, hex: '16b70' });
    expect(j.flash.total).toBe(10992);
    expect(j.ram).toMatchObject({ total: 82072, data: 24, bss: 128, heap: 65536, stack: 16384 });
    expect(j.symbols).toHaveLength(3);
    expect(j.symbols[0]).toEqual(expect.objectContaining({ name: expect.any(String), size: expect.any(Number), component: expect.any(String) }));
    expect(j.breakdown.source).toBe('symbols');
    expect(j.sections.map((s: { name: string }) => s.name)).toEqual(['.text', '.rodata', '.data', '.bss', '.heap', '.stack']);
  });

  it('--by section / symbol / component, --component rules', () => {
    const s = rvzoo('size', hello, '--by', 'section');
    expect(s.stdout).toMatch(/^\.rodata\s+rodata\s+1912\s+0x20002360\s+0x20002360\s+1912\s+0$/m);
    expect(s.stdout).toMatch(/^\.data\s+data\s+24\s+0x80000000\s+0x20002ad8\s+24\s+24$/m);
    const y = rvzoo('size', hello, '--by', 'symbol', '--top', '2');
    expect(y.stdout).toMatch(/symbols by size \(largest 2 of \d+\)/);
    const c = rvzoo('size', hello, '--component', 'printf=printf|dtoa|ryu|POW5', '--top', '0');
    expect(c.status).toBe(0);
    expect(c.stdout).toMatch(/^printf\s+\d+/m);
    expect(c.stdout).not.toMatch(/largest symbols/);
  });

  it('with --map', () => {
    const map = join(FIRMWARE, 'build', 'hello_xip.elf.map');
    if (!existsSync(map)) return;
    const r = rvzoo('size', hello, '--map', map);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/by component \(linker map\)/);
    expect(r.stdout).toMatch(/^libc\s+\d+/m);
  });

  it('bad flags and files: one line, exit 2', () => {
    const bad = (args: string[], what: RegExp) => {
      const r = rvzoo('size', ...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(what);
    };
    bad([hello, '--frob'], /unknown option '--frob'/);
    bad([], /missing ELF/);
    bad([hello, '--by', 'colour'], /--by must be component, section or symbol/);
    bad([hello, '--top', 'many'], /^rv-zoo size: --top needs a whole number from 0 to \d+, got 'many'$/m);
    bad([hello, '--top', '-1'], /^rv-zoo size: --top needs a whole number from 0 to \d+, got '-1'$/m);
    bad([hello, '--component', 'oops'], /NAME=REGEX/);
    bad([hello, '--component', 'x=[a-'], /bad regular expression/);
    bad([hello, '--map', '/nonexistent.map'], /nonexistent\.map: no such file/);
    bad([hello, '--map', join(FIRMWARE, 'apps', 'hello.c')], /not a GNU ld map file/);
    bad(['/nonexistent.elf'], /nonexistent\.elf: no such file/);
    bad([join(FIRMWARE, 'apps', 'hello.c')], /not an ELF file/);
    bad([hello, '--machine', 'pdp11'], /^rv-zoo size: --machine: unknown machine 'pdp11'/);
  });

  it('--help', () => {
    const r = rvzoo('size', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--component NAME=RE/);
    expect(basename(BIN)).toBe('rv-zoo.js');
  });
});

describe.skipIf(skipWithoutTools)('sections reported by what they are', () => {
  // LLVM puts relocated constants (tables of pointers) in .data.rel.ro; a linker script that
  // merges it into .rodata in flash makes .rodata writable, but it runs from flash: rodata
  const ld = XIP_LD.replace('.rodata : { *(.rodata*) } > FLASH', '.rodata : { *(.rodata*) *(.data.rel.ro*) } > FLASH');
  const src = `
  .section .text.start, "ax"
  .globl _start
_start: j _start
  .section .rodata.msg, "a"
  .globl msg
msg: .asciz "constant"
  .section .data.rel.ro.table, "aw"
  .globl table
table: .word _start, _start, _start, _start
  .data
  .globl counter
counter: .word 1
`;

  it('a writable .rodata in flash is rodata, not a .data image', () => {
    const { path, bytes } = buildElf('relro', { 'p.S': src }, ld);
    const elf = parseElf(bytes, path);
    const rodata = elf.section('.rodata')!;
    expect(rodata.flags & 1).toBe(1); // SHF_WRITE: the linker made it writable
    const fp = staticFootprint(elf, VIRT);
    expect(fp.sections.find((s) => s.name === '.rodata')!.kind).toBe('rodata');
    expect(fp.flash.rodata).toBe(rodata.size);
    expect(fp.flash.dataLoad).toBe(elf.section('.data')!.size);
    const r = rvzoo('size', path, '--by', 'section');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^flash: .* = code \\d+ \\+ rodata ${rodata.size} \\+ \\.data image 4\\b`, 'm'));
    expect(r.stdout).toMatch(/^\.rodata\s+rodata\s/m);
  });
});
