import { describe, expect, it } from 'vitest';
import { Board } from '../../src/soc/board.js';
import { encode as e } from '../../src/cpu/encode.js';

const T0 = 5, T1 = 6, A0 = 10, A1 = 11;

function program(words: number[]): Board {
  const b = new Board({ instructionsPerTick: 1, ramSize: 64 * 1024 });
  const bytes = new Uint8Array(words.length * 4);
  words.forEach((w, i) => new DataView(bytes.buffer).setUint32(i * 4, w >>> 0, true));
  b.poke(0x80000000, bytes);
  return b;
}

describe('time base', () => {
  it('firmware writing minstret changes what minstret reads, not mtime', () => {
    const b = program([
      e('lui', { rd: T0, imm: 0x100000 }),               // t0 = 0x100000
      e('csrrw', { rd: 0, rs1: T0, imm: 0xb02 }),         // minstret = 0x100000
      e('lui', { rd: T1, imm: 0x200c000 }),               // t1 = 0x0200c000
      e('lw', { rd: A0, rs1: T1, imm: -8 }),              // a0 = mtime (0x0200bff8)
      e('csrrs', { rd: A1, rs1: 0, imm: 0xb02 }),         // a1 = minstret
    ]);
    b.run(5);
    expect(b.hart.x[A0]).toBe(3);                         // three instructions retired before the load
    expect(b.hart.x[A1]).toBe(0x100000 + 2);              // the write, then two more retired
    expect(b.hart.instret).toBe(5);
  });
});
