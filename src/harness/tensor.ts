/**
 * Tensors in guest memory: the `--output` / `--input` specifications, and the conversions
 * between guest bytes (little-endian, as the hart stores them) and typed values.
 *
 *   scores=model_output:f32[1x10]            a symbol, read when the firmware exits
 *   model_output+40:f32[10]                  40 bytes into a symbol; named after the symbol
 *   q=0x80001234:i8[1x10]@stage=8            an address, read when stage 8 starts
 *
 * Pure functions: nothing here touches a machine.
 */
import { ARRAY_OF, DTYPES, DTYPE_BYTES, INT_RANGE, isDType, parseShape, type DType, type TensorValues } from './protocol.js';
import type { NpyArray } from './npy.js';

/** When an output is read: at the firmware's exit, or when a stage starts (its number or label). */
export type OutputStop = { kind: 'exit' } | { kind: 'stage'; stage: number | string };

/** Where a tensor lives: a symbol plus a byte offset, or an absolute address. */
export type TensorLocation = { symbol: string; offset: number } | { address: number };

/** A parsed `[NAME=]WHERE:DTYPE[SHAPE][@WHEN]`. */
export interface OutputSpec {
  /** The result's name (defaults to the symbol, or the address in hex). */
  name: string;
  where: TensorLocation;
  dtype: DType;
  /** null: the whole symbol as a vector. */
  shape: number[] | null;
  at: OutputStop;
  /** The text it was parsed from (for messages). */
  text: string;
}

const NAME_RE = /^[A-Za-z_][\w.:-]*$/;
const SYMBOL_RE = /^[A-Za-z_.$][\w.$@]*$/;

/** A whole number written in decimal or 0x hex, or null. */
export function parseWhole(text: string): number | null {
  if (!/^(0[xX][0-9a-fA-F]+|\d+)$/.test(text)) return null;
  const v = Number(text);
  return Number.isSafeInteger(v) ? v : null;
}

/** `SYMBOL`, `SYMBOL+OFFSET` or `ADDRESS` (decimal or 0x hex); an error message otherwise. */
export function parseLocation(text: string): TensorLocation | string {
  if (/^\d/.test(text)) {
    const a = parseWhole(text);
    if (a === null || a > 0xffffffff) return `'${text}' is not an address (0x0 to 0xffffffff)`;
    return { address: a };
  }
  const plus = text.lastIndexOf('+');
  const symbol = plus > 0 ? text.slice(0, plus) : text;
  let offset = 0;
  if (plus > 0) {
    const o = parseWhole(text.slice(plus + 1));
    if (o === null) return `'${text.slice(plus + 1)}' after '+' is not a byte offset`;
    offset = o;
  }
  if (!SYMBOL_RE.test(symbol)) return `'${symbol}' is not a symbol name`;
  return { symbol, offset };
}

/** `DTYPE` or `DTYPE[SHAPE]`: the dtype and the shape (null when absent), or an error message. */
export function parseTypeAndShape(text: string): { dtype: DType; shape: number[] | null } | string {
  const m = /^([a-z]\w*)(?:\[([^\]]*)\])?$/.exec(text);
  if (!m) return `'${text}' is not DTYPE or DTYPE[SHAPE] (e.g. f32[1x10])`;
  const dtype = m[1]!;
  if (!isDType(dtype)) return `unknown dtype '${dtype}' (one of ${DTYPES.join(' ')})`;
  if (m[2] === undefined) return { dtype, shape: null };
  const shape = parseShape(m[2]);
  if (typeof shape === 'string') return `${shape} (dimensions are whole numbers joined by x, e.g. [1x28x28x1])`;
  return { dtype, shape };
}

/**
 * Parse an output specification `[NAME=]WHERE:DTYPE[SHAPE][@WHEN]`:
 * WHERE is SYMBOL, SYMBOL+OFFSET or ADDRESS; WHEN is `exit` (the default) or `stage=K`
 * (K a stage number, or its label). Returns the spec or a message saying what is wrong.
 */
