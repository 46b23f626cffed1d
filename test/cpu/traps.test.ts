/** Traps, interrupts, wfi, privilege, run() exits, semihosting. Causes per the privileged spec. */
import { describe, expect, it } from 'vitest';
import { encode as e } from '../../src/cpu/encode.js';
import { MIP_MEIP, MIP_MSIP, MIP_MTIP } from '../../src/cpu/hart.js';
import { machine, writeHalves, writeWords, RAM, RAM_SIZE, FLASH, MMIO, TRAP } from './testbus.js';

const MSTATUS = 0x300, MIE = 0x304, MTVEC = 0x305, MEPC = 0x341, MCAUSE = 0x342, MTVAL = 0x343, MIP = 0x344;
const A0 = 10, A1 = 11, A2 = 12, SP = 2;

function trapOf(words: number[], regs: Record<number, number> = {}, steps = 1, misaligned: 'trap' | 'emulate' = 'emulate') {
  const m = machine(words, { misaligned });
  for (const [r, v] of Object.entries(regs)) m.hart.x[Number(r)] = v;
  m.hart.run(steps);
  const h = m.hart;
  return { m, cause: h.readCsr(MCAUSE), epc: h.readCsr(MEPC), tval: h.readCsr(MTVAL), pc: h.pc };
}

