/**
 * Regions compiled on the background compiler's worker thread (src/cpu/wasm/background.ts):
 * the hart keeps interpreting while a region compiles, links it when it arrives, and drops it
 * when its code changed meanwhile. Uses dist, where the worker script exists.
 */
import { describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { Hart } from '../../dist/src/cpu/hart.js';
import { encode as e, REG as r } from '../../dist/src/cpu/encode.js';
import { Bus1, load, MTVEC, RAM, TRAP } from './tier-harness.js';

const { t0, t1, t2, a0, a1 } = r;

// loop at pc 8: a0 += t0 * 3 + (a0 >> k), a1 ^= a0; until t0 == t1 (2^20). Each test uses its
// own k: compiled modules are cached for the process by their instructions.
const prog = (k: number): number[] => [
  e('addi', { rd: t1, rs1: 0, imm: 1 }),
  e('slli', { rd: t1, rs1: t1, imm: 20 }),
  e('slli', { rd: t2, rs1: t0, imm: 1 }),
  e('add', { rd: t2, rs1: t2, rs2: t0 }),
  e('srai', { rd: a1, rs1: a0, imm: k }),
  e('add', { rd: a0, rs1: a0, rs2: t2 }),
  e('add', { rd: a0, rs1: a0, rs2: a1 }),
  e('xor', { rd: a1, rs1: a1, rs2: a0 }),
  e('addi', { rd: t0, rs1: t0, imm: 1 }),
  e('bne', { rs1: t0, rs2: t1, imm: -28 }),
  e('jal', { rd: 0, imm: 0 }),
];

function hart(k: number, translate: 'off' | 'on', backgroundCompile: boolean): { h: Hart; bus: Bus1 } {
  const bus = load(new Bus1(), prog(k));
  const h = new Hart(bus, { resetPc: RAM, translate, hotThreshold: 64, backgroundCompile });
  bus.hart = h;
  h.writeCsr(MTVEC, TRAP);
  return { h, bus };
}

const state = (h: Hart): unknown[] => [h.pc, h.instret, h.cycle, Array.from(h.x)];

/** Run in slices, giving the worker's replies time to arrive, until `until` holds (at most `max` slices). */
async function slices(h: Hart, n: number, max: number, until: () => boolean): Promise<void> {
  for (let k = 0; k < max && !until(); k++) {
    h.run(n);
    await sleep(5);
  }
}

describe('background compilation', () => {
  it('runs on while the region compiles, links it when it arrives, and ends as the interpreter does', async () => {
    const on = hart(3, 'on', true).h, off = hart(3, 'off', false).h;
    await slices(on, 20_000, 400, () => on.translateStats.compiled > 0);
    expect(on.translateStats.queued).toBeGreaterThan(0);
    expect(on.translateStats.compiled).toBeGreaterThan(0);
    const ran = on.instret;
    on.run(10_000_000);
    off.run(ran);
    off.run(10_000_000);
    expect(on.pc).toBe(RAM + 40);
    expect(state(on)).toEqual(state(off));
  });

  it('drops a region whose code changed while it compiled', async () => {
    const a = hart(5, 'on', true), ref = hart(5, 'off', false);
    // Run until the loop's region is queued, then patch its first instruction (slli t2 -> addi t2, t0, 5)
    // before the worker can answer.
    let ran = 0;
    while (a.h.translateStats.queued === 0 && ran < 1_000_000) { a.h.run(64); ran += 64; }
    expect(a.h.translateStats.queued).toBe(1);
    expect(a.h.translateStats.compiled).toBe(0);
    ref.h.run(a.h.instret);
    const patch = e('addi', { rd: t2, rs1: t0, imm: 5 });
    for (const m of [a, ref]) {
      new DataView(m.bus.ram.bytes.buffer, m.bus.ram.bytes.byteOffset).setUint32(8, patch, true);
      m.h.invalidate(RAM + 8, 4);
    }
    await sleep(300); // the stale module arrives meanwhile
    a.h.run(1000);
    ref.h.run(1000);
    expect(a.h.translateStats.dropped).toBe(1);
    expect(state(a.h)).toEqual(state(ref.h));
    // The patched loop gets a region of its own.
    await slices(a.h, 20_000, 400, () => a.h.translateStats.compiled > 0);
    expect(a.h.translateStats.compiled).toBeGreaterThan(0);
    const n = a.h.instret - ref.h.instret;
    ref.h.run(n);
    a.h.run(10_000_000);
    ref.h.run(10_000_000);
    expect(state(a.h)).toEqual(state(ref.h));
    expect(a.h.x[t2]).toBe(2 * (a.h.x[t0]! - 1) + 5); // addi t2, t0, 5; add t2, t2, t0 in the last round
  });
});
