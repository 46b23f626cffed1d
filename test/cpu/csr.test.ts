/** Zicsr rules, the machine CSRs and the counters. */
import { describe, expect, it } from 'vitest';
import { encode as e } from '../../src/cpu/encode.js';
import { machine, RAM } from './testbus.js';

const A0 = 10, A1 = 11;
const csrr = (rd: number, csr: number): number => e('csrrs', { rd, rs1: 0, imm: csr });
const csrw = (csr: number, rs1: number): number => e('csrrw', { rd: 0, rs1, imm: csr });

/** Run one CSR instruction; returns [trapped, rd value]. */
function one(word: number, setup?: (m: ReturnType<typeof machine>) => void, priv: 0 | 3 = 3): { illegal: boolean; rd: number; m: ReturnType<typeof machine> } {
  const m = machine([word]);
  m.hart.priv = priv;
  setup?.(m);
  m.hart.run(1);
  const illegal = m.hart.lastTrap !== null;
  if (illegal) {
    expect(m.hart.lastTrap).toEqual({ cause: 2, epc: RAM, tval: word });
  }
  return { illegal, rd: m.hart.x[A0]! >>> 0, m };
}

describe('CSR access rules', () => {
  it('identification CSRs', () => {
    expect(one(csrr(A0, 0x301)).rd).toBe(0x40101105);
    for (const c of [0xf11, 0xf12, 0xf13, 0xf15, 0x310, 0x30a, 0x31a, 0x320]) {
      const r = one(csrr(A0, c), (m) => { m.hart.x[A0] = 99; });
      expect(r.illegal, c.toString(16)).toBe(false);
      expect(r.rd, c.toString(16)).toBe(0);
    }
    const m = machine([csrr(A0, 0xf14)], { hartId: 5 });
    m.hart.run(1);
    expect(m.hart.x[A0]).toBe(5);
  });
  it('writing a read-only CSR is illegal; csrrs/csrrc with rs1 = x0 and the *i forms with uimm = 0 do not write', () => {
    expect(one(e('csrrw', { rd: A0, rs1: 0, imm: 0xf14 })).illegal).toBe(true); // csrrw always writes
    expect(one(e('csrrwi', { rd: A0, rs1: 0, imm: 0xc00 })).illegal).toBe(true);
    expect(one(e('csrrs', { rd: A0, rs1: A1, imm: 0xf11 }), (m) => { m.hart.x[A1] = 0; }).illegal).toBe(true); // rs1 != x0 even if 0
    expect(one(e('csrrs', { rd: A0, rs1: 0, imm: 0xf11 })).illegal).toBe(false);
    expect(one(e('csrrc', { rd: A0, rs1: 0, imm: 0xc02 })).illegal).toBe(false);
    expect(one(e('csrrsi', { rd: A0, rs1: 0, imm: 0xc01 })).illegal).toBe(false);
    expect(one(e('csrrci', { rd: A0, rs1: 0, imm: 0xf14 })).illegal).toBe(false);
    expect(one(e('csrrci', { rd: A0, rs1: 1, imm: 0xf14 })).illegal).toBe(true);
    // misa is read/write (WARL): writes are accepted and ignored
    const r = one(e('csrrw', { rd: A0, rs1: A1, imm: 0x301 }), (m) => { m.hart.x[A1] = 0; });
    expect(r.illegal).toBe(false);
    expect(r.m.hart.readCsr(0x301)).toBe(0x40101105);
  });
  it('unimplemented CSRs are illegal (medeleg, mideleg, satp, sstatus, custom, fcsr)', () => {
    for (const c of [0x302, 0x303, 0x180, 0x100, 0x7c0, 0x003, 0x34a, 0x747]) {
      expect(one(csrr(A0, c)).illegal, c.toString(16)).toBe(true);
    }
  });
  it('hpm counters and events 3..31 exist, read 0 and ignore writes (as on QEMU)', () => {
    for (const c of [0xb03, 0xb1f, 0xb83, 0xb9f, 0x323, 0x33f, 0xc03, 0xc1f, 0xc83]) {
      const r = one(csrr(A0, c), (m) => { m.hart.x[A0] = 77; });
      expect(r.illegal, c.toString(16)).toBe(false);
      expect(r.m.hart.x[A0]).toBe(0);
    }
    const w = one(e('csrrw', { rd: A0, rs1: A1, imm: 0xb05 }), (m) => { m.hart.x[A1] = 5; });
    expect(w.illegal).toBe(false);
    expect(w.m.hart.readCsr(0xb05)).toBe(0);
    expect(one(e('csrrw', { rd: A0, rs1: A1, imm: 0xc03 })).illegal).toBe(true); // user counters are read-only
  });
  it('mstatus: MIE/MPIE/MPRV/TW writable, MPP WARL {U, M}', () => {
    const m = machine();
    m.hart.writeCsr(0x300, 0xffffffff);
    expect(m.hart.readCsr(0x300)).toBe(0x8 | 0x80 | 0x1800 | 0x20000 | 0x200000);
    m.hart.writeCsr(0x300, 0x800); // MPP = S (not implemented) -> U
    expect(m.hart.readCsr(0x300)).toBe(0);
    m.hart.writeCsr(0x300, 0x1000); // MPP = 2 (reserved) -> U
    expect(m.hart.readCsr(0x300)).toBe(0);
    m.hart.writeCsr(0x310, 0xffffffff);
    expect(m.hart.readCsr(0x310)).toBe(0);
  });
  it('mepc bit 0 is always 0; mtvec modes; mie only MSIE/MTIE/MEIE; mcause/mtval/mscratch full width', () => {
    const m = machine();
    m.hart.writeCsr(0x341, 0x80000003);
    expect(m.hart.readCsr(0x341)).toBe(0x80000002);
    m.hart.writeCsr(0x305, RAM + 0x101);
    expect(m.hart.readCsr(0x305)).toBe(RAM + 0x101);
    m.hart.writeCsr(0x305, RAM + 0x102); // mode 2 reserved -> direct
    expect(m.hart.readCsr(0x305) & 3).toBe(0);
    m.hart.writeCsr(0x304, 0xffffffff);
    expect(m.hart.readCsr(0x304)).toBe(0x888);
    for (const c of [0x340, 0x342, 0x343]) {
      m.hart.writeCsr(c, 0xdeadbeef);
      expect(m.hart.readCsr(c)).toBe(0xdeadbeef);
    }
  });
  it('mip is driven by hardware and read-only to software', () => {
    const { m, illegal } = one(e('csrrw', { rd: A0, rs1: A1, imm: 0x344 }), (mm) => {
      mm.hart.x[A1] = -1;
      mm.hart.setInterruptPending(0x80, true);
    });
    expect(illegal).toBe(false);
    expect(m.hart.x[A0]).toBe(0x80);
    expect(m.hart.readCsr(0x344)).toBe(0x80);
    m.hart.setInterruptPending(0x80, false);
    m.hart.setInterruptPending(0x808, true);
    expect(m.hart.readCsr(0x344)).toBe(0x808);
    m.hart.setInterruptPending(0xffff_ffff, false);
    m.hart.setInterruptPending(0x2, true); // SSIP is not a hardware bit here
    expect(m.hart.readCsr(0x344)).toBe(0);
  });
  it('pmpcfg0-3 and pmpaddr0-15 are plain storage (no enforcement in U-mode)', () => {
    const m = machine([
      csrw(0x3a0, A1), csrw(0x3bf, A1), csrw(0x3a3, A1), e('csrrs', { rd: A0, rs1: 0, imm: 0x3bf }),
      e('mret'), 0, 0, 0,
      e('sw', { rs2: A1, rs1: 12 }), // U-mode store to RAM: no PMP fault
    ]);
    m.hart.x[A1] = 0x1f1f1f1f;
    m.hart.x[12] = RAM + 0x2000;
    m.hart.writeCsr(0x341, RAM + 32);
    m.hart.run(6);
    expect(m.hart.x[A0]).toBe(0x1f1f1f1f);
    expect(m.hart.readCsr(0x3a0)).toBe(0x1f1f1f1f);
    expect(m.hart.priv).toBe(0);
    expect(m.hart.lastTrap).toBe(null);
    expect(m.bus.ram.bytes[0x2000]).toBe(0x1f);
  });
  it('U-mode counters are governed by mcounteren CY/TM/IR', () => {
    for (const [c, bit] of [[0xc00, 1], [0xc01, 2], [0xc02, 4], [0xc80, 1], [0xc81, 2], [0xc82, 4]] as const) {
      expect(one(csrr(A0, c), undefined, 0).illegal, `${c.toString(16)} without`).toBe(true);
      expect(one(csrr(A0, c), (m) => m.hart.writeCsr(0x306, bit), 0).illegal, `${c.toString(16)} with`).toBe(false);
      expect(one(csrr(A0, c), (m) => m.hart.writeCsr(0x306, 7 & ~bit), 0).illegal).toBe(true);
      expect(one(csrr(A0, c)).illegal).toBe(false); // M-mode always
    }
    expect(one(csrr(A0, 0xb00), (m) => m.hart.writeCsr(0x306, 7), 0).illegal).toBe(true); // mcycle from U
    const m = machine();
    m.hart.writeCsr(0x306, 0xffffffff);
    expect(m.hart.readCsr(0x306)).toBe(7);
  });
  it('time/timeh come from timeSource', () => {
    const m = machine([csrr(A0, 0xc01), csrr(A1, 0xc81)]);
    m.hart.timeSource = () => 0x1_2345_6789;
    m.hart.run(2);
    expect([m.hart.x[A0]! >>> 0, m.hart.x[A1]]).toEqual([0x23456789, 1]);
  });
});

