/**
 * A minimal encoder for the 32-bit instruction table (used by tests and benchmarks to build
 * programs without a toolchain). Field placement follows the base instruction formats of the
 * unprivileged spec (R/I/S/B/U/J); the operand meaning per format is the one of Decoded.
 */
import { INSN_BY_NAME } from './isa.js';

/**
 * Operands as in Decoded. For FP instructions with a rounding mode, imm is rm | rs3 << 3; `rm`
 * and `rs3` may be given instead (rm defaults to 7, dyn, when neither is given).
 */
export interface Operands { rd?: number; rs1?: number; rs2?: number; imm?: number; rm?: number; rs3?: number }

/** Encode the 32-bit instruction `name` (a mnemonic of RV32_INSNS). */
export function encode(name: string, o: Operands = {}): number {
  const s = INSN_BY_NAME.get(name);
  if (s === undefined) throw new Error(`unknown mnemonic ${name}`);
  const rd = (o.rd ?? 0) & 31, rs1 = (o.rs1 ?? 0) & 31, rs2 = (o.rs2 ?? 0) & 31;
  const imm = o.imm ?? ((o.rm ?? (s.rm === true ? 7 : 0)) & 7) | (((o.rs3 ?? 0) & 31) << 3);
  const rm = s.rm === true ? (imm & 7) << 12 : 0;
  let w = s.match;
  switch (s.format) {
    case 'R': w |= (rd << 7) | (rs1 << 15) | (rs2 << 20); break;
    case 'I': case 'L': case 'JALR': w |= (rd << 7) | (rs1 << 15) | ((imm & 0xfff) << 20); break;
    case 'SH': w |= (rd << 7) | (rs1 << 15) | ((imm & 31) << 20); break;
    case 'S': w |= ((imm & 31) << 7) | (rs1 << 15) | (rs2 << 20) | (((imm >> 5) & 0x7f) << 25); break;
    case 'B':
      w |= (rs1 << 15) | (rs2 << 20) | (((imm >> 11) & 1) << 7) | (((imm >> 1) & 15) << 8) |
        (((imm >> 5) & 63) << 25) | (((imm >> 12) & 1) << 31);
      break;
    case 'U': w |= (rd << 7) | (imm & 0xfffff000); break;
    case 'J':
      w |= (rd << 7) | (((imm >> 12) & 255) << 12) | (((imm >> 11) & 1) << 20) |
        (((imm >> 1) & 1023) << 21) | (((imm >> 20) & 1) << 31);
      break;
    case 'CSR': case 'CSRI': w |= (rd << 7) | (rs1 << 15) | ((imm & 0xfff) << 20); break;
    case 'AMO': w |= (rd << 7) | (rs1 << 15) | (rs2 << 20) | ((imm & 3) << 25); break;
    case 'LR': w |= (rd << 7) | (rs1 << 15) | ((imm & 3) << 25); break;
    case 'FENCE': w |= (imm & 0xfff) << 20; break;
    case 'N': break;
    case 'R1': w |= (rd << 7) | (rs1 << 15); break;
    case 'FL': w |= (rd << 7) | (rs1 << 15) | ((imm & 0xfff) << 20); break;
    case 'FS': w |= ((imm & 31) << 7) | (rs1 << 15) | (rs2 << 20) | (((imm >> 5) & 0x7f) << 25); break;
    case 'FR': case 'FCMP': w |= (rd << 7) | (rs1 << 15) | (rs2 << 20) | rm; break;
    case 'FR1': case 'FX': case 'XF': w |= (rd << 7) | (rs1 << 15) | rm; break;
    case 'FR4': w |= (rd << 7) | (rs1 << 15) | (rs2 << 20) | rm | (((imm >>> 3) & 31) << 27); break;
  }
  return w >>> 0;
}

/** Register numbers by ABI name. */
export const REG = {
  zero: 0, ra: 1, sp: 2, gp: 3, tp: 4, t0: 5, t1: 6, t2: 7, s0: 8, s1: 9, a0: 10, a1: 11, a2: 12,
  a3: 13, a4: 14, a5: 15, a6: 16, a7: 17, s2: 18, s3: 19, s4: 20, s5: 21, s6: 22, s7: 23, s8: 24,
  s9: 25, s10: 26, s11: 27, t3: 28, t4: 29, t5: 30, t6: 31,
} as const;
