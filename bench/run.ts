/**
 * `npm run bench`: emulator speed on the firmware/bench programs and the zoo firmware, and,
 * when qemu-system-riscv32 is installed, QEMU's wall time on the same ELF measured in the same
 * run. Uses the `benchmark` package for the timing statistics (mean of several runs).
 *
 *   npm run bench                    all programs
 *   npm run bench -- bench_matmul    only those named
 *   RVZOO_BENCH_SAMPLES=5 npm run bench
 *   RVZOO_BENCH_TRANSLATE=off npm run bench   the interpreter alone (no block translator)
 *   npm run bench -- --suite [options]         the firmware/suite programs instead (bench/suite.ts)
 */
import Benchmark from 'benchmark';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Machine } from '../src/harness/machine.js';
import { have, qemuArgs } from './tools.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FW = join(ROOT, 'firmware');
const SAMPLES = Number(process.env.RVZOO_BENCH_SAMPLES ?? 3);
const TRANSLATE = (process.env.RVZOO_BENCH_TRANSLATE ?? 'on') as 'on' | 'off';
if (TRANSLATE !== 'on' && TRANSLATE !== 'off') throw new Error(`RVZOO_BENCH_TRANSLATE must be on or off, got ${TRANSLATE}`);

interface Program { name: string; elf: string; isa?: string }

function programs(filter: string[]): Program[] {
  const manifest = JSON.parse(readFileSync(join(FW, 'prebuilt', 'manifest.json'), 'utf8')) as { programs: { name: string; elf: string; kind: string; arch: string }[] };
  const list: Program[] = manifest.programs.filter((p) => p.kind === 'bench').map((p) => ({ name: p.name, elf: join(FW, p.elf), isa: p.arch }));
  list.push({ name: 'mnist_demo', elf: join(FW, 'prebuilt', 'mnist_demo.elf') });
  const st = join(FW, 'build', 'zoo', 'st_mnist.elf');
  if (existsSync(st)) list.push({ name: 'st_mnist', elf: st });
  else console.error(`(st_mnist skipped: ${st} not built; make -C firmware/zoo st_mnist)`);
  return filter.length ? list.filter((p) => filter.includes(p.name)) : list;
}

function runQemu(args: string[]): Promise<void> {
  return new Promise((res, rej) => {
    const p = spawn('qemu-system-riscv32', args, { stdio: ['ignore', 'ignore', 'ignore'] });
    p.on('error', rej);
    p.on('exit', () => res());
  });
}

function measure(name: string, fn: (done: () => void) => void): Promise<number> {
  return new Promise((res) => {
    const b = new Benchmark(name, {
      defer: true,
      minSamples: SAMPLES,
      maxTime: 0,
      initCount: 1,
      fn: (deferred: { resolve(): void }) => fn(() => deferred.resolve()),
      onComplete: () => res(b.stats.mean),
    });
    b.run({ async: true });
  });
}

const fmt = (n: number, d = 1): string => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

async function main(): Promise<void> {
  const list = programs(process.argv.slice(2));
  const qemu = have('qemu-system-riscv32') && have('riscv64-unknown-elf-objcopy');
  const tmp = mkdtempSync(join(tmpdir(), 'rvzoo-bench-'));
  let qemuStartup = 0;
  if (qemu) {
    // QEMU's own start-up and exit, measured on a program that does almost nothing.
    const args = qemuArgs(join(FW, 'prebuilt', 'hello.elf'), tmp);
    qemuStartup = await measure('qemu startup', (done) => { void runQemu(args).then(done); });
  }
  console.log(`node ${process.version}, translator ${TRANSLATE}, ${SAMPLES} samples per figure${qemu ? `, qemu start-up ${fmt(qemuStartup * 1000, 0)} ms (subtracted for "net")` : ', qemu not installed'}`);
  console.log('program            instructions    rv-zoo s    MIPS   qemu s  qemu net s  qemu MIPS  rv-zoo/qemu');
  for (const p of list) {
    let instructions = 0;
    let exit: number | null = null;
    const mean = await measure(p.name, (done) => {
      void Machine.fromElf(p.elf, { translate: TRANSLATE, isa: p.isa }).then(async (m) => {
        const r = await m.run({ maxInstructions: 5e9 });
        instructions = r.instructions;
        exit = r.exitCode;
        done();
      });
    });
    const mips = instructions / mean / 1e6;
    let q = '       -           -          -            -';
    if (qemu) {
      const args = qemuArgs(p.elf, tmp, p.isa);
      const qm = await measure(`qemu ${p.name}`, (done) => { void runQemu(args).then(done); });
      const net = Math.max(qm - qemuStartup, 1e-6);
      const qmips = instructions / net / 1e6;
      q = `${fmt(qm, 3).padStart(8)} ${fmt(net, 3).padStart(11)} ${fmt(qmips, 0).padStart(10)} ${fmt(mips / qmips, 3).padStart(12)}`;
    }
    console.log(`${p.name.padEnd(16)} ${instructions.toLocaleString('en-US').padStart(14)} ${fmt(mean, 3).padStart(11)} ${fmt(mips).padStart(7)} ${q}${exit === 0 ? '' : `  (exit ${exit})`}`);
  }
  // Inference after one boot, the way tests classify many inputs: boot to the input stage,
  // snapshot, then per sample restore + inject + run to exit. Only the inference is timed.
  for (const p of list.filter((q) => q.name === 'mnist_demo' || q.name === 'st_mnist')) {
    const m = await Machine.fromElf(p.elf, { translate: TRANSLATE });
    await m.run({ untilStage: 2 });
    const snap = m.snapshot();
    const input = m.readSymbol('zoo_input');
    let instructions = 0;
    const mean = await measure(`${p.name} warm`, (done) => {
      m.restore(snap);
      m.writeSymbol('zoo_input', input);
      const start = m.board.hart.instret;
      void m.run().then((r) => { instructions = r.instructions - start; done(); });
    });
    console.log(`${(p.name + ' (warm)').padEnd(16)} ${instructions.toLocaleString('en-US').padStart(14)} ${fmt(mean, 3).padStart(11)} ${fmt(instructions / mean / 1e6).padStart(7)}   per inference after one boot (restore + inject + run)`);
  }
  const mem = process.memoryUsage();
  console.log(`node process memory: rss ${fmt(mem.rss / 2 ** 20, 0)} MiB, heap used ${fmt(mem.heapUsed / 2 ** 20, 0)} MiB, array buffers ${fmt(mem.arrayBuffers / 2 ** 20, 0)} MiB`);
}

if (process.argv.includes('--suite')) {
  const { runSuite } = await import('./suite.js');
  process.exitCode = await runSuite(process.argv.slice(2).filter((a) => a !== '--suite'));
} else {
  await main();
}
