/**
 * Verify a firmware against its model: run the firmware once per input (boot once, snapshot,
 * restore per input) and the TFLite reference interpreter on the same inputs, and compare.
 *
 *   const report = await verifyFirmware('iree_st_mnist.elf', {
 *     model: 'stmnist_v1_int8.tflite', inputs: 'mnist:20' });
 *   report.agreement;   // 1 when every argmax agrees
 *
 * The reference runs in Python (tools/tflite_reference.py: ai-edge-litert's interpreter with the
 * reference kernels, as tools/golden.py uses it); `python` (default $RVZOO_PYTHON or python3)
 * must have numpy and ai-edge-litert.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeChildProcess } from '../builtins.js';
import { RvZooError, readUserFile } from '../errors.js';
import { Machine, type MachineOptions, type MachineSnapshot, type RunResult } from './machine.js';
import { DTYPE_BYTES, parseInputLine, type DType, type ResultTensor } from './protocol.js';
import { encodeNpy, isNpy, parseNpy } from './npy.js';
import { decodeValues, shapeCount, tensorBytes } from './tensor.js';
import { heldOutDigits } from './mnist.js';

/** The model's input and output as the reference interpreter describes them. */
export interface ReferenceModel {
  interpreter: string;
  input: { dtype: DType; shape: number[]; scale: number; zeroPoint: number };
  output: { dtype: string; shape: number[] };
}

/** One input to verify: the bytes of the model's input tensor. */
export interface VerifyInput { name: string; bytes: Uint8Array; label?: number }

export interface VerifyOptions {
  /** The .tflite model the firmware was built from. */
  model: string;
  /** A directory of .npy / raw files, a .npy (one sample or N x the input shape), a raw file, or `mnist:N`. */
  inputs: string | VerifyInput[];
  /** The symbol the firmware reads its input from (default: its `@input` announcement, else zoo_input). */
  inputSymbol?: string;
  /** Read the firmware's output from memory (an output spec as `rv-zoo run --output` takes it). */
  output?: string;
  /** Compare this printed result (an `@result` name, or result0... for IREE text). */
  result?: string;
  /** Also require max |firmware - reference| <= tolerance for an input to agree. */
  tolerance?: number;
  /** Boot to the start of this stage once and restore from there (the input must not be read before it). */
  snapshotStage?: number | string;
  /** Instruction budget per input (default 1e9). */
  maxInstructions?: number;
  machine?: MachineOptions;
  /** Python interpreter (default $RVZOO_PYTHON, else python3). */
  python?: string;
  /** Called after the machine is loaded, before booting (e.g. to write other symbols). */
  prepare?: (machine: Machine) => void | Promise<void>;
  /** Called as each input is done. */
  onRow?: (row: VerifyRow, index: number, total: number) => void;
}

export interface VerifyRow {
  name: string;
  label: number | null;
  firmwareArgmax: number | null;
  referenceArgmax: number;
  /** max |firmware - reference| over the output (Infinity when a NaN differs; null on error). */
  maxDiff: number | null;
  agree: boolean;
  /** Why the firmware gave no comparable output (its stop, a missing result). */
  error: string | null;
}

export interface VerifyReport {
  rows: VerifyRow[];
  agreed: number;
  total: number;
  /** agreed / total */
  agreement: number;
  /** The input with the largest max |diff| (an error counts as the worst), or null. */
  worst: VerifyRow | null;
  /** What was compared: the firmware result's name and source, and the reference output. */
  result: { name: string; source: string; dtype: string; shape: number[] } | null;
  reference: ReferenceModel;
  inputSymbol: string;
  /** Where each input run started: a stage (`[k/N] label`) or 'load' (from the first instruction). */
  snapshot: string;
}

// ---------------------------------------------------------------- the reference (Python)

/**
 * tools/tflite_reference.py of the repository or installed package this module belongs to: from
 * src/harness (tsx), dist/src/harness (tsc output) or dist/rv-zoo-cli.cjs (the CLI bundle).
 */
function referenceScript(): string {
  for (const rel of ['../../tools/tflite_reference.py', '../../../tools/tflite_reference.py', '../tools/tflite_reference.py']) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(p)) return p;
  }
  throw new RvZooError('tools/tflite_reference.py is missing from this rv-zoo installation');
}

