/**
 * Every entry of the instruction table (src/cpu/isa.ts) has execution tests here: the test list
 * is built by iterating the table, so a new entry without a SEMANTICS case fails. Expected values
 * are literals from the RISC-V unprivileged spec (e.g. division by zero, signed overflow).
 */
import { describe, expect, it } from 'vitest';
import { RV32_INSNS, RVC_INSNS, Op } from '../../src/cpu/isa.js';
import { decode, lookup32, newDecoded } from '../../src/cpu/decode.js';
import { parseIsa } from '../../src/cpu/isa-profile.js';
import { encode, type Operands } from '../../src/cpu/encode.js';
import { machine, RAM, TRAP, readWord, writeWords, type TestBus } from './testbus.js';
import type { Hart } from '../../src/cpu/hart.js';

const A0 = 10, A1 = 11, A2 = 12;
type M = { hart: Hart; bus: TestBus };

/** Every extension, so that each table entry can execute (the ISA gating has its own tests). */
const FULL = 'rv32imafdc_zba_zbb_zbs_zicond';

function exec(words: number[], regs: Record<number, number> = {}, steps = 1, setup?: (m: M) => void): M {
  const m = machine(words, { isa: FULL });
  for (const [r, v] of Object.entries(regs)) m.hart.x[Number(r)] = v;
  setup?.(m);
  m.hart.run(steps);
  return m;
}

function rr(name: string, a: number, b: number, want: number): void {
  const { hart } = exec([encode(name, { rd: A0, rs1: A1, rs2: A2 })], { [A1]: a, [A2]: b });
  expect(hart.x[A0]! >>> 0, `${name} ${a} ${b}`).toBe(want >>> 0);
  expect(hart.pc).toBe(RAM + 4);
  expect(hart.instret).toBe(1);
}

function ri(name: string, a: number, imm: number, want: number): void {
  const { hart } = exec([encode(name, { rd: A0, rs1: A1, imm })], { [A1]: a });
  expect(hart.x[A0]! >>> 0, `${name} ${a} ${imm}`).toBe(want >>> 0);
  expect(hart.pc).toBe(RAM + 4);
}

function branch(name: string, a: number, b: number, taken: boolean): void {
  const { hart } = exec([encode(name, { rs1: A1, rs2: A2, imm: 0x40 })], { [A1]: a, [A2]: b });
  expect(hart.pc, `${name} ${a} ${b}`).toBe(taken ? RAM + 0x40 : RAM + 4);
}

const DATA = RAM + 0x1000;

function loadCase(name: string, offset: number, want: number): void {
  const { hart } = exec([encode(name, { rd: A0, rs1: A1, imm: offset })], { [A1]: DATA }, 1, (m) => {
    writeWords(m.bus.ram.bytes, 0x1000, [0x1234ff80, 0x89abcdef]);
  });
  expect(hart.x[A0]! >>> 0, name).toBe(want >>> 0);
}

function storeCase(name: string, offset: number, wantWords: [number, number]): void {
  const { bus } = exec([encode(name, { rs1: A1, rs2: A2, imm: offset })], { [A1]: DATA, [A2]: 0x12345678 });
  expect([readWord(bus.ram.bytes, 0x1000), readWord(bus.ram.bytes, 0x1004)], name).toEqual(wantWords);
}

function amoCase(name: string, mem: number, src: number, wantRd: number, wantMem: number): void {
  const { hart, bus } = exec([encode(name, { rd: A0, rs1: A1, rs2: A2 })], { [A1]: DATA, [A2]: src }, 1, (m) => {
    writeWords(m.bus.ram.bytes, 0x1000, [mem]);
  });
  expect(hart.x[A0]! >>> 0, `${name} rd`).toBe(wantRd >>> 0);
  expect(readWord(bus.ram.bytes, 0x1000), `${name} mem`).toBe(wantMem >>> 0);
  expect(hart.pc).toBe(RAM + 4);
}

function trapsWith(words: number[], cause: number, tval: number, regs: Record<number, number> = {}): M {
  const m = exec(words, regs);
  expect(m.hart.pc).toBe(TRAP);
  expect(m.hart.readCsr(0x342)).toBe(cause);
  expect(m.hart.readCsr(0x341)).toBe(RAM);
  expect(m.hart.readCsr(0x343)).toBe(tval >>> 0);
  expect(m.hart.instret).toBe(0);
  return m;
}

// ---- F and D: f registers as bit patterns (singles NaN-boxed), fflags after one instruction
const FA0 = 10, FA1 = 11, FA2 = 12, FA3 = 13;
const NX = 1, UF = 2, OF = 4, DZ = 8, NV = 16;
const QNAN = 0x7fc00000, SNAN = 0x7f800001, ONE = 0x3f800000;
type Bits64 = [number, number]; // [hi, lo]

/** One FP instruction with mstatus.FS = Initial; it must retire. */
function fp(name: string, o: Operands, init: (h: Hart, bus: TestBus) => void, regs: Record<number, number> = {}): Hart {
  const { hart } = exec([encode(name, o)], regs, 1, (m) => { m.hart.writeCsr(0x300, 1 << 13); init(m.hart, m.bus); });
  expect(hart.pc, `${name} did not retire`).toBe(RAM + 4);
  return hart;
}
/** mstatus.FS after an instruction: Dirty when it wrote an f register or raised flags, else still Initial. */
const fsField = (h: Hart): number => (h.readCsr(0x300) >>> 13) & 3;
const setS = (h: Hart, r: number, bits: number): void => h.fpu.setSingleBits(r, bits);
const setD = (h: Hart, r: number, v: Bits64): void => h.fpu.setDoubleBits(r, v[1], v[0]);
function single(h: Hart, r: number): number {
  expect(h.fpu.hi(r), 'NaN-boxed').toBe(-1);
  return h.fpu.lo(r) >>> 0;
}
const double = (h: Hart, r: number): Bits64 => [h.fpu.hi(r) >>> 0, h.fpu.lo(r) >>> 0];

