/**
 * IREE-compiled zoo firmware (firmware/zoo/iree: iree-compile's static library and EmitC module
 * on the rv-zoo micro runtime) through the emulator, against the TFLite reference interpreter
 * (tools/golden.py). IREE lowers the int8 softmax through float, so scores may differ from
 * TFLite's by a quantization step or so; the class must be the same on every digit.
 *
 * ST MNIST is compiled now from ../shared/models with IREE's pip tools (never committed);
 * the demo ELFs are committed (the project's own weights).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Machine } from '../../dist/src/harness/machine.js';
import { FIRMWARE, PREBUILT, ROOT, needTool } from '../firmware-lib.js';
import { IREE_BIN, haveIree } from '../iree-lib.js';
import { rvzoo } from '../cli-lib.js';

interface Vector { label: number; digit_index: number; input_hex: string; output: number[]; argmax: number }
interface VectorFile { vectors: Vector[] }

const ST_MODEL = join(ROOT, '..', 'shared', 'models', 'stmnist_v1_int8.tflite');
const IREE_BUILD = join(FIRMWARE, 'build', 'zoo', 'iree');
// One quantization step of the int8 softmax output (scale 1/256), and a little float slack.
const MAX_SCORE_DIFF = 1 / 256 + 1e-6;

function argmax(xs: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i] > xs[best]) best = i;
  return best;
}

/** Runs every vector (boot once, restore per digit); returns max |score - reference| and the argmax matches. */
async function classify(elf: string, file: VectorFile, classes: number): Promise<{ agree: number; maxDiff: number; right: number }> {
  const m = await Machine.fromElf(elf);
  const snap = m.snapshot();
  let agree = 0;
  let right = 0;
  let maxDiff = 0;
  for (const v of file.vectors) {
    m.restore(snap);
    m.writeSymbol('zoo_input', Buffer.from(v.input_hex, 'hex'));
    const r = await m.run({ maxInstructions: 1e8 });
    expect(r.exitCode, `${r.stop.message} ${r.console.split('\n').filter((l) => l.startsWith('error')).join()}`).toBe(0);
    expect(r.console).toMatch(/=== SUCCESS: Inference Complete! ===\n$/);
    // every ref the inference made was released: the arena is back where it was before it
    const arena = /^# arena peak \d+ of \d+ bytes, (\d+) in use before the inference and (\d+) after$/m.exec(r.console);
    expect(arena, 'arena line').not.toBeNull();
    expect(arena![2]).toBe(arena![1]);
    const scores = r.results['scores']!;
    expect(scores.shape).toEqual([1, classes]);
    const got = Array.from(scores.values);
    got.forEach((x, i) => { maxDiff = Math.max(maxDiff, Math.abs(x - v.output[i])); });
    // the buffer-view line carries the same tensor
    const bv = r.console.split('\n').find((l) => l.startsWith(`1x${classes}xf32=[`));
    expect(bv, 'buffer-view line').toBeDefined();
    expect(bv!.slice(bv!.indexOf('[') + 1, -1).split(' ').map(Number).map((x, i) => Math.abs(x - got[i]) <= 5e-6 * Math.max(1, got[i])).every(Boolean)).toBe(true);
    expect(r.console).toMatch(new RegExp(`^class ${scores.argmax()}$`, 'm'));
    if (scores.argmax() === argmax(v.output)) agree++;
    if (scores.argmax() === v.label) right++;
  }
  return { agree, maxDiff, right };
}