describe('exceptions', () => {
  it('illegal 32-bit instruction: cause 2, mtval = the word', () => {
    expect(trapOf([0xffffffff])).toMatchObject({ cause: 2, epc: RAM, tval: 0xffffffff, pc: TRAP });
    expect(trapOf([0x10200073 /* sret */])).toMatchObject({ cause: 2, tval: 0x10200073 });
  });
  it('illegal compressed instruction: mtval = the 16-bit parcel; all-zero halfword is illegal', () => {
    const m = machine();
    writeHalves(m.bus.ram.bytes, 0, [0x0001, 0x8002 /* c.jr x0 */]);
    m.hart.run(2);
    expect(m.hart.readCsr(MCAUSE)).toBe(2);
    expect(m.hart.readCsr(MEPC)).toBe(RAM + 2);
    expect(m.hart.readCsr(MTVAL)).toBe(0x8002);
    expect(trapOf([0x00000000])).toMatchObject({ cause: 2, tval: 0, epc: RAM });
  });
  it('instruction address misaligned: cause 0 when a host sets an odd pc', () => {
    const m = machine([e('addi', { rd: A0, rs1: A0, imm: 1 })]);
    m.hart.pc = RAM + 1;
    m.hart.run(1);
    expect([m.hart.readCsr(MCAUSE), m.hart.readCsr(MEPC), m.hart.readCsr(MTVAL)]).toEqual([0, RAM, RAM + 1]);
  });
  it("misaligned: 'trap' mode: loads cause 4, mtval = address (every misaligned lh/lhu/lw)", () => {
    for (const [name, off] of [['lh', 1], ['lhu', 3], ['lw', 2], ['lw', 1]] as const) {
      expect(trapOf([e(name, { rd: A0, rs1: A1, imm: off })], { [A1]: RAM + 0x1000 }, 1, 'trap'))
        .toMatchObject({ cause: 4, epc: RAM, tval: RAM + 0x1000 + off, pc: TRAP });
    }
  });
  it("misaligned: 'trap' mode: stores cause 6, mtval = address", () => {
    for (const [name, off] of [['sh', 1], ['sw', 2], ['sw', 3]] as const) {
      expect(trapOf([e(name, { rs2: A0, rs1: A1, imm: off })], { [A1]: RAM + 0x1000 }, 1, 'trap'))
        .toMatchObject({ cause: 6, tval: RAM + 0x1000 + off });
    }
  });
  it('misaligned: default (QEMU 7.2 behaviour): loads and stores are performed, little-endian', () => {
    const bytes = [0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88];
    for (const [name, off, want] of [
      ['lw', 1, 0x55443322], ['lw', 3, 0x77665544 | 0], ['lh', 1, 0x3322], ['lhu', 3, 0x5544],
    ] as const) {
      const m = machine([e(name, { rd: A0, rs1: A1, imm: off })]);
      m.bus.ram.bytes.set(bytes, 0x1000);
      m.hart.x[A1] = RAM + 0x1000;
      m.hart.run(1);
      expect(m.hart.x[A0], `${name} +${off}`).toBe(want | 0);
      expect(m.hart.pc).toBe(RAM + 4);
      expect(m.hart.instret).toBe(1);
    }
    const neg = machine([e('lh', { rd: A0, rs1: A1, imm: 1 })]);
    neg.bus.ram.bytes.set([0x00, 0x34, 0x92], 0x1000);
    neg.hart.x[A1] = RAM + 0x1000;
    neg.hart.run(1);
    expect(neg.hart.x[A0]).toBe(0x9234 - 0x10000); // sign-extended
    const st = machine([e('sw', { rs2: A0, rs1: A1, imm: 3 }), e('sh', { rs2: A0, rs1: A1, imm: 9 })]);
    st.hart.x[A0] = 0x44332211;
    st.hart.x[A1] = RAM + 0x1000;
    st.hart.run(2);
    expect(Array.from(st.bus.ram.bytes.subarray(0x1000, 0x100c))).toEqual([0, 0, 0, 0x11, 0x22, 0x33, 0x44, 0, 0, 0x11, 0x22, 0]);
  });
  it('misaligned: default mode: an access spanning the end of memory is an access fault, nothing written', () => {
    expect(trapOf([e('lw', { rd: A0, rs1: A1 })], { [A1]: RAM + RAM_SIZE - 2 })).toMatchObject({ cause: 5, tval: RAM + RAM_SIZE - 2 });
    const r = trapOf([e('sw', { rs2: A0, rs1: A1 })], { [A1]: RAM + RAM_SIZE - 2, [A0]: -1 });
    expect(r).toMatchObject({ cause: 7, tval: RAM + RAM_SIZE - 2 });
    expect(Array.from(r.m.bus.ram.bytes.subarray(RAM_SIZE - 2))).toEqual([0, 0]);
    expect(trapOf([e('sh', { rs2: A0, rs1: A1, imm: 1 })], { [A1]: FLASH })).toMatchObject({ cause: 7, tval: FLASH + 1 });
  });
  it('misaligned AMO/SC -> 6, misaligned LR -> 4', () => {
    expect(trapOf([e('amoadd.w', { rd: A0, rs1: A1, rs2: A2 })], { [A1]: RAM + 0x1002 })).toMatchObject({ cause: 6, tval: RAM + 0x1002 });
    expect(trapOf([e('sc.w', { rd: A0, rs1: A1, rs2: A2 })], { [A1]: RAM + 0x1001 })).toMatchObject({ cause: 6, tval: RAM + 0x1001 });
    expect(trapOf([e('lr.w', { rd: A0, rs1: A1 })], { [A1]: RAM + 0x1003 })).toMatchObject({ cause: 4, tval: RAM + 0x1003 });
  });
  it('load/store/AMO access faults: 5 / 7 / 7 with mtval = address; rd unchanged', () => {
    const r = trapOf([e('lw', { rd: A0, rs1: A1, imm: 4 })], { [A1]: 0x40000000, [A0]: 123 });
    expect(r).toMatchObject({ cause: 5, tval: 0x40000004 });
    expect(r.m.hart.x[A0]).toBe(123);
    expect(trapOf([e('lb', { rd: A0, rs1: A1 })], { [A1]: 0x3 })).toMatchObject({ cause: 5, tval: 3 });
    expect(trapOf([e('sw', { rs2: A0, rs1: A1 })], { [A1]: 0x40000000 })).toMatchObject({ cause: 7, tval: 0x40000000 });
    expect(trapOf([e('sb', { rs2: A0, rs1: A1 })], { [A1]: FLASH + 5 })).toMatchObject({ cause: 7, tval: FLASH + 5 });
    expect(trapOf([e('amoswap.w', { rd: A0, rs1: A1, rs2: A2 })], { [A1]: 0x40000000 })).toMatchObject({ cause: 7 });
    expect(trapOf([e('amoor.w', { rd: A0, rs1: A1, rs2: A2 })], { [A1]: FLASH })).toMatchObject({ cause: 7, tval: FLASH });
    expect(trapOf([e('lr.w', { rd: A0, rs1: A1 })], { [A1]: 0x40000000 })).toMatchObject({ cause: 5 });
  });
  it('instruction access fault: cause 1, mtval = pc; second half of a 32-bit instruction: mtval = that address', () => {
    const r = trapOf([e('jalr', { rd: 0, rs1: A1 })], { [A1]: 0x40000000 }, 2);
    expect(r).toMatchObject({ cause: 1, epc: 0x40000000, tval: 0x40000000, pc: TRAP });
    const m = machine([e('jalr', { rd: 0, rs1: A1 })]);
    m.hart.x[A1] = RAM + RAM_SIZE - 2;
    writeHalves(m.bus.ram.bytes, RAM_SIZE - 2, [0x0513]); // low half of addi a0,a0,1
    m.hart.run(2);
    expect([m.hart.readCsr(MCAUSE), m.hart.readCsr(MEPC), m.hart.readCsr(MTVAL)]).toEqual([1, RAM + RAM_SIZE - 2, RAM + RAM_SIZE]);
  });
  it('ecall from M = 11, from U = 8, mtval 0; ebreak = 3, mtval 0 (as QEMU 7.2)', () => {
    expect(trapOf([e('ecall')])).toMatchObject({ cause: 11, tval: 0, epc: RAM });
    const m = machine([e('ecall')]);
    m.hart.priv = 0;
    m.hart.run(1);
    expect([m.hart.readCsr(MCAUSE), m.hart.readCsr(MTVAL), m.hart.priv]).toEqual([8, 0, 3]);
    expect((m.hart.readCsr(MSTATUS) >>> 11) & 3).toBe(0); // MPP = U
    expect(trapOf([0, e('ebreak')], {}, 2)).toMatchObject({ cause: 2 }); // first one is illegal
    const b = machine([e('addi', { rd: 0, rs1: 0, imm: 0 }), e('ebreak')]);
    b.hart.run(2);
    expect([b.hart.readCsr(MCAUSE), b.hart.readCsr(MEPC), b.hart.readCsr(MTVAL)]).toEqual([3, RAM + 4, 0]);
    // c.ebreak
    const c = machine();
    writeHalves(c.bus.ram.bytes, 0, [0x9002]);
    c.hart.run(1);
    expect([c.hart.readCsr(MCAUSE), c.hart.readCsr(MEPC), c.hart.readCsr(MTVAL)]).toEqual([3, RAM, 0]);
  });
  it('exception entry stacks mstatus: MPIE <- MIE, MIE <- 0, MPP <- priv; lastTrap recorded', () => {
    const m = machine([e('ecall')]);
    m.hart.writeCsr(MSTATUS, 0x8);
    m.hart.run(1);
    expect(m.hart.readCsr(MSTATUS) & 0x1888).toBe(0x1880);
    expect(m.hart.lastTrap).toEqual({ cause: 11, epc: RAM, tval: 0 });
  });
  it('mret restores: priv <- MPP, MIE <- MPIE, MPIE <- 1, MPP <- U; illegal in U-mode', () => {
    const m = machine([e('mret')]);
    m.hart.writeCsr(MSTATUS, 0x1800); // MPP = M, MPIE = 0, MIE = 0
    m.hart.writeCsr(MEPC, RAM + 0x101); // bit 0 reads 0
    m.hart.run(1);
    expect(m.hart.pc).toBe(RAM + 0x100);
    expect(m.hart.priv).toBe(3);
    expect(m.hart.readCsr(MSTATUS) & 0x1888).toBe(0x80);
    const u = machine([e('mret')]);
    u.hart.priv = 0;
    u.hart.run(1);
    expect([u.hart.readCsr(MCAUSE), u.hart.readCsr(MTVAL)]).toEqual([2, 0x30200073]);
  });
  it('M-mode CSRs from U-mode are illegal (mtval = instruction)', () => {
    const w = e('csrrs', { rd: A0, rs1: 0, imm: MSTATUS });
    const m = machine([w]);
    m.hart.priv = 0;
    m.hart.run(1);
    expect([m.hart.readCsr(MCAUSE), m.hart.readCsr(MTVAL), m.hart.readCsr(MEPC)]).toEqual([2, w, RAM]);
  });
});