/** fa0 = op(fa1, fa2[, fa3]) on singles */
function fs(name: string, ins: number[], rm: number | undefined, want: number, fl: number): void {
  const h = fp(name, { rd: FA0, rs1: FA1, rs2: FA2, rs3: FA3, ...(rm !== undefined ? { rm } : {}) },
    (m) => ins.forEach((v, i) => setS(m, FA1 + i, v)));
  expect(single(h, FA0), `${name} ${ins.map((v) => v.toString(16))}`).toBe(want >>> 0);
  expect(h.readCsr(1), `${name} fflags`).toBe(fl);
  expect(fsField(h)).toBe(3);
}
/** fa0 = op(fa1, fa2[, fa3]) on doubles */
function fd(name: string, ins: Bits64[], rm: number | undefined, want: Bits64, fl: number): void {
  const h = fp(name, { rd: FA0, rs1: FA1, rs2: FA2, rs3: FA3, ...(rm !== undefined ? { rm } : {}) },
    (m) => ins.forEach((v, i) => setD(m, FA1 + i, v)));
  expect(double(h, FA0), name).toEqual([want[0] >>> 0, want[1] >>> 0]);
  expect(h.readCsr(1), `${name} fflags`).toBe(fl);
  expect(fsField(h)).toBe(3);
}
/** a0 = op(fa1[, fa2]); inputs singles (numbers) or doubles (pairs) */
function fx(name: string, ins: (number | Bits64)[], rm: number | undefined, want: number, fl: number): void {
  const h = fp(name, { rd: A0, rs1: FA1, rs2: FA2, ...(rm !== undefined ? { rm } : {}) },
    (m) => ins.forEach((v, i) => (typeof v === 'number' ? setS(m, FA1 + i, v) : setD(m, FA1 + i, v))));
  expect(h.x[A0]! >>> 0, name).toBe(want >>> 0);
  expect(h.readCsr(1), `${name} fflags`).toBe(fl);
  expect(fsField(h), `${name} FS`).toBe(fl !== 0 ? 3 : 1);
}
/** fa0 = op(a1) */
function xf(name: string, a: number, rm: number | undefined, want: number | Bits64, fl: number): void {
  const h = fp(name, { rd: FA0, rs1: A1, ...(rm !== undefined ? { rm } : {}) }, () => {}, { [A1]: a });
  if (typeof want === 'number') expect(single(h, FA0), name).toBe(want >>> 0);
  else expect(double(h, FA0), name).toEqual(want);
  expect(h.readCsr(1), `${name} fflags`).toBe(fl);
  expect(fsField(h)).toBe(3);
}
const RNE = 0, RTZ = 1, RDN = 2, RUP = 3, RMM = 4;

/** rd = op(rs1) */
function r1(name: string, a: number, want: number): void {
  const { hart } = exec([encode(name, { rd: A0, rs1: A1 })], { [A1]: a });
  expect(hart.x[A0]! >>> 0, `${name} ${a.toString(16)}`).toBe(want >>> 0);
}

