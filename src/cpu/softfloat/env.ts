/**
 * What every IEEE 754 operation of the softfloat modules shares: the rounding modes and exception
 * flags in the RISC-V encoding (frm / fflags), the formats, and the flag accumulator.
 *
 * Values cross the module boundary as JavaScript numbers. A binary32 value is the double that
 * holds it exactly, a binary64 value is the double itself. NaNs never reach the arithmetic
 * functions: the caller (src/cpu/fpu.ts) sees them in the bit patterns first, because their
 * payloads and the quiet bit are not reliably kept by host arithmetic. An arithmetic result that
 * is NaN means "the canonical NaN" (the caller writes the canonical bit pattern).
 */

/** Rounding modes, numbered as the rm field and frm. */
export const RNE = 0, RTZ = 1, RDN = 2, RUP = 3, RMM = 4;

/** Exception flags, as the bits of fflags. */
export const NX = 1, UF = 2, OF = 4, DZ = 8, NV = 16;

/** Flags raised by the operations since the caller last cleared `env.flags`. */
export const env = { flags: 0 };

/** An IEEE 754 binary interchange format. */
export interface Format {
  readonly name: 'binary32' | 'binary64';
  /** Stored fraction bits (23 / 52); precision is fracBits + 1. */
  readonly fracBits: number;
  /** Exponent of the smallest normal number (-126 / -1022). */
  readonly emin: number;
  /** Exponent of the largest finite number (127 / 1023). */
  readonly emax: number;
  /** The largest finite value. */
  readonly max: number;
}

export const BINARY32: Format = { name: 'binary32', fracBits: 23, emin: -126, emax: 127, max: 3.4028234663852886e38 };
export const BINARY64: Format = { name: 'binary64', fracBits: 52, emin: -1022, emax: 1023, max: Number.MAX_VALUE };

/** Scratch views for moving between a double and its bit pattern (little-endian host). */
const scratch = new Float64Array(1);
const words = new Int32Array(scratch.buffer);

/** High word (sign, exponent, fraction[51:32]) of a double's bit pattern. */
export function hiWord(x: number): number { scratch[0] = x; return words[1]!; }
/** Low word (fraction[31:0]) of a double's bit pattern; call right after hiWord(x) or alone. */
export function loWord(x: number): number { scratch[0] = x; return words[0]!; }
/** The double with bit pattern hi:lo. */
export function fromWords(hi: number, lo: number): number { words[1] = hi; words[0] = lo; return scratch[0]!; }

/** True for -0 and negative numbers. */
export function signBit(x: number): boolean { return x < 0 || (x === 0 && 1 / x < 0); }

/**
 * The neighbour of the finite nonzero double x one unit in the last place away from zero
 * (`away` true) or towards zero.
 */
export function stepDouble(x: number, away: boolean): number {
  scratch[0] = x;
  let lo = words[0]! >>> 0, hi = words[1]!;
  if (away) { lo = (lo + 1) >>> 0; if (lo === 0) hi++; } else { if (lo === 0) hi--; lo = (lo - 1) >>> 0; }
  words[0] = lo | 0; words[1] = hi;
  return scratch[0]!;
}

/**
 * Round-to-odd: x is the round-to-nearest result of an operation whose exact result is
 * x + err (err is only looked at for its sign). Returns x when exact or when x's last
 * significand bit is already 1, else its neighbour on the side of the exact value. Rounding
 * the returned double once more to a format at least two bits narrower (binary32) gives the
 * correctly rounded result of the exact value in every rounding mode.
 */
export function toOdd(x: number, err: number): number {
  if (err === 0) return x;
  scratch[0] = x;
  if ((words[0]! & 1) !== 0) return x;
  return stepDouble(x, (err > 0) === (x > 0));
}

/** Veltkamp split constant 2^27 + 1. */
const SPLIT = 134217729;

/**
 * The rounding error of x * y (x*y - RN(x*y), exactly representable) by Dekker's product; exact
 * when no intermediate overflows or underflows (callers keep operands inside 2^±900).
 */
export function productError(x: number, y: number, p: number): number {
  let t = SPLIT * x;
  const xh = t - (t - x), xl = x - xh;
  t = SPLIT * y;
  const yh = t - (t - y), yl = y - yh;
  return ((xh * yh - p) + xh * yl + xl * yh) + xl * yl;
}

/** The rounding error of x + y (exact when the sum does not overflow): Knuth's TwoSum. */
export function sumError(x: number, y: number, s: number): number {
  const yv = s - x;
  return (x - (s - yv)) + (y - yv);
}
