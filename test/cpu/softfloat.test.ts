/**
 * The softfloat modules against each other: binary32 (computed through binary64 and
 * round-to-odd) and the binary64 fast paths (error-free transformations, expansions for fma)
 * must give the same bits and the same flags as the BigInt reference (exact.ts) in every
 * rounding mode; the reference itself must agree with the host's binary64 arithmetic and
 * Math.fround for round-to-nearest-even. Operands come from a seeded generator weighted
 * towards specials, subnormals, the ends of the exponent range, close exponents and
 * cancelling addends. (QEMU is the external reference: firmware fpvec_f/fpvec_d.)
 */
import { describe, expect, it } from 'vitest';
import * as exact from '../../dist/src/cpu/softfloat/exact.js';
import * as b32 from '../../dist/src/cpu/softfloat/binary32.js';
import * as b64 from '../../dist/src/cpu/softfloat/binary64.js';
import * as cvt from '../../dist/src/cpu/softfloat/convert.js';
import { BINARY32, BINARY64, env } from '../../dist/src/cpu/softfloat/env.js';

const CASES = 20000;

function generator(seed: number) {
  let s = seed >>> 0 || 1;
  const rnd = (): number => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s; };
  const f32 = new Float32Array(1), u32 = new Uint32Array(f32.buffer);
  const f64 = new Float64Array(1), w64 = new Uint32Array(f64.buffer);
  const SPECIAL32 = [0, -0, Infinity, -Infinity, 1, -1, 2 ** -149, -(2 ** -149), 2 ** -126, 3.4028234663852886e38, 2 ** -127, 1.5];
  const SPECIAL64 = [0, -0, Infinity, -Infinity, 1, -1, 5e-324, 2 ** -1022, Number.MAX_VALUE, 2 ** -1023, -(2 ** 1023), 3];
  const single = (): number => {
    const k = rnd() % 8;
    if (k === 0) return SPECIAL32[rnd() % SPECIAL32.length]!;
    let e = k < 4 ? 127 + (rnd() % 24) - 12 : rnd() & 0xff;
    if (e === 255) e = 254;
    let frac = rnd() & 0x7fffff;
    if (k === 5) frac &= 0x7f0000;
    if (k === 6) frac |= 0x7ffff0;
    u32[0] = ((rnd() & 1) << 31) | (e << 23) | frac;
    return f32[0]!;
  };
  const double = (): number => {
    const k = rnd() % 8;
    if (k === 0) return SPECIAL64[rnd() % SPECIAL64.length]!;
    let e = k < 4 ? 1023 + (rnd() % 48) - 24 : rnd() & 0x7ff;
    if (e === 0x7ff) e = 0x7fe;
    let lo = rnd();
    if (k === 5) lo = 0;
    if (k === 6) lo |= 0xffffff;
    w64[1] = ((rnd() & 1) << 31) | (e << 20) | (rnd() & 0xfffff);
    w64[0] = lo;
    return f64[0]!;
  };
  /** c for a*b + c: often about -(a*b), so the sum cancels */
  const addend = (a: number, b: number, any: () => number): number => {
    const p = a * b;
    switch (rnd() % 4) {
      case 0: return -p;
      case 1: return -p * (1 + 2 ** -(20 + (rnd() % 40)));
      case 2: return p * 2 ** -(50 + (rnd() % 8)) * (rnd() & 1 ? 1 : -1);
      default: return any();
    }
  };
  return { rnd, single, double, addend };
}

const same = (a: number, b: number): boolean => (Number.isNaN(a) && Number.isNaN(b)) || Object.is(a, b);

/** Run fast and reference on the same operands; return the first few differences. */
function compare(name: string, n: number, make: (g: ReturnType<typeof generator>) => { args: number[]; fast: () => number; ref: () => number }): string[] {
  const g = generator(0x1234 + name.length * 7919 + name.charCodeAt(0));
  const bad: string[] = [];
  for (let i = 0; i < n && bad.length < 5; i++) {
    const c = make(g);
    env.flags = 0;
    const r1 = c.fast();
    const f1 = env.flags;
    env.flags = 0;
    const r2 = c.ref();
    const f2 = env.flags;
    if (!same(r1, r2) || f1 !== f2) bad.push(`${name}(${c.args.join(', ')}): ${r1} flags ${f1}, reference ${r2} flags ${f2}`);
  }
  return bad;
}