const SEMANTICS: Record<string, () => void> = {
  lui: () => {
    const { hart } = exec([encode('lui', { rd: A0, imm: 0xfffff000 })]);
    expect(hart.x[A0]! >>> 0).toBe(0xfffff000);
  },
  auipc: () => {
    const { hart } = exec([0, encode('auipc', { rd: A0, imm: 0x00001000 })], {}, 2, (m) => {
      m.hart.pc = RAM + 4; writeWords(m.bus.ram.bytes, 4, [encode('auipc', { rd: A0, imm: 0x00001000 })]);
    });
    expect(hart.x[A0]! >>> 0).toBe(RAM + 4 + 0x1000);
  },
  jal: () => {
    const { hart } = exec([encode('jal', { rd: 1, imm: 0x100 })]);
    expect(hart.x[1]! >>> 0).toBe(RAM + 4);
    expect(hart.pc).toBe(RAM + 0x100);
  },
  jalr: () => {
    // target = (rs1 + imm) with bit 0 cleared; rd = pc + 4 (rd == rs1 reads the old value)
    const { hart } = exec([encode('jalr', { rd: A1, rs1: A1, imm: 3 })], { [A1]: RAM + 0x200 });
    expect(hart.pc).toBe(RAM + 0x202);
    expect(hart.x[A1]! >>> 0).toBe(RAM + 4);
  },
  beq: () => { branch('beq', 5, 5, true); branch('beq', 5, 6, false); },
  bne: () => { branch('bne', 5, 6, true); branch('bne', 5, 5, false); },
  blt: () => { branch('blt', -1, 1, true); branch('blt', 1, -1, false); branch('blt', 1, 1, false); },
  bge: () => { branch('bge', 1, -1, true); branch('bge', 1, 1, true); branch('bge', -1, 1, false); },
  bltu: () => { branch('bltu', 1, -1, true); branch('bltu', -1, 1, false); },
  bgeu: () => { branch('bgeu', -1, 1, true); branch('bgeu', 1, -1, false); branch('bgeu', 7, 7, true); },
  lb: () => { loadCase('lb', 0, 0xffffff80); loadCase('lb', 3, 0x12); },
  lh: () => { loadCase('lh', 0, 0xffffff80); loadCase('lh', 2, 0x1234); },
  lw: () => { loadCase('lw', 0, 0x1234ff80); loadCase('lw', 4, 0x89abcdef); },
  lbu: () => { loadCase('lbu', 0, 0x80); loadCase('lbu', 1, 0xff); },
  lhu: () => { loadCase('lhu', 0, 0xff80); loadCase('lhu', 6, 0x89ab); },
  sb: () => { storeCase('sb', 1, [0x00007800, 0]); },
  sh: () => { storeCase('sh', 2, [0x56780000, 0]); },
  sw: () => { storeCase('sw', 4, [0, 0x12345678]); },
  addi: () => { ri('addi', 1, -2, 0xffffffff); ri('addi', 0x7fffffff, 1, 0x80000000); },
  slti: () => { ri('slti', -1, 0, 1); ri('slti', 0, -1, 0); },
  sltiu: () => { ri('sltiu', 0, -1, 1); ri('sltiu', -1, 1, 0); ri('sltiu', 0, 1, 1); },
  xori: () => { ri('xori', 0x0f0f0f0f, -1, 0xf0f0f0f0); },
  ori: () => { ri('ori', 0x100, 0x0ff, 0x1ff); },
  andi: () => { ri('andi', 0x12345678, 0x7f0, 0x670); },
  slli: () => { ri('slli', 1, 31, 0x80000000); },
  srli: () => { ri('srli', 0x80000000, 31, 1); },
  srai: () => { ri('srai', 0x80000000, 31, 0xffffffff); },
  add: () => { rr('add', 0x7fffffff, 1, 0x80000000); },
  sub: () => { rr('sub', 0, 1, 0xffffffff); },
  sll: () => { rr('sll', 1, 33, 2); },
  slt: () => { rr('slt', -1, 1, 1); rr('slt', 1, -1, 0); },
  sltu: () => { rr('sltu', -1, 1, 0); rr('sltu', 1, -1, 1); },
  xor: () => { rr('xor', 0xff00ff00, 0x0ff00ff0, 0xf0f0f0f0); },
  srl: () => { rr('srl', 0x80000000, 63, 1); },
  sra: () => { rr('sra', 0x80000000, 31, 0xffffffff); rr('sra', 0x40000000, 30, 1); },
  or: () => { rr('or', 0xf0, 0x0f, 0xff); },
  and: () => { rr('and', 0xf0, 0x3c, 0x30); },
  fence: () => {
    const { hart } = exec([encode('fence', { imm: 0x0ff })]);
    expect(hart.pc).toBe(RAM + 4); expect(hart.instret).toBe(1);
  },
  ecall: () => { trapsWith([encode('ecall')], 11, 0); },
  ebreak: () => { trapsWith([encode('ebreak')], 3, 0); }, // mtval 0, as QEMU 7.2 writes it
  'fence.i': () => {
    const { hart } = exec([encode('fence.i')]);
    expect(hart.pc).toBe(RAM + 4); expect(hart.instret).toBe(1);
  },
  csrrw: () => {
    const { hart } = exec([encode('csrrw', { rd: A0, rs1: A1, imm: 0x340 })], { [A1]: 0x1234 }, 1, (m) => m.hart.writeCsr(0x340, 77));
    expect(hart.x[A0]).toBe(77); expect(hart.readCsr(0x340)).toBe(0x1234);
  },
  csrrs: () => {
    const { hart } = exec([encode('csrrs', { rd: A0, rs1: A1, imm: 0x340 })], { [A1]: 0xf0 }, 1, (m) => m.hart.writeCsr(0x340, 0x0f));
    expect(hart.x[A0]).toBe(0x0f); expect(hart.readCsr(0x340)).toBe(0xff);
  },
  csrrc: () => {
    const { hart } = exec([encode('csrrc', { rd: A0, rs1: A1, imm: 0x340 })], { [A1]: 0xf0 }, 1, (m) => m.hart.writeCsr(0x340, 0xff));
    expect(hart.x[A0]).toBe(0xff); expect(hart.readCsr(0x340)).toBe(0x0f);
  },
  csrrwi: () => {
    const { hart } = exec([encode('csrrwi', { rd: A0, rs1: 21, imm: 0x340 })], {}, 1, (m) => m.hart.writeCsr(0x340, 5));
    expect(hart.x[A0]).toBe(5); expect(hart.readCsr(0x340)).toBe(21);
  },
  csrrsi: () => {
    const { hart } = exec([encode('csrrsi', { rd: A0, rs1: 3, imm: 0x340 })], {}, 1, (m) => m.hart.writeCsr(0x340, 4));
    expect(hart.x[A0]).toBe(4); expect(hart.readCsr(0x340)).toBe(7);
  },
  csrrci: () => {
    const { hart } = exec([encode('csrrci', { rd: A0, rs1: 3, imm: 0x340 })], {}, 1, (m) => m.hart.writeCsr(0x340, 7));
    expect(hart.x[A0]).toBe(7); expect(hart.readCsr(0x340)).toBe(4);
  },
  mret: () => {
    // MPP=U, MPIE=1: after mret priv=U, MIE=1, MPIE=1, MPP=U, pc=mepc
    const { hart } = exec([encode('mret')], {}, 1, (m) => {
      m.hart.writeCsr(0x341, RAM + 0x300);
      m.hart.writeCsr(0x300, 0x80);
    });
    expect(hart.pc).toBe(RAM + 0x300);
    expect(hart.priv).toBe(0);
    expect(hart.readCsr(0x300)).toBe(0x88);
  },
  wfi: () => {
    const { hart } = exec([encode('wfi')]);
    expect(hart.waiting).toBe(true);
    expect(hart.pc).toBe(RAM + 4);
  },
  mul: () => { rr('mul', -3, 7, -21); rr('mul', 0x80000000, 2, 0); rr('mul', 0x12345678, 0x9abcdef0, 0x242d2080); },
  mulh: () => { rr('mulh', -1, -1, 0); rr('mulh', 0x80000000, 0x80000000, 0x40000000); rr('mulh', -2, 3, 0xffffffff); rr('mulh', 0x7fffffff, 0x7fffffff, 0x3fffffff); },
  mulhsu: () => { rr('mulhsu', -1, 0xffffffff, 0xffffffff); rr('mulhsu', 2, 0xffffffff, 1); rr('mulhsu', 0x80000000, 0xffffffff, 0x80000000); },
  mulhu: () => { rr('mulhu', 0xffffffff, 0xffffffff, 0xfffffffe); rr('mulhu', 0x80000000, 4, 2); },
  div: () => { rr('div', 7, -2, -3); rr('div', -7, 2, -3); rr('div', 5, 0, 0xffffffff); rr('div', 0x80000000, -1, 0x80000000); },
  divu: () => { rr('divu', 0xffffffff, 2, 0x7fffffff); rr('divu', 5, 0, 0xffffffff); },
  rem: () => { rr('rem', -7, 2, -1); rr('rem', 7, -2, 1); rr('rem', 5, 0, 5); rr('rem', 0x80000000, -1, 0); },
  remu: () => { rr('remu', 0xffffffff, 10, 5); rr('remu', 0xfffffff0, 0, 0xfffffff0); },
  'lr.w': () => {
    // lr.w then sc.w to the same address succeeds (rd = 0)
    const { hart, bus } = exec([
      encode('lr.w', { rd: A0, rs1: A1 }), encode('sc.w', { rd: 13, rs1: A1, rs2: A2 }),
    ], { [A1]: DATA, [A2]: 99 }, 2, (m) => writeWords(m.bus.ram.bytes, 0x1000, [42]));
    expect(hart.x[A0]).toBe(42); expect(hart.x[13]).toBe(0); expect(readWord(bus.ram.bytes, 0x1000)).toBe(99);
  },
  'sc.w': () => {
    // without a reservation sc.w fails: rd = nonzero, memory unchanged
    const { hart, bus } = exec([encode('sc.w', { rd: A0, rs1: A1, rs2: A2 })], { [A1]: DATA, [A2]: 99 }, 1,
      (m) => writeWords(m.bus.ram.bytes, 0x1000, [42]));
    expect(hart.x[A0]).not.toBe(0); expect(readWord(bus.ram.bytes, 0x1000)).toBe(42);
    // a second sc.w after a successful one fails too (the reservation is consumed)
    const m2 = exec([encode('lr.w', { rd: A0, rs1: A1 }), encode('sc.w', { rd: 13, rs1: A1, rs2: A2 }),
      encode('sc.w', { rd: 14, rs1: A1, rs2: 15 })], { [A1]: DATA, [A2]: 1, 15: 2 }, 3);
    expect(m2.hart.x[13]).toBe(0); expect(m2.hart.x[14]).not.toBe(0); expect(readWord(m2.bus.ram.bytes, 0x1000)).toBe(1);
  },
  'amoswap.w': () => { amoCase('amoswap.w', 5, 9, 5, 9); },
  'amoadd.w': () => { amoCase('amoadd.w', 0xffffffff, 2, 0xffffffff, 1); },
  'amoxor.w': () => { amoCase('amoxor.w', 0xff00, 0x0ff0, 0xff00, 0xf0f0); },
  'amoand.w': () => { amoCase('amoand.w', 0xff00, 0x0ff0, 0xff00, 0x0f00); },
  'amoor.w': () => { amoCase('amoor.w', 0xff00, 0x0ff0, 0xff00, 0xfff0); },
  'amomin.w': () => { amoCase('amomin.w', 0xffffffff, 1, 0xffffffff, 0xffffffff); },
  'amomax.w': () => { amoCase('amomax.w', 0xffffffff, 1, 0xffffffff, 1); },
  'amominu.w': () => { amoCase('amominu.w', 0xffffffff, 1, 0xffffffff, 1); },
  'amomaxu.w': () => { amoCase('amomaxu.w', 0xffffffff, 1, 0xffffffff, 0xffffffff); },
  // ---- F
  flw: () => {
    const h = fp('flw', { rd: FA0, rs1: A1, imm: 4 }, (_h, bus) => writeWords(bus.ram.bytes, 0x1000, [0, 0x40490fdb]), { [A1]: DATA });
    expect(single(h, FA0)).toBe(0x40490fdb);
  },
  fsw: () => {
    // the low 32 bits, whatever the upper half holds
    const m = exec([encode('fsw', { rs1: A1, rs2: FA2, imm: 8 })], { [A1]: DATA }, 1, (x) => {
      x.hart.writeCsr(0x300, 1 << 13); x.hart.fpu.setDoubleBits(FA2, 0x3f800000, 0);
    });
    expect(readWord(m.bus.ram.bytes, 0x1008)).toBe(0x3f800000);
  },
  'fmadd.s': () => { fs('fmadd.s', [0x3f800001, 0x3f800001, 0xbf800002], RNE, 0x28800000, 0); fs('fmadd.s', [0x7f800000, 0, QNAN], RNE, QNAN, NV); },
  'fmsub.s': () => { fs('fmsub.s', [0x40000000, 0x40400000, ONE], RNE, 0x40a00000, 0); },
  'fnmsub.s': () => { fs('fnmsub.s', [0x40000000, 0x40400000, ONE], RNE, 0xc0a00000, 0); },
  'fnmadd.s': () => { fs('fnmadd.s', [0x40000000, 0x40400000, ONE], RNE, 0xc0e00000, 0); },
  'fadd.s': () => { fs('fadd.s', [ONE, 0x33800000], RNE, ONE, NX); fs('fadd.s', [ONE, 0x33800000], RUP, 0x3f800001, NX); fs('fadd.s', [0xffc12345, ONE], RNE, QNAN, 0); },
  'fsub.s': () => { fs('fsub.s', [0x40490fdb, 0x40490fdb], RDN, 0x80000000, 0); fs('fsub.s', [0x7f800000, 0x7f800000], RNE, QNAN, NV); },
  'fmul.s': () => { fs('fmul.s', [0x7f7fffff, 0x40000000], RTZ, 0x7f7fffff, OF | NX); fs('fmul.s', [0x1a000000, 0x1a000000], RNE, 0, UF | NX); },
  'fdiv.s': () => { fs('fdiv.s', [ONE, 0], RNE, 0x7f800000, DZ); fs('fdiv.s', [0, 0], RNE, QNAN, NV); fs('fdiv.s', [ONE, 0x40400000], RNE, 0x3eaaaaab, NX); },
  'fsqrt.s': () => { fs('fsqrt.s', [0x40000000], RNE, 0x3fb504f3, NX); fs('fsqrt.s', [0xbf800000], RNE, QNAN, NV); fs('fsqrt.s', [0x80000000], RNE, 0x80000000, 0); },
  'fsgnj.s': () => { fs('fsgnj.s', [ONE, 0x80000000], undefined, 0xbf800000, 0); },
  'fsgnjn.s': () => { fs('fsgnjn.s', [ONE, ONE], undefined, 0xbf800000, 0); fs('fsgnjn.s', [SNAN, 0], undefined, 0xff800001, 0); },
  'fsgnjx.s': () => { fs('fsgnjx.s', [0xbf800000, 0x80000000], undefined, ONE, 0); },
  'fmin.s': () => { fs('fmin.s', [0, 0x80000000], undefined, 0x80000000, 0); fs('fmin.s', [QNAN, 0x40000000], undefined, 0x40000000, 0); fs('fmin.s', [SNAN, 0x40000000], undefined, 0x40000000, NV); },
  'fmax.s': () => { fs('fmax.s', [0x80000000, 0], undefined, 0, 0); fs('fmax.s', [0x7fc00001, SNAN], undefined, QNAN, NV); },
  'fcvt.w.s': () => { fx('fcvt.w.s', [0x40200000], RNE, 2, NX); fx('fcvt.w.s', [0x40200000], RMM, 3, NX); fx('fcvt.w.s', [0x4f000000], RTZ, 0x7fffffff, NV); fx('fcvt.w.s', [QNAN], RTZ, 0x7fffffff, NV); fx('fcvt.w.s', [0xff800000], RTZ, 0x80000000, NV); },
  'fcvt.wu.s': () => { fx('fcvt.wu.s', [0xbf000000], RTZ, 0, NX); fx('fcvt.wu.s', [0xbf800000], RTZ, 0, NV); fx('fcvt.wu.s', [0x4f32d05e], RTZ, 3000000000, 0); },
  'fmv.x.w': () => {
    const h = fp('fmv.x.w', { rd: A0, rs1: FA1 }, (m) => m.fpu.setDoubleBits(FA1, 0x12345678, 0));
    expect(h.x[A0]! >>> 0).toBe(0x12345678); // the low bits, boxed or not
  },
  'feq.s': () => { fx('feq.s', [QNAN, ONE], undefined, 0, 0); fx('feq.s', [SNAN, ONE], undefined, 0, NV); fx('feq.s', [0x80000000, 0], undefined, 1, 0); },
  'flt.s': () => { fx('flt.s', [ONE, 0x40000000], undefined, 1, 0); fx('flt.s', [QNAN, ONE], undefined, 0, NV); },
  'fle.s': () => { fx('fle.s', [0x40000000, 0x40000000], undefined, 1, 0); fx('fle.s', [ONE, QNAN], undefined, 0, NV); },
  'fclass.s': () => {
    [0xff800000, 0xbf800000, 0x80000001, 0x80000000, 0, 1, ONE, 0x7f800000, SNAN, QNAN].forEach((v, i) => fx('fclass.s', [v], undefined, 1 << i, 0));
    const h = fp('fclass.s', { rd: A0, rs1: FA1 }, (m) => m.fpu.setDoubleBits(FA1, ONE, 0)); // not NaN-boxed: the canonical NaN
    expect(h.x[A0]).toBe(0x200);
  },
  'fcvt.s.w': () => { xf('fcvt.s.w', 0x7fffffff, RTZ, 0x4effffff, NX); xf('fcvt.s.w', 0x7fffffff, RNE, 0x4f000000, NX); xf('fcvt.s.w', -16777217, RDN, 0xcb800001, NX); },
  'fcvt.s.wu': () => { xf('fcvt.s.wu', 0xffffffff, RNE, 0x4f800000, NX); xf('fcvt.s.wu', 7, RNE, 0x40e00000, 0); },
  'fmv.w.x': () => { xf('fmv.w.x', SNAN, undefined, SNAN, 0); },
  // ---- D
  fld: () => {
    const h = fp('fld', { rd: FA0, rs1: A1, imm: 8 }, (_h, bus) => writeWords(bus.ram.bytes, 0x1000, [0, 0, 0x667f3bcd, 0x3ff6a09e]), { [A1]: DATA });
    expect(double(h, FA0)).toEqual([0x3ff6a09e, 0x667f3bcd]);
  },
  fsd: () => {
    const m = exec([encode('fsd', { rs1: A1, rs2: FA2, imm: 8 })], { [A1]: DATA }, 1, (x) => {
      x.hart.writeCsr(0x300, 1 << 13); x.hart.fpu.setDoubleBits(FA2, 0x89abcdef, 0x01234567);
    });
    expect([readWord(m.bus.ram.bytes, 0x1008), readWord(m.bus.ram.bytes, 0x100c)]).toEqual([0x89abcdef, 0x01234567]);
  },
  'fmadd.d': () => { fd('fmadd.d', [[0x3ff00000, 1], [0x3ff00000, 1], [0xbff00000, 2]], RNE, [0x39700000, 0], 0); },
  'fmsub.d': () => { fd('fmsub.d', [[0x40000000, 0], [0x40080000, 0], [0x3ff00000, 0]], RNE, [0x40140000, 0], 0); },
  'fnmsub.d': () => { fd('fnmsub.d', [[0x40000000, 0], [0x40080000, 0], [0x3ff00000, 0]], RNE, [0xc0140000, 0], 0); },
  'fnmadd.d': () => { fd('fnmadd.d', [[0x40000000, 0], [0x40080000, 0], [0x3ff00000, 0]], RNE, [0xc01c0000, 0], 0); },
  'fadd.d': () => { fd('fadd.d', [[0x3ff00000, 0], [0x3ca00000, 0]], RMM, [0x3ff00000, 1], NX); fd('fadd.d', [[0x3ff00000, 0], [0x3ca00000, 0]], RNE, [0x3ff00000, 0], NX); },
  'fsub.d': () => { fd('fsub.d', [[0x40090000, 5], [0x40090000, 5]], RNE, [0, 0], 0); },
  'fmul.d': () => { fd('fmul.d', [[0x7fefffff, 0xffffffff], [0x40000000, 0]], RDN, [0x7fefffff, 0xffffffff], OF | NX); },
  'fdiv.d': () => { fd('fdiv.d', [[0x3ff00000, 0], [0x40080000, 0]], RNE, [0x3fd55555, 0x55555555], NX); fd('fdiv.d', [[0x3ff00000, 0], [0x40080000, 0]], RUP, [0x3fd55555, 0x55555556], NX); },
  'fsqrt.d': () => { fd('fsqrt.d', [[0x40000000, 0]], RNE, [0x3ff6a09e, 0x667f3bcd], NX); fd('fsqrt.d', [[0xbff00000, 0]], RNE, [0x7ff80000, 0], NV); },
  'fsgnj.d': () => { fd('fsgnj.d', [[0x3ff00000, 0], [0x80000000, 0]], undefined, [0xbff00000, 0], 0); },
  'fsgnjn.d': () => { fd('fsgnjn.d', [[0x3ff00000, 7], [0x3ff00000, 0]], undefined, [0xbff00000, 7], 0); },
  'fsgnjx.d': () => { fd('fsgnjx.d', [[0xbff00000, 0], [0x80000000, 0]], undefined, [0x3ff00000, 0], 0); },
  'fmin.d': () => { fd('fmin.d', [[0x7ff40000, 0], [0x3ff00000, 0]], undefined, [0x3ff00000, 0], NV); },
  'fmax.d': () => { fd('fmax.d', [[0x80000000, 0], [0, 0]], undefined, [0, 0], 0); fd('fmax.d', [[0x7ff80000, 0], [0x7ff00000, 1]], undefined, [0x7ff80000, 0], NV); },
  'fcvt.s.d': () => {
    const h = fp('fcvt.s.d', { rd: FA0, rs1: FA1, rm: RTZ }, (m) => setD(m, FA1, [0x3fb99999, 0x9999999a]));
    expect(single(h, FA0)).toBe(0x3dcccccc); expect(h.readCsr(1)).toBe(NX);
  },
  'fcvt.d.s': () => {
    const h = fp('fcvt.d.s', { rd: FA0, rs1: FA1, rm: RNE }, (m) => setS(m, FA1, 0x3dcccccd));
    expect(double(h, FA0)).toEqual([0x3fb99999, 0xa0000000]); expect(h.readCsr(1)).toBe(0);
  },
  'feq.d': () => { fx('feq.d', [[0x80000000, 0], [0, 0]], undefined, 1, 0); fx('feq.d', [[0x7ff40000, 0], [0, 0]], undefined, 0, NV); },
  'flt.d': () => { fx('flt.d', [[0xbff00000, 0], [0, 0]], undefined, 1, 0); fx('flt.d', [[0x7ff80000, 0], [0, 0]], undefined, 0, NV); },
  'fle.d': () => { fx('fle.d', [[0x3ff00000, 0], [0x3ff00000, 0]], undefined, 1, 0); },
  'fcvt.w.d': () => { fx('fcvt.w.d', [[0xc1dfffff, 0xffe00000]], RTZ, 0x80000001, NX); fx('fcvt.w.d', [[0xc1dfffff, 0xffe00000]], RNE, 0x80000000, NX); fx('fcvt.w.d', [[0x41e00000, 0]], RTZ, 0x7fffffff, NV); },
  'fcvt.wu.d': () => { fx('fcvt.wu.d', [[0x41e00000, 0]], RTZ, 0x80000000, 0); fx('fcvt.wu.d', [[0x7ff80000, 0]], RTZ, 0xffffffff, NV); },
  'fclass.d': () => { fx('fclass.d', [[0x7ff40000, 0]], undefined, 0x100, 0); fx('fclass.d', [[0x80000000, 0]], undefined, 8, 0); fx('fclass.d', [[0x000fffff, 0]], undefined, 0x20, 0); },
  'fcvt.d.w': () => { xf('fcvt.d.w', -1, RNE, [0xbff00000, 0], 0); },
  'fcvt.d.wu': () => { xf('fcvt.d.wu', 0xffffffff, RNE, [0x41efffff, 0xffe00000], 0); },
  // ---- Zba, Zbb, Zbs, Zicond
  sh1add: () => { rr('sh1add', 0x40000001, 5, 0x80000007); },
  sh2add: () => { rr('sh2add', 0x40000001, 5, 9); },
  sh3add: () => { rr('sh3add', 0xffffffff, 16, 8); },
  andn: () => { rr('andn', 0xff00ff00, 0x0ff00ff0, 0xf000f000); },
  orn: () => { rr('orn', 0xf, 0xffff0000, 0xffff); },
  xnor: () => { rr('xnor', 0xaaaaaaaa, 0x0f0f0f0f, 0x5a5a5a5a); },
  clz: () => { r1('clz', 0, 32); r1('clz', 0x00012345, 15); r1('clz', 0x80000000, 0); },
  ctz: () => { r1('ctz', 0, 32); r1('ctz', 0x00012340, 6); r1('ctz', 0x80000000, 31); },
  cpop: () => { r1('cpop', 0x12345678, 13); r1('cpop', 0xffffffff, 32); r1('cpop', 0, 0); },
  max: () => { rr('max', -1, 1, 1); },
  maxu: () => { rr('maxu', -1, 1, 0xffffffff); },
  min: () => { rr('min', 0x80000000, 0x7fffffff, 0x80000000); },
  minu: () => { rr('minu', 0x80000000, 0x7fffffff, 0x7fffffff); },
  'sext.b': () => { r1('sext.b', 0x12345680, 0xffffff80); r1('sext.b', 0x7f, 0x7f); },
  'sext.h': () => { r1('sext.h', 0x12348000, 0xffff8000); },
  'zext.h': () => { r1('zext.h', 0xffff8001, 0x8001); },
  rol: () => { rr('rol', 0x80000001, 1, 3); rr('rol', 0x12345678, 36, 0x23456781); rr('rol', 0x12345678, 0, 0x12345678); },
  ror: () => { rr('ror', 0x80000001, 1, 0xc0000000); rr('ror', 0x12345678, 32, 0x12345678); },
  rori: () => { ri('rori', 0x12345678, 8, 0x78123456); ri('rori', 0x12345678, 31, 0x2468acf0); },
  'orc.b': () => { r1('orc.b', 0x00100a00, 0x00ffff00); r1('orc.b', 0x80000001, 0xff0000ff); },
  rev8: () => { r1('rev8', 0x12345678, 0x78563412); },
  bclr: () => { rr('bclr', -1, 31, 0x7fffffff); rr('bclr', -1, 33, 0xfffffffd); },
  bclri: () => { ri('bclri', 0xff, 3, 0xf7); },
  bext: () => { rr('bext', 0x80000000, 31, 1); rr('bext', 0x80000000, 30, 0); },
  bexti: () => { ri('bexti', 0x10, 4, 1); },
  binv: () => { rr('binv', 0, 63, 0x80000000); },
  binvi: () => { ri('binvi', -1, 0, 0xfffffffe); },
  bset: () => { rr('bset', 0, 5, 0x20); },
  bseti: () => { ri('bseti', 1, 31, 0x80000001); },
  'czero.eqz': () => { rr('czero.eqz', 0x1234, 0, 0); rr('czero.eqz', 0x1234, 0x80000000, 0x1234); },
  'czero.nez': () => { rr('czero.nez', 0x1234, 0, 0x1234); rr('czero.nez', 0x1234, 1, 0); },
};

