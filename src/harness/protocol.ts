/**
 * The firmware console protocol (DESIGN.md, "Firmware protocol"): stage lines `[k/N] text`,
 * result lines `@result NAME DTYPE[D0xD1...] v0 v1 ...` and input announcements
 * `@input NAME DTYPE[...]`. Pure parsing; no emulator state.
 */

export type DType = 'f32' | 'f64' | 'i8' | 'u8' | 'i16' | 'u16' | 'i32' | 'u32';

type TypedArrayOf = {
  f32: Float32Array; f64: Float64Array; i8: Int8Array; u8: Uint8Array;
  i16: Int16Array; u16: Uint16Array; i32: Int32Array; u32: Uint32Array;
};

const ARRAY_OF: { [K in DType]: new (n: number) => TypedArrayOf[K] } = {
  f32: Float32Array, f64: Float64Array, i8: Int8Array, u8: Uint8Array,
  i16: Int16Array, u16: Uint16Array, i32: Int32Array, u32: Uint32Array,
};

/** Integer ranges of the integer dtypes, to refuse values that would wrap silently. */
const INT_RANGE: Partial<Record<DType, [number, number]>> = {
  i8: [-128, 127], u8: [0, 255], i16: [-32768, 32767], u16: [0, 65535],
  i32: [-2147483648, 2147483647], u32: [0, 4294967295],
};

export function isDType(s: string): s is DType {
  return Object.prototype.hasOwnProperty.call(ARRAY_OF, s);
}

/** An output tensor reported by the firmware. */
export class ResultTensor {
  constructor(
    readonly name: string,
    readonly dtype: DType,
    readonly shape: readonly number[],
    readonly values: TypedArrayOf[DType],
  ) {}

  /** Index of the largest value (the first one on ties); -1 for an empty tensor. */
  argmax(): number {
    let best = -1;
    for (let i = 0; i < this.values.length; i++) {
      if (best < 0 || this.values[i]! > this.values[best]!) best = i;
    }
    return best;
  }

  /** The k largest values with their indices, largest first (ties keep the lower index first). */
  topK(k: number): { index: number; value: number }[] {
    const idx = Array.from(this.values.keys());
    idx.sort((a, b) => (this.values[b]! - this.values[a]!) || a - b);
    return idx.slice(0, Math.max(0, k)).map((index) => ({ index, value: this.values[index]! }));
  }

  toJSON(): { dtype: DType; shape: number[]; values: number[]; argmax: number } {
    return { dtype: this.dtype, shape: [...this.shape], values: Array.from(this.values), argmax: this.argmax() };
  }
}

export interface StageLine { index: number; total: number; label: string }
export interface InputAnnouncement { name: string; dtype: DType; shape: number[] }

const STAGE_RE = /^\[(\d+)\/(\d+)\]\s*(.*)$/;
const TENSOR_HEAD_RE = /^([A-Za-z_][\w.:-]*)\s+([a-z]\d+)\[([\dx]*)\]/;

/** `[k/N] text` -> stage; anything else -> null. Requires 1 <= k <= N. */
export function parseStageLine(line: string): StageLine | null {
  const m = STAGE_RE.exec(line);
  if (!m) return null;
  const index = Number(m[1]);
  const total = Number(m[2]);
  if (index < 1 || total < 1 || index > total) return null;
  return { index, total, label: m[3]!.trim() };
}

function parseShape(text: string): number[] | string {
  if (text === '') return [];
  const dims = text.split('x').map((d) => (d === '' ? NaN : Number(d)));
  if (dims.some((d) => !Number.isInteger(d) || d < 0)) return `bad shape '[${text}]'`;
  return dims;
}

/** `KEYWORD NAME DTYPE[D0xD1...] rest`: the tensor header, or what is wrong with it. */
function parseTensorHead(keyword: string, line: string):
  { name: string; dtype: DType; shape: number[]; shapeText: string; rest: string } | string {
  const body = line.slice(keyword.length).trim();
  const m = TENSOR_HEAD_RE.exec(body);
  if (!m) return `malformed ${keyword} line: '${line}'`;
  const [, name, dtype, shapeText] = m as unknown as [string, string, string, string];
  if (!isDType(dtype)) return `${keyword} ${name}: unknown dtype '${dtype}'`;
  const shape = parseShape(shapeText);
  if (typeof shape === 'string') return `${keyword} ${name}: ${shape}`;
  return { name, dtype, shape, shapeText, rest: body.slice(m[0].length) };
}

/**
 * Parse a line that starts with `@result `. Returns the tensor, or an error message describing
 * what is wrong with the line (firmware bugs are reported, never thrown).
 */
export function parseResultLine(line: string): ResultTensor | string {
  const head = parseTensorHead('@result', line);
  if (typeof head === 'string') return head;
  const { name, dtype, shape, shapeText, rest } = head;
  const tokens = rest.trim().split(/\s+/).filter((t) => t !== '');
  const count = shape.reduce((a, b) => a * b, 1);
  if (tokens.length !== count) {
    return `@result ${name}: shape [${shapeText}] needs ${count} values, the line has ${tokens.length}`;
  }
  const values = new ARRAY_OF[dtype](count);
  const range = INT_RANGE[dtype];
  for (let i = 0; i < count; i++) {
    const v = Number(tokens[i]);
    if (Number.isNaN(v) && !/^[+-]?nan$/i.test(tokens[i]!)) return `@result ${name}: value ${i} '${tokens[i]}' is not a number`;
    if (range && !(Number.isInteger(v) && v >= range[0] && v <= range[1])) {
      return `@result ${name}: value ${i} '${tokens[i]}' is not a valid ${dtype}`;
    }
    values[i] = v;
  }
  return new ResultTensor(name, dtype, shape, values);
}

/** Parse `@input NAME DTYPE[shape]`. */
export function parseInputLine(line: string): InputAnnouncement | string {
  const head = parseTensorHead('@input', line);
  if (typeof head === 'string') return head;
  return { name: head.name, dtype: head.dtype, shape: head.shape };
}

/** Splits a byte stream into lines (LF-terminated; a CR before the LF is dropped). */
export class LineSplitter {
  private readonly decoder = new TextDecoder('utf-8');
  private partial = '';

  /** Feed bytes; returns the lines completed by them (without their terminators). */
  push(bytes: Uint8Array): string[] {
    const text = this.partial + this.decoder.decode(bytes, { stream: true });
    const parts = text.split('\n');
    this.partial = parts.pop()!;
    return parts.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  }

  /** The unterminated rest, if any (at the end of a run). */
  flush(): string | null {
    const rest = this.partial + this.decoder.decode();
    this.partial = '';
    return rest === '' ? null : rest;
  }

  reset(partial = ''): void {
    this.decoder.decode();
    this.partial = partial;
  }

  get pending(): string {
    return this.partial;
  }
}
