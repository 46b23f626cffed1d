/**
 * numpy's `.npy` format (versions 1.0, 2.0 and 3.0), read and written without numpy:
 *
 *   "\x93NUMPY" major minor  header-length (u16 for 1.x, u32 for 2.x/3.x)
 *   header: a Python dict literal {'descr': '<f4', 'fortran_order': False, 'shape': (1, 784), }
 *   data: the elements, C order, in the byte order `descr` names
 *
 * Supported element types: bool (b1), int8/16/32/64 (i1 i2 i4 i8), uint8/16/32/64 (u1 u2 u4 u8),
 * float16/32/64 (f2 f4 f8), little- or big-endian. Refused, with a message naming the file:
 * structured dtypes, Fortran order, other types, truncated data.
 */
import { ARRAY_OF, DTYPE_BYTES, type DType, type TensorValues } from './protocol.js';
import { encodeValues } from './tensor.js';

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

/** An array read from a .npy file: numbers in C order. */
export interface NpyArray {
  /** numpy's name for the element type: float32, uint8, int64, bool, float16, ... */
  npType: string;
  /** The rv-zoo dtype with the same values, or null (int64, uint64, float16, bool have none). */
  dtype: DType | null;
  shape: number[];
  /** Every element as a number (exact: 64-bit integers beyond 2^53 are refused). */
  values: Float64Array;
}

/** Whether `bytes` starts like a .npy file. */
export function isNpy(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((b, i) => bytes[i] === b);
}

interface ElementKind { npType: string; size: number; dtype: DType | null; read: (dv: DataView, at: number, little: boolean) => number | null }

const KINDS: Record<string, ElementKind> = {
  b1: { npType: 'bool', size: 1, dtype: null, read: (dv, at) => (dv.getUint8(at) !== 0 ? 1 : 0) },
  i1: { npType: 'int8', size: 1, dtype: 'i8', read: (dv, at) => dv.getInt8(at) },
  u1: { npType: 'uint8', size: 1, dtype: 'u8', read: (dv, at) => dv.getUint8(at) },
  i2: { npType: 'int16', size: 2, dtype: 'i16', read: (dv, at, le) => dv.getInt16(at, le) },
  u2: { npType: 'uint16', size: 2, dtype: 'u16', read: (dv, at, le) => dv.getUint16(at, le) },
  i4: { npType: 'int32', size: 4, dtype: 'i32', read: (dv, at, le) => dv.getInt32(at, le) },
  u4: { npType: 'uint32', size: 4, dtype: 'u32', read: (dv, at, le) => dv.getUint32(at, le) },
  i8: { npType: 'int64', size: 8, dtype: null, read: (dv, at, le) => exact(dv.getBigInt64(at, le)) },
  u8: { npType: 'uint64', size: 8, dtype: null, read: (dv, at, le) => exact(dv.getBigUint64(at, le)) },
  f2: { npType: 'float16', size: 2, dtype: null, read: (dv, at, le) => half(dv.getUint16(at, le)) },
  f4: { npType: 'float32', size: 4, dtype: 'f32', read: (dv, at, le) => dv.getFloat32(at, le) },
  f8: { npType: 'float64', size: 8, dtype: 'f64', read: (dv, at, le) => dv.getFloat64(at, le) },
};

function exact(v: bigint): number | null {
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : null;
}

/** IEEE 754 binary16 bits as a number. */
function half(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f, f = h & 0x3ff;
  if (e === 0) return sign * f * 2 ** -24;
  if (e === 31) return f === 0 ? sign * Infinity : NaN;
  return sign * (1 + f / 1024) * 2 ** (e - 15);
}

/** Thrown as RvZooError by callers: the message without the file name. */
class NpyError extends Error {}

/**
 * Parse a .npy file. `file` names it in messages; errors are returned as a message
 * (`FILE: what is wrong`), never thrown, so that callers wrap them in their own error.
 */
export function parseNpy(bytes: Uint8Array, file = '<npy>'): NpyArray | string {
  try {
    return parseNpyOrThrow(bytes);
  } catch (err) {
    if (err instanceof NpyError) return `${file}: ${err.message}`;
    throw err;
  }
}

