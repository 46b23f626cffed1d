// Model zoo, host side: the C inference library (firmware/zoo/lib) compiled with the host C
// compiler must reproduce the TFLite reference interpreter (BUILTIN_REF op resolver) bit for bit.
//
// (a) the project's own demo model against the committed vectors test/zoo/vectors/mnist_demo.json
//     (needs only cc + make);
// (b) ST MNIST from ../shared/models (never copied into the repo) against vectors made now by
//     tools/golden.py (needs python3 with tools/requirements.txt installed).
// Missing tools skip a group, unless RVZOO_REQUIRE_TOOLS is set: then the group fails.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODELS_DIR, SHARED_MODELS, ZOO_BUILD, loadVectors, zooMake, zooToolsMissing } from '../zoo-lib.js';

const ROOT = join(import.meta.dirname, '../..');
const ZOO = join(ROOT, 'firmware/zoo');
const HOST_BIN = join(ROOT, 'firmware/build/zoo/host');
const requireTools = !!process.env.RVZOO_REQUIRE_TOOLS;
const ST_MNIST = join(MODELS_DIR, 'stmnist_v1_int8.tflite');

interface Vector {
  label: number;
  digit_index: number;
  input_hex: string;
  output_q: number[];
  output: number[];
  argmax: number;
}
interface VectorFile {
  model: string;
  model_sha256: string;
  op_resolver?: string;
  transpose: boolean;
  vectors: Vector[];
}

function have(cmd: string, args: string[] = ['--version']): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const haveCc = have('cc') && have('make');
const havePython =
  have('python3', ['-c', 'import numpy, tflite\ntry:\n import ai_edge_litert\nexcept ImportError:\n import tensorflow']);


interface HostOutput {
  q: number[];
  f: number[];
}

/** Runs a host runner on all vectors at once (inputs concatenated on stdin). */
function runHost(exe: string, vectors: Vector[], transpose: boolean): HostOutput[] {
  const input = Buffer.concat(vectors.map((v) => Buffer.from(v.input_hex, 'hex')));
  const r = spawnSync(exe, transpose ? ['--transpose'] : [], { input, maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${exe} exited ${r.status}: ${r.stderr}`);
  return r.stdout
    .toString()
    .trim()
    .split('\n')
    .map((line) => {
      const [qs, fs] = line.split('|');
      return { q: qs.trim().split(/\s+/).slice(1).map(Number), f: fs.trim().split(/\s+/).slice(1).map(Number) };
    });
}

function argmax(xs: number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i] > xs[best]) best = i;
  return best;
}

function checkAgainst(doc: VectorFile, exe: string): void {
  expect(doc.vectors.length).toBeGreaterThanOrEqual(20);
  const outs = runHost(exe, doc.vectors, doc.transpose);
  expect(outs.length).toBe(doc.vectors.length);
  doc.vectors.forEach((v, i) => {
    const where = `digit ${v.label} #${v.digit_index}`;
    expect(outs[i].q, `${where}: int8 scores`).toEqual(v.output_q);
    expect(outs[i].f, `${where}: float scores`).toEqual(v.output);
    expect(argmax(outs[i].q), `${where}: argmax`).toBe(v.argmax);
  });
}

describe.skipIf(!haveCc && !requireTools)('zoo library on the host: demo model', () => {
  const vecPath = join(ROOT, 'test/zoo/vectors/mnist_demo.json');

  it('committed vectors belong to the committed demo model', () => {
    const doc = JSON.parse(readFileSync(vecPath, 'utf8')) as VectorFile;
    const sha = createHash('sha256').update(readFileSync(join(ZOO, 'models/mnist_demo.tflite'))).digest('hex');
    expect(doc.model_sha256).toBe(sha);
    expect(doc.vectors.every((v) => Buffer.from(v.input_hex, 'hex').length === 784)).toBe(true);
  });

  it('matches the reference interpreter bit for bit (int8 and float scores, argmax)', () => {
    zooMake('host-demo');
    const doc = JSON.parse(readFileSync(vecPath, 'utf8')) as VectorFile;
    checkAgainst(doc, join(HOST_BIN, 'mnist_demo'));
    // the demo model is a usable classifier: most held-out vectors are right
    const right = doc.vectors.filter((v) => v.argmax === v.label).length;
    expect(right / doc.vectors.length).toBeGreaterThan(0.8);
  });
});