function runPython(python: string, args: string[], what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    nodeChildProcess().execFile(python, [referenceScript(), ...args], { maxBuffer: 256 << 20 }, (err, stdout, stderr) => {
      if (!err) return resolve(stdout);
      const e = err as Error & { code?: number | string };
      if (e.code === 'ENOENT') {
        return reject(new RvZooError(`${what}: ${python} not found: the TFLite reference needs Python 3 with numpy and ai-edge-litert (pip install numpy ai-edge-litert; RVZOO_PYTHON names another interpreter)`));
      }
      const line = String(stderr).trim().split('\n').filter((l) => l.trim() !== '').pop() ?? e.message;
      if (e.code === 3) return reject(new RvZooError(`${what}: ${python} cannot run the TFLite reference: ${line}`));
      reject(new RvZooError(`${what}: ${line}`));
    });
  });
}

const NUMPY_DTYPES: Record<string, DType> = {
  uint8: 'u8', int8: 'i8', uint16: 'u16', int16: 'i16', uint32: 'u32', int32: 'i32', float32: 'f32', float64: 'f64',
};

/** The model's input and output (runs the reference script with --describe). */
export async function describeModel(model: string, python = defaultPython()): Promise<ReferenceModel> {
  await readUserFile(model, '--model ');
  const out = JSON.parse(await runPython(python, [model, '--describe'], `--model ${model}`)) as {
    interpreter: string; input: { dtype: string; shape: number[]; scale: number; zero_point: number }; output: { dtype: string; shape: number[] };
  };
  const dtype = NUMPY_DTYPES[out.input.dtype];
  if (!dtype) throw new RvZooError(`--model ${model}: input type ${out.input.dtype} is not supported`);
  return { interpreter: out.interpreter, input: { dtype, shape: out.input.shape, scale: out.input.scale, zeroPoint: out.input.zero_point }, output: out.output };
}

/** Reference outputs (flattened, as numbers) for input tensors given as bytes. */
export async function referenceOutputs(model: string, ref: ReferenceModel, inputs: readonly Uint8Array[], python = defaultPython()): Promise<number[][]> {
  if (inputs.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), 'rvzoo-verify-'));
  try {
    const count = shapeCount(ref.input.shape);
    const all = new Float64Array(count * inputs.length);
    inputs.forEach((b, i) => all.set(decodeValues(b, ref.input.dtype, count), i * count));
    const batch = join(dir, 'batch.npy');
    writeFileSync(batch, encodeNpy(ref.input.dtype, [inputs.length, ...ref.input.shape], all));
    const outFile = join(dir, 'out.json');
    await runPython(python, [model, '--inputs', batch, '-o', outFile], `--model ${model}`);
    return (JSON.parse(readFileSync(outFile, 'utf8')) as { outputs: number[][] }).outputs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function defaultPython(): string {
  return process.env.RVZOO_PYTHON || 'python3';
}

// ---------------------------------------------------------------- inputs

/** Digit pixels as the model's input tensor: uint8 as is, int8 minus 128, float32 divided by 255 (tools/zoo_inputs.py). */
function digitTensor(pixels: Uint8Array, dtype: DType, what: string): Uint8Array {
  const values = Array.from(pixels, (p) => (dtype === 'i8' ? p - 128 : dtype === 'f32' || dtype === 'f64' ? Math.fround(p / 255) : p));
  const t = tensorBytes(values, dtype);
  if (typeof t === 'string') throw new RvZooError(`${what}: digits cannot be given to a ${dtype} input`);
  return t.bytes;
}

/**
 * The inputs `spec` names, as bytes of the model's input tensor: `mnist:N`, a directory (its
 * .npy and other files, in name order), a .npy file (one sample, or N x the input shape) or a
 * raw file (one or more input tensors back to back). .npy values are converted to the input's
 * dtype (refused when a value would change); raw bytes are taken as they are.
 */
export async function loadVerifyInputs(spec: string, ref: ReferenceModel, what = '--inputs'): Promise<VerifyInput[]> {
  const count = shapeCount(ref.input.shape);
  const bytesPer = count * DTYPE_BYTES[ref.input.dtype];
  const model = `${ref.input.dtype}[${ref.input.shape.join('x')}]`;
  const m = /^mnist:(\d+)$/.exec(spec);
  if (m) {
    const n = Number(m[1]);
    if (n < 1) throw new RvZooError(`${what} ${spec}: give at least one digit (mnist:20)`);
    if (count !== 784) throw new RvZooError(`${what} ${spec}: MNIST digits are 28x28, the model's input is ${model}`);
    return heldOutDigits(n, `${what} ${spec}`).map((d, i) => ({
      name: `mnist:${i}`, label: d.label, bytes: digitTensor(d.pixels, ref.input.dtype, `${what} ${spec}`),
    }));
  }
  let files: string[];
  let isDir = false;
  try {
    isDir = statSync(spec).isDirectory();
  } catch {
    throw new RvZooError(`${what} ${spec}: no such file or directory (give a directory, a .npy or raw file, or mnist:N)`);
  }
  if (isDir) {
    files = readdirSync(spec).filter((f) => !f.startsWith('.')).sort().map((f) => join(spec, f)).filter((f) => statSync(f).isFile());
    if (files.length === 0) throw new RvZooError(`${what} ${spec}: the directory has no files`);
  } else files = [spec];
  const out: VerifyInput[] = [];
  for (const file of files) {
    const bytes = await readUserFile(file, `${what} `);
    const name = basename(file);
    if (isNpy(bytes)) {
      const a = parseNpy(bytes, file);
      if (typeof a === 'string') throw new RvZooError(`${what} ${a}`);
      if (a.values.length === 0 || a.values.length % count !== 0) {
        throw new RvZooError(`${what} ${file}: shape (${a.shape.join(', ')}) holds ${a.values.length} values, not a whole number of the model's inputs ${model}`);
      }
      const t = tensorBytes(a, ref.input.dtype);
      if (typeof t === 'string') throw new RvZooError(`${what} ${file}: ${t} (the model's input is ${model})`);
      const n = a.values.length / count;
      for (let i = 0; i < n; i++) out.push({ name: n === 1 ? name : `${name}[${i}]`, bytes: t.bytes.slice(i * bytesPer, (i + 1) * bytesPer) });
    } else {
      if (bytes.length === 0 || bytes.length % bytesPer !== 0) {
        throw new RvZooError(`${what} ${file}: ${bytes.length} bytes, not a whole number of the model's inputs ${model} (${bytesPer} bytes each)`);
      }
      const n = bytes.length / bytesPer;
      for (let i = 0; i < n; i++) out.push({ name: n === 1 ? name : `${name}[${i}]`, bytes: bytes.slice(i * bytesPer, (i + 1) * bytesPer) });
    }
  }
  return out;
}

// ---------------------------------------------------------------- comparing

function argmaxOf(xs: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i]! > xs[best]!) best = i;
  return best;
}

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!, y = b[i]!;
    if (Number.isNaN(x) || Number.isNaN(y)) {
      if (!(Number.isNaN(x) && Number.isNaN(y))) return Infinity;
      continue;
    }
    if (x !== y) m = Math.max(m, Math.abs(x - y));
  }
  return m;
}

