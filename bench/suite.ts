/**
 * `npm run bench -- --suite`: whole-process speed of rv-zoo (translator on, translator off) and
 * of QEMU on the firmware/suite programs (third-party-shaped code, see firmware/README.md) and
 * the zoo firmware. Each run is a fresh process, timed from spawn to exit (wall) and charged
 * the child's user + system CPU time (through /usr/bin/time). The three commands alternate
 * (on, off, qemu, on, off, qemu, ...), N runs each; the table shows medians. Every run's console
 * is compared with the committed expectation (or, for the zoo firmware, with QEMU's output):
 * a difference is an emulator bug and is reported loudly, and the exit status is then 1.
 *
 *   npm run bench -- --suite                      all suite programs + zoo firmware, 3 runs each
 *   npm run bench -- --suite --runs 5 vm crc      programs whose name contains "vm" or "crc"
 *   npm run bench -- --suite --json               one JSON object on stdout instead of the table
 *   npm run bench -- --suite --write-readme       also replace the table in README.md
 *   RVZOO_SUITE_RUNS=5                            the same as --runs 5
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { have, qemuArgs } from './tools.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FW = join(ROOT, 'firmware');
const BIN = join(ROOT, 'bin', 'rv-zoo.js');
const TIME = '/usr/bin/time';
const README = join(ROOT, 'README.md');
const BEGIN = '<!-- suite-table:begin -->';
const END = '<!-- suite-table:end -->';
const TIMEOUT_MS = 600_000;

type Mode = 'on' | 'off' | 'qemu';
const MODES: readonly Mode[] = ['on', 'off', 'qemu'];

interface Program {
  name: string;
  elf: string;
  build: string;                 /* "gcc -O2", "clang -Os", or how the zoo firmware is built */
  expected: string | null;       /* exact console; null: compare with QEMU's, '#' lines aside */
  exitCode: number;
}

interface Run { wall: number; cpu: number | null; console: string; exitCode: number | null }

interface Figures { wall: number; cpu: number | null; walls: number[]; cpus: (number | null)[] }

interface Row {
  name: string;
  build: string;
  instructions: number;
  on: Figures;
  off: Figures;
  qemu: Figures | null;
  ratioOn: number | null;        /* rv-zoo on / QEMU, wall */
  ratioOff: number | null;
  mismatches: string[];
}

interface Options { runs: number; json: boolean; writeReadme: boolean; filters: string[]; qemu: boolean }

function usage(): never {
  console.error('usage: npm run bench -- --suite [--runs N] [--json] [--write-readme] [--no-qemu] [NAME-SUBSTRING...]');
  process.exit(2);
}

function parseArgs(args: string[]): Options {
  const o: Options = { runs: Number(process.env.RVZOO_SUITE_RUNS ?? 3), json: false, writeReadme: false, filters: [], qemu: true };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--runs') o.runs = Number(args[++i]);
    else if (a === '--json') o.json = true;
    else if (a === '--write-readme') o.writeReadme = true;
    else if (a === '--no-qemu') o.qemu = false;
    else if (a.startsWith('-')) usage();
    else o.filters.push(a);
  }
  if (!Number.isInteger(o.runs) || o.runs < 1) usage();
  return o;
}

interface ManifestEntry { name: string; elf: string; kind: string; expected: string | null; exitCode: number; compiler?: string; opt?: string }

function programs(filters: string[], log: (s: string) => void): Program[] {
  const manifest = JSON.parse(readFileSync(join(FW, 'prebuilt', 'manifest.json'), 'utf8')) as { programs: ManifestEntry[] };
  const list: Program[] = manifest.programs.filter((p) => p.kind === 'suite').map((p) => ({
    name: p.name,
    elf: join(FW, p.elf),
    build: `${p.compiler ?? '?'} ${p.opt ?? ''}`.trim(),
    expected: p.expected ? readFileSync(join(FW, p.expected), 'latin1') : null,
    exitCode: p.exitCode,
  }));
  list.push({ name: 'mnist_demo', elf: join(FW, 'prebuilt', 'mnist_demo.elf'), build: 'gcc -O2, XIP', expected: null, exitCode: 0 });
  const st = join(FW, 'build', 'zoo', 'st_mnist.elf');
  if (existsSync(st)) list.push({ name: 'st_mnist', elf: st, build: 'gcc -O2, XIP', expected: null, exitCode: 0 });
  else log(`(st_mnist skipped: ${st} not built; make -C firmware/zoo st_mnist)`);
  return filters.length ? list.filter((p) => filters.some((f) => p.name.includes(f))) : list;
}

