/**
 * The translation tier on the extensions it runs itself since they stopped leaving it: Zba, Zbb,
 * Zbs and Zicond (native wasm bit operations), F and D (registers in the state area, native
 * arithmetic where it is exact, the softfloat through an imported helper otherwise). Each
 * program runs in 'off', 'on' and 'check' harts that must agree after every run() call
 * (registers, f registers, fflags, frm, pc, counters, trap CSRs, memory), and the results are
 * also checked against the specs' definitions where they are simple to state.
 */
import { describe, expect, it } from 'vitest';
import { encode as e, REG as r } from '../../dist/src/cpu/encode.js';
import { agree, FLASH, MCAUSE, MEPC, MMIO, MSTATUS, MTVAL, RAM, TRAP, type M } from './tier-harness.js';

const { s0, s1, s2, t0, t1, a0, a1, a2, a3 } = r;
const BITS = 'rv32imac_zba_zbb_zbs_zicond';

/** Little-endian words of RAM from byte offset `off`. */
function words(m: M, off: number, n: number): number[] {
  const dv = new DataView(m.bus.ram.bytes.buffer, m.bus.ram.bytes.byteOffset);
  return Array.from({ length: n }, (_, i) => dv.getInt32(off + 4 * i, true));
}

function poke(m: M, off: number, ws: number[]): void {
  const dv = new DataView(m.bus.ram.bytes.buffer, m.bus.ram.bytes.byteOffset);
  ws.forEach((w, i) => dv.setInt32(off + 4 * i, w, true));
}

// ---------------------------------------------------------------- Zba, Zbb, Zbs, Zicond

const CORNERS = [0, 1, -1, 0x80000000 | 0, 0x7fffffff, 0x00ff00ff, 0x12345678, -2, 31, 32, 0xff00ff00 | 0, -5];
const TABLE = 0x4000, RESULTS = 0x9000;

const rot = (a: number, n: number): number => ((a >>> (n & 31)) | (a << ((32 - (n & 31)) & 31))) | 0;
const popcount = (a: number): number => { let n = 0; for (let i = 0; i < 32; i++) n += (a >>> i) & 1; return n; };
const byteMap = (a: number, f: (b: number, i: number) => number): number => {
  let v = 0;
  for (let i = 0; i < 4; i++) v |= f((a >>> (8 * i)) & 255, i);
  return v | 0;
};

