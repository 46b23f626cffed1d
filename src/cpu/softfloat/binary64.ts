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
 * overflow or underflow and round-to-nearest-ties-away of sums and products (where a tie cannot
 * be told apart cheaply) go to the BigInt reference (exact.ts). Fused multiply-add sums the
 * exact product and the addend as an expansion (see fma64).
 *
 * Operands and results are doubles; NaN operands never get here (see env.ts).
 */
import { BINARY64, env, fromWords, hiWord, loWord, NX, productError, RDN, RMM, RNE, RTZ, RUP, stepDouble, sumError } from './env.js';
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

// ---------------------------------------------------------------- fused multiply-add

/**
 * Exact sums for fma64. An expansion (Shewchuk) is a list of doubles whose exact sum is the
 * value, in increasing magnitude and without overlapping bits; its sign is the sign of its
 * largest nonzero component. `diff` holds the expansion of (exact result - z), `probe` a copy
 * grown by one more term.
 */
const diff = new Float64Array(5);
const probe = new Float64Array(6);

/** Grow-Expansion: add x to the expansion e[0..m-1], result in out; returns its length. */
function grow(e: Float64Array, m: number, x: number, out: Float64Array): number {
  let q = x;
  for (let j = 0; j < m; j++) {
    const g = e[j]!, s = q + g;
    out[j] = sumError(q, g, s);
    q = s;
  }
  out[m] = q;
  return m + 1;
}

function signOf(e: Float64Array, m: number): number {
  for (let j = m - 1; j >= 0; j--) if (e[j] !== 0) return e[j]! > 0 ? 1 : -1;
  return 0;
}

/** The double next to z in the direction of +infinity (up) or -infinity. */
function next(z: number, up: boolean): number { return stepDouble(z, up === z > 0); }

/**
 * a * b + c with one rounding. The product is split exactly into ph + pl (Dekker), so the exact
 * result is S = ph + pl + c. A first guess z is checked against S exactly: the expansion of
 * S - z gives its sign (NX, the directed modes), and comparing it with half the gaps to z's
 * neighbours decides round-to-nearest, ties included; a guess on the wrong side of a midpoint
 * moves one step. Operands or results outside 2^±900 go to the BigInt reference.
 */
export function fma64(a: number, b: number, c: number, rm: number): number {
  const ph = a * b;
  const ma = Math.abs(a), mb = Math.abs(b), mp = Math.abs(ph), mc = Math.abs(c);
  if (!(ma > LOW && ma < HIGH && mb > LOW && mb < HIGH && mp > LOW && mp < HIGH && mc < HIGH)) {
    return exact.fma(BINARY64, a, b, c, rm);
  }
  const pl = productError(a, b, ph);
  const s = ph + c;
  let z = s + (sumError(ph, c, s) + pl);
  for (let iter = 0; iter < 4; iter++) {
    const mz = Math.abs(z);
    if (!(mz > LOW && mz < HIGH)) break;
    let m = grow(diff, 0, ph, probe);
    m = grow(probe, m, pl, diff);
    m = grow(diff, m, c, probe);
    m = grow(probe, m, -z, diff);
    let d = 0;
    for (let j = 0; j < m; j++) d += diff[j]!;
    const hi = hiWord(z);
    const half = fromWords(((hi >>> 20) - 53) << 20 & 0x7ff00000, 0); // half an ulp of z
    // a power of two has neighbours half as far on the side towards zero
    const pow2 = (hi & 0xfffff) === 0 && loWord(z) === 0;
    const hUp = pow2 && z < 0 ? half / 2 : half, hDown = pow2 && z > 0 ? half / 2 : half;
    let above = -1, below = 1;
    if (!(Math.abs(d) < 0.25 * half)) { // near or past a midpoint: decide exactly
      above = signOf(probe, grow(diff, m, -hUp, probe)); // sign of S - (z + hUp)
      if (above > 0) { z = next(z, true); continue; }
      below = signOf(probe, grow(diff, m, hDown, probe)); // sign of S - (z - hDown)
      if (below < 0) { z = next(z, false); continue; }
    }
    const side = signOf(diff, m); // sign of S - z
    if (side === 0) return z;
    env.flags |= NX;
    switch (rm) {
      case RNE: case RMM: {
        if (above !== 0 && below !== 0) return z;
        const other = next(z, above === 0);
        if (rm === RMM) return Math.abs(other) > mz ? other : z;
        return (loWord(z) & 1) === 0 ? z : other; // ties to even
      }
      case RDN: return side < 0 ? next(z, false) : z;
      case RUP: return side > 0 ? next(z, true) : z;
      default: return (side > 0) !== (z > 0) ? stepDouble(z, false) : z; // RTZ
    }
  }
  return exact.fma(BINARY64, a, b, c, rm);
}