describe('every table entry executes per the spec', () => {
  for (const s of RV32_INSNS) {
    it(s.name, () => {
      const t = SEMANTICS[s.name];
      expect(t, `no SEMANTICS test for ${s.name}`).toBeDefined();
      t!();
    });
  }
  it('covers exactly the table', () => {
    expect(Object.keys(SEMANTICS).sort()).toEqual(RV32_INSNS.map((s) => s.name).sort());
  });
});

function rnd(n: number): number { return Math.floor(Math.random() * n); }

describe('Zicond and Zb* on random operands (QEMU 7.2 has no Zicond: the spec\'s definitions are the reference)', () => {
  const pick = (): number => [0, 1, -1, 0x80000000, rnd(64), 1 << rnd(32), rnd(2 ** 32)][rnd(7)]! | 0;
  const u = (v: number): number => v >>> 0;
  const reference: Record<string, (a: number, b: number) => number> = {
    'czero.eqz': (a, b) => (b === 0 ? 0 : a),
    'czero.nez': (a, b) => (b !== 0 ? 0 : a),
    sh3add: (a, b) => (a * 8 + b) | 0,
    max: (a, b) => Math.max(a, b),
    minu: (a, b) => (u(a) < u(b) ? a : b),
    rol: (a, b) => Number(((BigInt(u(a)) << BigInt(b & 31)) | (BigInt(u(a)) >> BigInt(32 - (b & 31)))) & 0xffffffffn) | 0,
    bext: (a, b) => Number((BigInt(u(a)) >> BigInt(b & 31)) & 1n),
  };
  for (const [name, ref] of Object.entries(reference)) {
    it(name, () => {
      const { hart } = exec([encode(name, { rd: A0, rs1: A1, rs2: A2 })], {}, 0);
      for (let i = 0; i < 1000; i++) {
        const a = pick(), b = pick();
        hart.x[A1] = a; hart.x[A2] = b; hart.pc = RAM;
        hart.run(1);
        expect(hart.x[A0]! >>> 0, `${name} ${u(a).toString(16)} ${u(b).toString(16)}`).toBe(u(ref(a, b)));
      }
    });
  }
});

