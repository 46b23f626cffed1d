/**
 * Board.restore keeps decoded code and compiled traces (Hart.restore(s, true)) and invalidates
 * exactly the pages it copies back: code changed after the snapshot (by the guest itself or by
 * the host) must never run from a stale trace after a restore. Uses dist (hot loops).
 */
import { describe, expect, it } from 'vitest';
import { Board } from '../../dist/src/soc/board.js';
import { encode as e, REG as r } from '../../dist/src/cpu/encode.js';

const RAM = 0x80000000;

/** A hot loop adding 1 to a0 200 times; then the program patches the loop to add 2, runs it again and spins. */
function program(): number[] {
  return [
    e('addi', { rd: r.t0, rs1: 0, imm: 200 }), // 0x00
    e('addi', { rd: r.a0, rs1: r.a0, imm: 1 }), // 0x04: patched to +2
    e('addi', { rd: r.t0, rs1: r.t0, imm: -1 }), // 0x08
    e('bne', { rs1: r.t0, rs2: 0, imm: -8 }), // 0x0c
    e('bne', { rs1: r.s1, rs2: 0, imm: 16 }), // 0x10 -> 0x20 once patched
    e('sw', { rs1: r.s0, rs2: r.t2, imm: 4 }), // 0x14: patch 0x04
    e('addi', { rd: r.s1, rs1: 0, imm: 1 }), // 0x18
    e('jal', { rd: 0, imm: -0x1c }), // 0x1c -> 0x00
    e('jal', { rd: 0, imm: 0 }), // 0x20: spin
  ];
}

function bytes(words: number[]): Uint8Array {
  const b = new Uint8Array(words.length * 4);
  const dv = new DataView(b.buffer);
  words.forEach((w, i) => dv.setUint32(i * 4, w >>> 0, true));
  return b;
}

function make(translate: 'off' | 'on' | 'check') {
  const board = new Board({ translate, hotThreshold: 16 });
  board.poke(RAM, bytes(program()));
  const h = board.hart;
  h.reset(RAM);
  h.x[r.s0] = RAM;
  h.x[r.t2] = e('addi', { rd: r.a0, rs1: r.a0, imm: 2 });
  return board;
}

describe('restore with kept translations', () => {
  for (const mode of ['on', 'check', 'off'] as const) {
    it(`${mode}: code the guest patched after the snapshot runs as restored, not from stale traces`, () => {
      const board = make(mode);
      const snap = board.snapshot();
      for (let i = 0; i < 3; i++) {
        board.run(5000);
        expect(board.hart.x[r.a0]).toBe(200 + 400);
        expect(board.hart.pc).toBe(RAM + 0x20);
        board.restore(snap);
        expect(board.peek(RAM + 4, 4)).toEqual(bytes([program()[1]!]));
      }
      // A snapshot taken after the patch: restoring it brings the +2 code back.
      board.run(5000);
      const after = board.snapshot();
      board.restore(snap);
      board.run(900); // 200 iterations of +1 compiled and run again
      expect(board.hart.x[r.a0]).toBeLessThan(600);
      board.restore(after);
      board.hart.x[r.a0] = 0;
      board.hart.pc = RAM;
      board.hart.x[r.s1] = 0;
      board.run(5000);
      // the +2 code on both passes (the store rewrites the same word)
      expect(board.hart.x[r.a0]).toBe(800);
      if (mode !== 'off') expect(board.hart.translateStats.compiled).toBeGreaterThan(0);
    });
  }

  it('on: a host poke between restores is seen, and traces are reused otherwise', () => {
    const board = make('on');
    const snap = board.snapshot();
    board.run(5000);
    const compiled = board.hart.translateStats.compiled;
    board.restore(snap);
    board.run(5000);
    expect(board.hart.x[r.a0]).toBe(600);
    // loop page restored (patched word copied back) so its traces were recompiled, but nothing else
    const again = board.hart.translateStats.compiled;
    expect(again).toBeGreaterThanOrEqual(compiled);
    board.restore(snap);
    board.poke(RAM + 4, bytes([e('addi', { rd: r.a0, rs1: r.a0, imm: 3 })]));
    board.run(5000);
    expect(board.hart.x[r.a0]).toBe(600 + 400);
  });
});
