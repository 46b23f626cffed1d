import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PREBUILT, ROOT } from '../firmware-lib.js';
import { heldOut } from '../mnist-digits.js';
import { expectUsageError, rvzoo, rvzooWithInput } from '../cli-lib.js';

const tmp = mkdtempSync(join(tmpdir(), 'rvzoo-cli-'));

describe('rv-zoo command line', () => {
  it('--help prints usage and exits 0', () => {
    const r = rvzoo('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: rv-zoo <command>/);
    for (const c of ['run', 'size', 'profile', 'disasm']) expect(r.stdout).toContain(`  ${c} ELF`);
    expect(rvzoo('run', '--help').stdout).toMatch(/--max-instructions N/);
  });

  it('unknown subcommand or flag: one line naming it, exit 2', () => {
    expectUsageError(rvzoo('frobnicate'), /unknown command 'frobnicate'/);
    expectUsageError(rvzoo('--frob'), /unknown option '--frob'/);
    expectUsageError(rvzoo('run', join(PREBUILT, 'hello.elf'), '--frob'), /unknown option '--frob'/);
    expectUsageError(rvzoo('run'), /missing ELF/);
    expectUsageError(rvzoo('run', join(PREBUILT, 'hello.elf'), '--max-instructions', 'lots'), /^rv-zoo run: --max-instructions needs a whole number from 1 to 9007199254740991, got 'lots'$/m);
    expectUsageError(rvzoo('run', join(PREBUILT, 'hello.elf'), '--ram', '12Q'), /^rv-zoo run: --ram needs a size like 512K, 64M, 0x100000 or 4096, got '12Q'$/m);
    expectUsageError(rvzoo('run', join(PREBUILT, 'hello.elf'), '--translate', 'fast'), /--translate takes on, off or check, got 'fast'/);
  });

  it('bad input files: one line each, exit 2', () => {
    expectUsageError(rvzoo('run', join(tmp, 'missing.elf')), /missing\.elf: no such file/);
    const notElf = join(tmp, 'not.elf');
    writeFileSync(notElf, 'hello, world\n');
    expectUsageError(rvzoo('run', notElf), /not\.elf: not an ELF file/);
    const elf = readFileSync(join(PREBUILT, 'hello.elf'));
    const elf64 = Buffer.from(elf);
    elf64[4] = 2;
    writeFileSync(join(tmp, 'x64.elf'), elf64);
    expectUsageError(rvzoo('run', join(tmp, 'x64.elf')), /x64\.elf: 64-bit ELF/);
    writeFileSync(join(tmp, 'short.elf'), elf.subarray(0, 40));
    expectUsageError(rvzoo('run', join(tmp, 'short.elf')), /short\.elf: .*truncated/);
    expectUsageError(rvzoo('run', join(PREBUILT, 'hello.elf'), '--ram', '4K'), /hello\.elf: segment \d+ \[0x80000000, 0x8[0-9a-f]{7}\) does not fit in RAM \[0x80000000, 0x80001000\)/);
    // XIP: .bss, heap and stack are checked where they run (RAM), not at their flash load address
    expectUsageError(rvzoo('run', join(PREBUILT, 'mnist_demo.elf'), '--machine', 'mcu', '--ram', '16K'),
      /mnist_demo\.elf: segment \d+ \(run address\) \[0x8[0-9a-f]{7}, 0x8[0-9a-f]{7}\) does not fit in RAM \[0x80000000, 0x80004000\)/);
  });

  it('--input: unknown symbol, oversized file, missing file: one line each, exit 2', () => {
    const demo = join(PREBUILT, 'mnist_demo.elf');
    const small = join(tmp, 'small.bin');
    writeFileSync(small, new Uint8Array(10));
    const big = join(tmp, 'big.bin');
    writeFileSync(big, new Uint8Array(1000));
    expectUsageError(rvzoo('run', demo, '--input', `nosuch=${small}`), /no symbol 'nosuch'/);
    expectUsageError(rvzoo('run', demo, '--input', `zoo_input=${big}`), /1000 bytes do not fit in symbol 'zoo_input' \(784 bytes\)/);
    expectUsageError(rvzoo('run', demo, '--input', `zoo_input=${join(tmp, 'nope.bin')}`), /nope\.bin: no such file/);
    expectUsageError(rvzoo('run', demo, '--input', 'zoo_input'), /--input needs SYMBOL=FILE/);
  });

  it('run: console on stdout, summary on stderr, the firmware exit code as status', () => {
    const r = rvzoo('run', join(PREBUILT, 'hello.elf'));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'firmware', 'apps', 'hello.expected'), 'latin1'));
    expect(r.stderr).toMatch(/stop: +exit code 0/);
    expect(r.stderr).toMatch(/instructions: +[\d,]+/);
    const code = Number(readFileSync(join(ROOT, 'firmware', 'tests', 'exitcode.exitcode'), 'utf8'));
    expect(code).not.toBe(0);
    expect(rvzoo('run', '--quiet', join(PREBUILT, 'exitcode.elf')).status).toBe(code);
  });

  it('run --stdin: the UART receives a file or the standard input', () => {
    const expected = readFileSync(join(ROOT, 'firmware', 'tests', 'uart_irq.expected'), 'latin1');
    const file = rvzoo('run', '--quiet', '--stdin', join(ROOT, 'firmware', 'tests', 'uart_irq.stdin'), join(PREBUILT, 'uart_irq.elf'));
    expect(file.stdout).toBe(expected);
    expect(file.status).toBe(0);
    const piped = rvzooWithInput(readFileSync(join(ROOT, 'firmware', 'tests', 'uart_irq.stdin'), 'latin1'), 'run', '--quiet', '--stdin', '-', join(PREBUILT, 'uart_irq.elf'));
    expect(piped.stdout).toBe(expected);
    // without input the firmware waits for a line that never comes: a wfi deadlock
    const none = rvzoo('run', '--quiet', join(PREBUILT, 'uart_irq.elf'));
    expect(none.status).toBe(122);
  });

  it('run --translate off|check gives the same console and counts as the default', () => {
    const elf = join(PREBUILT, 'mnist_demo.elf');
    const on = JSON.parse(rvzoo('run', '--json', elf).stdout);
    for (const mode of ['off', 'check']) {
      const other = JSON.parse(rvzoo('run', '--json', '--translate', mode, elf).stdout);
      expect(other.console).toBe(on.console);
      expect(other.instructions).toBe(on.instructions);
      expect(other.stages).toEqual(on.stages);
    }
  });

  it('run: a run that spends its budget exits 124 and says why', () => {
    const r = rvzoo('run', join(PREBUILT, 'spin.elf'), '--max-instructions', '5000');
    expect(r.status).toBe(124);
    expect(r.stderr).toMatch(/budget: instruction budget of 5000 exhausted/);
    // the stop line names the function (spin.elf has symbols, no DWARF)
    expect(r.stderr.replace(/\n +/g, ' ')).toMatch(/exhausted at pc 0x[0-9a-f]{8} in main\+0x[0-9a-f]+\n/);
  });

  it('run: a trap stop names the function and source line (DWARF), in the stop line and in --json', () => {
    const c = join(tmp, 'c.bin');
    writeFileSync(c, 'c');
    const elf = join(PREBUILT, 'debuggee.elf');
    const r = rvzoo('run', elf, '--stdin', c);
    expect(r.status).toBe(123);
    expect(r.stderr.replace(/\n +/g, ' ')).toMatch(/stop: +trap-loop: trap loop: illegal instruction \(mcause 2\) at pc 0x[0-9a-f]{8}, mtval 0x00000000 in crash\+0x[0-9a-f]+ \(tests\/debuggee\.c:\d+\)\n/);
    const j = JSON.parse(rvzoo('run', elf, '--stdin', c, '--json').stdout);
    expect(j.stop.location).toMatchObject({ function: 'crash', file: 'tests/debuggee.c' });
    const src = readFileSync(join(ROOT, 'firmware', 'tests', 'debuggee.c'), 'utf8').split('\n');
    expect(src[j.stop.location.line - 1]).toMatch(/__asm__ volatile/);
  });

  it('--gdb: bad addresses and combinations are one line, exit 2', () => {
    const hello = join(PREBUILT, 'hello.elf');
    expectUsageError(rvzoo('run', hello, '--gdb', 'abc'), /^rv-zoo run: --gdb needs \[HOST:\]PORT with PORT 0\.\.65535, got 'abc'$/m);
    expectUsageError(rvzoo('run', hello, '--gdb', '70000'), /--gdb needs \[HOST:\]PORT/);
    expectUsageError(rvzoo('run', hello, '--gdb-wait'), /^rv-zoo run: --gdb-wait needs --gdb \[HOST:\]PORT$/m);
    expectUsageError(rvzoo('run', hello, '--gdb', '0', '--trace', '3'), /--trace and --gdb cannot be used together/);
    // without a client the firmware just runs
    const r = rvzoo('run', hello, '--gdb', '127.0.0.1:0');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'firmware', 'apps', 'hello.expected'), 'latin1'));
    expect(r.stderr).toMatch(/^gdb: listening on 127\.0\.0\.1:\d+ \(target remote :\d+\)$/m);
  });

  it('run --json: one JSON object with the documented keys; --input changes the class', () => {
    const [zero] = heldOut(1);
    const input = join(tmp, 'zero.bin');
    writeFileSync(input, zero!.image);
    const r = rvzoo('run', join(PREBUILT, 'mnist_demo.elf'), '--json', '--input', `zoo_input=${input}`);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    for (const k of ['exitCode', 'stop', 'instructions', 'cycles', 'console', 'stages', 'results', 'footprint']) expect(j).toHaveProperty(k);
    expect(j.footprint.stack.used).toBeGreaterThan(0);
    expect(j.footprint.stack.used).toBeLessThan(j.footprint.stack.reserved);
    expect(j.exitCode).toBe(0);
    expect(j.stop.reason).toBe('exit');
    expect(j.stages.map((s: { label: string }) => s.label)).toEqual(['(boot)', 'loading model', 'preparing input', 'invoking']);
    expect(j.stages.reduce((a: number, s: { instructions: number }) => a + s.instructions, 0)).toBe(j.instructions);
    expect(j.results.scores.shape).toEqual([1, 10]);
    expect(j.results.scores.argmax).toBe(0);
    expect(j.results.scores.values).toHaveLength(10);
  });

  it('--trace N prints N disassembled instructions', () => {
    const r = rvzoo('run', '--quiet', '--trace', '5', join(PREBUILT, 'hello.elf'));
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^0x80000000: [0-9a-f]{4,8} +\S+.*<_start\+0>$/);
  });

  it('disasm prints objdump-style lines for a symbol', () => {
    const r = rvzoo('disasm', join(PREBUILT, 'hello.elf'), '--symbol', 'main');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^[0-9a-f]{8} <main>:$/m);
    expect(r.stdout).toMatch(/^ *[0-9a-f]+:\t[0-9a-f]{4,8} *\taddi sp,sp,-\d+$/m);
    expectUsageError(rvzoo('disasm', join(PREBUILT, 'hello.elf'), '--symbol', 'nosuch'), /no symbol 'nosuch'/);
  });

  it('profile lists the hot functions and writes folded stacks', () => {
    const folded = join(tmp, 'demo.folded');
    const r = rvzoo('profile', join(PREBUILT, 'mnist_demo.elf'), '--top', '3', '--folded', folded);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/top functions/);
    expect(r.stdout).toMatch(/stage \[3\] invoking/);
    expect(readFileSync(folded, 'utf8')).toMatch(/^_start;main.* \d+$/m);
  });
});