describe('32-bit table decoding', () => {
  it('no two entries overlap', () => {
    for (const a of RV32_INSNS) for (const b of RV32_INSNS) {
      if (a === b) continue;
      const common = (a.mask & b.mask) >>> 0;
      expect(((a.match & common) >>> 0) === ((b.match & common) >>> 0), `${a.name} vs ${b.name}`).toBe(false);
    }
  });
  it('random operands round-trip through encode/decode for every entry', () => {
    for (const s of RV32_INSNS) {
      for (let i = 0; i < 200; i++) {
        const ops = { rd: rnd(32), rs1: rnd(32), rs2: rnd(32), imm: 0 };
        switch (s.format) {
          case 'I': case 'L': case 'JALR': case 'S': ops.imm = rnd(4096) - 2048; break;
          case 'SH': ops.imm = rnd(32); break;
          case 'B': ops.imm = (rnd(4096) - 2048) * 2; break;
          case 'U': ops.imm = (rnd(1 << 20) << 12) | 0; break;
          case 'J': ops.imm = (rnd(1 << 20) - (1 << 19)) * 2; break;
          case 'CSR': case 'CSRI': ops.imm = rnd(4096); break;
          case 'AMO': case 'LR': ops.imm = rnd(4); break;
          case 'FENCE': ops.imm = rnd(256); break;
          case 'FL': case 'FS': ops.imm = rnd(4096) - 2048; break;
          case 'FR4': ops.imm = [0, 1, 2, 3, 4, 7][rnd(6)]! | (rnd(32) << 3); break;
          case 'FR': case 'FR1': case 'FX': case 'XF': case 'FCMP': ops.imm = s.rm === true ? [0, 1, 2, 3, 4, 7][rnd(6)]! : 0; break;
          default: break;
        }
        const w = encode(s.name, ops);
        expect(lookup32(w)).toBe(s);
        const d = decode(w);
        expect(d.op).toBe(s.op);
        expect(d.len).toBe(4);
        const uses = {
          rd: !['S', 'B', 'FENCE', 'N', 'FS'].includes(s.format), rs1: !['U', 'J', 'FENCE', 'N'].includes(s.format),
          rs2: ['R', 'S', 'B', 'AMO', 'FS', 'FR', 'FR4', 'FCMP'].includes(s.format),
        };
        if (uses.rd) expect(d.rd).toBe(ops.rd);
        if (uses.rs1) expect(d.rs1).toBe(ops.rs1);
        if (uses.rs2) expect(d.rs2).toBe(ops.rs2);
        if (!['R', 'N'].includes(s.format)) expect(d.imm, `${s.name} imm`).toBe(ops.imm);
      }
    }
  });
  it('known encodings (from GNU as) decode to the right entry', () => {
    const known: Array<[number, string]> = [
      [0x00150513, 'addi'], [0x00c12783, 'lw'], [0xfef42e23, 'sw'], [0x00b50063, 'beq'], [0xffdff0ef, 'jal'],
      [0x000500e7, 'jalr'], [0x80000537, 'lui'], [0x00001297, 'auipc'], [0x00351513, 'slli'], [0x41f65593, 'srai'],
      [0x30551073, 'csrrw'], [0x7c02d073, 'csrrwi'], [0x0ff0000f, 'fence'], [0x0000100f, 'fence.i'],
      [0x8330000f, 'fence'], [0x00000073, 'ecall'], [0x00100073, 'ebreak'], [0x30200073, 'mret'],
      [0x10500073, 'wfi'], [0x06b6252f, 'amoadd.w'], [0x1005a52f, 'lr.w'], [0x1ac5a52f, 'sc.w'], [0x02c5a533, 'mulhsu'],
    ];
    for (const [w, name] of known) expect(decode(w).spec?.name, name).toBe(name);
  });
  it('unknown 32-bit encodings are illegal with the word kept', () => {
    for (const w of [0xffffffff, 0x02000013 | (1 << 25) | 0x1000 /* slli with shamt[5] */, 0x10200073 /* sret */, 0x7b200073 /* dret */, 0x0000707f, 0x00007033 | 0x04000000, 0x0000302f /* amo funct3 011 (RV64) */, 0x1010202f /* lr.w with rs2 != 0 */]) {
      const d = decode(w);
      expect(d.op, w.toString(16)).toBe(Op.ILLEGAL);
      expect(d.imm >>> 0).toBe(w >>> 0);
    }
  });
});

