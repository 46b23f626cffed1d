/**
 * binary64 arithmetic, exact in every rounding mode.
 *
 * The host's own operations are binary64 rounded to nearest-even, so they give the result of
 * the common case directly. What they do not give is whether the result is exact and, if not,
 * on which side the exact value lies: that comes from error-free transformations (TwoSum for
 * sums, Dekker's product for products, and a remainder a - q*b or a - r*r for quotients and
 * square roots). With it, NX is raised, and a directed rounding mode moves the nearest result
 * by one unit in the last place when the exact value lies on the other side.
 *
 * This holds while every intermediate stays well inside the normal range; results near
 * overflow or underflow, round-to-nearest-ties-away of sums and products (where a tie cannot
 * be told apart cheaply) and fused multiply-add go to the BigInt reference (exact.ts).
 *
 * Operands and results are doubles; NaN operands never get here (see env.ts).
 */
import { BINARY64, env, NX, productError, RDN, RMM, RNE, RTZ, stepDouble, sumError } from './env.js';
import * as exact from './exact.js';

/** Results and operands of the fast paths stay inside these magnitudes. */
const LOW = 2 ** -900;
const HIGH = 2 ** 900;
const TOP = 2 ** 1023;

/**
 * r is the nearest result of an operation whose exact value is r + err (err != 0, only its sign
 * matters): raise NX and return the result in rounding mode rm (never RMM for sums/products).
 */
function inexact(r: number, err: number, rm: number): number {
  env.flags |= NX;
  if (rm === RNE || rm === RMM) return r;
  const below = err < 0; // exact value below r
  if (rm === RTZ) return below === r > 0 ? stepDouble(r, false) : r;
  if (rm === RDN) return below ? stepDouble(r, r < 0) : r;
  return below ? r : stepDouble(r, r > 0); // RUP
}

export function add64(a: number, b: number, rm: number): number {
  const s = a + b;
  const m = Math.abs(s);
  if (m > LOW && m < TOP && rm !== RMM) {
    const err = sumError(a, b, s);
    return err === 0 ? s : inexact(s, err, rm);
  }
  return exact.add(BINARY64, a, b, rm);
}

export function sub64(a: number, b: number, rm: number): number { return add64(a, -b, rm); }

export function mul64(a: number, b: number, rm: number): number {
  const p = a * b;
  const m = Math.abs(p), ma = Math.abs(a), mb = Math.abs(b);
  if (m > LOW && m < TOP && ma > LOW && ma < HIGH && mb > LOW && mb < HIGH && rm !== RMM) {
    const err = productError(a, b, p);
    return err === 0 ? p : inexact(p, err, rm);
  }
  return exact.mul(BINARY64, a, b, rm);
}

export function div64(a: number, b: number, rm: number): number {
  const q = a / b;
  const m = Math.abs(q), ma = Math.abs(a), mb = Math.abs(b);
  if (m > LOW && m < HIGH && ma > LOW && ma < HIGH && mb > LOW && mb < HIGH) {
    const ph = q * b;
    const rem = (a - ph) - productError(q, b, ph); // a - q*b with the right sign; a - ph is exact
    // A quotient is never exactly halfway between two doubles, so RMM rounds like RNE.
    return rem === 0 ? q : inexact(q, b > 0 ? rem : -rem, rm);
  }
  return exact.div(BINARY64, a, b, rm);
}

export function sqrt64(a: number, rm: number): number {
  if (a > LOW && a < HIGH) {
    const r = Math.sqrt(a);
    const ph = r * r;
    const rem = (a - ph) - productError(r, r, ph);
    return rem === 0 ? r : inexact(r, rem, rm);
  }
  return exact.sqrt(BINARY64, a, rm);
}

export function fma64(a: number, b: number, c: number, rm: number): number {
  return exact.fma(BINARY64, a, b, c, rm);
}
