/**
 * The translation tier's own mechanisms against the interpreter: memory accesses grouped by base
 * register (one check per group), loads from flash, self-modifying-code detection per 64-byte
 * granule (data next to code), irreducible control flow, regions entered in the middle of a
 * loop, and straight-line code longer than one region. Every scenario runs in the three modes
 * ('off', 'on', 'check') with the same driver and must agree after every run() call.
 */
import { describe, expect, it } from 'vitest';
import { encode as e, REG as r } from '../../dist/src/cpu/encode.js';
import { agree, FLASH, MCAUSE, MEPC, MMIO, MTVAL, RAM, RAM_SIZE, TRAP, type M } from './tier-harness.js';

const { zero, ra, sp, s0, s1, t0, t1, t2, t3, a0, a1, a2, a3 } = r;

/** An item of a program: a label, or an instruction built from its pc and the label addresses. */
type Item = string | ((pc: number, at: (label: string) => number) => number);
const I = (name: string, o: { rd?: number; rs1?: number; rs2?: number; imm?: number } = {}): Item => () => e(name, o);
const B = (name: string, rs1: number, rs2: number, label: string): Item => (pc, at) => e(name, { rs1, rs2, imm: at(label) - pc });
const J = (rd: number, label: string): Item => (pc, at) => e('jal', { rd, imm: at(label) - pc });
/** la: the address of a label (lui + addi). */
const LA = (rd: number, label: string): Item[] => [
  (_pc, at) => { const v = at(label), lo = (v << 20) >> 20; return e('lui', { rd, imm: (v - lo) | 0 }); },
  (_pc, at) => e('addi', { rd, rs1: rd, imm: (at(label) << 20) >> 20 }),
];
/** li for values that need lui + addi. */
const LI = (rd: number, v: number): Item[] => {
  const lo = (v << 20) >> 20, hi = (v - lo) | 0;
  return [I('lui', { rd, imm: hi }), I('addi', { rd, rs1: rd, imm: lo })];
};

function asm(items: Item[]): number[] {
  const labels = new Map<string, number>();
  let pc = RAM;
  for (const it of items) { if (typeof it === 'string') labels.set(it, pc); else pc += 4; }
  const at = (l: string): number => { const a = labels.get(l); if (a === undefined) throw new Error(`no label ${l}`); return a; };
  const words: number[] = [];
  pc = RAM;
  for (const it of items) { if (typeof it !== 'string') { words.push(it(pc, at)); pc += 4; } }
  return words;
}

const runOnce = (budget: number) => (m: M, step: number) => (step < 1 ? m.hart.run(budget) : null);
const compiled = (ms: M[]): number => ms[1]!.hart.translateStats.compiled;

