/**
 * Zoo firmware through the emulator (and QEMU): outputs equal the TFLite reference
 * interpreter's (tools/golden.py, BUILTIN_REF op resolver): int8 scores exactly, float scores
 * exactly as printed (%.9g of the dequantized value), same argmax.
 *
 * - the demo (committed ELFs, XIP and RAM) against the committed vectors;
 * - the four shared models, built now from ../shared/models (`make -C firmware/zoo all-models
 *   vectors`, never committed), XIP and RAM builds, against vectors made now from inputs of
 *   each model's own kind (digits, accelerometer windows, spectrograms, images; seeded).
 * Missing tools skip the shared models, unless RVZOO_REQUIRE_TOOLS is set: then they fail.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Machine } from '../../dist/src/harness/machine.js';
import { PREBUILT, ROOT, needTool } from '../firmware-lib.js';
import { SHARED_MODELS, ZOO_BUILD, loadVectors, qemuZoo, zooMake, zooToolsMissing, type ZooVector } from '../zoo-lib.js';

interface Checked { correctLabels: number; consoles: string[] }

/**
 * Boots `elf` once, stops where the firmware starts reading zoo_input, then per vector:
 * restore, write the input, run to the end, compare every output with the reference.
 */
async function checkVectors(elf: string, vectors: ZooVector[], classes: number, machine?: string): Promise<Checked> {
  const m = await Machine.fromElf(elf, machine ? { machine } : {});
  const boot = await m.run({ untilStage: 'preparing input', maxInstructions: 1e7 });
  expect(boot.stop.reason, boot.stop.message).not.toBe('exit');
  const snap = m.snapshot();
  const out: Checked = { correctLabels: 0, consoles: [] };
  for (const v of vectors) {
    const where = `${elf.split('/').pop()} ${v.label} #${v.index}`;
    m.restore(snap);
    const input = Buffer.from(v.input_hex, 'hex');
    expect(m.readSymbol('zoo_input').length, `${where}: zoo_input size`).toBe(input.length);
    m.writeSymbol('zoo_input', input);
    const r = await m.run({ maxInstructions: 1e9 });
    expect(r.exitCode, `${where}: ${r.stop.message}`).toBe(0);
    const q = r.results['scores_q']!;
    const f = r.results['scores']!;
    expect(q.shape, where).toEqual([1, classes]);
    expect(Array.from(q.values), `${where}: int8 scores`).toEqual(v.output_q.map(Number));
    expect(Array.from(f.values), `${where}: float scores`).toEqual(v.output.map((x) => Math.fround(Number(x))));
    expect(f.argmax(), where).toBe(Number(v.argmax));
    out.consoles.push(r.console);   // the whole console since boot (the snapshot carries it)
    if (Number(v.argmax) === Number(v.label)) out.correctLabels++;
  }
  return out;
}

interface DemoVectorFile { vectors: (ZooVector & { digit_index: number })[] }
const demoVectors = (): DemoVectorFile['vectors'] =>
  (JSON.parse(readFileSync(join(ROOT, 'test', 'zoo', 'vectors', 'mnist_demo.json'), 'utf8')) as DemoVectorFile).vectors
    .map((v) => ({ ...v, index: v.digit_index }));

describe('zoo firmware under rv-zoo vs the TFLite reference: the demo', () => {
  for (const elf of ['mnist_demo.elf', 'mnist_demo_ram.elf']) {
    it(`${elf}: 30 held-out digits bit-exact against the committed golden vectors`, async () => {
      const vectors = demoVectors();
      expect(vectors.length).toBe(30);
      const r = await checkVectors(join(PREBUILT, elf), vectors, 10);
      // the demo model is a good classifier (98%+ of the held-out split): nearly all are right
      expect(r.correctLabels).toBeGreaterThanOrEqual(28);
    });
  }

  it('mnist_demo.elf and mnist_demo_ram.elf on QEMU: the same scores as the reference', () => {
    if (!needTool('qemu-system-riscv32') || !needTool('riscv64-unknown-elf-objcopy') || !needTool('python3')) return;
    for (const elf of ['mnist_demo.elf', 'mnist_demo_ram.elf']) {
      const { report } = qemuZoo(join(PREBUILT, elf), join(ROOT, 'test', 'zoo', 'vectors', 'mnist_demo.json'), 3);
      expect(report, elf).toMatch(/^3 passed, 0 failed$/m);
    }
  }, 300_000);
});

