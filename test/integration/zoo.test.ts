/**
 * Zoo firmware through the emulator: outputs equal the TFLite reference interpreter's
 * (tools/golden.py, BUILTIN_REF op resolver): int8 scores exactly, float scores exactly as
 * printed (%.9g of the dequantized value), same argmax.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Machine } from '../../dist/src/harness/machine.js';
import { FIRMWARE, PREBUILT, ROOT, needTool } from '../firmware-lib.js';

interface Vector { label: string; input_hex: string; output_q: number[]; output: number[]; argmax: number }
interface VectorFile { vectors: Vector[]; output_q: { shape: number[] } }

const ST_MODEL = join(ROOT, '..', 'shared', 'models', 'stmnist_v1_int8.tflite');

async function checkVectors(elf: string, file: VectorFile, classes: number): Promise<number> {
  const m = await Machine.fromElf(elf);
  const snap = m.snapshot();
  let correctLabels = 0;
  for (const v of file.vectors) {
    m.restore(snap);
    m.writeSymbol('zoo_input', Buffer.from(v.input_hex, 'hex'));
    const r = await m.run({ maxInstructions: 2e8 });
    expect(r.exitCode, r.stop.message).toBe(0);
    const q = r.results['scores_q']!;
    const f = r.results['scores']!;
    expect(q.shape).toEqual([1, classes]);
    expect(Array.from(q.values)).toEqual(v.output_q.map(Number));
    expect(Array.from(f.values)).toEqual(v.output.map((x) => Math.fround(Number(x))));
    expect(f.argmax()).toBe(Number(v.argmax));
    if (Number(v.argmax) === Number(v.label)) correctLabels++;
  }
  return correctLabels;
}

describe('zoo firmware under rv-zoo vs the TFLite reference', () => {
  it('mnist_demo.elf: 30 held-out digits bit-exact against the committed golden vectors', async () => {
    const file = JSON.parse(readFileSync(join(ROOT, 'test', 'zoo', 'vectors', 'mnist_demo.json'), 'utf8')) as VectorFile;
    expect(file.vectors.length).toBeGreaterThanOrEqual(20);
    const correct = await checkVectors(join(PREBUILT, 'mnist_demo.elf'), file, 10);
    expect(correct / file.vectors.length).toBeGreaterThan(0.8);
  });

  it('st_mnist.elf (built from ../shared/models): 20 digits bit-exact against golden vectors made now', async () => {
    if (!existsSync(ST_MODEL)) {
      if (process.env.RVZOO_REQUIRE_TOOLS) throw new Error(`${ST_MODEL} is missing`);
      return;
    }
    if (!needTool('riscv64-unknown-elf-gcc')) return;
    let pythonOk = true;
    try {
      execFileSync('python3', ['-c', 'import numpy, tflite, ai_edge_litert'], { stdio: 'ignore' });
    } catch {
      pythonOk = false;
    }
    if (!pythonOk) {
      if (process.env.RVZOO_REQUIRE_TOOLS) throw new Error('python3 lacks numpy/tflite/ai_edge_litert (pip install -r tools/requirements.txt)');
      return;
    }
    execFileSync('make', ['-C', join(FIRMWARE, 'zoo'), 'st_mnist', `ST_MNIST_TFLITE=${ST_MODEL}`], { stdio: 'ignore', timeout: 300_000 });
    const elf = join(FIRMWARE, 'build', 'zoo', 'st_mnist.elf');
    const out = join(mkdtempSync(join(tmpdir(), 'rvzoo-st-')), 'st.json');
    execFileSync('python3', [join(ROOT, 'tools', 'golden.py'), ST_MODEL, '--heldout-per-digit', '2', '-o', out], { stdio: 'ignore', timeout: 300_000 });
    const file = JSON.parse(readFileSync(out, 'utf8')) as VectorFile;
    expect(file.vectors.length).toBe(20);
    const correct = await checkVectors(elf, file, 36);
    expect(correct).toBeGreaterThanOrEqual(14); // ST MNIST gets ~88% of MNIST digits right as-is
  }, 600_000);
});