function qemuConsole(elf: string): { status: number | null; stdout: string } {
  const entry = readFileSync(elf).readUInt32LE(24);
  const args = ['-M', 'virt', '-nographic', '-bios', 'none', '-icount', 'shift=0'];
  if (entry >= 0x20000000 && entry < 0x22000000) {
    const bin = join(mkdtempSync(join(tmpdir(), 'rvzoo-iree-q-')), 'flash.bin');
    execFileSync('riscv64-unknown-elf-objcopy', ['-O', 'binary', elf, bin]);
    execFileSync('truncate', ['-s', '32M', bin]);
    args.push('-drive', `if=pflash,unit=0,format=raw,file=${bin},readonly=on`);
  } else {
    args.push('-kernel', elf);
  }
  const r = spawnSync('qemu-system-riscv32', args, { encoding: 'latin1', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
  return { status: r.status, stdout: r.stdout };
}

describe('IREE-compiled firmware on the micro runtime: the project demo model (committed ELFs)', () => {
  it('iree_mnist_demo_xip.elf: same class as the TFLite reference on the 30 committed held-out digits', async () => {
    const file = JSON.parse(readFileSync(join(ROOT, 'test', 'zoo', 'vectors', 'mnist_demo.json'), 'utf8')) as VectorFile;
    const { agree, maxDiff, right } = await classify(join(PREBUILT, 'iree_mnist_demo_xip.elf'), file, 10);
    console.log(`iree_mnist_demo: argmax agrees with TFLite on ${agree}/${file.vectors.length} digits, max |diff| ${maxDiff}, ${right} labels right`);
    expect(agree).toBe(file.vectors.length);
    expect(maxDiff).toBeLessThanOrEqual(MAX_SCORE_DIFF);
  }, 300_000);

  it('the micro runtime (vm.c + hal.c) is under 12 KB of code', () => {
    if (!needTool('riscv64-unknown-elf-gcc')) return;
    const out = execFileSync('make', ['-C', join(FIRMWARE, 'zoo', 'iree'), '--no-print-directory', 'runtime-size'], { encoding: 'utf8' });
    const rows = out.split('\n').filter((l) => /^\s*\d+\s+\d+.*rt\/(vm|hal)\.o$/.test(l)).map((l) => l.trim().split(/\s+/).map(Number));
    expect(rows).toHaveLength(2);
    const code = rows.reduce((n, r) => n + r[0] + r[1], 0); // text (with rodata) + data
    console.log(`micro runtime: ${code} bytes of code and constant data`);
    expect(code).toBeLessThan(12 * 1024);
  });
});

describe('IREE-compiled firmware on the micro runtime: the constants path without import', () => {
  it('with allocator.import refused, constants go through allocate + file.from_memory + queue.read and the output is the same', async () => {
    if (!needTool('riscv64-unknown-elf-gcc')) return;
    const tmp = mkdtempSync(join(tmpdir(), 'rvzoo-iree-noimport-'));
    execFileSync('make', ['-C', join(FIRMWARE, 'zoo', 'iree'), '--no-print-directory', 'demo', `P=${tmp}`, `B=${tmp}/build`,
      'RT_DEFINES=-DRVZ_HAL_NO_IMPORT', 'ARENA_iree_mnist_demo=98304'], { stdio: 'pipe' }); // the copies need room (peak 91,480 bytes)
    const run = async (elf: string): Promise<string> => {
      const r = await (await Machine.fromElf(elf)).run({ maxInstructions: 1e8 });
      expect(r.exitCode).toBe(0);
      return r.console;
    };
    const copied = await run(join(tmp, 'iree_mnist_demo_xip.elf'));
    const imported = await run(join(PREBUILT, 'iree_mnist_demo_xip.elf'));
    const results = (s: string) => s.split('\n').filter((l) => /^(@result|1x10xf32=|class)/.test(l));
    expect(results(copied)).toEqual(results(imported));
    // the copy lives in the arena: more of it in use between init and the end
    const inUse = (s: string) => Number(/(\d+) in use before the inference/.exec(s)![1]);
    expect(inUse(copied)).toBeGreaterThan(inUse(imported));
    // the dispatch log counts constants copied by queue.read as constants too, and the
    // dispatches run the same instructions wherever the constants are
    const layers = (s: string) => s.split('\n').filter((l) => l.startsWith('@layer '));
    expect(layers(copied).length).toBe(15);
    expect(layers(copied)).toEqual(layers(imported));
    expect(layers(copied).filter((l) => / constants=23680 /.test(l)).length).toBe(3);
  });
});

describe('IREE-compiled firmware on the micro runtime: failures', () => {
  it('an arena too small for the model stops with one error line and exit status 1', async () => {
    if (!needTool('riscv64-unknown-elf-gcc')) return;
    const tmp = mkdtempSync(join(tmpdir(), 'rvzoo-iree-small-'));
    execFileSync('make', ['-C', join(FIRMWARE, 'zoo', 'iree'), '--no-print-directory', 'demo', `P=${tmp}`, `B=${tmp}/build`,
      'ARENA_iree_mnist_demo=16384'], { stdio: 'pipe' });
    const m = await Machine.fromElf(join(tmp, 'iree_mnist_demo.elf'));
    const r = await m.run({ maxInstructions: 1e8 });
    expect(r.exitCode).toBe(1);
    const lines = r.console.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('error'))).toEqual(['error: RESOURCE_EXHAUSTED: arena full (build with a larger RVZ_ARENA_SIZE)']);
    expect(lines.at(-1)).toMatch(/^error: /);
    expect(r.console).not.toMatch(/SUCCESS/);
  });
});

