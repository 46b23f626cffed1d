/**
 * IEEE 754 arithmetic computed exactly with BigInt integers: the reference implementation of
 * every rounding operation, for any format and every rounding mode, with all five exception
 * flags. It is the slow path of binary64 (src/cpu/softfloat/binary64.ts falls back to it for
 * fused multiply-add, round-to-nearest-ties-away, and results near the ends of the exponent
 * range) and the yardstick the faster paths are tested against.
 *
 * A finite nonzero operand is taken apart as sig * 2^exp with an integer significand; the exact
 * result of the operation is formed as an integer (aligning addends by shifting, so no bit is
 * ever lost), or as an integer plus a sticky bit for division and square root, and rounded
 * once by roundPack. Tininess is detected after rounding, as RISC-V specifies.
 */
import { BINARY64, DZ, env, hiWord, loWord, NV, NX, OF, RDN, RMM, RNE, RTZ, RUP, signBit, UF, type Format } from './env.js';

/** A finite nonzero value: (-1)^neg * sig * 2^exp. */
interface Parts { neg: boolean; sig: bigint; exp: number }

function parts(x: number): Parts {
  const hi = hiWord(x), lo = loWord(x);
  const e = (hi >>> 20) & 0x7ff;
  let sig = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo >>> 0);
  if (e !== 0) sig |= 1n << 52n;
  return { neg: hi < 0, sig, exp: (e === 0 ? 1 : e) - 1075 };
}

/** Number of significant bits of v > 0. */
export function bitLength(v: bigint): number {
  const h = v.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0]!, 16)));
}

/** Result of roundAt: the rounded integer and whether bits were lost. */
let roundedQ = 0n;
let roundedInexact = false;

/** Whether rounding (in mode rm) increments the truncated magnitude; cmp compares the discarded part with half an ulp. */
export function roundsUp(rm: number, neg: boolean, odd: boolean, cmp: number, inexact: boolean): boolean {
  switch (rm) {
    case RNE: return cmp > 0 || (cmp === 0 && odd);
    case RMM: return cmp >= 0 && inexact;
    case RTZ: return false;
    case RDN: return inexact && neg;
    default: return inexact && !neg; // RUP
  }
}

/**
 * Round (sig + sticky*epsilon) * 2^exp to an integer multiple of 2^lsbExp (a magnitude, the
 * sign only matters for the directed modes). Sets roundedQ (the multiple) and roundedInexact.
 */
function roundAt(neg: boolean, sig: bigint, exp: number, sticky: boolean, lsbExp: number, rm: number): void {
  const shift = lsbExp - exp;
  let q: bigint, cmp: number, inexact: boolean;
  if (shift <= 0) {
    q = sig << BigInt(-shift);
    cmp = -1;
    inexact = sticky;
  } else {
    const s = BigInt(shift);
    q = sig >> s;
    const rem = sig - (q << s);
    const half = 1n << (s - 1n);
    cmp = rem > half ? 1 : rem < half ? -1 : sticky ? 1 : 0;
    inexact = rem !== 0n || sticky;
  }
  if (roundsUp(rm, neg, (q & 1n) === 1n, cmp, inexact)) q += 1n;
  roundedQ = q;
  roundedInexact = inexact;
}

/** The result of an overflow in mode rm: infinity or the largest finite number (OF and NX raised). */
export function overflowResult(fmt: Format, neg: boolean, rm: number): number {
  env.flags |= OF | NX;
  const toInfinity = rm === RNE || rm === RMM || (rm === RUP && !neg) || (rm === RDN && neg);
  const mag = toInfinity ? Infinity : fmt.max;
  return neg ? -mag : mag;
}

/** The sign of an exact zero sum of operands of different signs: -0 only when rounding down. */
export function zeroSum(rm: number): number { return rm === RDN ? -0 : 0; }

/**
 * Round the value (-1)^neg * (sig + sticky*epsilon) * 2^exp (sig > 0; sticky: nonzero bits
 * below sig's last one) to `fmt` in mode rm, raising NX, UF (tiny after rounding and inexact)
 * and OF. Returns the result as a double.
 */
export function roundPack(fmt: Format, neg: boolean, sig: bigint, exp: number, sticky: boolean, rm: number): number {
  const precision = fmt.fracBits + 1;
  const top = exp + bitLength(sig) - 1;
  let lsb = Math.max(top, fmt.emin) - fmt.fracBits;
  roundAt(neg, sig, exp, sticky, lsb, rm);
  let q = roundedQ;
  const inexact = roundedInexact;
  if (q === 1n << BigInt(precision)) { q >>= 1n; lsb++; }
  if (q !== 0n && lsb + bitLength(q) - 1 > fmt.emax) return overflowResult(fmt, neg, rm);
  if (top < fmt.emin && inexact) {
    // Tiny after rounding: rounded to the precision with an unbounded exponent, still below 2^emin.
    roundAt(neg, sig, exp, sticky, top - fmt.fracBits, rm);
    const carried = roundedQ === 1n << BigInt(precision);
    if (!(carried && top + 1 >= fmt.emin)) env.flags |= UF;
  }
  if (inexact) env.flags |= NX;
  const mag = Number(q) * 2 ** lsb;
  return neg ? -mag : mag;
}