/** The ops of one pair (a = a1, b = a2) and their definitions from the Zb* and Zicond specs. */
const BIT_OPS: { insn: number; ref: (a: number, b: number) => number }[] = [
  ...(['sh1add', 'sh2add', 'sh3add'] as const).map((n, k) => ({ insn: e(n, { rd: a0, rs1: a1, rs2: a2 }), ref: (a: number, b: number) => ((a << (k + 1)) + b) | 0 })),
  { insn: e('andn', { rd: a0, rs1: a1, rs2: a2 }), ref: (a, b) => a & ~b },
  { insn: e('orn', { rd: a0, rs1: a1, rs2: a2 }), ref: (a, b) => a | ~b },
  { insn: e('xnor', { rd: a0, rs1: a1, rs2: a2 }), ref: (a, b) => ~(a ^ b) },
  { insn: e('max', { rd: a0, rs1: a1, rs2: a2 }), ref: (a, b) => Math.max(a, b) },
  { insn: e('maxu', { rd: a0, rs1: a1, rs2: a2 }), ref: (a, b) => Math.max(a >>> 0, b >>> 0) | 0 },
  { insn: e('min', { rd: a0, rs1: a1, rs2: a2 }), ref: (a, b) => Math.min(a, b) },
  { insn: e('minu', { rd: a0, rs1: a1, rs2: a2 }), ref: (a, b) => Math.min(a >>> 0, b >>> 0) | 0 },
  { insn: e('rol', { rd: a0, rs1: a1, rs2: a2 }), ref: (a, b) => rot(a, 32 - (b & 31)) },
  { insn: e('ror', { rd: a0, rs1: a1, rs2: a2 }), ref: (a, b) => rot(a, b) },
  { insn: e('bclr', { rd: a0, rs1: a1, rs2: a2 }), ref: (a, b) => a & ~(1 << (b & 31)) },
  { insn: e('bext', { rd: a0, rs1: a1, rs2: a2 }), ref: (a, b) => (a >>> (b & 31)) & 1 },
  { insn: e('binv', { rd: a0, rs1: a1, rs2: a2 }), ref: (a, b) => a ^ (1 << (b & 31)) },
  { insn: e('bset', { rd: a0, rs1: a1, rs2: a2 }), ref: (a, b) => a | (1 << (b & 31)) },
  { insn: e('czero.eqz', { rd: a0, rs1: a1, rs2: a2 }), ref: (a, b) => (b === 0 ? 0 : a) },
  { insn: e('czero.nez', { rd: a0, rs1: a1, rs2: a2 }), ref: (a, b) => (b !== 0 ? 0 : a) },
  { insn: e('czero.eqz', { rd: a0, rs1: a1, rs2: 0 }), ref: () => 0 },
  { insn: e('czero.nez', { rd: a0, rs1: a1, rs2: 0 }), ref: (a) => a },
  { insn: e('clz', { rd: a0, rs1: a1 }), ref: (a) => Math.clz32(a) },
  { insn: e('ctz', { rd: a0, rs1: a1 }), ref: (a) => (a === 0 ? 32 : 31 - Math.clz32(a & -a)) },
  { insn: e('cpop', { rd: a0, rs1: a1 }), ref: (a) => popcount(a) },
  { insn: e('sext.b', { rd: a0, rs1: a1 }), ref: (a) => (a << 24) >> 24 },
  { insn: e('sext.h', { rd: a0, rs1: a1 }), ref: (a) => (a << 16) >> 16 },
  { insn: e('zext.h', { rd: a0, rs1: a1 }), ref: (a) => a & 0xffff },
  { insn: e('orc.b', { rd: a0, rs1: a1 }), ref: (a) => byteMap(a, (b, i) => (b !== 0 ? 0xff << (8 * i) : 0)) },
  { insn: e('rev8', { rd: a0, rs1: a1 }), ref: (a) => byteMap(a, (b, i) => b << (8 * (3 - i))) },
  ...[0, 31, 7].map((n) => ({ insn: e('rori', { rd: a0, rs1: a1, imm: n }), ref: (a: number) => rot(a, n) })),
  ...[0, 31].flatMap((n) => [
    { insn: e('bclri', { rd: a0, rs1: a1, imm: n }), ref: (a: number) => a & ~(1 << n) },
    { insn: e('bexti', { rd: a0, rs1: a1, imm: n }), ref: (a: number) => (a >>> n) & 1 },
    { insn: e('binvi', { rd: a0, rs1: a1, imm: n }), ref: (a: number) => a ^ (1 << n) },
    { insn: e('bseti', { rd: a0, rs1: a1, imm: n }), ref: (a: number) => a | (1 << n) },
  ]),
];

/**
 * For every pair of TABLE values (a1, a2): each op into a0, stored at s1 + 4k; then rd = rs1
 * (a3 rotated in place) and rd = x0 (no effect). The inner loop gets hot: its first iterations
 * run in the dispatcher's interpreter, the rest in a compiled region.
 */
