/**
 * The `rv-zoo` command under conditions a new user meets (issue 18): a closed or slow reader,
 * a terminal, odd flag values, input files of the wrong size, exit statuses, long labels.
 * Every test spawns the real binary.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PREBUILT, ROOT, haveTool, needTool } from '../firmware-lib.js';
import { BIN, expectUsageError, rvzoo, type CliResult } from '../cli-lib.js';
import { skipWithoutTools } from '../loader/build.js';
import { robustProgram } from './programs.js';

const tmp = mkdtempSync(join(tmpdir(), 'rvzoo-robust-'));
const DEMO = join(PREBUILT, 'mnist_demo.elf');
const HELLO = join(PREBUILT, 'hello.elf');

/** Run rv-zoo with its stdout a pipe whose reading end is closed before rv-zoo starts. */
function withClosedStdout(...args: string[]): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stderr })));
}

describe('a closed stdout ends the command quietly with status 141', () => {
  it('run, run --json, disasm: no message, no stack trace', async () => {
    for (const args of [['run', DEMO], ['run', '--json', DEMO], ['disasm', DEMO]]) {
      const r = await withClosedStdout(...args);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.status, args.join(' ')).toBe(141);
    }
  });

  it('in a shell pipeline into head -1', () => {
    if (!haveTool('bash')) return;
    for (const cmd of ['run', 'disasm']) {
      const errFile = join(tmp, `${cmd}.err`);
      const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" ${cmd} "${DEMO}" 2>"${errFile}" | head -1`], { encoding: 'utf8', cwd: ROOT });
      expect(r.stdout.split('\n')).toHaveLength(2);
      const err = readFileSync(errFile, 'utf8');
      expect(err).not.toMatch(/EPIPE|Error|at .*\.js:\d+/);
      // the whole console fits in the pipe before head exits, or the write fails: 0 or 141
      expect([0, 141]).toContain(r.status);
    }
  });
});

describe('--input size checks', () => {
  const file = (name: string, n: number): string => {
    const p = join(tmp, name);
    writeFileSync(p, new Uint8Array(n).fill(0x40));
    return p;
  };

  it('refuses a file smaller than the symbol (or empty), naming both sizes and the partial form', () => {
    const small = file('small.bin', 100);
    expectUsageError(rvzoo('run', DEMO, '--input', `zoo_input=${small}`),
      new RegExp(`^rv-zoo run: --input zoo_input=${small}: the file has 100 bytes, symbol 'zoo_input' has 784 \\(to write only part of it: --input zoo_input@0=${small}\\)$`, 'm'));
    expectUsageError(rvzoo('run', DEMO, '--input', `zoo_input=${file('empty.bin', 0)}`), /the file has 0 bytes, symbol 'zoo_input' has 784/);
  });

  it('SYMBOL@OFFSET=FILE writes part of the symbol; it must fit', () => {
    const small = file('part.bin', 100);
    const r = rvzoo('run', '--quiet', DEMO, '--input', `zoo_input@684=${small}`);
    expect(r.status, r.stderr).toBe(0);
    expectUsageError(rvzoo('run', DEMO, '--input', `zoo_input@700=${small}`), /^rv-zoo run: --input zoo_input@700=.*: 100 bytes at offset 700 do not fit in symbol 'zoo_input' \(784 bytes\)$/m);
    expectUsageError(rvzoo('run', DEMO, '--input', `zoo_input@x=${small}`), /^rv-zoo run: --input zoo_input@OFFSET needs a whole number from 0 to \d+, got 'x'$/m);
    expectUsageError(rvzoo('run', DEMO, '--input', `nosuch=${small}`), /^rv-zoo run: --input nosuch=.*: .*mnist_demo\.elf has no symbol 'nosuch'$/m);
  });
});

