/**
 * A real gdb-multiarch (batch mode) debugging firmware/prebuilt/debuggee.elf through
 * `rv-zoo run --gdb 0 --gdb-wait`: break at a function, step, read variables and registers,
 * a watchpoint that fires, a monitor command, continue to the exit. The run's console and
 * counts must be those of a plain run.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIRMWARE, PREBUILT, ROOT, needTool } from '../firmware-lib.js';
import { BIN } from '../cli-lib.js';

const ELF = join(PREBUILT, 'debuggee.elf');

/** Start `rv-zoo run ELF --gdb 0 --gdb-wait ...`; resolves with the port once it listens. */
function startStub(args: string[]): Promise<{ port: number; done: Promise<{ status: number | null; stdout: string; stderr: string }> }> {
  const child = spawn(process.execPath, [BIN, 'run', ELF, '--gdb', '0', '--gdb-wait', ...args], { cwd: ROOT });
  let stdout = '', stderr = '';
  child.stdout.setEncoding('latin1').on('data', (d: string) => { stdout += d; });
  const done = new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  return new Promise((resolve, reject) => {
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      const m = /gdb: listening on 127\.0\.0\.1:(\d+)/.exec(stderr);
      if (m) resolve({ port: Number(m[1]), done });
    });
    child.on('close', () => reject(new Error(`rv-zoo ended before listening: ${stderr}`)));
  });
}

/** Run gdb-multiarch in batch mode with `commands` (from firmware/, so that it finds the sources). */
function runGdb(commands: string[]): Promise<{ status: number | null; out: string }> {
  const script = join(mkdtempSync(join(tmpdir(), 'rvzoo-gdb-')), 'cmds.gdb');
  writeFileSync(script, ['set pagination off', 'set confirm off', ...commands, ''].join('\n'));
  return gdbBatch(script);
}

/**
 * gdb-multiarch in batch mode on a script, from firmware/ (where the DWARF's relative source paths
 * resolve), stdout and stderr together. GDB's warning that a source file is newer than the ELF is
 * dropped: in a fresh checkout it depends only on the order git wrote the two files.
 */
function gdbBatch(script: string): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const g = spawn('gdb-multiarch', ['-nx', '-batch', '-x', script, ELF], { cwd: FIRMWARE });
    let out = '';
    g.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
    g.stderr.setEncoding('utf8').on('data', (d: string) => { out += d; });
    g.on('close', (status) => resolve({ status, out: out.replace(/warning: Source file is more recent than executable\.\n?/g, '') }));
  });
}

/** A TCP port that was free a moment ago (QEMU's -gdb needs a number). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a !== null ? a.port : 0));
    });
  });
}

/** A session that QEMU and rv-zoo must print the same for (after the first stop line). */
const SESSION = [
  'break square', 'continue', 'print v', 'backtrace', 'step', 'step', 'stepi', 'print origin', 'print/x $tinfo',
  'print $mcause', 'x/2dw &origin', 'delete 1', 'watch counter', 'continue', 'continue', 'print counter', 'delete',
  'hbreak main', 'info breakpoints',
];

describe('gdb-multiarch against rv-zoo run --gdb', () => {
  it('a session prints the same as against QEMU 7.2 (-gdb -S)', async () => {
    if (!needTool('gdb-multiarch') || !needTool('qemu-system-riscv32')) return;
    const port = await freePort();
    let qemu: ChildProcess | null = null;
    try {
      qemu = spawn('qemu-system-riscv32', ['-M', 'virt', '-bios', 'none', '-nographic', '-icount', 'shift=0', '-kernel', ELF,
        '-gdb', `tcp:127.0.0.1:${port}`, '-S'], { stdio: 'ignore' });
      // QEMU listens before it starts the machine; gdb retries the connection until then
      const q = await runGdb(['set tcp connect-timeout 60', `target remote 127.0.0.1:${port}`, ...SESSION, 'kill']);
      const { port: rvPort, done } = await startStub([]);
      const r = await runGdb([`target remote 127.0.0.1:${rvPort}`, ...SESSION, 'kill']);
      await done;
      // the first line is where each one starts (QEMU: its reset vector at 0x1000)
      const body = (o: string): string => o.split('\n').slice(1).join('\n');
      expect(q.out).toMatch(/^0x00001000 in \?\? \(\)\n/);
      expect(r.out).toMatch(/^0x80000000 in _start \(\)\n/);
      expect(body(r.out)).toBe(body(q.out));
      expect(r.out).toMatch(/Old value = 1\nNew value = 2\n/);
    } finally {
      qemu?.kill();
    }
  }, 120_000);

  it('break, step, print, watch, monitor, continue to exit', async () => {
    if (!needTool('gdb-multiarch')) return;
    const plain = spawnSync(process.execPath, [BIN, 'run', ELF], { cwd: ROOT, encoding: 'utf8' });
    const instructions = /instructions: +([\d,]+) retired/.exec(plain.stderr)![1];
    const { port, done } = await startStub([]);
    const script = join(mkdtempSync(join(tmpdir(), 'rvzoo-gdb-')), 'cmds.gdb');
    writeFileSync(script, [
      'set pagination off',
      'set confirm off',
      `target remote 127.0.0.1:${port}`,
      'info registers pc',
      'break square',
      'continue',
      'print v',
      'backtrace',
      'step',
      'step',
      'stepi',
      'print origin',
      'print/x $tinfo',
      'delete 1',
      'watch counter',
      'continue',
      'continue',
      'print counter',
      'monitor instructions',
      'delete',
      'continue',
      '',
    ].join('\n'));
    const gdb = await gdbBatch(script);
    const rv = await done;
    const out = gdb.out;
    expect(out, out).toMatch(/^pc\s+0x80000000\s+0x80000000 <_start>$/m);
    expect(out).toMatch(/Breakpoint 1 at 0x[0-9a-f]+: file tests\/debuggee\.c, line \d+\./);
    expect(out).toMatch(/Breakpoint 1, square \(v=(v@entry=)?0\) at tests\/debuggee\.c:\d+/);
    expect(out).toMatch(/^\$1 = 0$/m);
    expect(out).toMatch(/#1\s+0x[0-9a-f]+ in sum_squares \(n=(n@entry=)?8\) at tests\/debuggee\.c:\d+/);
    expect(out).toMatch(/^\$2 = \{x = 3, y = 4\}$/m);
    expect(out).toMatch(/^\$3 = 0x44$/m);
    expect(out).toMatch(/Hardware watchpoint 2: counter/);
    expect(out).toMatch(/Old value = 0\nNew value = 1\n/);
    expect(out).toMatch(/Old value = 1\nNew value = 2\n/);
    expect(out).toMatch(/^\$4 = 2$/m);
    expect(out).toMatch(/^instructions [\d,]+ retired, 0 raised an exception; cycles [\d,]+; mtime [\d,]+$/m);
    expect(out).toMatch(/\[Inferior 1 \(process 1\) exited normally\]/);
    expect(out).not.toMatch(/error|warning: (?!.*(No executable|Unable to find dynamic))/i);
    expect(gdb.status).toBe(0);
    expect(rv.status).toBe(0);
    expect(rv.stdout).toBe(readFileSync(join(FIRMWARE, 'tests', 'debuggee.expected'), 'latin1'));
    expect(rv.stderr).toMatch(/gdb: connection from 127\.0\.0\.1:\d+/);
    expect(rv.stderr).toMatch(new RegExp(`instructions: +${instructions} retired`));
  }, 120_000);
});