function bitProgram(): number[] {
  const body: number[] = [];
  BIT_OPS.forEach((o, k) => body.push(o.insn, e('sw', { rs1: s1, rs2: a0, imm: 4 * k })));
  body.push(
    e('add', { rd: a3, rs1: a1, rs2: 0 }), e('rol', { rd: a3, rs1: a3, rs2: a2 }), e('clz', { rd: 0, rs1: a3 }),
    e('sw', { rs1: s1, rs2: a3, imm: 4 * BIT_OPS.length }),
  );
  const inner = [
    e('lw', { rd: a2, rs1: t1, imm: 0 }),
    ...body,
    e('addi', { rd: s1, rs1: s1, imm: 4 * (BIT_OPS.length + 1) }),
    e('addi', { rd: t1, rs1: t1, imm: 4 }),
  ];
  const prog = [
    e('lui', { rd: s0, imm: RAM + TABLE }),
    e('addi', { rd: s2, rs1: s0, imm: 4 * CORNERS.length }),
    e('lui', { rd: s1, imm: RAM + RESULTS }),
    e('add', { rd: t0, rs1: s0, rs2: 0 }),
    // loop_i (pc 16)
    e('lw', { rd: a1, rs1: t0, imm: 0 }),
    e('add', { rd: t1, rs1: s0, rs2: 0 }),
    // loop_j (pc 24)
    ...inner,
  ];
  prog.push(e('bne', { rs1: t1, rs2: s2, imm: -4 * inner.length }));
  prog.push(e('addi', { rd: t0, rs1: t0, imm: 4 }));
  prog.push(e('bne', { rs1: t0, rs2: s2, imm: 16 - 4 * prog.length }));
  prog.push(e('jal', { rd: 0, imm: 0 }));
  return prog;
}

describe('translation tier: Zba, Zbb, Zbs, Zicond', () => {
  it('every op on corner values agrees with the interpreter and the spec (dispatcher and compiled region)', () => {
    const prog = bitProgram();
    const setup = (m: M): void => poke(m, TABLE, CORNERS);
    const ms = agree(prog, (m, step) => (step < 4 ? m.hart.run([1000, 3333, 7, 1e6][step]!) : null), setup, { isa: BITS });
    const on = ms[1]!;
    expect([on.hart.pc, on.hart.readCsr(MCAUSE), on.hart.readCsr(MEPC), on.hart.readCsr(MTVAL)]).toEqual([RAM + 4 * (prog.length - 1), 0, 0, 0]);
    expect(on.hart.translateStats.compiled).toBeGreaterThan(0);
    expect(ms[2]!.hart.checkStats.compared).toBeGreaterThan(0);
    const stride = BIT_OPS.length + 1;
    const got = words(on, RESULTS, CORNERS.length * CORNERS.length * stride);
    CORNERS.forEach((a, i) => CORNERS.forEach((b, j) => {
      const at = (i * CORNERS.length + j) * stride;
      BIT_OPS.forEach((o, k) => expect(got[at + k], `op ${k} (${o.insn.toString(16)}) on ${a}, ${b}`).toBe(o.ref(a, b) | 0));
      expect(got[at + BIT_OPS.length]).toBe(rot(a, 32 - (b & 31)));
    }));
  });

  it('without the extensions the same encodings stay illegal instructions in every mode', () => {
    for (const isa of ['rv32imac', 'rv32imac_zba', 'rv32imac_zbb_zbs']) {
      const prog = bitProgram();
      const ms = agree(prog, (m, step) => (step < 2 ? m.hart.run(500) : null), (m) => poke(m, TABLE, CORNERS), { isa });
      const h = ms[1]!.hart;
      expect(h.readCsr(MCAUSE), isa).toBe(2);
      expect(h.pc).toBe(TRAP);
      // The first op outside the ISA: sh1add, or with Zba andn (after three shNadd and their stores).
      const first = isa === 'rv32imac_zba' ? 3 : 0;
      expect(h.readCsr(MTVAL) >>> 0).toBe(BIT_OPS[first]!.insn >>> 0);
      expect(h.readCsr(MEPC)).toBe(RAM + 28 + 8 * first);
    }
  });
});

// ---------------------------------------------------------------- F and D

const FFLAGS = 0x001, FRM = 0x002, MSTATUS_FS = 3 << 13, FS_INITIAL = 1 << 13;
const FULL = 'rv32imafdc';
const DTAB = 0x4000, STAB = 0x5000, SCRATCH = 0x7000;

/** Bit patterns [hi, lo] of a double. */
function dbits(v: number): [number, number] {
  const w = new Int32Array(new Float64Array([v]).buffer);
  return [w[1]!, w[0]!];
}
const sbits = (v: number): number => new Int32Array(new Float32Array([v]).buffer)[0]!;

