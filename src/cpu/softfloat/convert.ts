/**
 * Conversions between floating-point values and 32-bit integers (fcvt.w[u].{s,d},
 * fcvt.{s,d}.w[u]) and between the two formats (fcvt.s.d, fcvt.d.s), with RISC-V's rules for
 * out-of-range values: the result saturates and only NV is raised (no NX); NaN converts to the
 * largest integer, which the caller handles since NaNs do not reach this module.
 */
import { env, NV, NX, RDN, RMM, RNE, RTZ } from './env.js';
import { roundToBinary32 } from './binary32.js';

const TWO52 = 2 ** 52;

/** x (finite, not NaN) rounded to an integer in mode rm; raises nothing. `inexactInt` tells whether it moved. */
let inexactInt = false;
function roundToInteger(x: number, rm: number): number {
  if (Math.abs(x) >= TWO52) { inexactInt = false; return x; }
  const f = Math.floor(x);
  const d = x - f; // exact for |x| < 2^52
  inexactInt = d !== 0;
  if (d === 0) return x;
  switch (rm) {
    case RTZ: return x < 0 ? f + 1 : f;
    case RDN: return f;
    case RNE: return d > 0.5 ? f + 1 : d < 0.5 ? f : (f % 2 === 0 ? f : f + 1);
    case RMM: return d > 0.5 ? f + 1 : d < 0.5 ? f : (x < 0 ? f : f + 1);
    default: return f + 1; // RUP
  }
}

/** fcvt.w.s / fcvt.w.d of a value that is not NaN: the int32 result. */
export function toInt32(x: number, rm: number): number {
  const r = Number.isFinite(x) ? roundToInteger(x, rm) : x;
  if (r >= -2147483648 && r <= 2147483647) {
    if (inexactInt && Number.isFinite(x)) env.flags |= NX;
    return r | 0;
  }
  env.flags |= NV;
  return r < 0 ? -2147483648 : 2147483647;
}

/** fcvt.wu.s / fcvt.wu.d of a value that is not NaN: the uint32 result as an int32 bit pattern. */
export function toUint32(x: number, rm: number): number {
  const r = Number.isFinite(x) ? roundToInteger(x, rm) : x;
  if (r >= 0 && r <= 4294967295) { // -0 (a small negative value rounded to zero) is in range
    if (inexactInt && Number.isFinite(x)) env.flags |= NX;
    return r | 0;
  }
  env.flags |= NV;
  return r < 0 ? 0 : -1;
}

/** fcvt.s.w (unsigned: fcvt.s.wu) of the 32-bit register value v. */
export function int32ToBinary32(v: number, unsigned: boolean, rm: number): number {
  return roundToBinary32(unsigned ? v >>> 0 : v | 0, rm);
}

/** fcvt.d.w / fcvt.d.wu: always exact. */
export function int32ToBinary64(v: number, unsigned: boolean): number {
  return unsigned ? v >>> 0 : v | 0;
}

/** fcvt.s.d of a value that is not NaN. */
export function binary64ToBinary32(x: number, rm: number): number {
  return roundToBinary32(x, rm);
}