describe('interrupts', () => {
  function armed(words: number[] = [e('addi', { rd: A0, rs1: A0, imm: 1 }), e('addi', { rd: A0, rs1: A0, imm: 1 })]) {
    const m = machine(words);
    m.hart.writeCsr(MIE, MIP_MEIP | MIP_MSIP | MIP_MTIP);
    m.hart.writeCsr(MSTATUS, 0x8);
    return m;
  }
  it('taken between instructions with mcause bit 31 and mepc = next instruction', () => {
    const m = armed();
    m.hart.run(1);
    m.hart.setInterruptPending(MIP_MTIP, true);
    m.hart.run(1);
    expect(m.hart.readCsr(MCAUSE)).toBe(0x80000007);
    expect(m.hart.readCsr(MEPC)).toBe(RAM + 4);
    expect(m.hart.readCsr(MTVAL)).toBe(0);
    expect(m.hart.x[A0]).toBe(1);
    expect(m.hart.readCsr(MSTATUS) & 0x1888).toBe(0x1880);
    expect(m.hart.readCsr(MIP)).toBe(MIP_MTIP);
  });
  it('priority MEI > MSI > MTI', () => {
    const order: number[] = [];
    const m = armed();
    m.hart.setInterruptPending(MIP_MTIP | MIP_MSIP | MIP_MEIP, true);
    for (const bit of [MIP_MEIP, MIP_MSIP, MIP_MTIP]) {
      m.hart.writeCsr(MSTATUS, 0x8);
      m.hart.pc = RAM;
      m.hart.run(0);
      order.push(m.hart.readCsr(MCAUSE) & 0xff);
      m.hart.setInterruptPending(bit, false);
    }
    expect(order).toEqual([11, 3, 7]);
  });
  it('not taken in M with MIE = 0 or when not enabled in mie; always taken in U-mode', () => {
    const m = armed();
    m.hart.writeCsr(MSTATUS, 0);
    m.hart.setInterruptPending(MIP_MTIP, true);
    m.hart.run(2);
    expect(m.hart.x[A0]).toBe(2);
    const n = armed();
    n.hart.writeCsr(MIE, MIP_MSIP);
    n.hart.setInterruptPending(MIP_MTIP, true);
    n.hart.run(2);
    expect(n.hart.x[A0]).toBe(2);
    const u = armed();
    u.hart.writeCsr(MSTATUS, 0);
    u.hart.priv = 0;
    u.hart.setInterruptPending(MIP_MEIP, true);
    u.hart.run(1);
    expect(u.hart.readCsr(MCAUSE)).toBe(0x8000000b);
    expect(u.hart.priv).toBe(3);
    expect((u.hart.readCsr(MSTATUS) >>> 11) & 3).toBe(0);
  });
  it('an interrupt raised by an MMIO store is taken right after that instruction', () => {
    const m = armed([e('sw', { rs2: A0, rs1: A1 }), e('addi', { rd: A0, rs1: A0, imm: 1 })]);
    m.hart.x[A1] = MMIO;
    m.bus.onStore = () => m.hart.setInterruptPending(MIP_MSIP, true);
    m.hart.run(10);
    expect(m.hart.readCsr(MCAUSE)).toBe(0x80000003);
    expect(m.hart.readCsr(MEPC)).toBe(RAM + 4);
    expect(m.hart.x[A0]).toBe(0);
  });
  it('enabling MIE with csrrsi makes a pending interrupt trap with mepc after the csr instruction', () => {
    const m = machine([e('csrrsi', { rd: 0, rs1: 8, imm: MSTATUS }), e('addi', { rd: A0, rs1: A0, imm: 1 })]);
    m.hart.writeCsr(MIE, MIP_MTIP);
    m.hart.setInterruptPending(MIP_MTIP, true);
    m.hart.run(5);
    expect(m.hart.readCsr(MCAUSE)).toBe(0x80000007);
    expect(m.hart.readCsr(MEPC)).toBe(RAM + 4);
  });
  it('vectored mtvec: interrupts go to base + 4*cause, exceptions to base', () => {
    const m = armed();
    m.hart.writeCsr(MTVEC, RAM + 0x400 + 1);
    m.hart.setInterruptPending(MIP_MTIP, true);
    m.hart.run(0);
    expect(m.hart.pc).toBe(RAM + 0x400 + 28);
    const x = machine([e('ecall')]);
    x.hart.writeCsr(MTVEC, RAM + 0x400 + 1);
    x.hart.run(1);
    expect(x.hart.pc).toBe(RAM + 0x400);
  });
});