/** A fixed generator of awkward operands: random significands at scattered exponents. */
function lcgValues(n: number, seed: number, scale: number): number[] {
  let s = seed;
  const next = (): number => { s = (Math.imul(s, 1664525) + 1013904223) | 0; return (s >>> 8) / 2 ** 24; };
  return Array.from({ length: n }, () => (next() - 0.5) * 2 ** Math.floor((next() - 0.5) * scale));
}

/** Doubles as [hi, lo]: zeros, ones, ties, extremes, subnormals, infinities, quiet and signalling NaNs, conversion edges. */
const DOUBLES: [number, number][] = [
  ...[0, -0, 1, -1, 1.5, 2.5, -2.5, 0.1, 1 / 3, 3.0000000000000004, 1e308, -Number.MAX_VALUE, 2 ** -1022, 5e-324, 1e-280,
    Infinity, -Infinity, 2147483647.5, -2147483648.5, 4294967295.5, -2147483649, 2147483648, 4294967296, -0.5,
    -0.75, 1 + 2 ** -52, 2 ** 53 + 2]
    .map(dbits),
  [0x7ff80000, 0], [0x7ff00000, 1], [-0x80000, 0x1234], [-1, 0x3f800000], // qNaN, sNaN, -qNaN with payload, a boxed 1.0f
  ...lcgValues(6, 7, 200).map(dbits),
];
/** Singles: the same kinds of values in binary32. */
const SINGLES: number[] = [
  ...[0, -0, 1, -1, 1.5, 2.5, -2.5, 0.1, 1 / 3, 3.4028234663852886e38, -3.4028234663852886e38, 2 ** -126, 2 ** -149, 1e-40,
    Infinity, -Infinity, 2147483520, -2147483648, 3e9, -0.75, 16777217,
    // (1 + 2^-23) * (2^-24 - 2^-47) + (1 + 2^-23) lies 2^-70 below a binary32 midpoint: rounding
    // it to binary64 first lands on the midpoint (fmadd.s needs round-to-odd)
    1 + 2 ** -23, 2 ** -24 - 2 ** -47, 1 + 2 ** -23].map(sbits),
  0x7fc00000, 0x7f800001, -0x3fedcc, 0x00ffffff,
  ...lcgValues(7, 11, 60).map(sbits),
];

const f = (k: number): number => k; // f registers by number
/**
 * The F/D ops under test, each as the instruction and the kind of result it leaves:
 * 'f' in f4, 'x' in t3. Operands: f10, f11, f12 (doubles i, j, j+1), f1, f2, f3 (singles
 * i, j, j+1), a5 (the integer bits of single i).
 */