describe('translation tier: access groups', () => {
  it('loads and stores through one base register (a struct walk) agree with the interpreter', () => {
    const prog = asm([
      ...LI(s0, RAM + 0x4000), I('addi', { rd: t1, rs1: zero, imm: 500 }),
      'loop',
      I('lw', { rd: a0, rs1: s0, imm: 0 }), I('lh', { rd: a1, rs1: s0, imm: 4 }), I('lbu', { rd: a2, rs1: s0, imm: 7 }),
      I('add', { rd: a0, rs1: a0, rs2: t0 }), I('add', { rd: a1, rs1: a1, rs2: a2 }),
      I('sw', { rs1: s0, rs2: a0, imm: 0 }), I('sh', { rs1: s0, rs2: a1, imm: 4 }), I('sb', { rs1: s0, rs2: t0, imm: 7 }),
      I('lw', { rd: a3, rs1: s0, imm: 12 }), I('addi', { rd: a3, rs1: a3, imm: 3 }), I('sw', { rs1: s0, rs2: a3, imm: 12 }),
      I('addi', { rd: s0, rs1: s0, imm: 16 }), I('addi', { rd: t0, rs1: t0, imm: 1 }), B('bne', t0, t1, 'loop'),
      'end', J(zero, 'end'),
    ]);
    const ms = agree(prog, (m, step) => (step < 3 ? m.hart.run(3001) : null));
    expect(compiled(ms)).toBeGreaterThan(0);
    expect(ms[2]!.hart.checkStats.compared).toBeGreaterThan(0);
  });

  it('a group whose later member leaves RAM faults exactly there (mepc, mtval, instret)', () => {
    // s0 walks to the end of RAM; lw 0(s0) is still inside when lw 8(s0) is not.
    const prog = asm([
      ...LI(s0, RAM + RAM_SIZE - 4096),
      'loop',
      I('lw', { rd: a0, rs1: s0, imm: 0 }), I('add', { rd: a1, rs1: a1, rs2: a0 }),
      I('lw', { rd: a2, rs1: s0, imm: 8 }), I('add', { rd: a1, rs1: a1, rs2: a2 }),
      I('addi', { rd: s0, rs1: s0, imm: 4 }), J(zero, 'loop'),
    ]);
    const ms = agree(prog, runOnce(20000));
    const h = ms[1]!.hart;
    expect(compiled(ms)).toBeGreaterThan(0);
    expect(h.readCsr(MCAUSE)).toBe(5);
    expect(h.readCsr(MEPC)).toBe(RAM + 16);
    expect(h.readCsr(MTVAL)).toBe(RAM + RAM_SIZE);
    expect(h.pc).toBe(TRAP);
  });

  it('a hot loop whose base register points at MMIO: every device access happens, in order, at its instret', () => {
    const prog = asm([
      ...LI(s0, RAM + 0x4000), ...LI(s1, MMIO), I('addi', { rd: t1, rs1: zero, imm: 300 }),
      'loop',
      I('lw', { rd: a0, rs1: s0, imm: 0 }), I('lw', { rd: a1, rs1: s0, imm: 4 }), I('sw', { rs1: s0, rs2: a1, imm: 8 }),
      I('andi', { rd: t2, rs1: t0, imm: 63 }), B('bne', t2, zero, 'skip'),
      // every 64th iteration the base switches to the device for one round
      I('addi', { rd: a3, rs1: s0, imm: 0 }), I('addi', { rd: s0, rs1: s1, imm: 0 }), I('addi', { rd: s1, rs1: a3, imm: 0 }),
      'skip',
      I('addi', { rd: t0, rs1: t0, imm: 1 }), B('bne', t0, t1, 'loop'),
      'end', J(zero, 'end'),
    ]);
    const ms = agree(prog, (m, step) => (step < 4 ? m.hart.run(1000) : null));
    expect(compiled(ms)).toBeGreaterThan(0);
    expect(ms[1]!.bus.log.length).toBeGreaterThan(10);
  });

  it('loads from flash in a hot loop (XIP constants), with members at offsets that do not fit the group', () => {
    const prog = asm([
      ...LI(s0, FLASH), ...LI(t1, FLASH + 0x1000),
      'loop',
      I('lw', { rd: a0, rs1: s0, imm: 0 }), I('lh', { rd: a1, rs1: s0, imm: 2 }), I('lbu', { rd: a2, rs1: s0, imm: 5 }),
      I('lhu', { rd: a3, rs1: s0, imm: 1 }), // misaligned halfword: performed byte by byte
      I('add', { rd: t0, rs1: t0, rs2: a0 }), I('xor', { rd: t0, rs1: t0, rs2: a1 }),
      I('add', { rd: t0, rs1: t0, rs2: a2 }), I('add', { rd: t0, rs1: t0, rs2: a3 }),
      I('addi', { rd: s0, rs1: s0, imm: 8 }), B('bne', s0, t1, 'loop'),
      'end', J(zero, 'end'),
    ]);
    const fill = (m: M): void => { const f = m.bus.flash.bytes; for (let i = 0; i < 0x1000; i++) f[i] = (i * 37 + 11) & 255; };
    const ms = agree(prog, runOnce(10000), fill);
    expect(compiled(ms)).toBeGreaterThan(0);
    expect(ms[0]!.hart.x[t0]).not.toBe(0);
  });

  it('a store to flash from a hot loop raises the access fault the interpreter raises', () => {
    const prog = asm([
      ...LI(s0, RAM + 0x4000), ...LI(t1, 400),
      'loop',
      I('sw', { rs1: s0, rs2: t0, imm: 0 }), I('addi', { rd: t0, rs1: t0, imm: 1 }), B('bne', t0, t1, 'loop'),
      ...LI(s0, FLASH), J(zero, 'loop'),
    ]);
    const ms = agree(prog, runOnce(5000));
    expect(ms[0]!.hart.readCsr(MCAUSE)).toBe(7);
    expect(ms[0]!.hart.readCsr(MTVAL)).toBe(FLASH);
  });
});