function parseNpyOrThrow(bytes: Uint8Array): NpyArray {
  if (!isNpy(bytes)) throw new NpyError('not a .npy file (no \\x93NUMPY magic)');
  if (bytes.length < 10) throw new NpyError('truncated .npy header');
  const major = bytes[6]!;
  if (major < 1 || major > 3) throw new NpyError(`unsupported .npy format version ${major}.${bytes[7]}`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lenBytes = major === 1 ? 2 : 4;
  if (bytes.length < 8 + lenBytes) throw new NpyError('truncated .npy header');
  const headerLen = major === 1 ? dv.getUint16(8, true) : dv.getUint32(8, true);
  const start = 8 + lenBytes;
  if (start + headerLen > bytes.length) throw new NpyError(`truncated .npy header (${headerLen} bytes announced)`);
  const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(bytes.subarray(start, start + headerLen));

  const descrM = /['"]descr['"]\s*:\s*(['"])([^'"]*)\1/.exec(header);
  if (!descrM) {
    if (/['"]descr['"]\s*:\s*\[/.test(header)) throw new NpyError('structured arrays (a list of fields) are not supported; save a plain array');
    throw new NpyError(`no 'descr' in the .npy header`);
  }
  const descr = descrM[2]!;
  const fortranM = /['"]fortran_order['"]\s*:\s*(True|False)/.exec(header);
  if (!fortranM) throw new NpyError(`no 'fortran_order' in the .npy header`);
  if (fortranM[1] === 'True') throw new NpyError('Fortran-order arrays are not supported; save np.ascontiguousarray(a) (C order)');
  const shapeM = /['"]shape['"]\s*:\s*\(([^)]*)\)/.exec(header);
  if (!shapeM) throw new NpyError(`no 'shape' in the .npy header`);
  const shape = shapeM[1]!.split(',').map((s) => s.trim()).filter((s) => s !== '').map((s) => {
    if (!/^\d+L?$/.test(s)) throw new NpyError(`bad dimension '${s}' in the .npy shape`);
    return Number(s.replace(/L$/, ''));
  });

  const order = descr[0];
  const code = /^[<>|=]/.test(descr) ? descr.slice(1) : descr;
  const kind = KINDS[code === '?' ? 'b1' : code];
  if (!kind) throw new NpyError(`element type '${descr}' is not supported (bool, int8..int64, uint8..uint64, float16/32/64)`);
  const little = order !== '>';
  const count = shape.reduce((a, b) => a * b, 1);
  const need = count * kind.size;
  const have = bytes.length - start - headerLen;
  if (have < need) throw new NpyError(`truncated: shape (${shape.join(', ')}) of ${kind.npType} needs ${need} data bytes, the file has ${have}`);
  const values = new Float64Array(count);
  const base = start + headerLen;
  for (let i = 0; i < count; i++) {
    const v = kind.read(dv, base + i * kind.size, little);
    if (v === null) throw new NpyError(`element ${i} of this ${kind.npType} array does not fit a double exactly (beyond 2^53)`);
    values[i] = v;
  }
  return { npType: kind.npType, dtype: kind.dtype, shape, values };
}

/** numpy's descr of a dtype, little-endian. */
const DESCR: Record<DType, string> = {
  f32: '<f4', f64: '<f8', i8: '|i1', u8: '|u1', i16: '<i2', u16: '<u2', i32: '<i4', u32: '<u4',
};

/** A .npy file (version 1.0, C order, little-endian) holding `values` as `dtype` in `shape`. */
export function encodeNpy(dtype: DType, shape: readonly number[], values: ArrayLike<number>): Uint8Array {
  const count = shape.reduce((a, b) => a * b, 1);
  if (count !== values.length) throw new RangeError(`shape (${shape.join(', ')}) holds ${count} values, got ${values.length}`);
  const data = encodeValues(values, dtype);
  if (typeof data === 'string') throw new RangeError(data);
  const dims = shape.length === 1 ? `${shape[0]},` : shape.join(', ');
  let header = `{'descr': '${DESCR[dtype]}', 'fortran_order': False, 'shape': (${dims}), }`;
  // magic (6) + version (2) + length (2) + header + padding + '\n' is a multiple of 64
  const total = Math.ceil((10 + header.length + 1) / 64) * 64;
  header = header + ' '.repeat(total - 10 - header.length - 1) + '\n';
  const out = new Uint8Array(total + data.length);
  out.set(MAGIC, 0);
  out[6] = 1; out[7] = 0;
  new DataView(out.buffer).setUint16(8, header.length, true);
  out.set(new TextEncoder().encode(header), 10);
  out.set(data, total);
  return out;
}

/** The values of an array as a typed array of its own dtype (when it has one). */
export function npyTypedValues(a: NpyArray): TensorValues | null {
  if (a.dtype === null) return null;
  const out = new ARRAY_OF[a.dtype](a.values.length);
  for (let i = 0; i < a.values.length; i++) out[i] = a.values[i]!;
  return out;
}

/** Bytes per element of an array's own type. */
export function npyItemSize(a: NpyArray): number {
  return a.dtype !== null ? DTYPE_BYTES[a.dtype] : a.npType === 'bool' ? 1 : a.npType === 'float16' ? 2 : 8;
}