const isFloat = (dtype: string): boolean => /^(f32|f64|float)/.test(dtype);

/**
 * The firmware result to compare with a reference output of `count` values: the one named,
 * else the first (@result lines, then IREE text, then memory) with as many values and the same
 * kind (float or integer) as the reference, else the first with as many values.
 */
export function pickResult(r: RunResult, count: number, referenceDtype: string, name?: string): ResultTensor | string {
  const all = Object.values(r.results);
  if (name !== undefined) {
    const t = r.results[name];
    if (!t) return `no result '${name}' (the firmware gave: ${all.map((x) => x.name).join(', ') || 'none'})`;
    if (t.values.length !== count) return `result '${name}' has ${t.values.length} values, the reference output ${count}`;
    return t;
  }
  const rank = { memory: 0, console: 1, iree: 2 } as const;
  const ordered = [...all].sort((a, b) => rank[a.source] - rank[b.source]);
  const sized = ordered.filter((t) => t.values.length === count);
  const t = sized.find((x) => isFloat(x.dtype) === isFloat(referenceDtype)) ?? sized[0];
  if (t) return t;
  const seen = all.map((x) => `${x.name} ${x.dtype}[${x.shape.join('x')}]`).join(', ');
  return `no firmware result has the reference's ${count} values (${seen ? `results: ${seen}` : 'the firmware printed no results'}; give --output or --result)`;
}

// ---------------------------------------------------------------- the whole check