describe('IREE-compiled ST MNIST on the micro runtime (built now from ../shared/models)', () => {
  const ready = (): boolean => {
    if (!existsSync(ST_MODEL)) {
      if (process.env.RVZOO_REQUIRE_TOOLS) throw new Error(`${ST_MODEL} is missing`);
      return false;
    }
    if (!needTool('riscv64-unknown-elf-gcc') || !haveIree()) return false;
    try {
      execFileSync('python3', ['-c', 'import numpy, tflite, ai_edge_litert'], { stdio: 'ignore' });
    } catch {
      if (process.env.RVZOO_REQUIRE_TOOLS) throw new Error('python3 lacks numpy/tflite/ai_edge_litert (pip install -r tools/requirements.txt)');
      return false;
    }
    return true;
  };
  let built = false;
  const build = (): void => {
    if (built) return;
    execFileSync('make', ['-C', join(FIRMWARE, 'zoo', 'iree'), '--no-print-directory', 'st', `ST_MNIST_TFLITE=${ST_MODEL}`, `IREE_BIN=${IREE_BIN}`],
      { stdio: 'pipe', timeout: 600_000 });
    built = true;
  };

  let vectors: VectorFile | null = null;
  const reference = (): VectorFile => {
    if (vectors) return vectors;
    const out = join(mkdtempSync(join(tmpdir(), 'rvzoo-iree-st-')), 'st.json');
    execFileSync('python3', [join(ROOT, 'tools', 'golden.py'), ST_MODEL, '--heldout-per-digit', '2', '-o', out], { stdio: 'ignore', timeout: 300_000 });
    vectors = JSON.parse(readFileSync(out, 'utf8')) as VectorFile;
    return vectors;
  };

  it('iree_st_mnist_xip.elf: same class as the TFLite reference on 20 held-out digits', async () => {
    if (!ready()) return;
    build();
    const file = reference();
    expect(file.vectors.length).toBe(20);
    const { agree, maxDiff, right } = await classify(join(IREE_BUILD, 'iree_st_mnist_xip.elf'), file, 36);
    const summary = `iree_st_mnist: argmax agrees with TFLite on ${agree}/20 digits, max |diff| ${maxDiff}, ${right}/20 labels right`;
    console.log(summary);
    writeFileSync(join(IREE_BUILD, 'accuracy.txt'), summary + '\n');
    expect(agree).toBe(20);
    expect(maxDiff).toBeLessThanOrEqual(MAX_SCORE_DIFF);
    expect(right).toBeGreaterThanOrEqual(14); // ST MNIST gets ~88% of these digits right
  }, 600_000);

  it('rv-zoo verify: iree_st_mnist_xip.elf agrees with the TFLite reference on 20 MNIST digits (its IREE text and @result)', () => {
    if (!ready()) return;
    build();
    const r = rvzoo('verify', join(IREE_BUILD, 'iree_st_mnist_xip.elf'), '--model', ST_MODEL, '--inputs', 'mnist:20', '--tolerance', String(MAX_SCORE_DIFF));
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^agreement: 20\/20 inputs \(100\.0%\), required 100%: ok$/m);
    const viaText = rvzoo('verify', join(IREE_BUILD, 'iree_st_mnist.elf'), '--model', ST_MODEL, '--inputs', 'mnist:10', '--result', 'result0', '--json');
    expect(viaText.status, viaText.stderr).toBe(0);
    expect(JSON.parse(viaText.stdout).result).toEqual({ name: 'result0', source: 'iree', dtype: 'f32', shape: [1, 36] });
  }, 600_000);

  it('the same check fails for the popular fix (iree-tosa-strip-signedness instead of xor 0x80)', async () => {
    if (!ready()) return;
    const tmp = mkdtempSync(join(tmpdir(), 'rvzoo-iree-strip-'));
    execFileSync('make', ['-C', join(FIRMWARE, 'zoo', 'iree'), '--no-print-directory', 'st', `B=${tmp}`, `ST_MNIST_TFLITE=${ST_MODEL}`,
      `IREE_BIN=${IREE_BIN}`, 'IREE_BUILD_FLAGS=--ui8=strip-signedness'], { stdio: 'pipe', timeout: 600_000 });
    const { agree } = await classify(join(tmp, 'iree_st_mnist_xip.elf'), reference(), 36);
    console.log(`iree_st_mnist with strip-signedness: argmax agrees with TFLite on ${agree}/20 digits`);
    expect(agree).toBeLessThanOrEqual(5); // pixels >= 128 saturate: most digits become class 1
    // rv-zoo verify says so, and fails
    const v = rvzoo('verify', join(tmp, 'iree_st_mnist_xip.elf'), '--model', ST_MODEL, '--inputs', 'mnist:20');
    expect(v.status, v.stderr).toBe(1);
    expect(Number(/^agreement: (\d+)\/20 inputs .*: FAILED$/m.exec(v.stdout)?.[1])).toBeLessThanOrEqual(5);
  }, 600_000);

  for (const elf of ['iree_st_mnist.elf', 'iree_st_mnist_xip.elf']) {
    it(`${elf}: rv-zoo prints exactly what QEMU prints`, async () => {
      if (!ready() || !needTool('qemu-system-riscv32')) return;
      build();
      const path = join(IREE_BUILD, elf);
      const q = qemuConsole(path);
      expect(q.status).toBe(0);
      const m = await Machine.fromElf(path);
      const r = await m.run({ maxInstructions: 1e8 });
      expect(r.exitCode).toBe(0);
      expect(r.console).toBe(q.stdout);
      expect(r.console).toMatch(/^\[8\/8\] Invoking 'main'\.\.\.$/m);
      expect(r.results['scores']!.argmax()).toBe(7); // the default digit
    }, 300_000);
  }
});