describe('binary32 through binary64 and round-to-odd equals the exact reference', () => {
  const ops: Array<[string, (g: ReturnType<typeof generator>) => { args: number[]; fast: () => number; ref: () => number }]> = [
    ['add', (g) => { const a = g.single(), b = g.rnd() % 4 === 0 ? -a * (1 + 2 ** -(g.rnd() % 24)) : g.single(), rm = g.rnd() % 5;
      return { args: [a, b, rm], fast: () => b32.add32(a, Math.fround(b), rm), ref: () => exact.add(BINARY32, a, Math.fround(b), rm) }; }],
    ['mul', (g) => { const a = g.single(), b = g.single(), rm = g.rnd() % 5;
      return { args: [a, b, rm], fast: () => b32.mul32(a, b, rm), ref: () => exact.mul(BINARY32, a, b, rm) }; }],
    ['div', (g) => { const a = g.single(), b = g.single(), rm = g.rnd() % 5;
      return { args: [a, b, rm], fast: () => b32.div32(a, b, rm), ref: () => exact.div(BINARY32, a, b, rm) }; }],
    ['sqrt', (g) => { const a = Math.abs(g.single()), rm = g.rnd() % 5;
      return { args: [a, rm], fast: () => b32.sqrt32(a, rm), ref: () => exact.sqrt(BINARY32, a, rm) }; }],
    ['fma', (g) => { const a = g.single(), b = g.single(), c = Math.fround(g.addend(a, b, g.single)), rm = g.rnd() % 5;
      return { args: [a, b, c, rm], fast: () => b32.fma32(a, b, c, rm), ref: () => exact.fma(BINARY32, a, b, c, rm) }; }],
    ['mul near the underflow threshold', (g) => {
      // products just below or above 2^-126: tininess is detected after rounding
      const a = 1 + (g.rnd() & 0x7fffff) / 2 ** 23, t = 2 ** -126 * (1 + (g.rnd() % 64 - 32) * 2 ** -(24 + (g.rnd() % 3)));
      const b = Math.fround(t / a), rm = g.rnd() % 5;
      return { args: [a, b, rm], fast: () => b32.mul32(Math.fround(a), b, rm), ref: () => exact.mul(BINARY32, Math.fround(a), b, rm) };
    }],
    ['fma near the underflow threshold', (g) => {
      const a = g.single(), b = g.single(), t = 2 ** -126 * (1 - (g.rnd() % 16) * 2 ** -(24 + (g.rnd() % 3)));
      const c = Math.fround(t - a * b), rm = g.rnd() % 5;
      return { args: [a, b, c, rm], fast: () => b32.fma32(a, b, c, rm), ref: () => exact.fma(BINARY32, a, b, c, rm) };
    }],
    ['binary64 to binary32', (g) => { const a = g.double(), rm = g.rnd() % 5;
      return { args: [a, rm], fast: () => cvt.binary64ToBinary32(a, rm), ref: () => exact.round(BINARY32, a, rm) }; }],
    ['int32 to binary32', (g) => { const v = (g.rnd() >>> (g.rnd() % 32)) * (g.rnd() & 1 ? 1 : -1) | 0, rm = g.rnd() % 5;
      return { args: [v, rm], fast: () => cvt.int32ToBinary32(v, false, rm), ref: () => exact.round(BINARY32, v, rm) }; }],
  ];
  for (const [name, make] of ops) {
    it(`${name}: ${CASES} cases in all five modes`, () => { expect(compare(name, CASES, make)).toEqual([]); });
  }
});