/** One process, timed: wall from spawn to exit, CPU = the child's user + system (from time(1)). */
function timed(cmd: string, args: string[], tmp: string): Promise<Run> {
  const useTime = existsSync(TIME);
  const report = join(tmp, 'time.txt');
  const [file, argv] = useTime ? [TIME, ['-f', '%U %S', '-o', report, cmd, ...args]] : [cmd, args];
  return new Promise((res, rej) => {
    const chunks: Buffer[] = [];
    const t0 = process.hrtime.bigint();
    const p = spawn(file, argv, { stdio: ['ignore', 'pipe', 'ignore'] });
    const timer = setTimeout(() => p.kill('SIGKILL'), TIMEOUT_MS);
    p.stdout.on('data', (b: Buffer) => chunks.push(b));
    p.on('error', rej);
    p.on('close', (code) => {
      clearTimeout(timer);
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      let cpu: number | null = null;
      if (useTime) {
        // time(1) prints "Command exited with non-zero status N" before the format line
        const last = readFileSync(report, 'utf8').trim().split('\n').pop() ?? '';
        const [user, sys] = last.split(' ').map(Number);
        if (Number.isFinite(user) && Number.isFinite(sys)) cpu = user + sys;
      }
      res({ wall, cpu, console: Buffer.concat(chunks).toString('latin1'), exitCode: code });
    });
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function figures(runs: Run[]): Figures {
  const cpus = runs.map((r) => r.cpu);
  const known = cpus.filter((c): c is number => c !== null);
  return { wall: median(runs.map((r) => r.wall)), cpu: known.length === cpus.length ? median(known) : null, walls: runs.map((r) => r.wall), cpus };
}

/**
 * Lines starting with '#' and the zoo firmware's `@layer` lines carry instruction counts
 * (minstret, mcycle), which QEMU without icount does not count.
 */
const comparable = (s: string): string => s.split('\n').filter((l) => !l.startsWith('#') && !l.startsWith('@layer ')).join('\n');

function instructionsOf(elf: string): number {
  const out = execFileSync(process.execPath, [BIN, 'run', elf, '--json', '--max-instructions', '2e9'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return (JSON.parse(out) as { instructions: number }).instructions;
}

const geomean = (xs: number[]): number | null => (xs.length ? Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length) : null);

/** Geometric means of the wall-time ratios and of the CPU-time ratios, over rows that have them. */
function means(rows: Row[]): { on: number | null; off: number | null; cpuOn: number | null; cpuOff: number | null } {
  const pick = (f: (r: Row) => number | null) => geomean(rows.flatMap((r) => { const v = f(r); return v === null ? [] : [v]; }));
  const cpu = (x: Figures, q: Figures | null) => (q && x.cpu !== null && q.cpu ? x.cpu / q.cpu : null);
  return { on: pick((r) => r.ratioOn), off: pick((r) => r.ratioOff), cpuOn: pick((r) => cpu(r.on, r.qemu)), cpuOff: pick((r) => cpu(r.off, r.qemu)) };
}

interface MachineInfo { date: string; cpu: string; cores: number; node: string; qemu: string | null; load: [number, number] }

/** load: the 1-minute load average when the measurement started and when it ended. */
function machineInfo(qemu: boolean, loadAtStart: number): MachineInfo {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1].trim();
  } catch { /* not Linux */ }
  let qemuVersion: string | null = null;
  if (qemu) qemuVersion = execFileSync('qemu-system-riscv32', ['--version'], { encoding: 'utf8' }).split('\n')[0].replace(/^QEMU emulator version\s*/, '');
  return { date: new Date().toISOString().slice(0, 10), cpu, cores: cpus().length, node: process.version, qemu: qemuVersion, load: [loadAtStart, loadavg()[0]] };
}

const sec = (x: number | null): string => (x === null ? '–' : x.toFixed(2));
const ratio = (x: number | null): string => (x === null ? '–' : x.toFixed(2));

function table(rows: Row[], info: MachineInfo, runs: number): string {
  const lines = [
    '| program | compiler, flags | instructions | rv-zoo on: wall / CPU s | rv-zoo off: wall / CPU s | QEMU: wall / CPU s | on / QEMU | off / QEMU |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    const f = (x: Figures | null) => (x ? `${sec(x.wall)} / ${sec(x.cpu)}` : '–');
    const flag = r.mismatches.length ? ' **console mismatch**' : '';
    lines.push(`| ${r.name}${flag} | ${r.build} | ${r.instructions.toLocaleString('en-US')} | ${f(r.on)} | ${f(r.off)} | ${f(r.qemu)} | ${ratio(r.ratioOn)} | ${ratio(r.ratioOff)} |`);
  }
  const g = means(rows);
  lines.push(`| **geometric mean** | | | | | | **${ratio(g.on)}** | **${ratio(g.off)}** |`);
  lines.push('');
  lines.push(`Measured ${info.date} on ${info.cpu} (${info.cores} cores), Node ${info.node}${info.qemu ? `, QEMU ${info.qemu}` : ''}`
    + `, load average ${info.load[0].toFixed(1)} at the start and ${info.load[1].toFixed(1)} at the end; `
    + `whole processes, median of ${runs} interleaved runs each; wall time in seconds, CPU = the process's user + system time`
    + ` (Node's compiler and GC threads can make it exceed wall time). Geometric means of the CPU-time ratios: on / QEMU ${ratio(g.cpuOn)}, off / QEMU ${ratio(g.cpuOff)}.`);
  return lines.join('\n');
}

export async function runSuite(args: string[]): Promise<number> {
  const o = parseArgs(args);
  const log = (s: string) => { if (!o.json) console.error(s); };
  const list = programs(o.filters, log);
  if (!list.length) { console.error('no programs match'); return 2; }
  const qemu = o.qemu && have('qemu-system-riscv32') && have('riscv64-unknown-elf-objcopy');
  if (o.qemu && !qemu) log('(qemu-system-riscv32 or riscv64-unknown-elf-objcopy not installed: QEMU columns empty)');
  if (!existsSync(TIME)) log(`(${TIME} not installed (Debian package "time"): CPU columns empty)`);
  const tmp = mkdtempSync(join(tmpdir(), 'rvzoo-suite-'));
  const loadAtStart = loadavg()[0];
  const rows: Row[] = [];
  try {
    for (const p of list) {
      const instructions = instructionsOf(p.elf);
      const commands: Record<Mode, [string, string[]] | null> = {
        on: [process.execPath, [BIN, 'run', p.elf, '--quiet', '--max-instructions', '2e9']],
        off: [process.execPath, [BIN, 'run', p.elf, '--quiet', '--max-instructions', '2e9', '--translate', 'off']],
        qemu: qemu ? ['qemu-system-riscv32', qemuArgs(p.elf, tmp)] : null,
      };
      const runs: Record<Mode, Run[]> = { on: [], off: [], qemu: [] };
      for (let i = 0; i < o.runs; i++) {
        for (const m of MODES) {
          const c = commands[m];
          if (c) runs[m].push(await timed(c[0], c[1], tmp));
        }
      }
      // the reference console: the committed expectation, else QEMU's (else the interpreter's)
      const reference = p.expected ?? (runs.qemu[0] ?? runs.off[0]).console;
      const same = (s: string) => (p.expected !== null ? s === reference : comparable(s) === comparable(reference));
      const mismatches: string[] = [];
      for (const m of MODES) {
        runs[m].forEach((r, i) => {
          if (!same(r.console)) mismatches.push(`${m} run ${i + 1}: console differs from ${p.expected !== null ? 'the expected file' : 'QEMU'}`);
          if (r.exitCode !== p.exitCode) mismatches.push(`${m} run ${i + 1}: exit code ${r.exitCode}, expected ${p.exitCode}`);
        });
      }
      for (const msg of mismatches) console.error(`*** CONSOLE MISMATCH ${p.name}: ${msg}`);
      const on = figures(runs.on), off = figures(runs.off), q = runs.qemu.length ? figures(runs.qemu) : null;
      const row: Row = {
        name: p.name, build: p.build, instructions, on, off, qemu: q,
        ratioOn: q ? on.wall / q.wall : null, ratioOff: q ? off.wall / q.wall : null, mismatches,
      };
      rows.push(row);
      log(`${p.name.padEnd(28)} ${instructions.toLocaleString('en-US').padStart(13)}  on ${sec(on.wall)}s  off ${sec(off.wall)}s  qemu ${q ? sec(q.wall) : '–'}s  on/qemu ${ratio(row.ratioOn)}`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const info = machineInfo(qemu, loadAtStart);
  const md = table(rows, info, o.runs);
  if (o.json) {
    console.log(JSON.stringify({ machine: info, runs: o.runs, programs: rows, geomean: means(rows) }, null, 2));
  } else {
    console.log(md);
  }
  if (o.writeReadme) {
    const text = readFileSync(README, 'utf8');
    const a = text.indexOf(BEGIN), b = text.indexOf(END);
    if (a < 0 || b < a) { console.error(`README.md has no ${BEGIN} ... ${END} section`); return 2; }
    writeFileSync(README, `${text.slice(0, a + BEGIN.length)}\n${md}\n${text.slice(b)}`);
    log('README.md: benchmark suite table replaced');
  }
  const bad = rows.filter((r) => r.mismatches.length);
  if (bad.length) console.error(`*** ${bad.length} program(s) with console or exit-code mismatches: ${bad.map((r) => r.name).join(', ')}`);
  return bad.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runSuite(process.argv.slice(2));
}