// ---------------------------------------------------------------- compressed

/**
 * Independent expansion of RVC encodings to 32-bit words, written from the RVC chapter's
 * tables (field layouts per format). Returns null for reserved encodings.
 */
const b = (h: number, i: number): number => (h >> i) & 1;
const f = (h: number, hi: number, lo: number): number => (h >> lo) & ((1 << (hi - lo + 1)) - 1);
const sx = (v: number, bitsN: number): number => (v << (32 - bitsN)) >> (32 - bitsN);
const p = (h: number, lo: number): number => 8 + f(h, lo + 2, lo);
const ci6 = (h: number): number => sx((b(h, 12) << 5) | f(h, 6, 2), 6);
const rd5 = (h: number): number => f(h, 11, 7);
const rs25 = (h: number): number => f(h, 6, 2);

const C_EXPECT: Record<string, (h: number) => number | null> = {
  'c.addi4spn': (h) => {
    const u = (f(h, 10, 7) << 6) | (f(h, 12, 11) << 4) | (b(h, 5) << 3) | (b(h, 6) << 2);
    return u === 0 ? null : encode('addi', { rd: p(h, 2), rs1: 2, imm: u });
  },
  'c.lw': (h) => encode('lw', { rd: p(h, 2), rs1: p(h, 7), imm: (b(h, 5) << 6) | (f(h, 12, 10) << 3) | (b(h, 6) << 2) }),
  'c.sw': (h) => encode('sw', { rs2: p(h, 2), rs1: p(h, 7), imm: (b(h, 5) << 6) | (f(h, 12, 10) << 3) | (b(h, 6) << 2) }),
  'c.nop': (h) => encode('addi', { rd: 0, rs1: 0, imm: ci6(h) }),
  'c.addi': (h) => encode('addi', { rd: rd5(h), rs1: rd5(h), imm: ci6(h) }),
  'c.jal': (h) => encode('jal', { rd: 1, imm: cj(h) }),
  'c.li': (h) => encode('addi', { rd: rd5(h), rs1: 0, imm: ci6(h) }),
  'c.addi16sp': (h) => {
    const v = sx((b(h, 12) << 9) | (f(h, 4, 3) << 7) | (b(h, 5) << 6) | (b(h, 2) << 5) | (b(h, 6) << 4), 10);
    return v === 0 ? null : encode('addi', { rd: 2, rs1: 2, imm: v });
  },
  'c.lui': (h) => {
    const v = ci6(h);
    return v === 0 ? null : encode('lui', { rd: rd5(h), imm: v << 12 });
  },
  'c.srli': (h) => (b(h, 12) ? null : encode('srli', { rd: p(h, 7), rs1: p(h, 7), imm: f(h, 6, 2) })),
  'c.srai': (h) => (b(h, 12) ? null : encode('srai', { rd: p(h, 7), rs1: p(h, 7), imm: f(h, 6, 2) })),
  'c.andi': (h) => encode('andi', { rd: p(h, 7), rs1: p(h, 7), imm: ci6(h) }),
  'c.sub': (h) => encode('sub', { rd: p(h, 7), rs1: p(h, 7), rs2: p(h, 2) }),
  'c.xor': (h) => encode('xor', { rd: p(h, 7), rs1: p(h, 7), rs2: p(h, 2) }),
  'c.or': (h) => encode('or', { rd: p(h, 7), rs1: p(h, 7), rs2: p(h, 2) }),
  'c.and': (h) => encode('and', { rd: p(h, 7), rs1: p(h, 7), rs2: p(h, 2) }),
  'c.j': (h) => encode('jal', { rd: 0, imm: cj(h) }),
  'c.beqz': (h) => encode('beq', { rs1: p(h, 7), rs2: 0, imm: cb(h) }),
  'c.bnez': (h) => encode('bne', { rs1: p(h, 7), rs2: 0, imm: cb(h) }),
  'c.slli': (h) => (b(h, 12) ? null : encode('slli', { rd: rd5(h), rs1: rd5(h), imm: f(h, 6, 2) })),
  'c.lwsp': (h) => (rd5(h) === 0 ? null : encode('lw', { rd: rd5(h), rs1: 2, imm: (f(h, 3, 2) << 6) | (b(h, 12) << 5) | (f(h, 6, 4) << 2) })),
  'c.jr': (h) => (rd5(h) === 0 ? null : encode('jalr', { rd: 0, rs1: rd5(h), imm: 0 })),
  'c.mv': (h) => encode('add', { rd: rd5(h), rs1: 0, rs2: rs25(h) }),
  'c.ebreak': () => encode('ebreak'),
  'c.jalr': (h) => encode('jalr', { rd: 1, rs1: rd5(h), imm: 0 }),
  'c.add': (h) => encode('add', { rd: rd5(h), rs1: rd5(h), rs2: rs25(h) }),
  'c.swsp': (h) => encode('sw', { rs2: rs25(h), rs1: 2, imm: (f(h, 8, 7) << 6) | (f(h, 12, 9) << 2) }),
  // F/D loads and stores valid on RV32 (f8-f15 in the 3-bit register fields; any f register in c.f*sp)
  'c.fld': (h) => encode('fld', { rd: p(h, 2), rs1: p(h, 7), imm: (f(h, 6, 5) << 6) | (f(h, 12, 10) << 3) }),
  'c.flw': (h) => encode('flw', { rd: p(h, 2), rs1: p(h, 7), imm: (b(h, 5) << 6) | (f(h, 12, 10) << 3) | (b(h, 6) << 2) }),
  'c.fsd': (h) => encode('fsd', { rs2: p(h, 2), rs1: p(h, 7), imm: (f(h, 6, 5) << 6) | (f(h, 12, 10) << 3) }),
  'c.fsw': (h) => encode('fsw', { rs2: p(h, 2), rs1: p(h, 7), imm: (b(h, 5) << 6) | (f(h, 12, 10) << 3) | (b(h, 6) << 2) }),
  'c.fldsp': (h) => encode('fld', { rd: rd5(h), rs1: 2, imm: (f(h, 4, 2) << 6) | (b(h, 12) << 5) | (f(h, 6, 5) << 3) }),
  'c.flwsp': (h) => encode('flw', { rd: rd5(h), rs1: 2, imm: (f(h, 3, 2) << 6) | (b(h, 12) << 5) | (f(h, 6, 4) << 2) }),
  'c.fsdsp': (h) => encode('fsd', { rs2: rs25(h), rs1: 2, imm: (f(h, 9, 7) << 6) | (f(h, 12, 10) << 3) }),
  'c.fswsp': (h) => encode('fsw', { rs2: rs25(h), rs1: 2, imm: (f(h, 8, 7) << 6) | (f(h, 12, 9) << 2) }),
};
function cj(h: number): number {
  // offset[11|4|9:8|10|6|7|3:1|5]
  const v = (b(h, 12) << 11) | (b(h, 11) << 4) | (f(h, 10, 9) << 8) | (b(h, 8) << 10) | (b(h, 7) << 6) |
    (b(h, 6) << 7) | (f(h, 5, 3) << 1) | (b(h, 2) << 5);
  return sx(v, 12);
}
function cb(h: number): number {
  // offset[8|4:3] in 12:10, offset[7:6|2:1|5] in 6:2
  const v = (b(h, 12) << 8) | (f(h, 11, 10) << 3) | (f(h, 6, 5) << 6) | (f(h, 4, 3) << 1) | (b(h, 2) << 5);
  return sx(v, 9);
}

