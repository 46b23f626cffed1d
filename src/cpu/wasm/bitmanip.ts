/**
 * Zba, Zbb, Zbs and Zicond in WebAssembly: the value each instruction writes to rd, from its
 * operands, with wasm's own bit operations (clz, ctz, popcnt, rotl, rotr, extend8/16_s,
 * select). Both the dispatcher's interpreter and compiled regions emit these. The decoder only
 * produces these ops when the hart's ISA has the extension (otherwise the encoding decodes as
 * ILLEGAL and goes to the JavaScript interpreter), so the tier needs no ISA check of its own.
 */
import { Op } from '../isa.js';
import { W, type Code } from './encoder.js';

export function isBitmanip(op: number): boolean { return op >= Op.SH1ADD && op <= Op.CZERO_NEZ; }

/** Ops whose second operand is the immediate (shamt) rather than rs2. */
export function bitmanipImm(op: number): boolean {
  return op === Op.RORI || op === Op.BCLRI || op === Op.BEXTI || op === Op.BINVI || op === Op.BSETI;
}

/** Unary ops (format R1): they read rs1 only. */
export function bitmanipUnary(op: number): boolean {
  return op === Op.CLZ || op === Op.CTZ || op === Op.CPOP || op === Op.SEXT_B || op === Op.SEXT_H
    || op === Op.ZEXT_H || op === Op.ORC_B || op === Op.REV8;
}

/**
 * Push the result of `op` (isBitmanip) on a = rs1 and b = rs2 (or the shamt for bitmanipImm
 * ops; wasm's shifts and rotations take their count mod 32, as RV32 does).
 */
export function emitBitmanip(c: Code, op: number, a: () => void, b: () => void): void {
  /** 1 << b */
  const bit = (): void => { c.i32(1); b(); c.op(W.i32_shl); };
  switch (op) {
    case Op.SH1ADD: case Op.SH2ADD: case Op.SH3ADD:
      a(); c.i32(op - Op.SH1ADD + 1).op(W.i32_shl); b(); c.op(W.i32_add); return;
    case Op.ANDN: a(); b(); c.i32(-1).op(W.i32_xor).op(W.i32_and); return;
    case Op.ORN: a(); b(); c.i32(-1).op(W.i32_xor).op(W.i32_or); return;
    case Op.XNOR: a(); b(); c.op(W.i32_xor).i32(-1).op(W.i32_xor); return;
    case Op.CLZ: a(); c.op(W.i32_clz); return; // clz(0) = 32, as Zbb says
    case Op.CTZ: a(); c.op(W.i32_ctz); return;
    case Op.CPOP: a(); c.op(W.i32_popcnt); return;
    case Op.MAX: case Op.MAXU: case Op.MIN: case Op.MINU:
      a(); b(); a(); b();
      c.op(op === Op.MAX ? W.i32_gt_s : op === Op.MAXU ? W.i32_gt_u : op === Op.MIN ? W.i32_lt_s : W.i32_lt_u).op(W.select);
      return;
    case Op.SEXT_B: a(); c.op(W.i32_extend8_s); return;
    case Op.SEXT_H: a(); c.op(W.i32_extend16_s); return;
    case Op.ZEXT_H: a(); c.i32(0xffff).op(W.i32_and); return;
    case Op.ROL: a(); b(); c.op(W.i32_rotl); return;
    case Op.ROR: case Op.RORI: a(); b(); c.op(W.i32_rotr); return;
    case Op.ORC_B:
      // Bit 7 of each byte of ((a & 0x7f7f7f7f) + 0x7f7f7f7f) | a is set iff the byte is
      // nonzero (the sum cannot carry across bytes); spread it over the byte by * 0xff.
      a(); c.i32(0x7f7f7f7f).op(W.i32_and).i32(0x7f7f7f7f).op(W.i32_add);
      a(); c.op(W.i32_or).i32(7).op(W.i32_shr_u).i32(0x01010101).op(W.i32_and).i32(0xff).op(W.i32_mul);
      return;
    case Op.REV8:
      // bytes 3 2 1 0 -> 0 1 2 3: the even bytes rotate right by 8, the odd ones left.
      a(); c.i32(0x00ff00ff).op(W.i32_and).i32(8).op(W.i32_rotr);
      a(); c.i32(-0xff0100).op(W.i32_and).i32(8).op(W.i32_rotl).op(W.i32_or);
      return;
    case Op.BCLR: case Op.BCLRI: a(); bit(); c.i32(-1).op(W.i32_xor).op(W.i32_and); return;
    case Op.BEXT: case Op.BEXTI: a(); b(); c.op(W.i32_shr_u).i32(1).op(W.i32_and); return;
    case Op.BINV: case Op.BINVI: a(); bit(); c.op(W.i32_xor); return;
    case Op.BSET: case Op.BSETI: a(); bit(); c.op(W.i32_or); return;
    // select(x, y, cond) is x when cond != 0
    case Op.CZERO_EQZ: a(); c.i32(0); b(); c.op(W.select); return; // rs2 == 0 ? 0 : rs1
    case Op.CZERO_NEZ: c.i32(0); a(); b(); c.op(W.select); return; // rs2 != 0 ? 0 : rs1
    default: throw new Error(`bitmanip: op ${op} is not Zb*/Zicond`);
  }
}
