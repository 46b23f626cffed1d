/** The decoded-instruction cache: self-modifying code, fence.i, invalidate(), windows, snapshots. */
import { describe, expect, it } from 'vitest';
import { encode as e } from '../../src/cpu/encode.js';
import { machine, writeWords, writeHalves, RAM, FLASH, MMIO } from './testbus.js';

const A0 = 10, A1 = 11, A2 = 12, T0 = 5;
const addi = (imm: number): number => e('addi', { rd: A0, rs1: A0, imm });

describe('decode cache invalidation', () => {
  it('a store over an already executed instruction takes effect (self-modifying code)', () => {
    // 0: addi a0,a0,1   <- rewritten to addi a0,a0,100 by the sw below
    // 4: sw a1,0(a2)
    // 8: addi t0,t0,1
    // c: beq t0,... loop back once: bne t0,a? use: if t0 == 1 jump to 0
    const m = machine([
      addi(1),
      e('sw', { rs2: A1, rs1: A2 }),
      e('addi', { rd: T0, rs1: T0, imm: 1 }),
      e('beq', { rs1: T0, rs2: 13, imm: -12 }),
      e('jal', { rd: 0, imm: 0 }),
    ]);
    m.hart.x[A1] = addi(100);
    m.hart.x[A2] = RAM;
    m.hart.x[13] = 1;
    m.hart.run(9);
    expect(m.hart.x[A0]).toBe(101);
    expect(m.bus.ram.dirty[0]).toBe(1);
  });
  it('stores of each width into the middle of a 32-bit instruction invalidate it', () => {
    for (const [name, off, val, want] of [
      // addi a0,a0,1 = 0x00150513: the upper half 0x0015 holds imm[11:0] and rs1[4:1]
      ['sh', 2, 0x0645, 100], // -> 0x06450513 = addi a0,a0,100
      ['sb', 3, 0x06, 97], // -> 0x06150513 = addi a0,a0,97
    ] as const) {
      const m = machine([addi(1), e(name, { rs2: A1, rs1: A2, imm: off }), e('jal', { rd: 0, imm: -8 })]);
      m.hart.x[A1] = val;
      m.hart.x[A2] = RAM;
      m.hart.run(4);
      const word = new DataView(m.bus.ram.bytes.buffer, m.bus.ram.bytes.byteOffset).getUint32(0, true);
      const imm = word >> 20;
      expect(m.hart.x[A0], name).toBe(1 + imm);
      expect(imm).toBe(want);
    }
  });
  it('a direct write is not seen until fence.i (then it is)', () => {
    const prog = [addi(1), e('jal', { rd: 0, imm: 4 }), e('fence.i'), e('jal', { rd: 0, imm: -12 })];
    const m = machine(prog);
    m.hart.run(1); // executes addi a0,a0,1 (decoded + cached)
    writeWords(m.bus.ram.bytes, 0, [addi(10)]); // behind the hart's back
    m.hart.pc = RAM;
    m.hart.run(1);
    expect(m.hart.x[A0]).toBe(2); // stale decode: this is what fence.i is for
    m.hart.pc = RAM + 8;
    m.hart.run(3); // fence.i; jal -> 0; addi (re-decoded)
    expect(m.hart.x[A0]).toBe(12);
  });
  it('invalidate(addr, len) forgets decoded code', () => {
    const m = machine([addi(1), e('jal', { rd: 0, imm: -4 })]);
    m.hart.run(2);
    expect(m.hart.x[A0]).toBe(1);
    writeWords(m.bus.ram.bytes, 0, [addi(5)]);
    m.hart.invalidate(RAM + 3, 1); // any overlap with the instruction
    m.hart.run(2);
    expect(m.hart.x[A0]).toBe(6);
  });
  it('an instruction straddling a page boundary is invalidated by a store to its second half', () => {
    const m = machine();
    // 0x80000ffc: c.nop ; 0x80000ffe: addi a0,a0,1 (split over two pages) ; 0x80001002: sh ; jal back
    writeHalves(m.bus.ram.bytes, 0xffc, [0x0001, 0x0513, 0x0015]);
    const dv = new DataView(m.bus.ram.bytes.buffer, m.bus.ram.bytes.byteOffset);
    dv.setUint32(0x1002, e('sh', { rs2: A1, rs1: A2 }), true);
    dv.setUint32(0x1006, e('jal', { rd: 0, imm: -8 }), true);
    m.hart.pc = RAM + 0xffe;
    m.hart.x[A1] = 0x0645; // upper half -> addi a0,a0,100
    m.hart.x[A2] = RAM + 0x1000;
    m.hart.run(4);
    expect(m.hart.x[A0]).toBe(101);
  });
  it('... also when the second page holds no other decoded code', () => {
    const m = machine();
    const dv = new DataView(m.bus.ram.bytes.buffer, m.bus.ram.bytes.byteOffset);
    dv.setUint32(0xff4, e('sh', { rs2: A1, rs1: A2 }), true);
    dv.setUint32(0xff8, e('jal', { rd: 0, imm: 6 }), true);
    writeHalves(m.bus.ram.bytes, 0xffe, [0x0513, 0x0015]); // addi a0,a0,1 over the boundary
    m.hart.pc = RAM + 0xffe;
    m.hart.run(1);
    expect(m.hart.x[A0]).toBe(1);
    m.hart.pc = RAM + 0xff4;
    m.hart.x[A1] = 0x0645;
    m.hart.x[A2] = RAM + 0x1000;
    m.hart.run(3);
    expect(m.hart.x[A0]).toBe(101);
  });
  it('code runs from flash (XIP) and loads read flash directly; flash stores fault', () => {
    const m = machine();
    writeWords(m.bus.flash.bytes, 0, [e('lw', { rd: A0, rs1: A1, imm: 0x100 }), e('lhu', { rd: A2, rs1: A1, imm: 0x102 }), e('lb', { rd: 13, rs1: A1, imm: 0x103 })]);
    writeWords(m.bus.flash.bytes, 0x100, [0x8765abcd]);
    m.hart.pc = FLASH;
    m.hart.x[A1] = FLASH;
    m.hart.run(3);
    expect([m.hart.x[A0]! >>> 0, m.hart.x[A2], m.hart.x[13]]).toEqual([0x8765abcd, 0x8765, -121]);
  });
  it('code outside the windows is fetched through bus.fetch16 every time (not cached)', () => {
    const m = machine();
    m.bus.code.set(0, 0x0505); // c.addi a0,1
    m.bus.code.set(2, 0x0505);
    m.bus.code.set(4, 0x0513); // addi a0,a0,1 (32-bit)
    m.bus.code.set(6, 0x0015);
    m.bus.code.set(8, 0xbfe5); // c.j -8
    m.hart.pc = MMIO;
    m.hart.run(4);
    expect(m.hart.x[A0]).toBe(3);
    m.bus.code.set(0, 0x0515); // c.addi a0,5
    m.hart.run(2); // c.addi a0,5 (re-fetched) ; c.addi a0,1
    expect(m.hart.x[A0]).toBe(9);
    expect(m.hart.pc).toBe(MMIO + 4);
  });
  it('reset() and restore() forget decoded code', () => {
    const m = machine([addi(1)]);
    m.hart.run(1);
    writeWords(m.bus.ram.bytes, 0, [addi(7)]);
    m.hart.reset(RAM);
    m.hart.run(1);
    expect(m.hart.x[A0]).toBe(7);
  });
  it('decodedAt exposes the decoded fields', () => {
    const m = machine([e('sw', { rs2: A1, rs1: A2, imm: -8 })]);
    expect(m.hart.decodedAt(RAM)).toMatchObject({ len: 4, rs1: A2, rs2: A1, imm: -8 });
    writeHalves(m.bus.ram.bytes, 4, [0x5575]);
    expect(m.hart.decodedAt(RAM + 4)).toMatchObject({ len: 2, rd: A0, rs1: 0, imm: -3 });
  });
});

describe('snapshot/restore', () => {
  it('round-trips the architectural state', () => {
    const m = machine([addi(1), e('csrrw', { rd: 0, rs1: A0, imm: 0x340 }), addi(1), addi(1)]);
    m.hart.run(2);
    const s = m.hart.snapshot();
    const json = JSON.parse(JSON.stringify(s));
    m.hart.run(2);
    expect(m.hart.x[A0]).toBe(3);
    m.hart.restore(json);
    expect(m.hart.x[A0]).toBe(1);
    expect(m.hart.pc).toBe(RAM + 8);
    expect(m.hart.instret).toBe(2);
    expect(m.hart.readCsr(0x340)).toBe(1);
    m.hart.run(2);
    expect(m.hart.x[A0]).toBe(3);
    expect(m.hart.snapshot()).toEqual({ ...s, x: m.hart.snapshot().x, pc: RAM + 16, instret: 4, cycle: 4 });
  });
});
