/**
 * binary32 arithmetic, exact in every rounding mode, with plain JavaScript numbers.
 *
 * Each operation is carried out in binary64 first. Products of two binary32 values are exact
 * there; sums, quotients and square roots are rounded to nearest, and their rounding error (or
 * its sign) is recovered exactly with error-free transformations (TwoSum, Dekker's product).
 * The binary64 result is then made "round-to-odd" (toOdd), which keeps enough information for a
 * second rounding to binary32 to equal a single correct rounding of the exact result, in any
 * mode (binary64 has more than 24 + 2 bits). That second rounding (roundToBinary32) is done on
 * the integer significand, with the flags; Math.fround is its fast path for round-to-nearest.
 *
 * Operands and results are doubles holding binary32 values; NaN operands never get here
 * (see env.ts).
 */
import { BINARY32, DZ, env, hiWord, loWord, NV, NX, productError, signBit, sumError, toOdd, UF } from './env.js';
import { overflowResult, roundsUp, zeroSum } from './exact.js';

const MIN_NORMAL = 2 ** -126;
const TWO32 = 4294967296;
const TWO52 = 2 ** 52;
const CARRY = 2 ** 24;

/** Bits of an integer 0 < m < 2^53. */
function bitLength(m: number): number {
  return m >= TWO32 ? 64 - Math.clz32(Math.floor(m / TWO32)) : 32 - Math.clz32(m);
}

let inexactBits = false;

/** m * 2^exp (m < 2^53 an integer) rounded to a multiple of 2^lsb; sets inexactBits. */
function roundAt(neg: boolean, m: number, exp: number, lsb: number, rm: number): number {
  const shift = lsb - exp;
  if (shift <= 0) { inexactBits = false; return m * 2 ** -shift; }
  let q: number, cmp: number;
  if (shift > 60) {
    q = 0; cmp = -1; // m < 2^53 < half an ulp
  } else {
    const unit = 2 ** shift;
    q = Math.floor(m / unit);
    const rem = m - q * unit, half = unit / 2;
    cmp = rem > half ? 1 : rem < half ? -1 : 0;
    if (rem === 0) { inexactBits = false; return q; }
  }
  inexactBits = true;
  return roundsUp(rm, neg, q % 2 === 1, cmp, true) ? q + 1 : q;
}

/** The general rounding of a finite nonzero double to binary32. */
function roundSlow(x: number, rm: number): number {
  const hi = hiWord(x), lo = loWord(x);
  const neg = hi < 0;
  const be = (hi >>> 20) & 0x7ff;
  const m = (hi & 0xfffff) * TWO32 + (lo >>> 0) + (be !== 0 ? TWO52 : 0);
  const exp = (be === 0 ? 1 : be) - 1075;
  const top = exp + bitLength(m) - 1;
  let lsb = Math.max(top, -126) - 23;
  let q = roundAt(neg, m, exp, lsb, rm);
  const inexact = inexactBits;
  if (q === CARRY) { q = CARRY / 2; lsb++; }
  if (q !== 0 && lsb + bitLength(q) - 1 > 127) return overflowResult(BINARY32, neg, rm);
  if (top < -126 && inexact) {
    const qu = roundAt(neg, m, exp, top - 23, rm);
    if (!(qu === CARRY && top + 1 >= -126)) env.flags |= UF;
  }
  if (inexact) env.flags |= NX;
  const mag = q * 2 ** lsb;
  return neg ? -mag : mag;
}

/**
 * Round x (an exact value, or a round-to-odd one, as a double; not NaN) to binary32 in mode rm,
 * raising NX, UF and OF.
 */
export function roundToBinary32(x: number, rm: number): number {
  if (rm === 0) {
    const r = Math.fround(x);
    if (r === x) return r;
    const a = Math.abs(r);
    if (a > MIN_NORMAL && a !== Infinity) { env.flags |= NX; return r; }
  } else if (Math.fround(x) === x) return x;
  if (x === 0 || !Number.isFinite(x)) return x;
  return roundSlow(x, rm);
}

export function add32(a: number, b: number, rm: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    if (a === -b) { env.flags |= NV; return NaN; }
    return Number.isFinite(a) ? b : a;
  }
  const s = a + b;
  if (s === 0) return a === 0 && b === 0 && signBit(a) === signBit(b) ? a : zeroSum(rm);
  return roundToBinary32(toOdd(s, sumError(a, b, s)), rm);
}

export function sub32(a: number, b: number, rm: number): number { return add32(a, -b, rm); }

export function mul32(a: number, b: number, rm: number): number {
  const p = a * b; // exact: 48 significant bits at most, exponent within binary64's range
  if (p !== p) { env.flags |= NV; return NaN; } // 0 * inf
  if (p === 0 || !Number.isFinite(p)) return p;
  return roundToBinary32(p, rm);
}

export function div32(a: number, b: number, rm: number): number {
  const q = a / b;
  if (q !== q) { env.flags |= NV; return NaN; } // 0/0, inf/inf
  if (b === 0 && a !== 0 && Number.isFinite(a)) { env.flags |= DZ; return q; }
  if (q === 0 || !Number.isFinite(q)) return q;
  const ph = q * b;
  const rem = (a - ph) - productError(q, b, ph); // a - q*b, exact sign (a - ph is exact)
  return roundToBinary32(toOdd(q, b > 0 ? rem : -rem), rm);
}

export function sqrt32(a: number, rm: number): number {
  if (a === 0) return a;
  if (a < 0) { env.flags |= NV; return NaN; }
  if (!Number.isFinite(a)) return a;
  const r = Math.sqrt(a);
  const ph = r * r;
  return roundToBinary32(toOdd(r, (a - ph) - productError(r, r, ph)), rm);
}

/** a * b + c with one rounding. */
export function fma32(a: number, b: number, c: number, rm: number): number {
  const p = a * b; // exact
  if (p !== p) { env.flags |= NV; return NaN; } // inf * 0
  if (!Number.isFinite(p)) {
    if (!Number.isFinite(c) && signBit(c) !== signBit(p)) { env.flags |= NV; return NaN; }
    return p;
  }
  if (!Number.isFinite(c)) return c;
  if (p === 0) return c !== 0 || signBit(p) === signBit(c) ? c : zeroSum(rm);
  if (c === 0) return roundToBinary32(p, rm);
  const s = p + c;
  if (s === 0) return zeroSum(rm);
  return roundToBinary32(toOdd(s, sumError(p, c, s)), rm);
}
