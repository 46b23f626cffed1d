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
import { agree, MCAUSE, MEPC, MTVAL, RAM, TRAP, type M } from './tier-harness.js';

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