describe('flag values: every error names the command and the flag', () => {
  const cases: [string[], RegExp][] = [
    [['run', HELLO, '--max-instructions', '-1'], /^rv-zoo run: --max-instructions needs a whole number from 1 to 9007199254740991, got '-1'$/],
    [['run', HELLO, '--max-instructions', '1e99'], /^rv-zoo run: --max-instructions needs a whole number from 1 to 9007199254740991, got '1e99'$/],
    [['run', HELLO, '--max-instructions', '0'], /^rv-zoo run: --max-instructions needs a whole number from 1 to \d+, got '0'$/],
    [['run', HELLO, '--max-instructions'], /^rv-zoo run: --max-instructions needs a value/],
    [['run', HELLO, '--max-instructions', '--json'], /^rv-zoo run: --max-instructions needs a value/],
    [['run', HELLO, '--trace', '-5'], /^rv-zoo run: --trace needs a whole number from 0 to \d+, got '-5'$/],
    [['run', HELLO, '--ram', '0'], /^rv-zoo run: --ram 0: must be a non-zero multiple of 4 KiB, got 0$/],
    [['run', HELLO, '--ram', '1000'], /^rv-zoo run: --ram 1000: must be a non-zero multiple of 4 KiB, got 1000$/],
    [['run', HELLO, '--ram', 'abc'], /^rv-zoo run: --ram needs a size like 512K, 64M, 0x100000 or 4096, got 'abc'$/],
    [['run', HELLO, '--ram', '4G'], /^rv-zoo run: --ram 4G: \[0x80000000, 0x180000000\) goes past the 32-bit address space$/],
    [['run', HELLO, '--flash', '2G'], /^rv-zoo run: --flash 2G: machine virt: .*flash.* overlaps .*ram/],
    [['run', HELLO, '--machine', 'nosuch'], /^rv-zoo run: --machine: unknown machine 'nosuch'/],
    [['run', HELLO, '--machine', join(tmp, 'none.json')], /^rv-zoo run: --machine: .*none\.json: cannot read machine file/],
    [['run', HELLO, '--stdin', join(tmp, 'none.bin')], /^rv-zoo run: --stdin .*none\.bin: no such file$/],
    [['run', HELLO, '--input', 'oops'], /^rv-zoo run: --input needs SYMBOL=FILE, SYMBOL@OFFSET=FILE or SYMBOL:DTYPE=FILE.npy, got 'oops'$/],
    [['profile', HELLO, '--top', '1e99'], /^rv-zoo profile: --top needs a whole number from 0 to \d+, got '1e99'$/],
    [['profile', HELLO, '--ram', '-4K'], /^rv-zoo profile: --ram needs a size/],
    [['size', HELLO, '--top', '-2'], /^rv-zoo size: --top needs a whole number/],
  ];
  for (const [args, re] of cases) {
    it(args.slice(2).join(' '), () => expectUsageError(rvzoo(...args), re));
  }
});

describe.skipIf(skipWithoutTools)('exit statuses', () => {
  it('firmware codes pass through; codes the status byte cannot hold give 255; incomplete runs have their own', () => {
    const status = (name: Parameters<typeof robustProgram>[0], ...extra: string[]): CliResult =>
      rvzoo('run', robustProgram(name).path, ...extra);
    const three = status('exit3');
    expect(three.status).toBe(3);
    expect(three.stderr).toMatch(/stop: +exit code 3/);
    const big = status('exit256');
    expect(big.status).toBe(255);
    expect(big.stderr).toMatch(/stop: +exit code 256/);
    expect(status('trapLoop').status).toBe(123);
    expect(status('trapEveryOther', '--max-instructions', '1000').status).toBe(124);
    expect(rvzoo('run', '--quiet', join(PREBUILT, 'uart_irq.elf')).status).toBe(122);
    expect(JSON.parse(status('exit256', '--json').stdout).exitCode).toBe(256);
  });
});

