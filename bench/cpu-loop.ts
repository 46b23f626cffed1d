/**
 * CPU interpreter speed: runs CPU-bound loops in a one-RAM-window machine and prints MIPS.
 *   npx tsc -p . && node dist/bench/cpu-loop.js [millions-of-instructions]
 * A measurement, not a unit test.
 */
import type { Bus, MemoryWindow } from '../src/cpu/bus.js';
import { BUS_FAULT } from '../src/cpu/bus.js';
import { Hart } from '../src/cpu/hart.js';
import { encode as e, REG as r } from '../src/cpu/encode.js';

const BASE = 0x80000000;
const SIZE = 1 << 20;

function makeBus(): { bus: Bus; ram: Uint8Array } {
  const bytes = new Uint8Array(SIZE);
  const win: MemoryWindow = { name: 'ram', base: BASE, size: SIZE, bytes, writable: true, executable: true, dirty: new Uint8Array(SIZE >>> 12) };
  const bus: Bus = {
    windows: [win],
    load: () => BUS_FAULT,
    store: () => false,
    fetch16: () => BUS_FAULT,
  };
  return { bus, ram: bytes };
}

function load(ram: Uint8Array, words: number[]): void {
  const dv = new DataView(ram.buffer);
  words.forEach((w, i) => dv.setUint32(i * 4, w >>> 0, true));
}

/** Sum 256 words in a loop forever: add/lw/addi/andi/bne. */
const aluLoop = [
  e('lui', { rd: r.s0, imm: 0x80010000 }),       // data at 0x80010000
  e('addi', { rd: r.t3, rs1: r.zero, imm: 0 }),
  // loop (pc 8):
  e('add', { rd: r.t1, rs1: r.s0, rs2: r.t2 }),
  e('lw', { rd: r.a1, rs1: r.t1, imm: 0 }),
  e('add', { rd: r.a2, rs1: r.a2, rs2: r.a1 }),
  e('sw', { rs1: r.t1, rs2: r.a2, imm: 0 }),
  e('addi', { rd: r.t2, rs1: r.t2, imm: 4 }),
  e('andi', { rd: r.t2, rs1: r.t2, imm: 1020 }),
  e('addi', { rd: r.t0, rs1: r.t0, imm: 1 }),
  e('bne', { rs1: r.t0, rs2: r.t3, imm: -28 }),
];

/** int8 dot product of 64 elements, repeated forever: lb/lb/mul/add/addi/addi/bne. */
const macLoop = [
  e('lui', { rd: r.s0, imm: 0x80010000 }),
  // outer (pc 4):
  e('addi', { rd: r.a0, rs1: r.s0, imm: 0 }),
  e('addi', { rd: r.a3, rs1: r.s0, imm: 256 }),
  e('addi', { rd: r.a5, rs1: r.s0, imm: 64 }),
  // inner (pc 16):
  e('lb', { rd: r.a1, rs1: r.a0, imm: 0 }),
  e('lb', { rd: r.a2, rs1: r.a3, imm: 0 }),
  e('mul', { rd: r.a1, rs1: r.a1, rs2: r.a2 }),
  e('add', { rd: r.a4, rs1: r.a4, rs2: r.a1 }),
  e('addi', { rd: r.a0, rs1: r.a0, imm: 1 }),
  e('addi', { rd: r.a3, rs1: r.a3, imm: 1 }),
  e('bne', { rs1: r.a0, rs2: r.a5, imm: -24 }),
  e('jal', { rd: r.zero, imm: -40 }),
];

function bench(name: string, prog: number[], n: number): number {
  const { bus, ram } = makeBus();
  load(ram, prog);
  for (let i = 0; i < 4096; i++) ram[0x10000 + i] = (i * 37) & 255;
  const hart = new Hart(bus, { resetPc: BASE });
  hart.run(1e6); // warm up
  const slice = 1e7;
  const t0 = process.hrtime.bigint();
  let done = 0;
  while (done < n) { hart.run(slice); done += slice; }
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const mips = done / s / 1e6;
  console.log(`${name.padEnd(28)} ${(done / 1e6).toFixed(0)} M instructions in ${s.toFixed(2)} s: ${mips.toFixed(1)} MIPS`);
  return mips;
}

const n = Number(process.argv[2] ?? 300) * 1e6;
bench('add/lw/sw/andi/bne loop', aluLoop, n);
bench('int8 MAC (lb/lb/mul/add) loop', macLoop, n);
