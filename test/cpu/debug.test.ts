/** The trigger module (Sdtrig as QEMU 7.2 has it) and the host's breakpoints, watchpoints and single-step. */
import { describe, expect, it } from 'vitest';
import { encode as e } from '../../src/cpu/encode.js';
import { machine, RAM, TRAP } from './testbus.js';

const A0 = 10, A1 = 11, A2 = 12;
const TSELECT = 0x7a0, TDATA1 = 0x7a1, TDATA2 = 0x7a2, TDATA3 = 0x7a3, TINFO = 0x7a4;
const csrw = (csr: number, rs1: number): number => e('csrrw', { rd: 0, rs1, imm: csr });
const addi = (rd: number, rs1: number, imm: number): number => e('addi', { rd, rs1, imm });
const DATA = RAM + 0x1000;

describe('trigger CSRs', () => {
  it('csrw tselect, x0 works; tcontrol does not exist (as on QEMU 7.2)', () => {
    const m = machine([csrw(TSELECT, 0), e('csrrs', { rd: A0, rs1: 0, imm: 0x7a5 })]);
    m.hart.run(1);
    expect(m.hart.lastTrap).toBeNull();
    m.hart.run(1);
    expect(m.hart.lastTrap?.cause).toBe(2);
  });
  it('two triggers, tinfo 0x44, tdata1 WARL for types 2 and 6, other types ignored', () => {
    const { hart } = machine();
    hart.writeCsr(TSELECT, 5);
    expect(hart.readCsr(TSELECT)).toBe(0);
    hart.writeCsr(TSELECT, 1);
    expect(hart.readCsr(TSELECT)).toBe(1);
    hart.writeCsr(TSELECT, 2);
    expect(hart.readCsr(TSELECT)).toBe(1);
    expect(hart.readCsr(TINFO)).toBe(0x44);
    expect(hart.readCsr(TDATA1)).toBe(0x20000000);
    const cases: [number, number][] = [
      [0x2fffffff, 0x2003005f], [0x28000044, 0x20000044], [0x6fffffff, 0x6180005f], [0x60040000, 0x60000000],
      [0x60050000, 0x60050000], [0x10000000, 0x60050000], [0x30000000, 0x60050000], [0xf0000000, 0x60050000],
    ];
    for (const [w, r] of cases) {
      hart.writeCsr(TDATA1, w);
      expect(hart.readCsr(TDATA1), w.toString(16)).toBe(r);
    }
    hart.writeCsr(TDATA2, -1);
    expect(hart.readCsr(TDATA2)).toBe(0xffffffff);
    hart.writeCsr(TDATA3, -1);
    expect(hart.readCsr(TDATA3)).toBe(0);
    // reset and snapshots
    const snap = hart.snapshot();
    hart.reset(RAM);
    expect(hart.readCsr(TDATA1)).toBe(0x20000000);
    hart.restore(snap);
    expect(hart.readCsr(TSELECT)).toBe(1);
    expect(hart.readCsr(TDATA1)).toBe(0x60050000);
  });
  it('M-mode only: U-mode access is illegal', () => {
    const m = machine([e('csrrs', { rd: A0, rs1: 0, imm: TSELECT })]);
    m.hart.priv = 0;
    m.hart.run(1);
    expect(m.hart.lastTrap?.cause).toBe(2);
  });
});

describe('triggers fire before the instruction', () => {
  for (const translate of ['on', 'off'] as const) {
    it(`execute trigger: breakpoint exception, mepc = pc, mtval 0, instruction not run (translate ${translate})`, () => {
      const words = [addi(A0, A0, 1), addi(A0, A0, 2), addi(A0, A0, 4)];
      const m = machine(words, { translate });
      m.hart.writeCsr(TDATA2, RAM + 4);
      m.hart.writeCsr(TDATA1, 0x20000044);
      expect(m.hart.run(10)).toBe('budget');
      expect(m.hart.lastTrap).toEqual({ cause: 3, epc: RAM + 4, tval: 0 });
      expect(m.hart.x[A0]).toBe(1);
      expect(m.hart.instret).toBe(1 + 8); // addi, then the trap loop at TRAP
      expect(m.hart.pc).toBe(TRAP);
    });
  }
  it('load trigger: the load does not happen; store trigger: memory unchanged', () => {
    const m = machine([e('lw', { rd: A0, rs1: A1, imm: 0 }), e('sw', { rs1: A1, rs2: A2, imm: 4 })]);
    m.bus.ram.bytes.set([1, 2, 3, 4, 5, 6, 7, 8], DATA - RAM);
    m.hart.x[A0] = 77;
    m.hart.x[A1] = DATA;
    m.hart.x[A2] = -1;
    m.hart.writeCsr(TDATA2, DATA + 3);
    m.hart.writeCsr(TDATA1, 0x20000041);
    m.hart.run(1);
    expect(m.hart.lastTrap).toEqual({ cause: 3, epc: RAM, tval: 0 });
    expect(m.hart.x[A0]).toBe(77);
    m.hart.pc = RAM + 4;
    m.hart.writeCsr(TDATA2, DATA + 4);
    m.hart.writeCsr(TDATA1, 0x20010042); // one byte at DATA+4
    m.hart.run(1);
    expect(m.hart.lastTrap?.epc).toBe(RAM + 4);
    expect(Array.from(m.bus.ram.bytes.subarray(DATA - RAM + 4, DATA - RAM + 8))).toEqual([5, 6, 7, 8]);
  });
  it('the mode bits select the privilege', () => {
    const m = machine([addi(A0, A0, 1)]);
    m.hart.writeCsr(TDATA2, RAM);
    m.hart.writeCsr(TDATA1, 0x20000004 | 8); // u only
    m.hart.run(1);
    expect(m.hart.lastTrap).toBeNull();
    m.hart.pc = RAM;
    m.hart.priv = 0;
    m.hart.run(1);
    expect(m.hart.lastTrap?.cause).toBe(3);
  });
  it('nothing armed: the fast path; disarming leaves the debug path', () => {
    const m = machine([addi(A0, A0, 1), csrw(TDATA1, 0), addi(A0, A0, 1), e('jal', { rd: 0, imm: -4 })]);
    m.hart.writeCsr(TDATA2, 0x1234);
    m.hart.writeCsr(TDATA1, 0x20000044);
    expect(m.hart.debug.armed).toBe(true);
    m.hart.run(3);
    // x0 written to tdata1 is type 0: ignored, still armed (as on QEMU)
    expect(m.hart.debug.armed).toBe(true);
    m.hart.writeCsr(TDATA1, 0x20000000);
    expect(m.hart.debug.armed).toBe(false);
  });
});