describe('compressed decoding', () => {
  it('every RVC entry has an independent expansion in this test', () => {
    expect(Object.keys(C_EXPECT).sort()).toEqual(RVC_INSNS.map((s) => s.name).sort());
  });
  for (const s of RVC_INSNS) {
    it(`${s.name}: random encodings decode like their 32-bit expansion`, () => {
      const exp = C_EXPECT[s.name]!;
      let legal = 0;
      for (let i = 0; i < 3000; i++) {
        const h = ((rnd(0x10000) & ~s.mask) | s.match) & 0xffff;
        // earlier (more specific) entries win: skip encodings they own
        const first = RVC_INSNS.find((e) => (h & e.mask) === e.match);
        if (first !== s) continue;
        const want = exp(h);
        const d = decode(h);
        if (want === null) {
          expect(d.op, `${s.name} ${h.toString(16)} reserved`).toBe(Op.ILLEGAL);
          expect(d.imm).toBe(h);
          expect(d.len).toBe(2);
          continue;
        }
        legal++;
        const e = decode(want);
        expect(d.len).toBe(2);
        expect({ op: d.op, rd: d.rd, rs1: d.rs1, rs2: d.rs2, imm: d.imm }, `${s.name} ${h.toString(16)}`)
          .toEqual({ op: e.op, rd: e.rd, rs1: e.rs1, rs2: e.rs2, imm: e.imm });
      }
      expect(legal).toBeGreaterThan(0);
    });
  }
  it('reserved and unsupported encodings are illegal', () => {
    const illegal = [
      0x0000, // all-zero halfword (c.addi4spn nzuimm=0, rd'=x8)
      0x0004, // c.addi4spn with nzuimm = 0, rd' = a1... (bits 4:2 = 001)
      0x4002, // c.lwsp rd=0
      0x8002, // c.jr rs1=0
      0x6101, // c.addi16sp imm=0
      0x6081, // c.lui ra, 0
      0x6001, // c.lui x0, 0 (reserved)
      0x1002, // c.slli with shamt[5]=1 (RV32 NSE)
      0x9001, // c.srli with shamt[5]=1
      0x9401, // c.srai with shamt[5]=1
      0x9c01, // c.subw (RV64)
      0x9c21, // c.addw (RV64)
      0x9c41, 0x9c61, // reserved
      0x8000, // quadrant 0 funct3 100: reserved
    ];
    for (const h of illegal) {
      const d = decode(h);
      expect(d.op, h.toString(16)).toBe(Op.ILLEGAL);
      expect(d.len).toBe(2);
      expect(d.imm).toBe(h);
    }
  });
  it('the compressed F/D loads and stores decode only with F (D), and nothing compressed without C', () => {
    const rv32imac = parseIsa('rv32imac').exts, rv32imafc = parseIsa('rv32imafc').exts, rv32imafdc = parseIsa('rv32imafdc').exts;
    const single = [0x6000, 0xe000, 0x6002, 0xe002]; // c.flw c.fsw c.flwsp c.fswsp
    const double = [0x2000, 0xa000, 0x2002, 0xa002]; // c.fld c.fsd c.fldsp c.fsdsp
    for (const h of [...single, ...double]) {
      expect(decode(h, newDecoded(), rv32imac).op, h.toString(16)).toBe(Op.ILLEGAL);
      expect(decode(h, newDecoded(), rv32imafc).op, h.toString(16)).toBe(single.includes(h) ? decode(h).op : Op.ILLEGAL);
      expect(decode(h, newDecoded(), rv32imafdc).op, h.toString(16)).not.toBe(Op.ILLEGAL);
    }
    for (const h of [0x0808, 0x4532, 0x8082, 0x0001]) {
      expect(decode(h, newDecoded(), parseIsa('rv32ima').exts)).toMatchObject({ op: Op.ILLEGAL, len: 2, imm: h });
    }
  });
  it('HINT encodings are legal and do nothing', () => {
    // c.addi x0, 1 ; c.li x0, 5 ; c.mv x0, a0 ; c.slli x0, 1 ; c.lui x0, 1 ; c.add x0, a0
    const hints = [0x0005, 0x4015, 0x802a, 0x0006, 0x6005, 0x902a];
    for (const h of hints) expect(decode(h).op, h.toString(16)).not.toBe(Op.ILLEGAL);
    const m = machine();
    const dv = new DataView(m.bus.ram.bytes.buffer, m.bus.ram.bytes.byteOffset);
    hints.forEach((h, i) => dv.setUint16(2 * i, h, true));
    m.hart.x[10] = 7;
    m.hart.run(hints.length);
    expect(m.hart.pc).toBe(RAM + 2 * hints.length);
    expect(m.hart.x[0]).toBe(0);
    expect(Array.from(m.hart.x.slice(1, 10)).every((v) => v === 0)).toBe(true);
  });
  it('known compressed encodings (from GNU as)', () => {
    expect(decode(0x0808)).toMatchObject({ op: Op.ADDI, rd: 10, rs1: 2, imm: 16, len: 2 }); // c.addi4spn a0,sp,16
    expect(decode(0x4532)).toMatchObject({ op: Op.LW, rd: 10, rs1: 2, imm: 12, len: 2 }); // c.lwsp a0,12(sp)
    expect(decode(0x8082)).toMatchObject({ op: Op.JALR, rd: 0, rs1: 1, imm: 0, len: 2 }); // c.jr ra
    expect(decode(0x5575)).toMatchObject({ op: Op.ADDI, rd: 10, rs1: 0, imm: -3, len: 2 }); // c.li a0,-3
    expect(decode(0x657d)).toMatchObject({ op: Op.LUI, rd: 10, imm: 0x1f000, len: 2 }); // c.lui a0,0x1f
    expect(decode(0x1141)).toMatchObject({ op: Op.ADDI, rd: 2, rs1: 2, imm: -16, len: 2 }); // c.addi sp,-16
    expect(decode(0xc606)).toMatchObject({ op: Op.SW, rs1: 2, rs2: 1, imm: 12, len: 2 }); // c.swsp ra,12(sp)
  });
  it('compressed instructions execute and advance pc by 2', () => {
    const m = machine();
    const dv = new DataView(m.bus.ram.bytes.buffer, m.bus.ram.bytes.byteOffset);
    // c.li a0,-3 ; c.addi a0,... no: c.addi sp,-16 ; c.mv a1,a0 ; c.jr ra
    [0x5575, 0x1141, 0x85aa, 0x8082].forEach((h, i) => dv.setUint16(2 * i, h, true));
    m.hart.x[2] = RAM + 0x1000;
    m.hart.x[1] = RAM + 0x40;
    m.hart.run(4);
    expect(m.hart.x[10]).toBe(-3);
    expect(m.hart.x[11]).toBe(-3);
    expect(m.hart.x[2]! >>> 0).toBe(RAM + 0x1000 - 16);
    expect(m.hart.pc).toBe(RAM + 0x40);
  });
});

export { TRAP };