export function parseOutputSpec(text: string): OutputSpec | string {
  const form = `NAME=SYMBOL:DTYPE[SHAPE], with ADDRESS or SYMBOL+OFFSET for SYMBOL and an optional @stage=K or @exit`;
  const colon = text.indexOf(':');
  if (colon < 0) return `'${text}' needs a dtype: ${form}`;
  let head = text.slice(0, colon);
  let rest = text.slice(colon + 1);
  let name: string | null = null;
  const eq = head.indexOf('=');
  if (eq >= 0) {
    name = head.slice(0, eq);
    head = head.slice(eq + 1);
    if (!NAME_RE.test(name)) return `'${name}' is not a result name (letters, digits, _ . : -): ${form}`;
  }
  let at: OutputStop = { kind: 'exit' };
  const atSign = rest.indexOf('@');
  if (atSign >= 0) {
    const when = rest.slice(atSign + 1);
    rest = rest.slice(0, atSign);
    if (when === 'exit') at = { kind: 'exit' };
    else if (when.startsWith('stage=') && when.length > 'stage='.length) {
      const k = when.slice('stage='.length);
      const n = /^\d+$/.test(k) ? Number(k) : null;
      if (n !== null && n < 1) return `stage numbers start at 1, got '@${when}'`;
      at = { kind: 'stage', stage: n ?? k };
    } else return `'@${when}' is not a stop point: @exit (the default) or @stage=K (a stage number or label)`;
  }
  const where = parseLocation(head);
  if (typeof where === 'string') return where;
  const ts = parseTypeAndShape(rest);
  if (typeof ts === 'string') return ts;
  if ('address' in where && ts.shape === null) return `an address needs a shape: '${text}' (e.g. ${head}:${ts.dtype}[10])`;
  const defaultName = 'address' in where ? '0x' + where.address.toString(16).padStart(8, '0')
    : where.offset > 0 ? `${where.symbol}+${where.offset}` : where.symbol;
  return { name: name ?? defaultName, where, dtype: ts.dtype, shape: ts.shape, at, text };
}

/** Element count of a shape ([] is a scalar: 1). */
export function shapeCount(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** Little-endian bytes as values of `dtype` (bytes.length must be count * element size). */
export function decodeValues(bytes: Uint8Array, dtype: DType, count: number): TensorValues {
  const out = new ARRAY_OF[dtype](count);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = DTYPE_BYTES[dtype];
  for (let i = 0; i < count; i++) out[i] = readElement(dv, i * size, dtype, true);
  return out;
}

/** One element at byte `at` of `dv`. */
export function readElement(dv: DataView, at: number, dtype: DType, little: boolean): number {
  switch (dtype) {
    case 'f32': return dv.getFloat32(at, little);
    case 'f64': return dv.getFloat64(at, little);
    case 'i8': return dv.getInt8(at);
    case 'u8': return dv.getUint8(at);
    case 'i16': return dv.getInt16(at, little);
    case 'u16': return dv.getUint16(at, little);
    case 'i32': return dv.getInt32(at, little);
    case 'u32': return dv.getUint32(at, little);
  }
}

/**
 * Why `v` cannot be stored as `dtype` without changing it, or null when it can: integer dtypes
 * take whole numbers in their range; floats take any number (f32 rounds to nearest).
 */
export function conversionProblem(v: number, dtype: DType): string | null {
  const range = INT_RANGE[dtype];
  if (!range) return null;
  if (!Number.isFinite(v) || !Number.isInteger(v)) return `${formatValue(v)} is not a whole number`;
  if (v < range[0] || v > range[1]) return `${formatValue(v)} is outside ${range[0]}..${range[1]}`;
  return null;
}

function formatValue(v: number): string {
  return Number.isFinite(v) ? String(v) : Number.isNaN(v) ? 'NaN' : v > 0 ? 'inf' : '-inf';
}

/**
 * Values as little-endian bytes of `dtype`. Refuses (returns a message naming the first bad
 * element) a value that `dtype` cannot hold exactly: a fraction, NaN or a value out of range for
 * an integer dtype.
 */
export function encodeValues(values: ArrayLike<number>, dtype: DType): Uint8Array | string {
  const size = DTYPE_BYTES[dtype];
  const out = new Uint8Array(values.length * size);
  const dv = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const why = conversionProblem(v, dtype);
    if (why !== null) return `element ${i} (${why}) cannot be stored as ${dtype}`;
    const at = i * size;
    switch (dtype) {
      case 'f32': dv.setFloat32(at, v, true); break;
      case 'f64': dv.setFloat64(at, v, true); break;
      case 'i8': dv.setInt8(at, v); break;
      case 'u8': dv.setUint8(at, v); break;
      case 'i16': dv.setInt16(at, v, true); break;
      case 'u16': dv.setUint16(at, v, true); break;
      case 'i32': dv.setInt32(at, v, true); break;
      case 'u32': dv.setUint32(at, v, true); break;
    }
  }
  return out;
}