describe('binary64 fast paths equal the exact reference', () => {
  const ops: Array<[string, (g: ReturnType<typeof generator>) => { args: number[]; fast: () => number; ref: () => number }]> = [
    ['add', (g) => { const a = g.double(), b = g.rnd() % 4 === 0 ? -a * (1 + 2 ** -(g.rnd() % 53)) : g.double(), rm = g.rnd() % 5;
      return { args: [a, b, rm], fast: () => b64.add64(a, b, rm), ref: () => exact.add(BINARY64, a, b, rm) }; }],
    ['mul', (g) => { const a = g.double(), b = g.double(), rm = g.rnd() % 5;
      return { args: [a, b, rm], fast: () => b64.mul64(a, b, rm), ref: () => exact.mul(BINARY64, a, b, rm) }; }],
    ['div', (g) => { const a = g.double(), b = g.double(), rm = g.rnd() % 5;
      return { args: [a, b, rm], fast: () => b64.div64(a, b, rm), ref: () => exact.div(BINARY64, a, b, rm) }; }],
    ['sqrt', (g) => { const a = Math.abs(g.double()), rm = g.rnd() % 5;
      return { args: [a, rm], fast: () => b64.sqrt64(a, rm), ref: () => exact.sqrt(BINARY64, a, rm) }; }],
    ['fma', (g) => { const a = g.double(), b = g.double(), c = g.addend(a, b, g.double), rm = g.rnd() % 5;
      return { args: [a, b, c, rm], fast: () => b64.fma64(a, b, c, rm), ref: () => exact.fma(BINARY64, a, b, c, rm) }; }],
    ['fma ties', (g) => {
      // a power of two times b plus c with c = a half ulp of the product: exact ties
      const a = 2 ** ((g.rnd() % 64) - 32), b = g.double(), p = a * b, rm = g.rnd() % 5;
      const half = 2 ** (Math.floor(Math.log2(Math.abs(p))) - 53); // half an ulp of p (nearly always)
      const c = half * (g.rnd() & 1 ? 1 : -1) * (g.rnd() % 4 === 0 ? 3 : 1);
      return { args: [a, b, c, rm], fast: () => b64.fma64(a, b, c, rm), ref: () => exact.fma(BINARY64, a, b, c, rm) };
    }],
  ];
  for (const [name, make] of ops) {
    it(`${name}: ${CASES} cases in all five modes`, () => { expect(compare(name, CASES, make)).toEqual([]); });
  }
});

describe('the exact reference agrees with the host for round-to-nearest-even', () => {
  it('binary64 +, *, /, sqrt equal JavaScript arithmetic; binary32 equals Math.fround of it', () => {
    const g = generator(99);
    const bad: string[] = [];
    for (let i = 0; i < CASES && bad.length < 5; i++) {
      const x = g.double(), y = g.double(), a = g.single(), b = g.single();
      const checks: Array<[string, number, number]> = [
        ['add64', exact.add(BINARY64, x, y, 0), x + y], ['mul64', exact.mul(BINARY64, x, y, 0), x * y],
        ['div64', exact.div(BINARY64, x, y, 0), x / y], ['sqrt64', exact.sqrt(BINARY64, Math.abs(x), 0), Math.sqrt(Math.abs(x))],
        ['add32', exact.add(BINARY32, a, b, 0), Math.fround(a + b)], ['mul32', exact.mul(BINARY32, a, b, 0), Math.fround(a * b)],
        ['div32', exact.div(BINARY32, a, b, 0), Math.fround(a / b)],
      ];
      for (const [n, r, h] of checks) if (!same(r, h)) bad.push(`${n}: ${r} vs host ${h}`);
    }
    expect(bad).toEqual([]);
  });
  it('conversions to int32 round in each mode and saturate with NV only', () => {
    const cases: Array<[number, number, number, number]> = [ // value, rm, int32, flags
      [2.5, 0, 2, 1], [3.5, 0, 4, 1], [-2.5, 4, -3, 1], [-2.5, 1, -2, 1], [-2.5, 2, -3, 1], [2.1, 3, 3, 1],
      [2147483647.5, 0, 2147483647, 16], [2147483647.4, 0, 2147483647, 1], [-2147483648.9, 1, -2147483648, 1],
      [-2147483649, 1, -2147483648, 16], [Infinity, 0, 2147483647, 16], [-Infinity, 0, -2147483648, 16], [-0, 0, 0, 0],
    ];
    for (const [v, rm, want, fl] of cases) {
      env.flags = 0;
      expect(cvt.toInt32(v, rm), `${v} rm ${rm}`).toBe(want);
      expect(env.flags, `${v} rm ${rm} flags`).toBe(fl);
    }
    const unsigned: Array<[number, number, number, number]> = [
      [-0.5, 1, 0, 1], [-0.5, 2, 0, 16], [-1, 1, 0, 16], [4294967295.4, 0, -1, 1], [4294967295.5, 0, -1, 16], [-Infinity, 0, 0, 16],
    ];
    for (const [v, rm, want, fl] of unsigned) {
      env.flags = 0;
      expect(cvt.toUint32(v, rm), `${v} rm ${rm}`).toBe(want);
      expect(env.flags, `${v} rm ${rm} flags`).toBe(fl);
    }
  });
});