describe('counters', () => {
  const nop = e('addi', { rd: 0, rs1: 0, imm: 0 });
  it('minstret/instret count retired instructions before the reading one; mcycle == minstret by default', () => {
    const m = machine([nop, nop, nop, csrr(A0, 0xb02), csrr(A1, 0xc00), csrr(12, 0xb82)]);
    m.hart.run(6);
    expect([m.hart.x[A0], m.hart.x[A1], m.hart.x[12]]).toEqual([3, 4, 0]);
    expect(m.hart.instret).toBe(6);
    expect(m.hart.cycle).toBe(6);
  });
  it('a minstret write: the next read returns the value; the writing instruction is not counted', () => {
    const m = machine([csrw(0xb02, A1), csrr(A0, 0xb02), nop, csrr(12, 0xb02), csrw(0xb82, 13), csrr(14, 0xb82), csrr(15, 0xb02)]);
    m.hart.x[A1] = 100;
    m.hart.x[13] = 2;
    m.hart.run(7);
    expect(m.hart.x[A0]).toBe(100);
    expect(m.hart.x[12]).toBe(102);
    expect(m.hart.x[14]).toBe(2);
    expect(m.hart.x[15]).toBe(104);
    expect(m.hart.readCsr(0xb02) + m.hart.readCsr(0xb82) * 2 ** 32).toBe(2 * 2 ** 32 + 105);
    // the true counts (the time base of the SoC) are not moved by the CSR writes
    expect(m.hart.instret).toBe(7);
    expect(m.hart.cycle).toBe(7); // mcycle unaffected
  });
  it('an mcycle write: the next read returns the value', () => {
    const m = machine([csrw(0xb00, A1), csrr(A0, 0xb00), csrr(12, 0xc00), csrw(0xb80, 13), csrr(14, 0xc80)]);
    m.hart.x[A1] = 0xfffffff0;
    m.hart.x[13] = 7;
    m.hart.run(5);
    expect([m.hart.x[A0]! >>> 0, m.hart.x[12]! >>> 0, m.hart.x[14]]).toEqual([0xfffffff0, 0xfffffff1, 7]);
    expect(m.hart.instret).toBe(5);
    expect(m.hart.cycle).toBe(5); // the true count
    expect(m.hart.readCsr(0xb80)).toBe(7);
  });
  it('64-bit counters carry into the high half', () => {
    const m = machine([nop, csrr(A0, 0xb02), csrr(A1, 0xb82)]);
    m.hart.writeCsr(0xb02, 0xffffffff);
    m.hart.run(3);
    expect([m.hart.x[A0], m.hart.x[A1]]).toEqual([0, 1]);
  });
  it('cycle model adds extra cycles per class', () => {
    const words = [
      e('lw', { rd: A0, rs1: 12 }), e('sw', { rs2: A0, rs1: 12 }), e('mul', { rd: A0, rs1: A0, rs2: A0 }),
      e('div', { rd: A0, rs1: A0, rs2: A0 }), e('beq', { rs1: 0, rs2: 0, imm: 8 }), nop,
      e('bne', { rs1: 0, rs2: 0, imm: 8 }), e('jal', { rd: 0, imm: 4 }), nop,
    ];
    const m = machine(words, { cycleModel: { load: 1, store: 2, mul: 3, div: 4, branchTaken: 5, jump: 6 } });
    m.hart.x[12] = RAM + 0x1000;
    m.hart.run(8);
    expect(m.hart.instret).toBe(8);
    expect(m.hart.cycle).toBe(8 + 1 + 2 + 3 + 4 + 5 + 6);
    expect(m.hart.readCsr(0xb00)).toBe(29);
  });
});