describe.skipIf(skipWithoutTools)('the summary', () => {
  it('fits in 80 columns: long stage labels are cut with an ellipsis, long lines wrap', () => {
    const r = rvzoo('run', robustProgram('longStages').path);
    expect(r.status).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(80);
    const rows = lines.filter((l) => /^ {2}(\[\d\/8\]| {5})/.test(l));
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row).toMatch(/ [\d,]+ +\d+\.\d%$/);
    expect(rows.find((l) => l.includes('[2/8]'))).toMatch(/\[2\/8\] Creating the HAL device.*…/);
    expect(rows.find((l) => l.includes('[1/8]'))).toContain('Loading Model module...');
    for (const elf of [DEMO, join(PREBUILT, 'traps.elf')]) {
      for (const l of rvzoo('run', elf).stderr.trimEnd().split('\n')) expect(l.length, l).toBeLessThanOrEqual(80);
    }
  });

  it('says both counts when the budget ran out on faulting instructions', () => {
    const r = rvzoo('run', robustProgram('trapEveryOther').path, '--max-instructions', '30000');
    expect(r.status).toBe(124);
    const text = r.stderr.replace(/\n +/g, ' ');
    const [, retired, faulted] = /budget of 30000 exhausted at pc 0x[0-9a-f]{8}: (\d+) retired, (\d+) raised an exception \(the budget counts both\)/.exec(text) ?? [];
    expect(Number(retired) + Number(faulted)).toBe(30000);
    expect(text).toMatch(new RegExp(`instructions: ${Number(retired).toLocaleString('en-US')} retired`));
    expect(text).toMatch(new RegExp(`exceptions: +${Number(faulted).toLocaleString('en-US')} instructions trapped instead of retiring`));
    for (const l of r.stderr.trimEnd().split('\n')) expect(l.length, l).toBeLessThanOrEqual(80);
  });
});

describe.skipIf(skipWithoutTools)('console bytes', () => {
  it('stdout and --json keep CR and bytes that are not UTF-8', () => {
    const elf = robustProgram('rawBytes').path;
    const want = Buffer.from([0x61, 13, 10, 0xff, 0xfe, 0x62, 10, ...Buffer.from('[1/1] stage\r\n')]);
    const raw = spawnSync(process.execPath, [BIN, 'run', '--quiet', elf], { cwd: ROOT });
    expect(Buffer.compare(raw.stdout, want)).toBe(0);
    const j = JSON.parse(rvzoo('run', '--json', elf).stdout);
    expect(j.console).toBe('a\r\n\ufffd\ufffdb\n[1/1] stage\r\n');
    expect(Buffer.compare(Buffer.from(j.consoleBase64, 'base64'), want)).toBe(0);
    expect(j.protocolErrors).toEqual([]);
    expect(j.exceptions).toBe(0);
  });
});

describe.skipIf(skipWithoutTools)('on a terminal', () => {
  it('console output mid-run is not glued to the progress line', () => {
    if (!needTool('script')) return;
    const elf = robustProgram('printMidRun').path;
    const r = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" run "${elf}"`, '/dev/null'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/\d instructions, \d+ MIPS/); // the progress line was drawn
    for (const m of out.matchAll(/instructions, \d+ MIPS(.)/gs)) expect(m[1]).toBe('\r'); // erased before anything else
    expect(out).toMatch(/(^|\n|\x1b\[K)first line\r?\n/);
    expect(out).toMatch(/(^|\n|\x1b\[K)second line\r?\n/);
  });
});

/** The main thread's CPU time (ticks) and peak resident memory (KiB) of a running process. */
function procStats(pid: number): { ticks: number; peakKiB: number } {
  const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { ticks, peakKiB: Number(hwm?.[1] ?? 0) };
}

describe('--trace into a pipe', () => {
  it('waits for a slow reader instead of queueing the trace in memory', async () => {
    if (process.platform !== 'linux') return;
    const n = 1_000_000;
    const child = spawn(process.execPath, [BIN, 'run', '--quiet', '--trace', String(n), '--max-instructions', String(n), join(PREBUILT, 'spin.elf')],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.pause();
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Read nothing until the child stops using CPU: blocked on the full pipe (or, if it
    // queued its output in memory instead, done with all of it).
    let last = -1;
    let stats = procStats(child.pid!);
    for (;;) {
      await sleep(500);
      stats = procStats(child.pid!);
      if (stats.ticks === last) break;
      last = stats.ticks;
    }
    expect(child.exitCode).toBeNull();
    // about 90 MB of trace: written in 64 KiB blocks as the reader takes them
    expect(stats.peakKiB).toBeLessThan(400 * 1024);
    let lines = 0;
    child.stderr.on('data', (d: Buffer) => { for (const b of d) if (b === 10) lines++; });
    child.stderr.resume();
    expect(await exited).toBe(124);
    expect(lines).toBe(n);
  });
});