describe('wfi', () => {
  it('stops when nothing is pending; run() keeps returning wfi until an interrupt is pending', () => {
    const m = machine([e('wfi'), e('addi', { rd: A0, rs1: A0, imm: 1 })]);
    m.hart.writeCsr(MIE, MIP_MTIP);
    expect(m.hart.run(100)).toBe('wfi');
    expect(m.hart.waiting).toBe(true);
    expect(m.hart.instret).toBe(1);
    expect(m.hart.pc).toBe(RAM + 4);
    expect(m.hart.run(100)).toBe('wfi');
    expect(m.hart.instret).toBe(1);
    // pending but not enabled in mie: still waiting
    m.hart.setInterruptPending(MIP_MSIP, true);
    expect(m.hart.run(100)).toBe('wfi');
    // enabled one pending: wakes even with mstatus.MIE = 0, continues after wfi, no trap
    m.hart.setInterruptPending(MIP_MTIP, true);
    expect(m.hart.run(1)).toBe('budget');
    expect(m.hart.waiting).toBe(false);
    expect(m.hart.x[A0]).toBe(1);
    expect(m.hart.lastTrap).toBe(null);
  });
  it('wakes into the handler with mepc = the instruction after wfi when MIE = 1', () => {
    const m = machine([e('wfi'), e('addi', { rd: A0, rs1: A0, imm: 1 })]);
    m.hart.writeCsr(MIE, MIP_MTIP);
    m.hart.writeCsr(MSTATUS, 8);
    expect(m.hart.run(100)).toBe('wfi');
    m.hart.setInterruptPending(MIP_MTIP, true);
    m.hart.run(1);
    expect(m.hart.readCsr(MCAUSE)).toBe(0x80000007);
    expect(m.hart.readCsr(MEPC)).toBe(RAM + 4);
  });
  it('is a nop when an enabled interrupt is already pending; executes in U-mode', () => {
    const m = machine([e('wfi'), e('addi', { rd: A0, rs1: A0, imm: 1 })]);
    m.hart.writeCsr(MIE, MIP_MTIP);
    m.hart.setInterruptPending(MIP_MTIP, true);
    expect(m.hart.run(2)).toBe('budget');
    expect(m.hart.x[A0]).toBe(1);
    const u = machine([e('wfi')]);
    u.hart.priv = 0;
    expect(u.hart.run(5)).toBe('wfi');
    expect(u.hart.lastTrap).toBe(null);
  });
});