/** The dtype of a typed array, or null for the kinds no dtype matches (BigInt64Array...). */
export function dtypeOfArray(a: ArrayBufferView): DType | null {
  if (a instanceof Float32Array) return 'f32';
  if (a instanceof Float64Array) return 'f64';
  if (a instanceof Int8Array) return 'i8';
  if (a instanceof Uint8Array || a instanceof Uint8ClampedArray) return 'u8';
  if (a instanceof Int16Array) return 'i16';
  if (a instanceof Uint16Array) return 'u16';
  if (a instanceof Int32Array) return 'i32';
  if (a instanceof Uint32Array) return 'u32';
  return null;
}

/** What Machine.writeTensor accepts: an array read from a .npy file, a typed array, or numbers. */
export type TensorSource = NpyArray | ArrayBufferView | readonly number[];

/**
 * A tensor's values as little-endian bytes of `dtype` (default: the values' own type), or a
 * message saying why not: a number[] without a dtype, a type rv-zoo has no dtype for (int64,
 * float16) without one, a value the dtype cannot hold exactly.
 */
export function tensorBytes(tensor: TensorSource, dtype?: DType): { bytes: Uint8Array; dtype: DType; count: number } | string {
  let values: ArrayLike<number>;
  let own: DType | null;
  let ownName: string;
  if (Array.isArray(tensor)) {
    values = tensor as readonly number[];
    own = null;
    ownName = 'plain numbers';
  } else if (ArrayBuffer.isView(tensor)) {
    own = dtypeOfArray(tensor);
    if (own === null) return `${Object.prototype.toString.call(tensor).slice(8, -1)} is not a tensor type (Float32Array, Int8Array, Uint8Array, ...)`;
    values = tensor as unknown as ArrayLike<number>;
    ownName = own;
  } else if (typeof tensor === 'object' && tensor !== null && 'values' in tensor && 'npType' in tensor) {
    const a = tensor as NpyArray;
    values = a.values;
    own = a.dtype ?? (a.npType === 'bool' ? 'u8' : null);
    ownName = a.npType;
  } else {
    return 'expected an array from a .npy file, a typed array or an array of numbers';
  }
  const to = dtype ?? own;
  if (to === null) return `${ownName} values need a dtype to be stored as (${DTYPES.join(' ')})`;
  const bytes = encodeValues(values, to);
  if (typeof bytes === 'string') {
    const i = Number(/^element (\d+)/.exec(bytes)?.[1] ?? 0);
    return `${ownName} element ${i} (${conversionProblem(values[i]!, to)}) cannot be stored as ${to} without changing it`;
  }
  return { bytes, dtype: to, count: values.length };
}
