/**
 * The firmware console protocol (DESIGN.md, "Firmware protocol"): stage lines `[k/N] text`,
 * result lines `@result NAME DTYPE[D0xD1...] v0 v1 ...` and input announcements
 * `@input NAME DTYPE[...]`. Pure parsing; no emulator state.
 */

import { ByteLog } from './bytelog.js';

export type DType = 'f32' | 'f64' | 'i8' | 'u8' | 'i16' | 'u16' | 'i32' | 'u32';

export type TypedArrayOf = {
  f32: Float32Array; f64: Float64Array; i8: Int8Array; u8: Uint8Array;
  i16: Int16Array; u16: Uint16Array; i32: Int32Array; u32: Uint32Array;
};

/** The values of a tensor of any dtype. */
export type TensorValues = TypedArrayOf[DType];

export const ARRAY_OF: { [K in DType]: new (n: number) => TypedArrayOf[K] } = {
  f32: Float32Array, f64: Float64Array, i8: Int8Array, u8: Uint8Array,
  i16: Int16Array, u16: Uint16Array, i32: Int32Array, u32: Uint32Array,
};

/** Bytes per element of each dtype. */
export const DTYPE_BYTES: Readonly<Record<DType, number>> = {
  f32: 4, f64: 8, i8: 1, u8: 1, i16: 2, u16: 2, i32: 4, u32: 4,
};

/** The dtypes, in the order messages list them. */
export const DTYPES: readonly DType[] = ['f32', 'f64', 'i8', 'u8', 'i16', 'u16', 'i32', 'u32'];

/** The dtypes in which `count` values fill exactly `room` bytes (none when count is 0 or does not divide it). */
export function dtypesFilling(count: number, room: number): DType[] {
  if (count <= 0 || room <= 0 || room % count !== 0) return [];
  return DTYPES.filter((d) => DTYPE_BYTES[d] === room / count);
}

/** Integer ranges of the integer dtypes, to refuse values that would wrap silently. */
export const INT_RANGE: Partial<Record<DType, [number, number]>> = {
  i8: [-128, 127], u8: [0, 255], i16: [-32768, 32767], u16: [0, 65535],
  i32: [-2147483648, 2147483647], u32: [0, 4294967295],
};

export function isDType(s: string): s is DType {
  return Object.prototype.hasOwnProperty.call(ARRAY_OF, s);
}

/**
 * Where a result came from: an `@result` line ('console'), IREE's buffer-view text ('iree'), or
 * a buffer read from guest memory (--output, Machine.readTensor: 'memory').
 */
export type ResultSource = 'console' | 'iree' | 'memory';

/** An output tensor reported by the firmware. */
export class ResultTensor {
  constructor(
    readonly name: string,
    readonly dtype: DType,
    readonly shape: readonly number[],
    readonly values: TypedArrayOf[DType],
    readonly source: ResultSource = 'console',
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

  toJSON(): { dtype: DType; shape: number[]; values: number[]; argmax: number; source: ResultSource } {
    return { dtype: this.dtype, shape: [...this.shape], values: Array.from(this.values), argmax: this.argmax(), source: this.source };
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

export function parseShape(text: string): number[] | string {
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

/**
 * Longest console line the harness keeps for the protocol, in bytes (without its LF). A
 * `@result` line takes about 2 to 13 bytes per value (`7 ` to `-1.2345678e-05 `), so 8 MiB holds
 * a tensor of at least 600,000 values; a longer line is cut there (see LineSplitter).
 */
export const MAX_LINE_BYTES = 8 << 20;

/** A console line as the LineSplitter delivers it. */
export interface ConsoleLine {
  /** The line's text, UTF-8 decoded, without its LF (and without a CR just before it). */
  text: string;
  /** Bytes of the whole line without its terminator; more than the text holds when it was cut. */
  length: number;
  /** The line was longer than maxLineBytes: `text` holds only its first maxLineBytes bytes. */
  cut: boolean;
}

export interface LineSplitterState { bytes: Uint8Array; length: number }

/**
 * Splits a byte stream into LF-terminated lines. Each byte is looked at once and copied at most
 * once into the buffer of the unfinished line (plus the buffer's amortised regrowth), and a line
 * is decoded once, when its LF arrives: the work is linear in the bytes pushed. The buffer holds
 * at most `maxLineBytes` bytes; the rest of a longer line is counted and dropped.
 */
export class LineSplitter {
  private readonly line: ByteLog;
  /** Bytes of the unfinished line seen so far (held plus dropped). */
  private seen = 0;
  private scannedDecoded = 0;

  constructor(readonly maxLineBytes = MAX_LINE_BYTES) {
    if (!Number.isSafeInteger(maxLineBytes) || maxLineBytes < 1) throw new RangeError(`maxLineBytes must be a positive integer, got ${maxLineBytes}`);
    this.line = new ByteLog(256, maxLineBytes);
  }

  /**
   * Bytes the splitter has looked at, copied into its buffer (regrowth included) and decoded
   * since it was created: the measure of its work, for tests that it stays linear.
   */
  get work(): number {
    return this.scannedDecoded + this.line.copied;
  }

  /** Feed bytes; returns the lines completed by them. */
  push(bytes: Uint8Array): ConsoleLine[] {
    const out: ConsoleLine[] = [];
    let start = 0;
    while (start < bytes.length) {
      const lf = bytes.indexOf(10, start);
      const end = lf < 0 ? bytes.length : lf;
      this.scannedDecoded += end - start + (lf < 0 ? 0 : 1);
      this.append(bytes.subarray(start, end));
      if (lf < 0) break;
      out.push(this.take());
      start = lf + 1;
    }
    return out;
  }

  /** The unterminated rest as a line, or null when there is none (at the end of a run). */
  flush(): ConsoleLine | null {
    return this.seen === 0 ? null : this.take();
  }

  /** Bytes of the unfinished line held in the buffer (never more than maxLineBytes). */
  get pendingBytes(): number {
    return this.line.length;
  }

  /** Room allocated for the unfinished line. */
  get capacity(): number {
    return this.line.capacity;
  }

  /** A copy of the unfinished line, for snapshots. */
  save(): LineSplitterState {
    return { bytes: this.line.bytes(), length: this.seen };
  }

  /** Go back to a saved unfinished line (or to none). */
  load(state: LineSplitterState | null): void {
    this.line.reset(state?.bytes);
    this.seen = state?.length ?? 0;
  }

  private append(bytes: Uint8Array): void {
    this.seen += bytes.length;
    const room = this.maxLineBytes - this.line.length;
    if (room > 0) this.line.append(bytes.length <= room ? bytes : bytes.subarray(0, room));
  }

  private take(): ConsoleLine {
    let bytes = this.line.view();
    const cut = this.seen > bytes.length;
    if (!cut && bytes.length > 0 && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
    this.scannedDecoded += bytes.length;
    const line = { text: DECODER.decode(bytes), length: this.seen, cut };
    this.line.reset();
    this.seen = 0;
    return line;
  }
}

const DECODER = new TextDecoder('utf-8');