const stReady = haveCc && havePython && existsSync(ST_MNIST);
describe.skipIf(!stReady && !requireTools)('zoo library on the host: ST MNIST (shared model, reference vectors made now)', () => {
  it('tools are present', () => {
    expect(haveCc, 'cc and make').toBe(true);
    expect(havePython, 'python3 with numpy, tflite, ai-edge-litert or tensorflow (pip install -r tools/requirements.txt)').toBe(true);
    expect(existsSync(ST_MNIST), ST_MNIST).toBe(true);
  });

  it('matches the reference interpreter bit for bit on 30 held-out digits', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rvzoo-zoo-'));
    const json = join(dir, 'st_mnist.json');
    execFileSync('python3', [join(ROOT, 'tools/golden.py'), ST_MNIST, '--heldout-per-digit', '3', '-o', json], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    zooMake('host-st', `ST_MNIST_TFLITE=${ST_MNIST}`);
    const doc = JSON.parse(readFileSync(json, 'utf8')) as VectorFile;
    expect(doc.op_resolver ?? 'BUILTIN_REF').toBe('BUILTIN_REF');
    checkAgainst(doc, join(HOST_BIN, 'st_mnist'));
    // ST MNIST reads digits in the MNIST orientation (not transposed); it knows 36 classes,
    // so a few digits go to look-alike letters, but most are right.
    const right = doc.vectors.filter((v) => v.argmax === v.label).length;
    expect(right).toBeGreaterThanOrEqual(24);
  });
});

// All four shared models on the host: every vector of build/zoo/vectors (inputs of each model's
// own kind), a check of the C library apart from the emulator.
const zooMissing = zooToolsMissing().filter((m) => !m.startsWith('riscv64'));
describe.skipIf((zooMissing.length > 0 || !haveCc) && !requireTools)('zoo library on the host: the four shared models on inputs of their own kind', () => {
  for (const model of SHARED_MODELS) {
    it(`${model.name}: every reference vector bit for bit`, () => {
      expect(zooMissing, 'tools and model files').toEqual([]);
      zooMake(`${ZOO_BUILD}/host/${model.name}`, `${ZOO_BUILD}/vectors/${model.name}.json`);
      const doc = loadVectors(model.name) as unknown as VectorFile;
      const outs = runHost(join(HOST_BIN, model.name), doc.vectors, false);
      expect(outs.length).toBe(doc.vectors.length);
      doc.vectors.forEach((v, i) => {
        expect(outs[i].q, `${model.name} input ${i}: int8 scores`).toEqual(v.output_q);
        expect(outs[i].f, `${model.name} input ${i}: float scores`).toEqual(v.output);
      });
    }, 300_000);
  }
});

describe.skipIf(!havePython && !requireTools)('tools/tflite2c.py', () => {
  it('the committed demo model C source is what the converter makes of the committed .tflite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rvzoo-t2c-'));
    execFileSync('python3', [join(ROOT, 'tools/tflite2c.py'), join(ZOO, 'models/mnist_demo.tflite'), '--name', 'mnist_demo', '--out-dir', dir]);
    for (const f of ['mnist_demo_model.c', 'mnist_demo_model.h']) {
      expect(readFileSync(join(dir, f), 'utf8'), f).toBe(readFileSync(join(ZOO, 'models', f), 'utf8'));
    }
  });

  it('fails with one clear line on an unsupported operator', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rvzoo-t2c-'));
    const bad = join(dir, 'tanh.tflite');
    // Rewrite the demo model's SOFTMAX operator code (25) into TANH (28), which the library lacks.
    const patch = [
      'import sys, tflite',
      'raw = bytearray(open(sys.argv[1], "rb").read())',
      'm = tflite.Model.GetRootAsModel(raw, 0)',
      'for i in range(m.OperatorCodesLength()):',
      '    oc = m.OperatorCodes(i)',
      '    if oc.BuiltinCode() == 25:',
      '        t = oc._tab',
      '        raw[t.Pos + t.Offset(4)] = 28',
      '        raw[t.Pos + t.Offset(10):t.Pos + t.Offset(10) + 4] = (28).to_bytes(4, "little")',
      'open(sys.argv[2], "wb").write(raw)',
    ].join('\n');
    execFileSync('python3', ['-c', patch, join(ZOO, 'models/mnist_demo.tflite'), bad]);
    const r = spawnSync('python3', [join(ROOT, 'tools/tflite2c.py'), bad, '--name', 'x', '--out-dir', dir], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^tflite2c: error: .*operator TANH \(op #8\) is not supported/);
  });

  it('fails with one clear line on a file that is not a model', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rvzoo-t2c-'));
    const bad = join(dir, 'bad.tflite');
    writeFileSync(bad, 'not a model');
    const r = spawnSync('python3', [join(ROOT, 'tools/tflite2c.py'), bad, '--name', 'x', '--out-dir', dir], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^tflite2c: error: .*not a TFLite flatbuffer/);
  });
});
