import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GCC = 'riscv64-unknown-elf-gcc';

export function haveGcc(): boolean {
  try {
    execFileSync(GCC, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Tests that need the cross compiler: skipped without it, unless RVZOO_REQUIRE_TOOLS is set (then they fail). */
export const toolsAvailable = haveGcc();
export const requireTools = !!process.env.RVZOO_REQUIRE_TOOLS;
export const skipWithoutTools = !toolsAvailable && !requireTools;

let dir: string | null = null;
function tmp(): string {
  return (dir ??= mkdtempSync(join(tmpdir(), 'rvzoo-elf-')));
}

/** Compile sources (name -> text) with a linker script into an ELF; returns its bytes and path. */
export function buildElf(name: string, sources: Record<string, string>, linkerScript: string, extra: string[] = []): { path: string; bytes: Uint8Array } {
  const d = tmp();
  const files: string[] = [];
  for (const [file, text] of Object.entries(sources)) {
    const p = join(d, `${name}-${file}`);
    writeFileSync(p, text);
    files.push(p);
  }
  const ld = join(d, `${name}.ld`);
  writeFileSync(ld, linkerScript);
  const out = join(d, `${name}.elf`);
  execFileSync(GCC, [
    '-march=rv32imac_zicsr_zifencei', '-mabi=ilp32', '-nostdlib', '-nostartfiles', '-ffreestanding', '-O1',
    '-Wl,--no-relax', '-T', ld, '-o', out, ...extra, ...files,
  ], { stdio: 'pipe' });
  return { path: out, bytes: new Uint8Array(readFileSync(out)) };
}

export const RAM_LD = `
ENTRY(_start)
MEMORY { RAM (rwx) : ORIGIN = 0x80000000, LENGTH = 128M }
SECTIONS {
  .text : { *(.text.start) *(.text*) } > RAM
  .rodata : { *(.rodata*) } > RAM
  .data : { *(.data*) *(.sdata*) } > RAM
  .bss (NOLOAD) : { __bss_start = .; *(.bss*) *(.sbss*) *(COMMON) __bss_end = .; } > RAM
}
`;

export const XIP_LD = `
ENTRY(_start)
MEMORY {
  FLASH (rx) : ORIGIN = 0x20000000, LENGTH = 32M
  RAM (rwx) : ORIGIN = 0x80000000, LENGTH = 128M
}
SECTIONS {
  .text : { *(.text.start) *(.text*) } > FLASH
  .rodata : { *(.rodata*) } > FLASH
  .data : { __data_start = .; *(.data*) *(.sdata*) __data_end = .; } > RAM AT > FLASH
  __data_load = LOADADDR(.data);
  .bss : { __bss_start = .; *(.bss*) *(.sbss*) *(COMMON) __bss_end = .; } > RAM
}
`;

/** A C program: _start sets up a stack and calls main; main exits through the test finisher. */
export const START_S = `
  .section .text.start, "ax"
  .globl _start
  .type _start, @function
_start:
  li sp, 0x80100000
  call main
1:j 1b
  .size _start, . - _start
`;

export const PROGRAM_C = `
volatile int counter = 5;
int table[64] = { 1, 2, 3 };
int zeros[300];
const char message[] = "hello from rv32";
static int helper(int x) { return x * 3 + table[x & 63]; }
int __attribute__((noinline)) compute(int n) { int s = 0; for (int i = 0; i < n; i++) s += helper(i) + zeros[i]; return s; }
int main(void) {
  counter = compute(counter);
  *(volatile unsigned *)0x100000 = counter == 0 ? 0x5555 : ((unsigned)counter << 16) | 0x3333;
  for (;;) {}
}
`;