export async function verifyFirmware(elf: string | Uint8Array, options: VerifyOptions): Promise<VerifyReport> {
  const python = options.python ?? defaultPython();
  const ref = await describeModel(options.model, python);
  const inputs = typeof options.inputs === 'string' ? await loadVerifyInputs(options.inputs, ref) : options.inputs;
  if (inputs.length === 0) throw new RvZooError('--inputs: no inputs');
  const bytesPer = shapeCount(ref.input.shape) * DTYPE_BYTES[ref.input.dtype];
  const expected = await referenceOutputs(options.model, ref, inputs.map((i) => i.bytes), python);
  const outCount = shapeCount(ref.output.shape);

  const m = await Machine.fromElf(elf, options.machine ?? {});
  if (options.inputSymbol !== undefined && !m.elf.symbol(options.inputSymbol)) {
    throw new RvZooError(`--input-symbol ${options.inputSymbol}: ${m.elf.file} has no symbol '${options.inputSymbol}'`);
  }
  const outputName = options.output !== undefined ? m.addOutput(options.output).name : undefined;
  await options.prepare?.(m);
  const atLoad = m.snapshot();

  // Boot once: to the stage asked for, or to the first stage after the firmware announced its
  // input (`@input SYM ...`: it reads it from then on); else every input runs from the load.
  let snap: MachineSnapshot = atLoad;
  let where = 'load';
  let announced: string | null = null;
  const onLine = (line: string): void => {
    if (announced === null && line.startsWith('@input ')) {
      const a = parseInputLine(line);
      if (typeof a !== 'string' && (options.inputSymbol === undefined || a.name === options.inputSymbol)) announced = a.name;
    }
  };
  m.on('line', onLine);
  if (options.snapshotStage !== undefined) {
    const r = await m.run({ untilStage: options.snapshotStage, maxInstructions: options.maxInstructions });
    if (r.stop.reason !== 'stage') throw new RvZooError(`--snapshot-stage ${options.snapshotStage}: the firmware never started that stage (${r.stop.message})`);
    const st = r.stages[r.stages.length - 1]!;
    snap = m.snapshot();
    where = `[${st.index}/${st.total}] ${st.label}`;
  } else {
    let stopAt: string | null = null;
    const onStage = (st: { index: number; total: number; label: string }): void => {
      if (announced !== null && stopAt === null) {
        stopAt = `[${st.index}/${st.total}] ${st.label}`;
        m.requestStop();
      }
    };
    m.on('stage', onStage);
    const r = await m.run({ maxInstructions: options.maxInstructions });
    m.off('stage', onStage);
    if (stopAt !== null && r.stop.reason === 'stopped') {
      snap = m.snapshot();
      where = stopAt;
    }
  }
  m.off('line', onLine);

  const symbol = options.inputSymbol ?? announced ?? (m.elf.symbol('zoo_input') ? 'zoo_input' : null);
  if (symbol === null) throw new RvZooError(`${m.elf.file}: which symbol holds the input? The firmware announces none (@input) and has no zoo_input: give --input-symbol`);
  const sym = m.elf.symbol(symbol);
  if (!sym) throw new RvZooError(`--input-symbol ${symbol}: ${m.elf.file} has no symbol '${symbol}'`);
  if (sym.size !== bytesPer) {
    throw new RvZooError(`--input-symbol ${symbol}: the symbol has ${sym.size} bytes, the model's input ${ref.input.dtype}[${ref.input.shape.join('x')}] ${bytesPer}`);
  }

  const rows: VerifyRow[] = [];
  let picked: VerifyReport['result'] = null;
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    m.restore(snap);
    m.writeSymbol(symbol, input.bytes);
    const r = await m.run({ maxInstructions: options.maxInstructions });
    const want = expected[i]!;
    const refArg = argmaxOf(want);
    const row: VerifyRow = { name: input.name, label: input.label ?? null, firmwareArgmax: null, referenceArgmax: refArg, maxDiff: null, agree: false, error: null };
    if (r.stop.reason !== 'exit' || r.exitCode !== 0) {
      row.error = r.stop.reason === 'exit' ? `exit code ${r.exitCode}` : r.stop.message;
    }
    const t = pickResult(r, outCount, ref.output.dtype, options.result ?? outputName);
    if (typeof t === 'string') row.error ??= t;
    else if (row.error === null) {
      picked ??= { name: t.name, source: t.source, dtype: t.dtype, shape: [...t.shape] };
      const fw = t.values;
      row.firmwareArgmax = argmaxOf(fw);
      row.maxDiff = maxAbsDiff(fw, want);
      // a tie in the reference: either index of the maximum agrees
      row.agree = (row.firmwareArgmax === refArg || want[row.firmwareArgmax] === want[refArg])
        && (options.tolerance === undefined || row.maxDiff <= options.tolerance);
    }
    rows.push(row);
    options.onRow?.(row, i, inputs.length);
  }
  const agreed = rows.filter((x) => x.agree).length;
  // the worst input: the largest max |diff| (an error is worse than any), a disagreement first on ties
  const badness = (x: VerifyRow): number => (x.error !== null ? Infinity : x.maxDiff!);
  let worst: VerifyRow | null = null;
  for (const row of rows) {
    if (worst === null || badness(row) > badness(worst) || (badness(row) === badness(worst) && worst.agree && !row.agree)) worst = row;
  }
  return { rows, agreed, total: rows.length, agreement: agreed / rows.length, worst, result: picked, reference: ref, inputSymbol: symbol, snapshot: where };
}

