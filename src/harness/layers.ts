/**
 * Per-layer costs the firmware measures itself (README, "Firmware protocol"): after an
 * inference it prints one line per operator (our TFLite-exact kernels) or per dispatch (IREE's
 * static library on our micro runtime), with minstret and mcycle read around that layer alone:
 *
 *   @layer 3 CONV_2D in=i8[1x14x14x16] out=i8[1x14x14x32] weights=4736 instructions=8057509 cycles=8057509
 *   @layer 6 main_dispatch_6_conv_2d_nhwc_hwcf_1x14x14x32x3x3x16_i8xi8xi32 workgroups=14x1x1 constants=23680 instructions=5640753 cycles=5640753
 *
 * The counts are the firmware's own, so the lines are identical under QEMU with
 * `-icount shift=0`. Pure parsing; no emulator state.
 */
import { isDType, type DType } from './protocol.js';

export interface LayerTensor { dtype: DType; shape: number[] }

export interface LayerRecord {
  /** Position in the inference, as printed (0-based). */
  index: number;
  /** As printed: the TFLite operator (CONV_2D) or the dispatch function's export name. */
  name: string;
  /**
   * What kind of operation: the TFLite operator, or for an IREE dispatch the operation its name
   * carries (`main_dispatch_6_conv_2d_nhwc_hwcf_1x14x14x32x3x3x16_i8xi8xi32` -> conv_2d_nhwc_hwcf).
   */
  op: string;
  /** in=, in2=, ... in the order printed. */
  inputs: LayerTensor[];
  output: LayerTensor | null;
  /**
   * The shapes in words: `1x14x14x16 -> 1x14x14x32` from in/out, or the iteration shape an IREE
   * dispatch name carries (`1x14x14x32x3x3x16`); '' when unknown.
   */
  shapes: string;
  /** Bytes of the layer's own weights (filter + bias), when the firmware knows them. */
  weights: number | null;
  /** Retired instructions (minstret delta) of this layer. */
  instructions: number;
  /** mcycle delta (the machine's cycle model), or null when not printed. */
  cycles: number | null;
  /** Every key=value of the line as printed (workgroups, constants, ...). */
  fields: Record<string, string>;
}

const LINE_RE = /^@layer\s+(\d+)\s+(\S+)((?:\s+[A-Za-z_]\w*=\S*)*)\s*$/;
const TENSOR_RE = /^([a-z]\d+)\[(\d+(?:x\d+)*)?\]$/;
const COUNT_RE = /^\d+$/;

/** `main_dispatch_6_conv_2d_nhwc_hwcf_1x14x14x32x3x3x16_i8xi8xi32` -> its operation and shape. */
export function dispatchParts(name: string): { op: string; shape: string } | null {
  const m = /^(?:\w*?_)?dispatch_\d+_(.+)$/.exec(name);
  if (!m) return null;
  const tokens = m[1]!.split('_');
  const at = tokens.findIndex((t) => /^\d+(?:x\d+)*(?:x[a-z]+\d+)?$/.test(t));
  if (at < 0) return { op: m[1]!, shape: '' };
  return { op: tokens.slice(0, Math.max(1, at)).join('_'), shape: tokens[at]! };
}

function parseTensor(key: string, text: string): LayerTensor | string {
  const m = TENSOR_RE.exec(text);
  if (!m || !isDType(m[1]!)) return `${key}=${text}: expected DTYPE[D0xD1...] (e.g. i8[1x28x28x1])`;
  return { dtype: m[1] as DType, shape: m[2] ? m[2].split('x').map(Number) : [] };
}

/** Parse a line that starts with `@layer`: the record, or what is wrong with the line. */
export function parseLayerLine(line: string): LayerRecord | string {
  const m = LINE_RE.exec(line);
  if (!m) return `malformed @layer line: '${line.length > 80 ? line.slice(0, 80) + '...' : line}' (expected '@layer INDEX NAME key=value ...')`;
  const index = Number(m[1]);
  const name = m[2]!;
  const fields: Record<string, string> = {};
  for (const pair of m[3]!.trim().split(/\s+/).filter((p) => p !== '')) {
    const eq = pair.indexOf('=');
    const key = pair.slice(0, eq);
    if (Object.prototype.hasOwnProperty.call(fields, key)) return `@layer ${index} ${name}: ${key}= given twice`;
    fields[key] = pair.slice(eq + 1);
  }
  const count = (key: string): number | null | string => {
    const v = fields[key];
    if (v === undefined) return null;
    if (!COUNT_RE.test(v) || !Number.isSafeInteger(Number(v))) return `@layer ${index} ${name}: ${key}=${v} is not a whole number`;
    return Number(v);
  };
  const instructions = count('instructions');
  if (instructions === null) return `@layer ${index} ${name}: no instructions= count`;
  if (typeof instructions === 'string') return instructions;
  const cycles = count('cycles');
  if (typeof cycles === 'string') return cycles;
  const weights = count('weights');
  if (typeof weights === 'string') return weights;
  const inputs: LayerTensor[] = [];
  let output: LayerTensor | null = null;
  for (const [key, value] of Object.entries(fields)) {
    if (!/^(in\d*|out)$/.test(key)) continue;
    const t = parseTensor(key, value);
    if (typeof t === 'string') return `@layer ${index} ${name}: ${t}`;
    if (key === 'out') output = t;
    else inputs.push(t);
  }
  const parts = dispatchParts(name);
  let shapes = '';
  if (inputs.length > 0 || output) {
    shapes = `${inputs.map((t) => t.shape.join('x')).join(', ')}${output ? ` -> ${output.shape.join('x')}` : ''}`;
  } else if (parts) {
    shapes = parts.shape;
  }
  return { index, name, op: parts ? parts.op : name, inputs, output, shapes, weights, instructions, cycles, fields };
}

/** The layer lines of a console text, in order, and the malformed ones explained. */
export function layersFromConsole(text: string): { layers: LayerRecord[]; errors: string[] } {
  const layers: LayerRecord[] = [];
  const errors: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line !== '@layer' && !line.startsWith('@layer ')) continue;
    const r = parseLayerLine(line);
    if (typeof r === 'string') errors.push(r);
    else layers.push(r);
  }
  return { layers, errors };
}