const FP_OPS: { insn: number; res: 'f' | 'x' }[] = [];
{
  const F = (name: string, o: Record<string, number> = {}): void => { FP_OPS.push({ insn: e(name, { rd: f(4), ...o }), res: 'f' }); };
  const X = (name: string, o: Record<string, number> = {}): void => { FP_OPS.push({ insn: e(name, { rd: r.t3, ...o }), res: 'x' }); };
  for (const [sfx, a, b, c] of [['d', 10, 11, 12], ['s', 1, 2, 3]] as const) {
    for (const n of ['fadd', 'fsub', 'fmul', 'fdiv']) F(`${n}.${sfx}`, { rs1: a, rs2: b });
    F(`fsqrt.${sfx}`, { rs1: a });
    for (const n of ['fmadd', 'fmsub', 'fnmsub', 'fnmadd']) F(`${n}.${sfx}`, { rs1: a, rs2: b, rs3: c });
    for (const n of ['fsgnj', 'fsgnjn', 'fsgnjx', 'fmin', 'fmax']) F(`${n}.${sfx}`, { rs1: a, rs2: b });
    for (const n of ['feq', 'flt', 'fle']) X(`${n}.${sfx}`, { rs1: a, rs2: b });
    X(`fclass.${sfx}`, { rs1: a });
    for (const rm of [7, 1, 0, 3]) { X(`fcvt.w.${sfx}`, { rs1: a, rm }); X(`fcvt.wu.${sfx}`, { rs1: a, rm }); }
    F(`fcvt.${sfx}.w`, { rs1: r.a5 }); F(`fcvt.${sfx}.wu`, { rs1: r.a5 });
    // static rounding modes
    F(`fadd.${sfx}`, { rs1: a, rs2: b, rm: 0 }); F(`fmul.${sfx}`, { rs1: a, rs2: b, rm: 3 });
    F(`fmadd.${sfx}`, { rs1: a, rs2: b, rs3: c, rm: 0 }); F(`fmadd.${sfx}`, { rs1: a, rs2: c, rs3: b, rm: 1 });
    F(`fmsub.${sfx}`, { rs1: a, rs2: b, rs3: c, rm: 4 });
  }
  F('fcvt.s.d', { rs1: 10 }); F('fcvt.s.d', { rs1: 11, rm: 1 }); F('fcvt.d.s', { rs1: 1 });
  X('fmv.x.w', { rs1: 2 }); X('fmv.x.w', { rs1: 10 }); F('fmv.w.x', { rs1: r.a5 });
  F('fadd.s', { rs1: 10, rs2: 1 }); F('fsgnj.s', { rs1: 1, rs2: 11 }); F('fmin.s', { rs1: 11, rs2: 1 }); // operands not NaN-boxed
  X('feq.s', { rs1: 1, rs2: 2, rd: 0 }); X('flt.d', { rs1: 10, rs2: 11, rd: 0 }); // x0 results, flags still raised
  F('fadd.d', { rs1: 4, rs2: 4, rd: 4 }); // rd = rs1 = rs2
}

/**
 * Every FP_OPS op on every pair of table entries in each dynamic rounding mode (frm 0..4): each
 * result (f4 as two words, or t3) and the fflags it raised (read and cleared with csrrw, which
 * ends a region: every op is its own hot region) are hashed into a0.
 */
function fpProgram(): number[] {
  const N = DOUBLES.length, M = SINGLES.length;
  const { s1, s3, s7, s8, s9, s10, s11, t2, t3, t4, t5, a1, a2, a4, a5, a6, a7 } = r;
  const hash = (reg: number): number[] => [e('mul', { rd: a0, rs1: a0, rs2: s3 }), e('xor', { rd: a0, rs1: a0, rs2: reg })];
  const body: number[] = [];
  for (const o of FP_OPS) {
    body.push(o.insn);
    if (o.res === 'f') body.push(e('fsd', { rs1: s1, rs2: 4 }), e('lw', { rd: t3, rs1: s1 }), e('lw', { rd: t4, rs1: s1, imm: 4 }), ...hash(t4));
    body.push(...hash(t3), e('csrrw', { rd: t5, rs1: 0, imm: FFLAGS }), ...hash(t5));
  }
  const head = [
    // p (s11) -> j = p % N, i = p / N % N, single indices p % M, p / N % M, mode p / N^2
    e('remu', { rd: t2, rs1: s11, rs2: s9 }), e('divu', { rd: t4, rs1: s11, rs2: s9 }), e('remu', { rd: t5, rs1: t4, rs2: s9 }),
    e('divu', { rd: a6, rs1: t4, rs2: s9 }), e('csrrw', { rd: 0, rs1: a6, imm: FRM }),
    e('slli', { rd: a1, rs1: t5, imm: 3 }), e('add', { rd: a1, rs1: a1, rs2: s7 }), e('fld', { rd: 10, rs1: a1 }),
    e('slli', { rd: a2, rs1: t2, imm: 3 }), e('add', { rd: a2, rs1: a2, rs2: s7 }), e('fld', { rd: 11, rs1: a2 }), e('fld', { rd: 12, rs1: a2, imm: 8 }),
    e('remu', { rd: t5, rs1: t5, rs2: a7 }), e('slli', { rd: a4, rs1: t5, imm: 2 }), e('add', { rd: a4, rs1: a4, rs2: s8 }),
    e('flw', { rd: 1, rs1: a4 }), e('lw', { rd: a5, rs1: a4 }),
    e('remu', { rd: t2, rs1: t2, rs2: a7 }), e('slli', { rd: a4, rs1: t2, imm: 2 }), e('add', { rd: a4, rs1: a4, rs2: s8 }),
    e('flw', { rd: 2, rs1: a4 }), e('flw', { rd: 3, rs1: a4, imm: 4 }),
  ];
  const loop = [...head, ...body, e('addi', { rd: s11, rs1: s11, imm: 1 })];
  loop.push(e('bne', { rs1: s11, rs2: s10, imm: -4 * loop.length }));
  if (4 * loop.length > 4096) throw new Error('fpProgram: loop too long for a branch');
  return [
    e('lui', { rd: s7, imm: RAM + DTAB }), e('lui', { rd: s8, imm: RAM + STAB }), e('lui', { rd: s1, imm: RAM + SCRATCH }),
    e('lui', { rd: s3, imm: 0x01000000 }), e('addi', { rd: s3, rs1: s3, imm: 0x193 }),
    e('addi', { rd: s9, rs1: 0, imm: N }), e('addi', { rd: a7, rs1: 0, imm: M }),
    e('lui', { rd: s10, imm: (N * N * 5) & ~0xfff }), e('addi', { rd: s10, rs1: s10, imm: (N * N * 5) & 0xfff }),
    e('lui', { rd: t2, imm: MSTATUS_FS }), e('csrrs', { rd: 0, rs1: t2, imm: 0x300 }),
    ...loop,
    e('jal', { rd: 0, imm: 0 }),
  ];
}