describe('translation tier: checks hoisted before loops', () => {
  it('loop-invariant bases: stack slots, a device pointer used now and then, a store through a pointer into code', () => {
    // s1 points at the device (its check before the loop fails: the member leaves when it runs);
    // sp is checked once per loop entry; s0 points into the program's own code granule.
    const prog = asm([
      ...LI(sp, RAM + 0x7000), ...LI(s1, MMIO), ...LA(s0, 'slot'), ...LI(t2, 1500),
      'loop',
      I('addi', { rd: t0, rs1: t0, imm: 1 }), I('andi', { rd: t1, rs1: t0, imm: 127 }),
      B('bne', t1, zero, 'skip'),
      I('lw', { rd: a0, rs1: s1, imm: 4 }), I('add', { rd: a2, rs1: a2, rs2: a0 }),
      I('sw', { rs1: s0, rs2: 0, imm: 0 }), // a store into code (the nop slot below): invalidates
      'skip',
      I('lw', { rd: a1, rs1: sp, imm: 0 }), I('add', { rd: a1, rs1: a1, rs2: t0 }), I('sw', { rs1: sp, rs2: a1, imm: 4 }),
      I('sw', { rs1: sp, rs2: a1, imm: 0 }),
      B('bne', t0, t2, 'loop'),
      'end', J(zero, 'end'),
      'slot', I('addi', { rd: zero, rs1: zero, imm: 0 }),
    ]);
    const ms = agree(prog, (m, step) => (step < 4 ? m.hart.run(5003) : null));
    expect(compiled(ms)).toBeGreaterThan(0);
    expect(ms[0]!.bus.log.length).toBeGreaterThan(5);
    expect(ms[2]!.hart.checkStats.compared).toBeGreaterThan(0);
  });

  it('a null pointer used only on a rare path faults there, not at the loop entry', () => {
    const prog = asm([
      ...LI(sp, RAM + 0x7000), ...LI(t2, 3000),
      'loop',
      I('addi', { rd: t0, rs1: t0, imm: 1 }), I('lw', { rd: a1, rs1: sp, imm: 0 }), I('add', { rd: a1, rs1: a1, rs2: t0 }),
      I('sw', { rs1: sp, rs2: a1, imm: 0 }),
      B('bne', t0, t2, 'loop'),
      I('lw', { rd: a0, rs1: s1, imm: 0 }), // s1 = 0: access fault after the loop
      'end', J(zero, 'end'),
    ]);
    const ms = agree(prog, (m, step) => (step < 2 ? m.hart.run(20000) : null));
    expect(ms[0]!.hart.readCsr(MCAUSE)).toBe(5);
    expect(ms[1]!.hart.readCsr(MEPC)).toBe(ms[0]!.hart.readCsr(MEPC));
  });
});