/** x (any double that is not NaN) rounded to fmt. */
export function round(fmt: Format, x: number, rm: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const p = parts(x);
  return roundPack(fmt, p.neg, p.sig, p.exp, false, rm);
}

/** Exact sum of two parts, rounded; `first`/`second` are finite nonzero. */
function addParts(fmt: Format, a: Parts, b: Parts, rm: number): number {
  const e = Math.min(a.exp, b.exp);
  let x = a.sig << BigInt(a.exp - e);
  if (a.neg) x = -x;
  let y = b.sig << BigInt(b.exp - e);
  if (b.neg) y = -y;
  const s = x + y;
  if (s === 0n) return zeroSum(rm);
  return roundPack(fmt, s < 0n, s < 0n ? -s : s, e, false, rm);
}

/** a + b (operands are values of fmt, not NaN). */
export function add(fmt: Format, a: number, b: number, rm: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    if (a === -b) { env.flags |= NV; return NaN; }
    return Number.isFinite(a) ? b : a;
  }
  if (a === 0 || b === 0) {
    if (a === 0 && b === 0) return signBit(a) === signBit(b) ? a : zeroSum(rm);
    return a === 0 ? b : a;
  }
  return addParts(fmt, parts(a), parts(b), rm);
}

/** a * b. */
export function mul(fmt: Format, a: number, b: number, rm: number): number {
  const neg = signBit(a) !== signBit(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    if (a === 0 || b === 0) { env.flags |= NV; return NaN; }
    return neg ? -Infinity : Infinity;
  }
  if (a === 0 || b === 0) return neg ? -0 : 0;
  const x = parts(a), y = parts(b);
  return roundPack(fmt, neg, x.sig * y.sig, x.exp + y.exp, false, rm);
}

/** a * b + c with a single rounding. */
export function fma(fmt: Format, a: number, b: number, c: number, rm: number): number {
  const pneg = signBit(a) !== signBit(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    if (a === 0 || b === 0) { env.flags |= NV; return NaN; }
    if (!Number.isFinite(c) && signBit(c) !== pneg) { env.flags |= NV; return NaN; }
    return pneg ? -Infinity : Infinity;
  }
  if (!Number.isFinite(c)) return c;
  if (a === 0 || b === 0) {
    if (c !== 0) return c;
    return signBit(c) === pneg ? c : zeroSum(rm);
  }
  const x = parts(a), y = parts(b);
  const product: Parts = { neg: pneg, sig: x.sig * y.sig, exp: x.exp + y.exp };
  if (c === 0) return roundPack(fmt, pneg, product.sig, product.exp, false, rm);
  return addParts(fmt, product, parts(c), rm);
}

/** a / b. */
export function div(fmt: Format, a: number, b: number, rm: number): number {
  const neg = signBit(a) !== signBit(b);
  if (!Number.isFinite(a)) {
    if (!Number.isFinite(b)) { env.flags |= NV; return NaN; }
    return neg ? -Infinity : Infinity;
  }
  if (!Number.isFinite(b)) return neg ? -0 : 0;
  if (b === 0) {
    if (a === 0) { env.flags |= NV; return NaN; }
    env.flags |= DZ;
    return neg ? -Infinity : Infinity;
  }
  if (a === 0) return neg ? -0 : 0;
  const x = parts(a), y = parts(b);
  // Enough quotient bits for the precision plus a guard and a round bit; the remainder is sticky.
  const k = Math.max(0, fmt.fracBits + 3 + bitLength(y.sig) - bitLength(x.sig));
  const n = x.sig << BigInt(k);
  const q = n / y.sig;
  return roundPack(fmt, neg, q, x.exp - y.exp - k, n !== q * y.sig, rm);
}

/** Integer square root (floor) of n >= 0. */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let r = BigInt(Math.floor(Math.sqrt(Number(n))));
  // Number(n) keeps 53 bits: a few Newton steps and a final correction make the root exact.
  for (let i = 0; i < 4; i++) r = (r + n / r) >> 1n;
  while (r * r > n) r -= 1n;
  while ((r + 1n) * (r + 1n) <= n) r += 1n;
  return r;
}

/** The square root of a. */
export function sqrt(fmt: Format, a: number, rm: number): number {
  if (a === 0) return a;
  if (a < 0) { env.flags |= NV; return NaN; }
  if (!Number.isFinite(a)) return a;
  const x = parts(a);
  let sig = x.sig, exp = x.exp;
  if ((exp & 1) !== 0) { sig <<= 1n; exp -= 1; }
  // A root of at least precision + 2 bits: the radicand needs twice as many.
  const k = Math.max(0, Math.ceil((2 * (fmt.fracBits + 3) - bitLength(sig)) / 2));
  const n = sig << BigInt(2 * k);
  const r = isqrt(n);
  return roundPack(fmt, false, r, (exp - 2 * k) / 2, r * r !== n, rm);
}

/** Exact binary64 reference operations by name, for tests and the binary64 slow path. */
export const exact64 = {
  add: (a: number, b: number, rm: number): number => add(BINARY64, a, b, rm),
  mul: (a: number, b: number, rm: number): number => mul(BINARY64, a, b, rm),
  fma: (a: number, b: number, c: number, rm: number): number => fma(BINARY64, a, b, c, rm),
  div: (a: number, b: number, rm: number): number => div(BINARY64, a, b, rm),
  sqrt: (a: number, rm: number): number => sqrt(BINARY64, a, rm),
};