function fpTables(m: M): void {
  const d = [...DOUBLES, DOUBLES[0]!].flatMap(([hi, lo]) => [lo, hi]);
  poke(m, DTAB, d);
  poke(m, STAB, [...SINGLES, SINGLES[0]!]);
}

describe('translation tier: F and D', () => {
  it('every op on edge-case operands in every rounding mode: results and fflags as interpreted (dispatcher and compiled regions)', () => {
    const prog = fpProgram();
    const ms = agree(prog, (m, step) => (step < 400 && m.hart.pc !== RAM + 4 * (prog.length - 1) ? m.hart.run(50_000) : null), fpTables, { isa: FULL });
    const on = ms[1]!.hart;
    expect([on.pc, on.readCsr(MCAUSE)]).toEqual([RAM + 4 * (prog.length - 1), 0]);
    expect(on.translateStats.compiled).toBeGreaterThan(FP_OPS.length);
    expect(ms[2]!.hart.checkStats.compared).toBeGreaterThan(0);
  }, 120_000);
});

/**
 * A trap handler at TRAP that counts traps in s11, adds mcause to s10 and resumes after the
 * (32-bit) instruction that trapped.
 */
const SKIP_HANDLER = [
  e('csrrs', { rd: r.t6, rs1: 0, imm: MEPC }), e('addi', { rd: r.t6, rs1: r.t6, imm: 4 }), e('csrrw', { rd: 0, rs1: r.t6, imm: MEPC }),
  e('csrrs', { rd: r.t6, rs1: 0, imm: MCAUSE }), e('add', { rd: r.s10, rs1: r.s10, rs2: r.t6 }), e('addi', { rd: r.s11, rs1: r.s11, imm: 1 }),
  e('mret'),
];

