/**
 * The translation tier (src/cpu/wasm) against the interpreter on hand-built programs: every
 * scenario runs in three harts ('off', 'on', 'check') driven the same way, and their
 * architectural state must agree after every run() call. Uses the compiled code in dist (hot
 * loops are slow under vitest's transform).
 */
import { describe, expect, it } from 'vitest';
import { Hart, MIP_MEIP, MIP_MTIP } from '../../dist/src/cpu/hart.js';
import { moduleCacheStats } from '../../dist/src/cpu/wasm/tier.js';
import { encode as e, REG as r } from '../../dist/src/cpu/encode.js';
import { agree, Bus1, load, make, MCAUSE, MEPC, MIE, MMIO, MSTATUS, MTVAL, MTVEC, RAM, RAM_SIZE, state, TRAP, HOT, type Mode } from './tier-harness.js';

const { s0, s1, t0, t1, t2, t3, a0, a1, a2, sp } = r;

describe('block translator', () => {
  it('translates a hot loop and gives the interpreter\'s results (and check mode compares)', () => {
    const prog = [
      e('lui', { rd: s0, imm: RAM + 0x4000 }),
      e('addi', { rd: t1, rs1: 0, imm: 2000 }),
      // loop (pc 8): a2 += mem[s0 + (t0 & 63) * 4] * t0; mem[...] = a2
      e('andi', { rd: t2, rs1: t0, imm: 63 }),
      e('slli', { rd: t2, rs1: t2, imm: 2 }),
      e('add', { rd: t2, rs1: t2, rs2: s0 }),
      e('lw', { rd: a1, rs1: t2, imm: 0 }),
      e('mul', { rd: a1, rs1: a1, rs2: t0 }),
      e('add', { rd: a2, rs1: a2, rs2: a1 }),
      e('sw', { rs1: t2, rs2: a2, imm: 0 }),
      e('addi', { rd: t0, rs1: t0, imm: 1 }),
      e('bne', { rs1: t0, rs2: t1, imm: -32 }),
      e('jal', { rd: 0, imm: 0 }),
    ];
    const ms = agree(prog, (m, step) => (step < 1 ? m.hart.run(30000) : null));
    expect(ms[1]!.hart.translateStats.compiled).toBeGreaterThan(0);
    expect(ms[2]!.hart.checkStats.compared).toBeGreaterThan(0);
    expect(ms[0]!.hart.pc).toBe(RAM + 44);
  });

  it('a fault in the middle of a hot trace: mepc, mtval, mcause and instret as interpreted', () => {
    // Walks s0 up to the end of RAM: the lw faults after many iterations of a translated loop.
    const prog = [
      e('lui', { rd: s0, imm: RAM + 0xf000 }),
      e('addi', { rd: a0, rs1: 0, imm: 0 }),
      // loop (pc 8)
      e('addi', { rd: t0, rs1: t0, imm: 1 }),
      e('lw', { rd: a1, rs1: s0, imm: 0 }),
      e('add', { rd: a0, rs1: a0, rs2: a1 }),
      e('addi', { rd: s0, rs1: s0, imm: 4 }),
      e('jal', { rd: 0, imm: -16 }),
    ];
    const ms = agree(prog, (m, step) => (step < 1 ? m.hart.run(10000 + 5 * 1024 + 7) : null));
    const h = ms[1]!.hart;
    expect(h.translateStats.compiled).toBeGreaterThan(0);
    expect(h.readCsr(MCAUSE)).toBe(5);
    expect(h.readCsr(MEPC)).toBe(RAM + 12);
    expect(h.readCsr(MTVAL)).toBe(RAM + RAM_SIZE);
    expect(h.instret).toBe(2 + 5 * 1024 + 1 + (10000 + 5 * 1024 + 7 - (2 + 5 * 1024 + 2)));
    expect(h.pc).toBe(TRAP);
  });

  it("a misaligned store in a trace: performed by default, trapped in misaligned: 'trap' mode", () => {
    const prog = [
      e('lui', { rd: s0, imm: RAM + 0x4000 }),
      e('addi', { rd: s0, rs1: s0, imm: 1 }),
      // loop (pc 8)
      e('addi', { rd: t0, rs1: t0, imm: 1 }),
      e('sw', { rs1: s0, rs2: t0, imm: 0 }),
      e('lh', { rd: a1, rs1: s0, imm: 2 }),
      e('addi', { rd: t2, rs1: t0, imm: -200 }),
      e('bne', { rs1: t2, rs2: 0, imm: -16 }),
      e('addi', { rd: s0, rs1: s0, imm: 1 }),
      e('jal', { rd: 0, imm: -24 }),
    ];
    agree(prog, (m, step) => (step < 3 ? m.hart.run(777) : null));
    for (const misaligned of ['trap', 'emulate'] as const) {
      const a = new Hart(load(new Bus1(), prog), { resetPc: RAM, translate: 'off', misaligned, hotThreshold: HOT });
      const b = new Hart(load(new Bus1(), prog), { resetPc: RAM, translate: 'on', misaligned, hotThreshold: HOT });
      a.writeCsr(MTVEC, TRAP); b.writeCsr(MTVEC, TRAP);
      a.run(5000); b.run(5000);
      expect([b.pc, b.instret, b.readCsr(MCAUSE), b.readCsr(MEPC), b.readCsr(MTVAL), Array.from(b.x)])
        .toEqual([a.pc, a.instret, a.readCsr(MCAUSE), a.readCsr(MEPC), a.readCsr(MTVAL), Array.from(a.x)]);
    }
  });

  it('self-modifying code: a hot loop rewrites the next instruction of its own trace', () => {
    const addi0 = e('addi', { rd: a0, rs1: a0, imm: 0 });
    const prog = [
      e('lui', { rd: s1, imm: RAM }),
      e('lui', { rd: t3, imm: addi0 & 0xfffff000 }),
      e('addi', { rd: t3, rs1: t3, imm: ((addi0 & 0xfff) << 20) >> 20 }),
      e('addi', { rd: t1, rs1: 0, imm: 500 }),
      // loop (pc 16): patch the addi at pc 28 with imm = t0, then run it
      e('slli', { rd: t2, rs1: t0, imm: 20 }),
      e('or', { rd: t2, rs1: t2, rs2: t3 }),
      e('sw', { rs1: s1, rs2: t2, imm: 28 }),
      addi0,
      e('addi', { rd: t0, rs1: t0, imm: 1 }),
      e('bne', { rs1: t0, rs2: t1, imm: -20 }),
      e('jal', { rd: 0, imm: 0 }),
    ];
    const ms = agree(prog, (m, step) => (step < 1 ? m.hart.run(5000) : null));
    expect(ms[1]!.hart.x[a0]).toBe((500 * 499) / 2);
    expect(ms[1]!.hart.pc).toBe(RAM + 40);
  });

  it('self-modifying code: a hot loop patches a hot function it calls (trace invalidated, retranslated)', () => {
    const prog = [
      e('lui', { rd: s1, imm: RAM }),
      e('addi', { rd: t1, rs1: 0, imm: 1000 }),
      // loop (pc 8): call f; every 128 iterations patch f's imm to t0 (no fence.i: the store alone
      // must invalidate; the interpreter re-decodes, the translator drops the traces)
      e('jal', { rd: r.ra, imm: 40 }), // -> pc 48
      e('andi', { rd: t2, rs1: t0, imm: 127 }),
      e('bne', { rs1: t2, rs2: 0, imm: 20 }), // -> pc 36
      e('slli', { rd: t2, rs1: t0, imm: 20 }),
      e('or', { rd: t2, rs1: t2, rs2: t3 }),
      e('sw', { rs1: s1, rs2: t2, imm: 48 }),
      e('addi', { rd: 0, rs1: 0, imm: 0 }),
      // pc 36
      e('addi', { rd: t0, rs1: t0, imm: 1 }),
      e('bne', { rs1: t0, rs2: t1, imm: -32 }),
      e('jal', { rd: 0, imm: 0 }),
      // f (pc 48)
      e('addi', { rd: a0, rs1: a0, imm: 3 }),
      e('add', { rd: a2, rs1: a2, rs2: a0 }),
      e('jalr', { rd: 0, rs1: r.ra, imm: 0 }),
    ];
    const addi = e('addi', { rd: a0, rs1: a0, imm: 0 });
    const ms = agree(prog, (m, step) => (step < 8 ? m.hart.run(1111) : null), (m) => { m.hart.x[t3] = addi; });
    expect(ms[1]!.hart.translateStats.compiled).toBeGreaterThan(2);
    expect(ms[1]!.hart.translateStats.invalidated).toBeGreaterThan(2);
    expect(ms[1]!.hart.pc).toBe(RAM + 44);
  });

  it('stores into the code page of a hot trace (data next to code) and invalidate() from the host', () => {
    const prog = [
      e('lui', { rd: s1, imm: RAM }),
      e('addi', { rd: t1, rs1: 0, imm: 400 }),
      // loop (pc 8): mem[RAM + 0x800] += t0 (same page as the code)
      e('lw', { rd: a1, rs1: s1, imm: 0x7fc }),
      e('add', { rd: a1, rs1: a1, rs2: t0 }),
      e('sw', { rs1: s1, rs2: a1, imm: 0x7fc }),
      e('addi', { rd: t0, rs1: t0, imm: 1 }),
      e('bne', { rs1: t0, rs2: t1, imm: -16 }),
      e('jal', { rd: 0, imm: 0 }),
    ];
    agree(prog, (m, step) => {
      if (step >= 6) return null;
      if (step === 3) m.hart.invalidate(RAM, 4096);
      return m.hart.run(333);
    });
  });

  it('the step budget: ending exactly at trace boundaries and in their middle', () => {
    const prog = [
      e('lui', { rd: s0, imm: RAM + 0x4000 }),
      // loop (pc 4): 7 instructions
      e('lbu', { rd: a1, rs1: s0, imm: 0 }),
      e('add', { rd: a2, rs1: a2, rs2: a1 }),
      e('sb', { rs1: s0, rs2: a2, imm: 1 }),
      e('addi', { rd: s0, rs1: s0, imm: 1 }),
      e('andi', { rd: t0, rs1: s0, imm: 255 }),
      e('bne', { rs1: t0, rs2: 0, imm: -20 }),
      e('jal', { rd: 0, imm: -28 }), // back to pc 0
    ];
    // Warm up, then budgets of 1..60 steps (every phase of the 6- and 7-step traces), then odd sizes.
    const budgets = [500, ...Array.from({ length: 60 }, (_, i) => i + 1), 6, 6, 6, 7, 7, 7, 1000, 3, 4999];
    agree(prog, (m, step) => (step < budgets.length ? m.hart.run(budgets[step]!) : null));
  });

  // Nested loops in one page form one trace with a label per loop head (a `switch` inside the
  // trace's loop); the budget is checked on every jump between labels.
  const nested = (load: boolean): number[] => [
    e('lui', { rd: s0, imm: RAM + 0xf000 }),
    e('addi', { rd: a0, rs1: 0, imm: 0 }),
    // outer (pc 8)
    e('addi', { rd: t1, rs1: 0, imm: 0 }),
    // inner (pc 12)
    load ? e('lw', { rd: a1, rs1: s0, imm: 0 }) : e('xor', { rd: a1, rs1: a1, rs2: t1 }),
    e('add', { rd: a0, rs1: a0, rs2: a1 }),
    e('addi', { rd: s0, rs1: s0, imm: 4 }),
    e('addi', { rd: t1, rs1: t1, imm: 1 }),
    e('slti', { rd: t2, rs1: t1, imm: 7 }),
    e('bne', { rs1: t2, rs2: 0, imm: -20 }),
    e('addi', { rd: t0, rs1: t0, imm: 1 }),
    e('jal', { rd: 0, imm: -32 }),
  ];

  it('nested loops in one trace: a fault inside the inner loop, odd budgets, as interpreted', () => {
    const ms = agree(nested(true), (m, step) => (step < 40 ? m.hart.run(333 + step) : null));
    const h = ms[1]!.hart;
    expect(h.translateStats.compiled).toBeGreaterThan(0);
    expect(h.readCsr(MCAUSE)).toBe(5);
    expect(h.readCsr(MEPC)).toBe(RAM + 12);
    expect(h.readCsr(MTVAL)).toBe(RAM + RAM_SIZE);
    expect(ms[2]!.hart.checkStats.compared).toBeGreaterThan(0);
  });

  it('nested loops in one trace: stops exactly at each budget and takes a pending interrupt at the same instret', () => {
    const setup = (m: M): void => { m.hart.writeCsr(MIE, MIP_MTIP); m.hart.writeCsr(MSTATUS, 8); };
    const ms = agree(nested(false), (m, step) => {
      if (step < 30) return m.hart.run(101 + 13 * step);
      if (step === 30) { m.hart.setInterruptPending(MIP_MTIP, true); return m.hart.run(50); }
      return null;
    }, setup);
    expect(ms[1]!.hart.translateStats.compiled).toBeGreaterThan(0);
    expect(ms[1]!.hart.readCsr(MCAUSE) >>> 0).toBe(0x80000007);
  });

  it('self-modifying code hits a chained successor trace: it is invalidated and not entered again', () => {
    const W = e('addi', { rd: a0, rs1: a0, imm: 100 });
    const hi = (W + 0x800) & ~0xfff, lo = W - hi;
    const prog = [
      e('lui', { rd: s0, imm: RAM }),
      e('lui', { rd: t2, imm: hi }),
      e('addi', { rd: t2, rs1: t2, imm: lo }),
      e('addi', { rd: t1, rs1: 0, imm: 100 }),
      // loop (pc 16): call F (in the next page), whose return starts the successor trace
      e('jal', { rd: r.ra, imm: 0x1000 - 16 }),
      e('addi', { rd: t0, rs1: t0, imm: 1 }),
      e('addi', { rd: a0, rs1: a0, imm: 1 }), // pc 24: patched to addi a0, a0, 100
      e('addi', { rd: a2, rs1: 0, imm: 60 }),
      e('bne', { rs1: t0, rs2: a2, imm: 8 }),
      e('sw', { rs1: s0, rs2: t2, imm: 24 }),
      e('bne', { rs1: t0, rs2: t1, imm: -24 }),
      e('jal', { rd: 0, imm: 0 }),
    ];
    while (prog.length < 0x400) prog.push(0);
    prog.push(e('addi', { rd: a1, rs1: a1, imm: 1 }), e('jalr', { rd: 0, rs1: r.ra, imm: 0 }));
    const ms = agree(prog, (m, step) => (step < 1 ? m.hart.run(20000) : null));
    const h = ms[1]!.hart;
    expect(h.x[a0]).toBe(60 + 40 * 100);
    expect(h.x[a1]).toBe(100);
    expect(h.translateStats.invalidated).toBeGreaterThan(0);
    expect(h.pc).toBe(RAM + 44);
  });

  it('an interrupt raised between run() calls during a long translated loop is taken at the same instret', () => {
    const prog = [
      e('addi', { rd: t1, rs1: 0, imm: 1 }),
      e('slli', { rd: t1, rs1: t1, imm: 20 }),
      // loop (pc 8)
      e('addi', { rd: t0, rs1: t0, imm: 1 }),
      e('xor', { rd: a0, rs1: a0, rs2: t0 }),
      e('bne', { rs1: t0, rs2: t1, imm: -8 }),
      e('jal', { rd: 0, imm: 0 }),
    ];
    const setup = (m: M): void => { m.hart.writeCsr(MIE, MIP_MTIP); m.hart.writeCsr(MSTATUS, 8); };
    agree(prog, (m, step) => {
      if (step === 0) return m.hart.run(12345);
      if (step === 1) { m.hart.setInterruptPending(MIP_MTIP, true); return m.hart.run(100); }
      return null;
    }, setup);
  });

  it('MMIO in a hot trace: yield requested by a device, an interrupt raised by a device access', () => {
    const prog = [
      e('lui', { rd: s0, imm: MMIO }),
      // loop (pc 4)
      e('addi', { rd: t0, rs1: t0, imm: 1 }),
      e('lw', { rd: a1, rs1: s0, imm: 4 }),
      e('add', { rd: a0, rs1: a0, rs2: a1 }),
      e('sw', { rs1: s0, rs2: t0, imm: 0 }),
      e('addi', { rd: a2, rs1: a2, imm: 7 }),
      e('jal', { rd: 0, imm: -20 }),
    ];
    const setup = (m: M): void => {
      m.hart.writeCsr(MIE, MIP_MEIP); m.hart.writeCsr(MSTATUS, 8);
      m.bus.onStore = (_off, v, h) => {
        if (v % 97 === 0) h.requestYield();
        if (v === 1000) h.setInterruptPending(MIP_MEIP, true);
      };
    };
    const ms = agree(prog, (m, step) => (step < 40 ? m.hart.run(2000) : null), setup);
    expect(ms[0]!.hart.readCsr(MCAUSE)).toBe(0x8000000b);
    expect(ms[1]!.hart.translateStats.compiled).toBeGreaterThan(0);
  });

  it('a device called from a hot trace sees the registers as they are at that instruction', () => {
    // sp moves inside the trace before the MMIO store: a device (or a harness hook such as the
    // footprint tracker, which reads sp during a console store) must see the current value.
    const prog = [
      e('lui', { rd: s0, imm: MMIO }),
      e('addi', { rd: sp, rs1: 0, imm: 0x400 }),
      // loop (pc 8)
      e('addi', { rd: t0, rs1: t0, imm: 1 }),
      e('addi', { rd: sp, rs1: sp, imm: -16 }),
      e('sw', { rs1: s0, rs2: t0, imm: 0 }),
      e('addi', { rd: sp, rs1: sp, imm: 16 }),
      e('jal', { rd: 0, imm: -16 }),
    ];
    const seen: Record<Mode, string[]> = { off: [], on: [], check: [] };
    const setup = (m: M): void => {
      m.bus.onStore = (_off, v, h) => { seen[m.mode].push(`${v}:${h.x[sp]}:${h.x[t0]}`); };
    };
    const ms = agree(prog, (m, step) => (step < 3 ? m.hart.run(3000) : null), setup);
    expect(ms[1]!.hart.translateStats.compiled).toBeGreaterThan(0);
    expect(seen.off.length).toBeGreaterThan(500);
    expect(seen.off.every((l) => l.split(':')[1] === String(0x400 - 16))).toBe(true);
    expect(seen.on).toEqual(seen.off);
  });

  it('cycle model extras in translated code match the interpreter', () => {
    const prog = [
      e('lui', { rd: s0, imm: RAM + 0x4000 }),
      e('addi', { rd: t1, rs1: 0, imm: 300 }),
      e('lw', { rd: a1, rs1: s0, imm: 0 }),
      e('mul', { rd: a1, rs1: a1, rs2: t0 }),
      e('div', { rd: a2, rs1: a1, rs2: t1 }),
      e('sw', { rs1: s0, rs2: a2, imm: 4 }),
      e('addi', { rd: t0, rs1: t0, imm: 1 }),
      e('blt', { rs1: t0, rs2: t1, imm: -20 }),
      e('jal', { rd: r.ra, imm: 8 }),
      e('jal', { rd: 0, imm: 0 }),
      e('jalr', { rd: 0, rs1: r.ra, imm: 0 }),
    ];
    const cycleModel = { load: 1, store: 2, branchTaken: 3, jump: 4, mul: 5, div: 6 };
    const run = (translate: Mode): number[] => {
      const h = new Hart(load(new Bus1(), prog), { resetPc: RAM, translate, cycleModel, hotThreshold: HOT });
      const out: number[] = [];
      for (const n of [100, 1000, 37, 5000]) { h.run(n); out.push(h.instret, h.cycle, h.pc); }
      return out;
    };
    const off = run('off');
    expect(run('on')).toEqual(off);
    expect(run('check')).toEqual(off);
  });

  it('check mode reports a divergence with the trace start', () => {
    const prog = [
      e('addi', { rd: t1, rs1: 0, imm: 1000 }),
      e('addi', { rd: t0, rs1: t0, imm: 1 }),
      e('sub', { rd: a0, rs1: t1, rs2: t0 }),
      e('bne', { rs1: t0, rs2: t1, imm: -8 }),
      e('jal', { rd: 0, imm: 0 }),
    ];
    const m = make('check', prog);
    // Sabotage: compiled code that forgets to write a0 (what a translator bug would do).
    const tier = (m.hart as unknown as { driver: { tier: { call(idx: number, ir: number, lim: number): number } } }).driver.tier;
    const call = tier.call.bind(tier);
    tier.call = (idx, ir, lim) => { const a = m.hart.x[a0]!; const n = call(idx, ir, lim); m.hart.x[a0] = a + 1; return n; };
    expect(() => m.hart.run(5000)).toThrow(/translate check: divergence in the region starting at 0x80000004.*x: translated/);
  });

  it('harts share compiled trace factories, each running on its own memory', () => {
    const prog = [
      e('lui', { rd: s0, imm: RAM + 0x4000 }),
      e('addi', { rd: t1, rs1: 0, imm: 1500 }),
      // loop (pc 8): mem[s0 + (t0 & 15) * 4] += t0 * 3 + a2 (a2 differs per hart)
      e('andi', { rd: t2, rs1: t0, imm: 15 }),
      e('slli', { rd: t2, rs1: t2, imm: 2 }),
      e('add', { rd: t2, rs1: t2, rs2: s0 }),
      e('lw', { rd: a1, rs1: t2, imm: 0 }),
      e('add', { rd: a1, rs1: a1, rs2: t0 }),
      e('add', { rd: a1, rs1: a1, rs2: a2 }),
      e('sw', { rs1: t2, rs2: a1, imm: 0 }),
      e('addi', { rd: t0, rs1: t0, imm: 3 }),
      e('addi', { rd: t1, rs1: t1, imm: -1 }),
      e('bne', { rs1: t1, rs2: 0, imm: -36 }),
      e('jal', { rd: 0, imm: 0 }),
    ];
    const a = make('on', prog, (m) => { m.hart.x[a2] = 7; });
    a.hart.run(50_000);
    const entries = moduleCacheStats().entries;
    expect(a.hart.translateStats.compiled).toBeGreaterThan(0);
    const b = make('on', prog, (m) => { m.hart.x[a2] = -5; });
    const ref = make('off', prog, (m) => { m.hart.x[a2] = -5; });
    b.hart.run(50_000);
    ref.hart.run(50_000);
    expect(b.hart.translateStats.compiled).toBe(a.hart.translateStats.compiled);
    expect(moduleCacheStats().entries).toBe(entries);
    expect(state(b)).toEqual(state(ref));
    expect(state(a).ram).not.toEqual(state(b).ram);
  });
});