const missing = zooToolsMissing();
const requireTools = !!process.env.RVZOO_REQUIRE_TOOLS;

describe.skipIf(missing.length > 0 && !requireTools)('zoo firmware of the shared models (built now) vs the TFLite reference', () => {
  beforeAll(() => {
    expect(missing, 'tools and model files the shared-model firmware needs').toEqual([]);
    zooMake('all-models', 'vectors');
  }, 900_000);

  for (const model of SHARED_MODELS) {
    describe(model.name, () => {
      it('vector file: the model, the reference interpreter, inputs of the model\'s own kind that give different outputs', () => {
        const doc = loadVectors(model.name);
        expect(doc.model).toBe(model.file);
        expect(doc.op_resolver).toBe('BUILTIN_REF');
        expect(doc.vectors.length).toBeGreaterThanOrEqual(Math.max(model.xipInputs, model.ramInputs));
        expect(doc.output_q?.shape).toEqual([1, model.classes]);
        const bytesPer = model.dtype === 'f32' ? 4 : 1;
        const size = model.shape.reduce((a, b) => a * b, 1) * bytesPer;
        for (const v of doc.vectors) expect(Buffer.from(v.input_hex, 'hex').length).toBe(size);
        // the inputs are distinct and the model does not answer all of them alike
        expect(new Set(doc.vectors.map((v) => v.input_hex)).size).toBe(doc.vectors.length);
        expect(new Set(doc.vectors.map((v) => v.output_q.join(','))).size).toBeGreaterThan(1);
      });

      it(`${model.name}.elf (XIP): ${model.xipInputs} inputs bit-exact`, async () => {
        const elf = join(ZOO_BUILD, `${model.name}.elf`);
        const m = await Machine.fromElf(elf);
        const r0 = await m.run({ maxInstructions: 1e9 });
        expect(r0.exitCode, r0.stop.message).toBe(0);
        expect(r0.inputs['zoo_input']).toEqual({ name: 'zoo_input', dtype: model.dtype, shape: model.shape });
        expect(r0.console).toMatch(new RegExp(`^model ${model.name}: \\d+ layers, arena \\d+ bytes$`, 'm'));
        const doc = loadVectors(model.name);
        const r = await checkVectors(elf, doc.vectors.slice(0, model.xipInputs), model.classes);
        if (model.name === 'st_mnist') expect(r.correctLabels).toBeGreaterThanOrEqual(14);  // ~88% of digits as-is
      }, 600_000);

      it(`${model.name}_ram.elf (RAM layout): ${model.ramInputs} inputs bit-exact`, async () => {
        const elf = join(ZOO_BUILD, `${model.name}_ram.elf`);
        const doc = loadVectors(model.name);
        await checkVectors(elf, doc.vectors.slice(0, model.ramInputs), model.classes);
      }, 600_000);

      it('both layouts fit the mcu machine (2 MiB flash, 512 KiB RAM) and run there', async () => {
        const doc = loadVectors(model.name);
        for (const elf of [`${model.name}.elf`, `${model.name}_ram.elf`]) {
          await checkVectors(join(ZOO_BUILD, elf), doc.vectors.slice(0, 1), model.classes, 'mcu');
        }
      }, 600_000);

      it('XIP and RAM builds on QEMU: the same scores as the reference and the same console as rv-zoo (2 inputs each)', async () => {
        if (!needTool('qemu-system-riscv32') || !needTool('riscv64-unknown-elf-objcopy')) return;
        const doc = loadVectors(model.name);
        for (const elf of [`${model.name}.elf`, `${model.name}_ram.elf`]) {
          const path = join(ZOO_BUILD, elf);
          expect(existsSync(path), path).toBe(true);
          const { report, consoles } = qemuZoo(path, join(ZOO_BUILD, 'vectors', `${model.name}.json`), 2);
          expect(report, elf).toMatch(/^2 passed, 0 failed$/m);
          // QEMU runs with -icount shift=0: even the `# invoke instructions` line is the same
          const ours = await checkVectors(path, doc.vectors.slice(0, 2), model.classes);
          expect(consoles, elf).toEqual(ours.consoles);
          expect(consoles[0]).toMatch(/^\[1\/3\] loading model\n[^]*\nclass \d+\n$/);
        }
      }, 600_000);
    });
  }
});