describe('translation tier: F and D state and traps', () => {
  // A hot loop of F/D work whose result depends on every op: flw, fadd.s (dyn), fmadd.d (dyn),
  // fcvt.w.s (rtz), fsgnjn.d, fmv.x.w, fsw, fsd.
  const { s0, s4, s5, t3 } = r;
  const loop = [
    e('lui', { rd: s0, imm: RAM + DTAB }),
    e('fcvt.d.w', { rd: 9, rs1: 0 }),
    e('fmv.w.x', { rd: 2, rs1: 0 }),
    // pc 12
    e('flw', { rd: 1, rs1: s0, imm: 0 }),
    e('fadd.s', { rd: 2, rs1: 1, rs2: 2 }),
    e('fcvt.d.s', { rd: 3, rs1: 2 }),
    e('fmadd.d', { rd: 9, rs1: 3, rs2: 3, rs3: 9 }),
    e('fsgnjn.d', { rd: 9, rs1: 9, rs2: 9 }),
    e('fcvt.w.s', { rd: t3, rs1: 2, rm: 1 }),
    e('fmv.x.w', { rd: s4, rs1: 2 }),
    e('add', { rd: s5, rs1: s5, rs2: t3 }),
    e('fsw', { rs1: s0, rs2: 2, imm: 8 }),
    e('fsd', { rs1: s0, rs2: 9, imm: 16 }),
    e('jal', { rd: 0, imm: -40 }),
  ];
  const setup = (fs: number) => (m: M): void => {
    poke(m, DTAB, [sbits(0.1)]);
    poke(m, TRAP - RAM, SKIP_HANDLER);
    if (fs !== 0) m.hart.writeCsr(MSTATUS, fs);
  };

  it('mstatus.FS Off, Initial, Clean and Dirty and frm (valid and reserved) changing between runs', () => {
    const FS = [0, FS_INITIAL, 2 << 13, MSTATUS_FS, 0, MSTATUS_FS, 2 << 13];
    const FRMS = [0, 1, 7, 5, 2, 6, 3, 0, 4];
    const ms = agree(loop, (m, step) => {
      if (step >= 60) return null;
      const h = m.hart;
      h.writeCsr(MSTATUS, (h.readCsr(MSTATUS) & ~MSTATUS_FS) | FS[step % FS.length]!);
      h.writeCsr(FRM, FRMS[step % FRMS.length]!);
      return h.run(97 + step);
    }, setup(0), { isa: FULL });
    const h = ms[1]!.hart;
    expect(h.x[r.s11]).toBeGreaterThan(0); // illegal instructions were taken...
    expect(h.x[r.s10]).toBe(2 * h.x[r.s11]!);
    expect(h.translateStats.compiled).toBeGreaterThan(0); // ...and the loop was compiled
    expect(ms[2]!.hart.checkStats.compared).toBeGreaterThan(0);
  });

  it('FS Initial becomes Dirty at the first F/D instruction, with the tier running', () => {
    const ms = agree(loop, (m, step) => (step < 3 ? m.hart.run(300) : null), setup(FS_INITIAL), { isa: FULL });
    expect(ms[1]!.hart.readCsr(MSTATUS) & MSTATUS_FS).toBe(MSTATUS_FS);
    expect(ms[1]!.hart.x[r.s11]).toBe(0);
    expect(ms[1]!.hart.fpu.fflags).toBe(1); // NX from the additions
  });

  it('F without D: flw NaN-boxes, the D instructions are illegal', () => {
    const ms = agree(loop, (m, step) => (step < 3 ? m.hart.run(400) : null), setup(FS_INITIAL), { isa: 'rv32imafc' });
    const h = ms[1]!.hart;
    expect(h.x[r.s10]).toBe(2 * h.x[r.s11]!);
    expect(h.x[r.s11]).toBeGreaterThan(4 * 3); // fcvt.d.w once, then fcvt.d.s, fmadd.d, fsgnjn.d, fsd per iteration
    expect(h.fpu.fflags).toBe(1); // NX from the additions
    expect(h.fpu.hi(1)).toBe(-1);
    expect(h.fpu.lo(1)).toBe(sbits(0.1));
  });

  it('F/D loads and stores outside the fast path: misaligned, MMIO, flash, faults, stores into code (misaligned emulated and trapped)', () => {
    const { s1, s2, s3, t0, t1 } = r;
    const PTRS = 0x6000;
    const prog = [
      e('lui', { rd: s1, imm: RAM + PTRS }), e('addi', { rd: s3, rs1: s1, imm: 4 * 12 }),
      e('lui', { rd: t0, imm: MSTATUS_FS }), e('csrrs', { rd: 0, rs1: t0, imm: MSTATUS }),
      // pc 16: for each pointer p: flw, fld, fsw, fsd at p, hash the loaded bits
      e('add', { rd: s2, rs1: s1, rs2: 0 }),
      // pc 20
      e('lw', { rd: t1, rs1: s2, imm: 0 }),
      e('flw', { rd: 1, rs1: t1, imm: 0 }),
      e('fld', { rd: 2, rs1: t1, imm: 0 }),
      e('fmv.x.w', { rd: t3, rs1: 1 }), e('add', { rd: a0, rs1: a0, rs2: t3 }),
      e('fmv.x.w', { rd: t3, rs1: 2 }), e('add', { rd: a0, rs1: a0, rs2: t3 }),
      e('fsgnjx.d', { rd: 3, rs1: 2, rs2: 2 }),
      e('fsw', { rs1: t1, rs2: 1, imm: 0 }),
      e('fsd', { rs1: t1, rs2: 3, imm: 0 }),
      e('addi', { rd: s2, rs1: s2, imm: 4 }),
      e('bne', { rs1: s2, rs2: s3, imm: -44 }),
      e('jal', { rd: 0, imm: -48 }),
    ];
    while (prog.length % 16 !== 15) prog.push(e('addi', { rd: 0, rs1: 0, imm: 0 }));
    prog.push(e('jal', { rd: 0, imm: 0 })); // ends a 64-byte granule of code whose rest is data
    const codeData = RAM + 4 * prog.length - 64 + 0; // the granule start: the nops and the jal: stores there are stores into code
    const ptrs = [RAM + 0x6800, RAM + 0x6804, RAM + 0x6802, MMIO + 0x10, FLASH + 0x100, RAM + 0xfffc, 0x100, codeData + 8,
      RAM + 0x6a00, FLASH + 0x104, MMIO + 0x20, RAM + 0x6c07];
    const setup = (m: M): void => {
      poke(m, PTRS, ptrs);
      poke(m, 0x6800, [sbits(1.5), ...dbits(2.5).reverse(), -1]);
      poke(m, TRAP - RAM, SKIP_HANDLER);
      const dv = new DataView(m.bus.flash.bytes.buffer, m.bus.flash.bytes.byteOffset);
      dv.setInt32(0x100, sbits(-3.25), true); dv.setInt32(0x104, 0x40490fdb, true);
    };
    for (const misaligned of ['emulate', 'trap'] as const) {
      const ms = agree(prog, (m, step) => (step < 12 ? m.hart.run(211 + 37 * step) : null), setup, { isa: FULL, misaligned });
      const h = ms[1]!.hart;
      expect(h.x[r.s11], misaligned).toBeGreaterThan(0);
      expect(h.translateStats.compiled).toBeGreaterThan(0);
      expect(ms[1]!.bus.log.length).toBeGreaterThan(0);
    }
  });

  it('debug triggers see F/D loads and stores of compiled code', () => {
    const TSELECT = 0x7a0, TDATA1 = 0x7a1, TDATA2 = 0x7a2;
    for (const [tdata1, addr, at] of [[0x20000041, RAM + DTAB, 12], [0x20000042, RAM + DTAB + 20, 48]] as const) {
      const ms = agree(loop, (m, step) => {
        if (step >= 3) return null;
        if (step === 1) { m.hart.writeCsr(TSELECT, 0); m.hart.writeCsr(TDATA2, addr); m.hart.writeCsr(TDATA1, tdata1); }
        return m.hart.run(step === 0 ? 2000 : 50);
      }, setup(MSTATUS_FS), { isa: FULL });
      const h = ms[1]!.hart;
      expect(h.translateStats.compiled).toBeGreaterThan(0);
      expect(h.lastTrap).toEqual({ cause: 3, epc: RAM + at, tval: 0 });
    }
  });
});