describe('run() exits', () => {
  it('budget: exactly maxSteps steps; traps count as steps', () => {
    const m = machine(Array(20).fill(e('addi', { rd: A0, rs1: A0, imm: 1 })));
    expect(m.hart.run(7)).toBe('budget');
    expect(m.hart.instret).toBe(7);
    expect(m.hart.x[A0]).toBe(7);
    // ecall, then the handler loop: 1 trap + 4 retired jal
    const t = machine([e('ecall')]);
    t.hart.run(5);
    expect(t.hart.instret).toBe(4);
  });
  it('yield: a device calling requestYield during an access stops after that instruction', () => {
    const m = machine([e('sw', { rs2: A0, rs1: A1 }), e('addi', { rd: A0, rs1: A0, imm: 1 })]);
    m.hart.x[A1] = MMIO;
    m.bus.onStore = () => m.hart.requestYield();
    expect(m.hart.run(100)).toBe('yield');
    expect(m.hart.instret).toBe(1);
    expect(m.hart.pc).toBe(RAM + 4);
    expect(m.hart.run(1)).toBe('budget');
    expect(m.hart.x[A0]).toBe(1);
  });
  it('instret is exact when the bus is called', () => {
    const m = machine([e('addi', { rd: A0, rs1: A0, imm: 1 }), e('addi', { rd: A0, rs1: A0, imm: 1 }),
      e('lw', { rd: A2, rs1: A1 }), e('addi', { rd: A0, rs1: A0, imm: 1 }), e('sw', { rs2: A0, rs1: A1 })]);
    m.hart.x[A1] = MMIO;
    m.hart.run(5);
    expect(m.bus.log.map((l) => [l.kind, l.instret])).toEqual([['load', 2], ['store', 4]]);
  });
  it('trap-loop: an exception before any instruction retired since the previous one', () => {
    const m = machine([e('ecall')]);
    m.hart.writeCsr(MTVEC, 0x40000000); // unmapped
    expect(m.hart.run(1000)).toBe('trap-loop');
    expect(m.hart.lastTrap).toEqual({ cause: 1, epc: 0x40000000, tval: 0x40000000 });
    // the report names the trap that started it: the ecall, not the handler's fetch fault
    expect(m.hart.trapLoopFirst).toEqual({ cause: 11, epc: RAM, tval: 0 });
    // reset pc at unmapped memory with mtvec unmapped too
    const r = machine();
    r.hart.writeCsr(MTVEC, 0);
    r.hart.pc = 0x40000000;
    expect(r.hart.run(10)).toBe('trap-loop');
    expect(r.hart.trapLoopFirst).toEqual({ cause: 1, epc: 0x40000000, tval: 0x40000000 });
  });
  it('trap-loop: a handler that returns to the faulting instruction, 256 times in a row', () => {
    // handler: mret (back to the illegal instruction at RAM)
    const m = machine([0]);
    m.hart.writeCsr(MTVEC, RAM + 0x100);
    writeWords(m.bus.ram.bytes, 0x100, [e('addi', { rd: A0, rs1: A0, imm: 1 }), e('mret')]);
    expect(m.hart.run(1_000_000)).toBe('trap-loop');
    expect(m.hart.x[A0]).toBe(255);
    expect(m.hart.instret).toBe(2 * 255);
    expect(m.hart.trapLoopFirst).toEqual({ cause: 2, epc: RAM, tval: 0 });
  });
  it('trap-loop: a handler whose own instruction keeps faulting (a stack overflow with a printing handler)', () => {
    // The program faults once (store to unmapped sp); the handler decrements sp and stores: it
    // faults at the same pc with a new mtval every time, never reaching mret.
    const m = machine([e('sw', { rs1: SP, rs2: A0, imm: 0 })]);
    m.hart.x[SP] = 0x40000000;
    m.hart.writeCsr(MTVEC, RAM + 0x100);
    writeWords(m.bus.ram.bytes, 0x100, [e('addi', { rd: SP, rs1: SP, imm: -16 }), e('sw', { rs1: SP, rs2: A0, imm: 0 }), e('mret')]);
    expect(m.hart.run(1_000_000)).toBe('trap-loop');
    expect(m.hart.instret).toBeLessThan(300);
    expect(m.hart.trapLoopFirst).toEqual({ cause: 7, epc: RAM, tval: 0x40000000 });
    expect(m.hart.lastTrap).toMatchObject({ cause: 7, epc: RAM + 0x104 });
  });
  it('no trap-loop: the same ecall again and again with a handler that returns past it', () => {
    // loop: ecall; j loop   handler: mepc += 4; mret
    const m = machine([e('ecall'), e('jal', { rd: 0, imm: -4 })]);
    m.hart.writeCsr(MTVEC, RAM + 0x100);
    writeWords(m.bus.ram.bytes, 0x100, [e('csrrs', { rd: A1, rs1: 0, imm: MEPC }), e('addi', { rd: A1, rs1: A1, imm: 4 }),
      e('csrrw', { rd: 0, rs1: A1, imm: MEPC }), e('mret')]);
    expect(m.hart.run(100_000)).toBe('budget');
  });
});

