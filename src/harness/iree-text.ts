/**
 * IREE's text form of a buffer view, as `iree_hal_buffer_view_fprint` and `iree-run-module`
 * print it, parsed into result tensors:
 *
 *   EXEC @main                                  (iree-run-module: a new invocation)
 *   result[0]: hal.buffer_view                  (iree-run-module: the next line is result 0)
 *   1x10xf32=[0.0117 0.597 ...]                 shape DIMSx, element type, '=', the elements;
 *   2x3x4xsi8=[[-12 -11 -10 -9][...][...]][[...]...]   rank r nests r-1 levels of brackets
 *   5xsi32=2147483647 -2147483648 0 5 -7        rank 1: no brackets
 *   f32=1.5E-07                                 a scalar
 *   result[1]: i32=42                           a primitive result, inline
 *   2000xf32=0 1 2 ... 1023...                  elided after N elements (`...`)
 *
 * Element types map to rv-zoo dtypes: i8/si8 -> i8, ui8 -> u8, i16/si16 -> i16, ui16 -> u16,
 * i32/si32 -> i32, ui32 -> u32, f16/bf16/f32 -> f32, f64 -> f64, i1 -> u8, and 64-bit integers
 * (i64, si64, ui64) -> f64, exact up to 2^53. Pure parsing; the Machine names the results.
 */
import { ARRAY_OF, INT_RANGE, type DType, type TensorValues } from './protocol.js';

const ELEMENT_DTYPE: Readonly<Record<string, DType>> = {
  i1: 'u8', i8: 'i8', si8: 'i8', ui8: 'u8', i16: 'i16', si16: 'i16', ui16: 'u16',
  i32: 'i32', si32: 'i32', ui32: 'u32', i64: 'f64', si64: 'f64', ui64: 'f64',
  f16: 'f32', bf16: 'f32', f32: 'f32', f64: 'f64',
};

/** A tensor in IREE's text form. */
export interface IreeTensorText {
  /** IREE's element type as printed (f32, si8, ui8, bf16, ...). */
  elementType: string;
  dtype: DType;
  shape: number[];
  /** The values printed (fewer than the shape holds when `truncated`). */
  values: TensorValues;
  /** The runtime elided the rest (`...`): only the first values.length were printed. */
  truncated: boolean;
}

export type IreeLine =
  /** `EXEC @fn`: iree-run-module starts an invocation; result numbering restarts. */
  | { kind: 'exec' }
  /** `result[k]: hal.buffer_view`: the next buffer view is result k. */
  | { kind: 'header'; index: number }
  /** A buffer view (or an inline `result[k]: TYPE=v` primitive, with its index). */
  | { kind: 'tensor'; index: number | null; tensor: IreeTensorText }
  /** A line that is a buffer view but cannot be read (the values do not fit the shape...). */
  | { kind: 'error'; index: number | null; message: string };

const HEAD_RE = /^((?:\d+x)*)((?:[su]?i|b?f)\d+)=(.*)$/;
const RESULT_RE = /^result\[(\d+)\]: (.*)$/;
/** What may follow the '=': numbers, brackets, spaces, the elision mark. */
const BODY_RE = /^[\s\d[\].+\-a-fA-FiInNtTyY]*$/;

/**
 * Read one console line. Returns null for lines that are not IREE output (anything whose shape
 * and element type do not parse, or whose body is not numbers and brackets); an 'error' for a
 * buffer view whose values do not match its shape.
 */
export function parseIreeLine(line: string): IreeLine | null {
  if (line.startsWith('EXEC @')) return { kind: 'exec' };
  let index: number | null = null;
  let text = line;
  const r = RESULT_RE.exec(line);
  if (r) {
    index = Number(r[1]);
    if (r[2] === 'hal.buffer_view') return { kind: 'header', index };
    text = r[2]!;
  }
  const m = HEAD_RE.exec(text);
  if (!m) return null;
  const elementType = m[2]!;
  const dtype = ELEMENT_DTYPE[elementType];
  const body = m[3]!;
  if (!dtype || !BODY_RE.test(body)) return null;
  const shape = m[1] === '' ? [] : m[1]!.slice(0, -1).split('x').map(Number);
  const count = shape.reduce((a, b) => a * b, 1);
  const what = `${m[1]}${elementType}`;
  const fail = (message: string): IreeLine => ({ kind: 'error', index, message: `IREE buffer view ${what}: ${message}` });

  const truncated = body.includes('...');
  if (!bracketsBalanced(body)) return fail(`unbalanced brackets in '${cut(body)}'`);
  const tokens = body.replace(/\.\.\./g, ' ').split(/[\s[\]]+/).filter((t) => t !== '');
  if (tokens.length > count) return fail(`shape holds ${count} values, the line has ${tokens.length}`);
  if (!truncated && tokens.length !== count) return fail(`shape holds ${count} values, the line has ${tokens.length}`);
  const values = new ARRAY_OF[dtype](tokens.length);
  const range = INT_RANGE[dtype];
  const wide = /64$/.test(elementType) && elementType !== 'f64';
  for (let i = 0; i < tokens.length; i++) {
    const v = parseNumber(tokens[i]!, elementType === 'i1');
    if (v === null) return fail(`value ${i} '${tokens[i]}' is not a number`);
    if (range && !(Number.isInteger(v) && v >= range[0] && v <= range[1])) return fail(`value ${i} '${tokens[i]}' is not a valid ${elementType}`);
    if (wide && !exactInteger(tokens[i]!, v)) return fail(`value ${i} '${tokens[i]}' is not exactly representable (64-bit integers are kept as f64, exact up to 2^53)`);
    values[i] = v;
  }
  return { kind: 'tensor', index, tensor: { elementType, dtype, shape, values, truncated } };
}

/** A printed element: decimal, exponent, NAN/INF in any case; i1 prints hex bytes (01, 00). */
function parseNumber(t: string, hex: boolean): number | null {
  if (hex && /^[0-9a-fA-F]{1,2}$/.test(t)) return parseInt(t, 16);
  const u = t.toLowerCase();
  if (u === 'nan' || u === '-nan' || u === '+nan') return NaN;
  if (u === 'inf' || u === '+inf' || u === 'infinity') return Infinity;
  if (u === '-inf' || u === '-infinity') return -Infinity;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  return Number(t);
}

/** Whether the integer written `t` is exactly the double `v`. */
function exactInteger(t: string, v: number): boolean {
  if (!/^[+-]?\d+$/.test(t) || !Number.isInteger(v)) return false;
  return BigInt(t) === BigInt(v);
}

function bracketsBalanced(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 91) depth++;
    else if (c === 93 && --depth < 0) return false;
  }
  return depth === 0;
}

const cut = (s: string): string => (s.length > 40 ? s.slice(0, 40) + '...' : s);

/**
 * Numbering of IREE results along a console: `result[k]:` headers name the next view k; views
 * without one take the next number; `EXEC @` lines and stage lines restart at 0 (a new
 * invocation prints its results from result0 again, replacing the previous ones).
 */
export interface IreeNumbering { next: number; pending: number | null }

export function ireeIndex(state: IreeNumbering, given: number | null): number {
  const index = given ?? state.pending ?? state.next;
  state.pending = null;
  state.next = index + 1;
  return index;
}