describe('translation tier: self-modifying code by 64-byte granule', () => {
  const loopStoring = (offset: number): number[] => asm([
    ...LI(s0, RAM + offset), ...LI(t1, 3000),
    'loop',
    I('addi', { rd: t0, rs1: t0, imm: 1 }), I('sw', { rs1: s0, rs2: t0, imm: 0 }),
    I('lw', { rd: a0, rs1: s0, imm: 0 }), I('add', { rd: a1, rs1: a1, rs2: a0 }), B('bne', t0, t1, 'loop'),
    'end', J(zero, 'end'),
  ]);

  it('stores to data in the same 4 KiB page as hot code, but another granule, invalidate nothing', () => {
    const ms = agree(loopStoring(0x200), runOnce(20000));
    expect(compiled(ms)).toBeGreaterThan(0);
    expect(ms[1]!.hart.translateStats.invalidated).toBe(0);
  });

  it('stores into the granule of the code itself invalidate it every time and still agree', () => {
    // The stored word sits right after the program's last instruction, in the same granule.
    const ms = agree(loopStoring(0x24), runOnce(20000));
    expect(ms[0]!.hart.x[a1]).toBe(((3000 * 3001) / 2) | 0);
  });
});

describe('translation tier: control flow', () => {
  it('an irreducible loop (two ways into its body) agrees with the interpreter', () => {
    const prog = asm([
      I('addi', { rd: t3, rs1: zero, imm: 37 }), ...LI(s1, 2000),
      'outer',
      I('addi', { rd: t0, rs1: zero, imm: 0 }), I('andi', { rd: t1, rs1: a0, imm: 1 }),
      B('bne', t1, zero, 'middle'),
      'top', I('addi', { rd: t0, rs1: t0, imm: 1 }),
      'middle', I('addi', { rd: t0, rs1: t0, imm: 2 }), I('add', { rd: a1, rs1: a1, rs2: t0 }),
      B('blt', t0, t3, 'top'),
      I('addi', { rd: a0, rs1: a0, imm: 1 }), B('bne', a0, s1, 'outer'),
      'end', J(zero, 'end'),
    ]);
    const ms = agree(prog, (m, step) => (step < 5 ? m.hart.run(9999) : null));
    expect(compiled(ms)).toBeGreaterThan(0);
    expect(ms[2]!.hart.checkStats.compared).toBeGreaterThan(0);
  });

  it('a loop that calls a function: regions entered at the return address, in the middle of the loop', () => {
    const prog = asm([
      ...LI(sp, RAM + 0x7000), ...LI(s1, 3000),
      'loop',
      I('addi', { rd: a0, rs1: t0, imm: 0 }), J(ra, 'f'),
      I('add', { rd: a1, rs1: a1, rs2: a0 }), I('addi', { rd: t0, rs1: t0, imm: 1 }), B('bne', t0, s1, 'loop'),
      'end', J(zero, 'end'),
      'f', I('addi', { rd: sp, rs1: sp, imm: -16 }), I('sw', { rs1: sp, rs2: ra, imm: 12 }),
      I('slli', { rd: a0, rs1: a0, imm: 1 }), I('xori', { rd: a0, rs1: a0, imm: 0x55 }),
      I('lw', { rd: ra, rs1: sp, imm: 12 }), I('addi', { rd: sp, rs1: sp, imm: 16 }), I('jalr', { rd: zero, rs1: ra, imm: 0 }),
    ]);
    const ms = agree(prog, (m, step) => (step < 3 ? m.hart.run(11111) : null));
    expect(compiled(ms)).toBeGreaterThan(1);
  });

  it('straight-line code longer than one region, in a loop, with odd budgets', () => {
    const body: Item[] = [];
    for (let k = 0; k < 1500; k++) {
      body.push(k % 3 === 0 ? I('addi', { rd: a0, rs1: a0, imm: k & 511 })
        : k % 3 === 1 ? I('xor', { rd: a1, rs1: a1, rs2: a0 }) : I('slli', { rd: a2, rs1: a1, imm: k & 7 }));
    }
    // (a branch cannot reach back over 1,500 instructions: beq out, jal back)
    const prog = asm([...LI(s1, 200), 'loop', ...body, I('addi', { rd: t0, rs1: t0, imm: 1 }), B('beq', t0, s1, 'end'), J(zero, 'loop'), 'end', J(zero, 'end')]);
    const ms = agree(prog, (m, step) => (step < 31 ? m.hart.run(9973) : null));
    expect(compiled(ms)).toBeGreaterThan(1);
  });
});