describe('semihosting', () => {
  const SLLI = 0x01f01013, EBREAK = 0x00100073, SRAI = 0x40705013;
  it('calls the hook on the slli/ebreak/srai sequence; true retires the ebreak with pc = P+4', () => {
    const m = machine([SLLI, EBREAK, SRAI, e('addi', { rd: A1, rs1: A1, imm: 1 })]);
    const seen: number[] = [];
    m.hart.semihost = (h) => { seen.push(h.x[10]!, h.x[11]!, h.pc); h.x[10] = 42; return true; };
    m.hart.x[10] = 0x18; m.hart.x[11] = 7;
    m.hart.run(4);
    expect(seen).toEqual([0x18, 7, RAM + 4]);
    expect(m.hart.x[10]).toBe(42);
    expect(m.hart.x[A1]).toBe(8);
    expect(m.hart.instret).toBe(4);
    expect(m.hart.lastTrap).toBe(null);
  });
  it('false or no hook: breakpoint exception; no hook call without the sequence', () => {
    const m = machine([SLLI, EBREAK, SRAI]);
    m.hart.semihost = () => false;
    m.hart.run(2);
    expect([m.hart.readCsr(MCAUSE), m.hart.readCsr(MEPC)]).toEqual([3, RAM + 4]);
    const n = machine([SLLI, EBREAK, SRAI]);
    n.hart.run(2);
    expect(n.hart.readCsr(MCAUSE)).toBe(3);
    const o = machine([e('addi', { rd: 0, rs1: 0, imm: 0 }), EBREAK, SRAI]);
    let called = false;
    o.hart.semihost = () => { called = true; return true; };
    o.hart.run(2);
    expect(called).toBe(false);
    expect(o.hart.readCsr(MCAUSE)).toBe(3);
  });
});
