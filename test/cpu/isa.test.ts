/**
 * Every entry of the instruction table (src/cpu/isa.ts) has execution tests here: the test list
 * is built by iterating the table, so a new entry without a SEMANTICS case fails. Expected values
 * are literals from the RISC-V unprivileged spec (e.g. division by zero, signed overflow).
 */
import { describe, expect, it } from 'vitest';
import { RV32_INSNS, RVC_INSNS, Op } from '../../src/cpu/isa.js';
import { decode, lookup32 } from '../../src/cpu/decode.js';
import { encode } from '../../src/cpu/encode.js';
import { machine, RAM, TRAP, readWord, writeWords, type TestBus } from './testbus.js';
import type { Hart } from '../../src/cpu/hart.js';

const A0 = 10, A1 = 11, A2 = 12;
type M = { hart: Hart; bus: TestBus };

function exec(words: number[], regs: Record<number, number> = {}, steps = 1, setup?: (m: M) => void): M {
  const m = machine(words);
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
          default: break;
        }
        const w = encode(s.name, ops);
        expect(lookup32(w)).toBe(s);
        const d = decode(w);
        expect(d.op).toBe(s.op);
        expect(d.len).toBe(4);
        const uses = { rd: !['S', 'B', 'FENCE', 'N'].includes(s.format), rs1: !['U', 'J', 'FENCE', 'N'].includes(s.format), rs2: ['R', 'S', 'B', 'AMO'].includes(s.format) };
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
      0x2000, 0x6000, 0xa000, 0xe000, // c.fld c.flw c.fsd c.fsw
      0x2002, 0x6002, 0xa002, 0xe002, // c.fldsp c.flwsp c.fsdsp c.fswsp
      0x8000, // quadrant 0 funct3 100: reserved
    ];
    for (const h of illegal) {
      const d = decode(h);
      expect(d.op, h.toString(16)).toBe(Op.ILLEGAL);
      expect(d.len).toBe(2);
      expect(d.imm).toBe(h);
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