describe('host breakpoints, watchpoints and single-step', () => {
  /** A loop: a0 counts, a store and a load to DATA each iteration. */
  const loop = [
    addi(A0, A0, 1),                              // 0
    e('sw', { rs1: A1, rs2: A0, imm: 0 }),        // 4
    e('lw', { rd: A2, rs1: A1, imm: 4 }),         // 8
    e('jal', { rd: 0, imm: -12 }),                // 12
  ];
  const fresh = (translate: 'on' | 'off' = 'on') => {
    const m = machine(loop, { translate });
    m.hart.x[A1] = DATA;
    return m;
  };

  it('a breakpoint stops before the instruction; resuming runs past it; counts are those of a plain run', () => {
    const ref = fresh();
    ref.hart.run(1000);
    const m = fresh();
    m.hart.debug.addBreakpoint(RAM + 8);
    let stops = 0, steps = 0;
    for (;;) {
      const before = m.hart.instret;
      const r = m.hart.run(1000 - steps);
      steps += m.hart.instret - before;
      if (r !== 'debug') break;
      stops++;
      expect(m.hart.pc).toBe(RAM + 8);
      expect(m.hart.debug.lastStop).toEqual({ kind: 'breakpoint', pc: RAM + 8, hardware: false });
      m.hart.debug.resume(m.hart.pc);
    }
    expect(stops).toBe(250);
    expect(m.hart.instret).toBe(ref.hart.instret);
    expect(m.hart.cycle).toBe(ref.hart.cycle);
    expect(Array.from(m.hart.x)).toEqual(Array.from(ref.hart.x));
  });

  it('watchpoints stop before the access, by kind and overlap, and report the address', () => {
    const m = fresh();
    m.hart.debug.addWatchpoint(DATA + 2, 1, 'write');
    expect(m.hart.run(100)).toBe('debug');
    expect(m.hart.pc).toBe(RAM + 4);
    expect(m.hart.debug.lastStop).toEqual({ kind: 'watchpoint', pc: RAM + 4, watch: 'write', addr: DATA + 2 });
    expect(m.bus.ram.bytes[DATA - RAM]).toBe(0); // not stored yet
    m.hart.debug.removeWatchpoint(DATA + 2, 1, 'write');
    m.hart.debug.addWatchpoint(DATA + 4, 4, 'read');
    m.hart.debug.resume(m.hart.pc);
    expect(m.hart.run(100)).toBe('debug');
    expect(m.hart.pc).toBe(RAM + 8);
    expect(m.bus.ram.bytes[DATA - RAM]).toBe(1);
    m.hart.debug.removeWatchpoint(DATA + 4, 4, 'read');
    m.hart.debug.addWatchpoint(DATA + 8, 4, 'access'); // nothing touches it
    m.hart.debug.resume(m.hart.pc);
    expect(m.hart.run(100)).toBe('budget');
  });

  it('single-step: one step per run, including a step that traps; no count changes', () => {
    const ref = fresh('off');
    ref.hart.run(40);
    const m = fresh();
    let n = 0;
    while (n < 40) {
      m.hart.debug.resume(m.hart.pc, 1);
      const before = m.hart.instret;
      expect(m.hart.run(1000)).toBe('debug');
      expect(m.hart.instret - before).toBe(1);
      expect(m.hart.debug.lastStop).toEqual({ kind: 'step', pc: m.hart.pc });
      n++;
    }
    expect(m.hart.debug.armed).toBe(false);
    expect(m.hart.instret).toBe(ref.hart.instret);
    expect(Array.from(m.hart.x)).toEqual(Array.from(ref.hart.x));
    // an illegal instruction: the step ends in the handler
    const t = machine([0]);
    t.hart.debug.resume(RAM, 1);
    expect(t.hart.run(10)).toBe('debug');
    expect(t.hart.pc).toBe(TRAP);
    expect(t.hart.lastTrap?.cause).toBe(2);
  });

  it('host stops come before triggers; a trigger then fires on resume', () => {
    const m = fresh();
    m.hart.writeCsr(TDATA2, RAM + 4);
    m.hart.writeCsr(TDATA1, 0x20000044);
    m.hart.debug.addBreakpoint(RAM + 4, true);
    expect(m.hart.run(10)).toBe('debug');
    expect(m.hart.lastTrap).toBeNull();
    m.hart.debug.resume(m.hart.pc);
    m.hart.run(1);
    expect(m.hart.lastTrap).toEqual({ cause: 3, epc: RAM + 4, tval: 0 });
  });
});
