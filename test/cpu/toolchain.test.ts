/**
 * A C program compiled by GCC (rv32imac, -O2, so with compressed code, mul/div and atomics) runs
 * on the test bus and computes the same values as JavaScript. Skipped when the cross compiler is
 * missing, unless RVZOO_REQUIRE_TOOLS is set.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machine, RAM } from './testbus.js';
import { disassemble } from '../../src/cpu/disasm.js';
import { Op } from '../../src/cpu/isa.js';
import { decode } from '../../src/cpu/decode.js';

function have(): boolean {
  try { execFileSync('riscv64-unknown-elf-gcc', ['--version'], { stdio: 'ignore' }); return true; } catch { return false; }
}
const tools = have();
const required = !!process.env.RVZOO_REQUIRE_TOOLS;

const C = `
typedef unsigned int u32; typedef int i32; typedef signed char i8;
volatile u32 out[8];
static i8 wa[64], wb[64];
static u32 seed = 12345;
static u32 rnd(void) { seed = seed * 1103515245u + 12345u; return seed >> 8; }
__attribute__((noinline)) i32 dot(const i8 *a, const i8 *b, int n) { i32 s = 0; for (int i = 0; i < n; i++) s += a[i] * b[i]; return s; }
__attribute__((noinline)) u32 crc(const unsigned char *p, int n) {
  u32 c = ~0u; while (n--) { c ^= *p++; for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xedb88320u & -(c & 1)); } return ~c; }
void main(void) {
  for (int i = 0; i < 64; i++) { wa[i] = (i8)rnd(); wb[i] = (i8)rnd(); }
  out[0] = dot(wa, wb, 64);
  out[1] = crc((const unsigned char *)"123456789", 9);
  i32 q = 0; u32 r = 0; for (int i = 1; i < 200; i++) { q += (i32)(rnd() - 0x800000) / i; r += rnd() % (u32)i; }
  out[2] = q; out[3] = r;
  u32 v = 5; __atomic_fetch_add(&v, 7, __ATOMIC_SEQ_CST); out[4] = v;
  unsigned long long m = (unsigned long long)rnd() * rnd(); out[5] = (u32)(m >> 32);
  out[6] = 0x600d;
}
`;
const START = `
.section .text.start
.globl _start
_start:
  li sp, 0x80008000
  call main
  ebreak
`;

function jsReference(): number[] {
  let seed = 12345;
  const rnd = (): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed >>> 8; };
  const sx8 = (v: number): number => (v << 24) >> 24;
  const a: number[] = [], b: number[] = [];
  for (let i = 0; i < 64; i++) { a.push(sx8(rnd())); b.push(sx8(rnd())); }
  let dot = 0; for (let i = 0; i < 64; i++) dot += a[i]! * b[i]!;
  let c = 0xffffffff;
  for (const ch of Buffer.from('123456789')) { c = (c ^ ch) >>> 0; for (let k = 0; k < 8; k++) c = ((c >>> 1) ^ (0xedb88320 & -(c & 1))) >>> 0; }
  let q = 0, r = 0;
  for (let i = 1; i < 200; i++) { q = (q + Math.trunc((rnd() - 0x800000) / i)) | 0; r = (r + (rnd() % i)) >>> 0; }
  const m = BigInt(rnd()) * BigInt(rnd());
  return [dot >>> 0, ~c >>> 0, q >>> 0, r, 12, Number(m >> 32n) >>> 0, 0x600d];
}

describe('GCC-compiled program', () => {
  it('toolchain present when required', () => { if (required) expect(tools).toBe(true); });
  it.skipIf(!tools)('runs and matches the JavaScript reference; every decoded word disassembles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rvzoo-cc-'));
    try {
      writeFileSync(join(dir, 'p.c'), C);
      writeFileSync(join(dir, 's.S'), START);
      writeFileSync(join(dir, 'l.ld'), 'ENTRY(_start) SECTIONS { . = 0x80000000; .text : { *(.text.start) *(.text*) } ' +
        '.rodata : { *(.rodata*) *(.srodata*) } .data : { *(.data*) *(.sdata*) } .bss : { *(.bss*) *(.sbss*) *(COMMON) } }');
      const elf = join(dir, 'p.elf');
      execFileSync('riscv64-unknown-elf-gcc', ['-march=rv32imac_zicsr_zifencei', '-mabi=ilp32', '-O2', '-nostdlib', '-nostartfiles',
        '-T', join(dir, 'l.ld'), '-o', elf, join(dir, 's.S'), join(dir, 'p.c')]);
      const bin = join(dir, 'p.bin');
      execFileSync('riscv64-unknown-elf-objcopy', ['-O', 'binary', elf, bin]);
      const nm = execFileSync('riscv64-unknown-elf-nm', [elf], { encoding: 'utf8' });
      const outAddr = parseInt(/^([0-9a-f]+) \w out$/m.exec(nm)![1]!, 16);
      const image = new Uint8Array(readFileSync(bin));
      expect(image.length).toBeLessThan(0x8000);
      const m = machine();
      m.bus.ram.bytes.set(image, 0);
      m.hart.run(2_000_000);
      expect(m.hart.lastTrap).toMatchObject({ cause: 3 }); // the final ebreak
      const dv = new DataView(m.bus.ram.bytes.buffer, m.bus.ram.bytes.byteOffset);
      const got = Array.from({ length: 7 }, (_, i) => dv.getUint32(outAddr - RAM + 4 * i, true));
      expect(got).toEqual(jsReference());
      // sanity: the compiled code used compressed instructions and decodes without illegal ops
      let pc = 0, compressed = 0;
      const textEnd = image.length;
      while (pc < textEnd - 4 && pc < 0x400) {
        const w = dv.getUint32(pc, true);
        const d = decode(w);
        if (d.op === Op.ILLEGAL) break;
        expect(disassemble(w, RAM + pc)).not.toMatch(/^\./);
        if (d.len === 2) compressed++;
        pc += d.len;
      }
      expect(compressed).toBeGreaterThan(10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
