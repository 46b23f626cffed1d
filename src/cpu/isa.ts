/**
 * The one instruction table of the hart. Every entry drives
 *   1. the decoder (src/cpu/decode.ts: mask/match lookup, operand extraction by `format`,
 *      compressed forms through `expand`),
 *   2. the disassembler (src/cpu/disasm.ts: mnemonic + format),
 *   3. the tests (test/cpu/*.test.ts iterate RV32_INSNS and RVC_INSNS).
 *
 * Op ids (`Op`) are small integers that the executor switches on. They are a `const enum` so
 * that tsc inlines them as literals into the big `switch` of the hart (a dense literal switch is
 * compiled to a jump table). A compressed instruction decodes to the op id of its 32-bit
 * expansion, with length 2.
 */

/** Executor op ids. 0 means "not decoded yet" in the decode cache. */
export const enum Op {
  UNDECODED = 0,
  LUI, AUIPC, JAL, JALR,
  BEQ, BNE, BLT, BGE, BLTU, BGEU,
  LB, LH, LW, LBU, LHU,
  SB, SH, SW,
  ADDI, SLTI, SLTIU, XORI, ORI, ANDI, SLLI, SRLI, SRAI,
  ADD, SUB, SLL, SLT, SLTU, XOR, SRL, SRA, OR, AND,
  FENCE, ECALL, EBREAK,
  FENCE_I,
  CSRRW, CSRRS, CSRRC, CSRRWI, CSRRSI, CSRRCI,
  MRET, WFI,
  MUL, MULH, MULHSU, MULHU, DIV, DIVU, REM, REMU,
  LR_W, SC_W, AMOSWAP_W, AMOADD_W, AMOXOR_W, AMOAND_W, AMOOR_W,
  AMOMIN_W, AMOMAX_W, AMOMINU_W, AMOMAXU_W,
  /** Reserved/unknown encoding: raises illegal instruction (mtval = the bits, kept in imm). */
  ILLEGAL,
  /** Instruction fetch failed (imm = faulting address); raises instruction access fault. */
  FETCH_FAULT,
  // Ops added after FETCH_FAULT keep the numbers above (the executor's case labels and the
  // translation tier's op ranges depend on them). Ops the tier does not know are interpreted.
  // F
  FLW, FSW, FMADD_S, FMSUB_S, FNMSUB_S, FNMADD_S, FADD_S, FSUB_S, FMUL_S, FDIV_S, FSQRT_S,
  FSGNJ_S, FSGNJN_S, FSGNJX_S, FMIN_S, FMAX_S, FCVT_W_S, FCVT_WU_S, FMV_X_W, FEQ_S, FLT_S, FLE_S,
  FCLASS_S, FCVT_S_W, FCVT_S_WU, FMV_W_X,
  // D
  FLD, FSD, FMADD_D, FMSUB_D, FNMSUB_D, FNMADD_D, FADD_D, FSUB_D, FMUL_D, FDIV_D, FSQRT_D,
  FSGNJ_D, FSGNJN_D, FSGNJX_D, FMIN_D, FMAX_D, FCVT_S_D, FCVT_D_S, FEQ_D, FLT_D, FLE_D,
  FCLASS_D, FCVT_W_D, FCVT_WU_D, FCVT_D_W, FCVT_D_WU,
  // Zba, Zbb, Zbs, Zicond
  SH1ADD, SH2ADD, SH3ADD,
  ANDN, ORN, XNOR, CLZ, CTZ, CPOP, MAX, MAXU, MIN, MINU, SEXT_B, SEXT_H, ZEXT_H, ROL, ROR, RORI,
  ORC_B, REV8,
  BCLR, BCLRI, BEXT, BEXTI, BINV, BINVI, BSET, BSETI,
  CZERO_EQZ, CZERO_NEZ,
  COUNT,
}

/**
 * Operand layout of a 32-bit instruction, which also selects the disassembly syntax:
 *  R     rd,rs1,rs2            I    rd,rs1,imm         SH  rd,rs1,shamt (hex)
 *  L     rd,imm(rs1)           JALR rd,imm(rs1)        S   rs2,imm(rs1)
 *  B     rs1,rs2,target        U    rd,imm20 (hex)     J   rd,target
 *  CSR   rd,csr,rs1 (imm=csr)  CSRI rd,csr,uimm (uimm in rs1, imm=csr)
 *  AMO   rd,rs2,(rs1) (imm = aq<<1|rl)                 LR  rd,(rs1) (imm = aq<<1|rl)
 *  FENCE pred,succ (imm = fm<<8|pred<<4|succ)          N   no operands
 *  R1    rd,rs1 (unary integer: clz, sext.b, ...)
 * Floating point (f = an f register, x = an x register; `rm` entries end in the rounding mode
 * field, which decodes into imm bits 2:0, and R4 keeps rs3 in imm bits 7:3):
 *  FL    frd,imm(rs1)          FS   frs2,imm(rs1)
 *  FR    frd,frs1,frs2         FR1  frd,frs1           FR4 frd,frs1,frs2,frs3
 *  FCMP  rd,frs1,frs2          FX   rd,frs1            XF  frd,rs1
 */
export type Format = 'R' | 'I' | 'SH' | 'L' | 'JALR' | 'S' | 'B' | 'U' | 'J' | 'CSR' | 'CSRI' | 'AMO' | 'LR' | 'FENCE' | 'N'
  | 'R1' | 'FL' | 'FS' | 'FR' | 'FR1' | 'FR4' | 'FCMP' | 'FX' | 'XF';

export type Extension = 'I' | 'M' | 'A' | 'F' | 'D' | 'Zicsr' | 'Zifencei' | 'Priv' | 'Zba' | 'Zbb' | 'Zbs' | 'Zicond';

/**
 * Extension bits of an ISA (see src/cpu/isa-profile.ts): the decoder accepts an instruction
 * when its extension's bit is set. Zicsr, Zifencei and the privileged instructions are always
 * there; C is a bit for the compressed encodings.
 */
export const EXT = {
  I: 0, Zicsr: 0, Zifencei: 0, Priv: 0,
  M: 1 << 0, A: 1 << 1, F: 1 << 2, D: 1 << 3, C: 1 << 4,
  Zba: 1 << 5, Zbb: 1 << 6, Zbs: 1 << 7, Zicond: 1 << 8,
} as const;
/** Every extension rv-zoo implements (the decoder's default, e.g. for the disassembler). */
export const EXT_ALL = 0x1ff;

export interface InsnSpec {
  readonly name: string;
  readonly mask: number;
  readonly match: number;
  readonly format: Format;
  readonly op: Op;
  readonly ext: Extension;
  /** The encoding has a rounding-mode field (bits 14:12). */
  readonly rm?: boolean;
}

/** Result of expanding a compressed instruction: the 32-bit mnemonic and its operands. */
export interface Expansion {
  name: string;
  rd: number;
  rs1: number;
  rs2: number;
  imm: number;
}

/** Compressed formats (RVC spec, "Compressed Instruction Formats"). */
export type CFormat = 'CR' | 'CI' | 'CSS' | 'CIW' | 'CL' | 'CS' | 'CA' | 'CB' | 'CJ';

export interface CInsnSpec {
  readonly name: string;
  readonly mask: number;
  readonly match: number;
  readonly format: CFormat;
  /**
   * Fill `out` with the 32-bit expansion of halfword `h` (which matches mask/match) and return
   * true, or return false when the encoding is reserved (illegal instruction).
   */
  readonly expand: (h: number, out: Expansion) => boolean;
}

const R = 0xfe00707f; // funct7 + funct3 + opcode
const I = 0x0000707f; // funct3 + opcode
const U1 = 0xfff0707f; // funct7 + rs2 + funct3 + opcode (unary forms)
const FR4 = 0x0600007f; // fmt + opcode (rm and rs3 are operands)
const FRM = 0xfe00007f; // funct7 + opcode (funct3 is rm)
const FXR = 0xfff0007f; // funct7 + rs2 + opcode (funct3 is rm)
const FX = 0xfff0707f; // funct7 + rs2 + funct3 + opcode

/** RV32I, M, A, F, D, Zicsr, Zifencei, Zba, Zbb, Zbs, Zicond and the machine-mode system instructions. */
export const RV32_INSNS: readonly InsnSpec[] = [
  { name: 'lui', mask: 0x7f, match: 0x37, format: 'U', op: Op.LUI, ext: 'I' },
  { name: 'auipc', mask: 0x7f, match: 0x17, format: 'U', op: Op.AUIPC, ext: 'I' },
  { name: 'jal', mask: 0x7f, match: 0x6f, format: 'J', op: Op.JAL, ext: 'I' },
  { name: 'jalr', mask: I, match: 0x67, format: 'JALR', op: Op.JALR, ext: 'I' },
  { name: 'beq', mask: I, match: 0x0063, format: 'B', op: Op.BEQ, ext: 'I' },
  { name: 'bne', mask: I, match: 0x1063, format: 'B', op: Op.BNE, ext: 'I' },
  { name: 'blt', mask: I, match: 0x4063, format: 'B', op: Op.BLT, ext: 'I' },
  { name: 'bge', mask: I, match: 0x5063, format: 'B', op: Op.BGE, ext: 'I' },
  { name: 'bltu', mask: I, match: 0x6063, format: 'B', op: Op.BLTU, ext: 'I' },
  { name: 'bgeu', mask: I, match: 0x7063, format: 'B', op: Op.BGEU, ext: 'I' },
  { name: 'lb', mask: I, match: 0x0003, format: 'L', op: Op.LB, ext: 'I' },
  { name: 'lh', mask: I, match: 0x1003, format: 'L', op: Op.LH, ext: 'I' },
  { name: 'lw', mask: I, match: 0x2003, format: 'L', op: Op.LW, ext: 'I' },
  { name: 'lbu', mask: I, match: 0x4003, format: 'L', op: Op.LBU, ext: 'I' },
  { name: 'lhu', mask: I, match: 0x5003, format: 'L', op: Op.LHU, ext: 'I' },
  { name: 'sb', mask: I, match: 0x0023, format: 'S', op: Op.SB, ext: 'I' },
  { name: 'sh', mask: I, match: 0x1023, format: 'S', op: Op.SH, ext: 'I' },
  { name: 'sw', mask: I, match: 0x2023, format: 'S', op: Op.SW, ext: 'I' },
  { name: 'addi', mask: I, match: 0x0013, format: 'I', op: Op.ADDI, ext: 'I' },
  { name: 'slti', mask: I, match: 0x2013, format: 'I', op: Op.SLTI, ext: 'I' },
  { name: 'sltiu', mask: I, match: 0x3013, format: 'I', op: Op.SLTIU, ext: 'I' },
  { name: 'xori', mask: I, match: 0x4013, format: 'I', op: Op.XORI, ext: 'I' },
  { name: 'ori', mask: I, match: 0x6013, format: 'I', op: Op.ORI, ext: 'I' },
  { name: 'andi', mask: I, match: 0x7013, format: 'I', op: Op.ANDI, ext: 'I' },
  { name: 'slli', mask: R, match: 0x00001013, format: 'SH', op: Op.SLLI, ext: 'I' },
  { name: 'srli', mask: R, match: 0x00005013, format: 'SH', op: Op.SRLI, ext: 'I' },
  { name: 'srai', mask: R, match: 0x40005013, format: 'SH', op: Op.SRAI, ext: 'I' },
  { name: 'add', mask: R, match: 0x00000033, format: 'R', op: Op.ADD, ext: 'I' },
  { name: 'sub', mask: R, match: 0x40000033, format: 'R', op: Op.SUB, ext: 'I' },
  { name: 'sll', mask: R, match: 0x00001033, format: 'R', op: Op.SLL, ext: 'I' },
  { name: 'slt', mask: R, match: 0x00002033, format: 'R', op: Op.SLT, ext: 'I' },
  { name: 'sltu', mask: R, match: 0x00003033, format: 'R', op: Op.SLTU, ext: 'I' },
  { name: 'xor', mask: R, match: 0x00004033, format: 'R', op: Op.XOR, ext: 'I' },
  { name: 'srl', mask: R, match: 0x00005033, format: 'R', op: Op.SRL, ext: 'I' },
  { name: 'sra', mask: R, match: 0x40005033, format: 'R', op: Op.SRA, ext: 'I' },
  { name: 'or', mask: R, match: 0x00006033, format: 'R', op: Op.OR, ext: 'I' },
  { name: 'and', mask: R, match: 0x00007033, format: 'R', op: Op.AND, ext: 'I' },
  // FENCE: fm/pred/succ/rs1/rd are all accepted (unused fields are reserved for future use,
  // and implementations treat the instruction as a fence). fence.tso and pause are fences too.
  { name: 'fence', mask: I, match: 0x000f, format: 'FENCE', op: Op.FENCE, ext: 'I' },
  { name: 'ecall', mask: 0xffffffff, match: 0x00000073, format: 'N', op: Op.ECALL, ext: 'I' },
  { name: 'ebreak', mask: 0xffffffff, match: 0x00100073, format: 'N', op: Op.EBREAK, ext: 'I' },
  // Zifencei: imm/rs1/rd are reserved for future use and ignored.
  { name: 'fence.i', mask: I, match: 0x100f, format: 'N', op: Op.FENCE_I, ext: 'Zifencei' },
  { name: 'csrrw', mask: I, match: 0x1073, format: 'CSR', op: Op.CSRRW, ext: 'Zicsr' },
  { name: 'csrrs', mask: I, match: 0x2073, format: 'CSR', op: Op.CSRRS, ext: 'Zicsr' },
  { name: 'csrrc', mask: I, match: 0x3073, format: 'CSR', op: Op.CSRRC, ext: 'Zicsr' },
  { name: 'csrrwi', mask: I, match: 0x5073, format: 'CSRI', op: Op.CSRRWI, ext: 'Zicsr' },
  { name: 'csrrsi', mask: I, match: 0x6073, format: 'CSRI', op: Op.CSRRSI, ext: 'Zicsr' },
  { name: 'csrrci', mask: I, match: 0x7073, format: 'CSRI', op: Op.CSRRCI, ext: 'Zicsr' },
  { name: 'mret', mask: 0xffffffff, match: 0x30200073, format: 'N', op: Op.MRET, ext: 'Priv' },
  { name: 'wfi', mask: 0xffffffff, match: 0x10500073, format: 'N', op: Op.WFI, ext: 'Priv' },
  { name: 'mul', mask: R, match: 0x02000033, format: 'R', op: Op.MUL, ext: 'M' },
  { name: 'mulh', mask: R, match: 0x02001033, format: 'R', op: Op.MULH, ext: 'M' },
  { name: 'mulhsu', mask: R, match: 0x02002033, format: 'R', op: Op.MULHSU, ext: 'M' },
  { name: 'mulhu', mask: R, match: 0x02003033, format: 'R', op: Op.MULHU, ext: 'M' },
  { name: 'div', mask: R, match: 0x02004033, format: 'R', op: Op.DIV, ext: 'M' },
  { name: 'divu', mask: R, match: 0x02005033, format: 'R', op: Op.DIVU, ext: 'M' },
  { name: 'rem', mask: R, match: 0x02006033, format: 'R', op: Op.REM, ext: 'M' },
  { name: 'remu', mask: R, match: 0x02007033, format: 'R', op: Op.REMU, ext: 'M' },
  // A: funct5 in bits 31:27, aq/rl in 26:25 (not part of the mask), funct3 = 010.
  { name: 'lr.w', mask: 0xf9f0707f, match: 0x1000202f, format: 'LR', op: Op.LR_W, ext: 'A' },
  { name: 'sc.w', mask: 0xf800707f, match: 0x1800202f, format: 'AMO', op: Op.SC_W, ext: 'A' },
  { name: 'amoswap.w', mask: 0xf800707f, match: 0x0800202f, format: 'AMO', op: Op.AMOSWAP_W, ext: 'A' },
  { name: 'amoadd.w', mask: 0xf800707f, match: 0x0000202f, format: 'AMO', op: Op.AMOADD_W, ext: 'A' },
  { name: 'amoxor.w', mask: 0xf800707f, match: 0x2000202f, format: 'AMO', op: Op.AMOXOR_W, ext: 'A' },
  { name: 'amoand.w', mask: 0xf800707f, match: 0x6000202f, format: 'AMO', op: Op.AMOAND_W, ext: 'A' },
  { name: 'amoor.w', mask: 0xf800707f, match: 0x4000202f, format: 'AMO', op: Op.AMOOR_W, ext: 'A' },
  { name: 'amomin.w', mask: 0xf800707f, match: 0x8000202f, format: 'AMO', op: Op.AMOMIN_W, ext: 'A' },
  { name: 'amomax.w', mask: 0xf800707f, match: 0xa000202f, format: 'AMO', op: Op.AMOMAX_W, ext: 'A' },
  { name: 'amominu.w', mask: 0xf800707f, match: 0xc000202f, format: 'AMO', op: Op.AMOMINU_W, ext: 'A' },
  { name: 'amomaxu.w', mask: 0xf800707f, match: 0xe000202f, format: 'AMO', op: Op.AMOMAXU_W, ext: 'A' },
  // F: loads/stores, R4 (fmt in bits 26:25), OP-FP (funct7 = operation and fmt; rs2 or funct3 select
  // the operation in some; in the others funct3 is the rounding mode, not part of the mask)
  { name: 'flw', mask: I, match: 0x00002007, format: 'FL', op: Op.FLW, ext: 'F' },
  { name: 'fsw', mask: I, match: 0x00002027, format: 'FS', op: Op.FSW, ext: 'F' },
  { name: 'fmadd.s', mask: FR4, match: 0x00000043, format: 'FR4', op: Op.FMADD_S, ext: 'F', rm: true },
  { name: 'fmsub.s', mask: FR4, match: 0x00000047, format: 'FR4', op: Op.FMSUB_S, ext: 'F', rm: true },
  { name: 'fnmsub.s', mask: FR4, match: 0x0000004b, format: 'FR4', op: Op.FNMSUB_S, ext: 'F', rm: true },
  { name: 'fnmadd.s', mask: FR4, match: 0x0000004f, format: 'FR4', op: Op.FNMADD_S, ext: 'F', rm: true },
  { name: 'fadd.s', mask: FRM, match: 0x00000053, format: 'FR', op: Op.FADD_S, ext: 'F', rm: true },
  { name: 'fsub.s', mask: FRM, match: 0x08000053, format: 'FR', op: Op.FSUB_S, ext: 'F', rm: true },
  { name: 'fmul.s', mask: FRM, match: 0x10000053, format: 'FR', op: Op.FMUL_S, ext: 'F', rm: true },
  { name: 'fdiv.s', mask: FRM, match: 0x18000053, format: 'FR', op: Op.FDIV_S, ext: 'F', rm: true },
  { name: 'fsqrt.s', mask: FXR, match: 0x58000053, format: 'FR1', op: Op.FSQRT_S, ext: 'F', rm: true },
  { name: 'fsgnj.s', mask: R, match: 0x20000053, format: 'FR', op: Op.FSGNJ_S, ext: 'F' },
  { name: 'fsgnjn.s', mask: R, match: 0x20001053, format: 'FR', op: Op.FSGNJN_S, ext: 'F' },
  { name: 'fsgnjx.s', mask: R, match: 0x20002053, format: 'FR', op: Op.FSGNJX_S, ext: 'F' },
  { name: 'fmin.s', mask: R, match: 0x28000053, format: 'FR', op: Op.FMIN_S, ext: 'F' },
  { name: 'fmax.s', mask: R, match: 0x28001053, format: 'FR', op: Op.FMAX_S, ext: 'F' },
  { name: 'feq.s', mask: R, match: 0xa0002053, format: 'FCMP', op: Op.FEQ_S, ext: 'F' },
  { name: 'flt.s', mask: R, match: 0xa0001053, format: 'FCMP', op: Op.FLT_S, ext: 'F' },
  { name: 'fle.s', mask: R, match: 0xa0000053, format: 'FCMP', op: Op.FLE_S, ext: 'F' },
  { name: 'fcvt.w.s', mask: FXR, match: 0xc0000053, format: 'FX', op: Op.FCVT_W_S, ext: 'F', rm: true },
  { name: 'fcvt.wu.s', mask: FXR, match: 0xc0100053, format: 'FX', op: Op.FCVT_WU_S, ext: 'F', rm: true },
  { name: 'fmv.x.w', mask: FX, match: 0xe0000053, format: 'FX', op: Op.FMV_X_W, ext: 'F' },
  { name: 'fclass.s', mask: FX, match: 0xe0001053, format: 'FX', op: Op.FCLASS_S, ext: 'F' },
  { name: 'fcvt.s.w', mask: FXR, match: 0xd0000053, format: 'XF', op: Op.FCVT_S_W, ext: 'F', rm: true },
  { name: 'fcvt.s.wu', mask: FXR, match: 0xd0100053, format: 'XF', op: Op.FCVT_S_WU, ext: 'F', rm: true },
  { name: 'fmv.w.x', mask: FX, match: 0xf0000053, format: 'XF', op: Op.FMV_W_X, ext: 'F' },
  // D
  { name: 'fld', mask: I, match: 0x00003007, format: 'FL', op: Op.FLD, ext: 'D' },
  { name: 'fsd', mask: I, match: 0x00003027, format: 'FS', op: Op.FSD, ext: 'D' },
  { name: 'fmadd.d', mask: FR4, match: 0x02000043, format: 'FR4', op: Op.FMADD_D, ext: 'D', rm: true },
  { name: 'fmsub.d', mask: FR4, match: 0x02000047, format: 'FR4', op: Op.FMSUB_D, ext: 'D', rm: true },
  { name: 'fnmsub.d', mask: FR4, match: 0x0200004b, format: 'FR4', op: Op.FNMSUB_D, ext: 'D', rm: true },
  { name: 'fnmadd.d', mask: FR4, match: 0x0200004f, format: 'FR4', op: Op.FNMADD_D, ext: 'D', rm: true },
  { name: 'fadd.d', mask: FRM, match: 0x02000053, format: 'FR', op: Op.FADD_D, ext: 'D', rm: true },
  { name: 'fsub.d', mask: FRM, match: 0x0a000053, format: 'FR', op: Op.FSUB_D, ext: 'D', rm: true },
  { name: 'fmul.d', mask: FRM, match: 0x12000053, format: 'FR', op: Op.FMUL_D, ext: 'D', rm: true },
  { name: 'fdiv.d', mask: FRM, match: 0x1a000053, format: 'FR', op: Op.FDIV_D, ext: 'D', rm: true },
  { name: 'fsqrt.d', mask: FXR, match: 0x5a000053, format: 'FR1', op: Op.FSQRT_D, ext: 'D', rm: true },
  { name: 'fsgnj.d', mask: R, match: 0x22000053, format: 'FR', op: Op.FSGNJ_D, ext: 'D' },
  { name: 'fsgnjn.d', mask: R, match: 0x22001053, format: 'FR', op: Op.FSGNJN_D, ext: 'D' },
  { name: 'fsgnjx.d', mask: R, match: 0x22002053, format: 'FR', op: Op.FSGNJX_D, ext: 'D' },
  { name: 'fmin.d', mask: R, match: 0x2a000053, format: 'FR', op: Op.FMIN_D, ext: 'D' },
  { name: 'fmax.d', mask: R, match: 0x2a001053, format: 'FR', op: Op.FMAX_D, ext: 'D' },
  { name: 'fcvt.s.d', mask: FXR, match: 0x40100053, format: 'FR1', op: Op.FCVT_S_D, ext: 'D', rm: true },
  { name: 'fcvt.d.s', mask: FXR, match: 0x42000053, format: 'FR1', op: Op.FCVT_D_S, ext: 'D', rm: true },
  { name: 'feq.d', mask: R, match: 0xa2002053, format: 'FCMP', op: Op.FEQ_D, ext: 'D' },
  { name: 'flt.d', mask: R, match: 0xa2001053, format: 'FCMP', op: Op.FLT_D, ext: 'D' },
  { name: 'fle.d', mask: R, match: 0xa2000053, format: 'FCMP', op: Op.FLE_D, ext: 'D' },
  { name: 'fcvt.w.d', mask: FXR, match: 0xc2000053, format: 'FX', op: Op.FCVT_W_D, ext: 'D', rm: true },
  { name: 'fcvt.wu.d', mask: FXR, match: 0xc2100053, format: 'FX', op: Op.FCVT_WU_D, ext: 'D', rm: true },
  { name: 'fclass.d', mask: FX, match: 0xe2001053, format: 'FX', op: Op.FCLASS_D, ext: 'D' },
  { name: 'fcvt.d.w', mask: FXR, match: 0xd2000053, format: 'XF', op: Op.FCVT_D_W, ext: 'D', rm: true },
  { name: 'fcvt.d.wu', mask: FXR, match: 0xd2100053, format: 'XF', op: Op.FCVT_D_WU, ext: 'D', rm: true },
  // Zba
  { name: 'sh1add', mask: R, match: 0x20002033, format: 'R', op: Op.SH1ADD, ext: 'Zba' },
  { name: 'sh2add', mask: R, match: 0x20004033, format: 'R', op: Op.SH2ADD, ext: 'Zba' },
  { name: 'sh3add', mask: R, match: 0x20006033, format: 'R', op: Op.SH3ADD, ext: 'Zba' },
  // Zbb (RV32 encodings of zext.h and rev8)
  { name: 'andn', mask: R, match: 0x40007033, format: 'R', op: Op.ANDN, ext: 'Zbb' },
  { name: 'orn', mask: R, match: 0x40006033, format: 'R', op: Op.ORN, ext: 'Zbb' },
  { name: 'xnor', mask: R, match: 0x40004033, format: 'R', op: Op.XNOR, ext: 'Zbb' },
  { name: 'clz', mask: U1, match: 0x60001013, format: 'R1', op: Op.CLZ, ext: 'Zbb' },
  { name: 'ctz', mask: U1, match: 0x60101013, format: 'R1', op: Op.CTZ, ext: 'Zbb' },
  { name: 'cpop', mask: U1, match: 0x60201013, format: 'R1', op: Op.CPOP, ext: 'Zbb' },
  { name: 'max', mask: R, match: 0x0a006033, format: 'R', op: Op.MAX, ext: 'Zbb' },
  { name: 'maxu', mask: R, match: 0x0a007033, format: 'R', op: Op.MAXU, ext: 'Zbb' },
  { name: 'min', mask: R, match: 0x0a004033, format: 'R', op: Op.MIN, ext: 'Zbb' },
  { name: 'minu', mask: R, match: 0x0a005033, format: 'R', op: Op.MINU, ext: 'Zbb' },
  { name: 'sext.b', mask: U1, match: 0x60401013, format: 'R1', op: Op.SEXT_B, ext: 'Zbb' },
  { name: 'sext.h', mask: U1, match: 0x60501013, format: 'R1', op: Op.SEXT_H, ext: 'Zbb' },
  { name: 'zext.h', mask: U1, match: 0x08004033, format: 'R1', op: Op.ZEXT_H, ext: 'Zbb' },
  { name: 'rol', mask: R, match: 0x60001033, format: 'R', op: Op.ROL, ext: 'Zbb' },
  { name: 'ror', mask: R, match: 0x60005033, format: 'R', op: Op.ROR, ext: 'Zbb' },
  { name: 'rori', mask: R, match: 0x60005013, format: 'SH', op: Op.RORI, ext: 'Zbb' },
  { name: 'orc.b', mask: U1, match: 0x28705013, format: 'R1', op: Op.ORC_B, ext: 'Zbb' },
  { name: 'rev8', mask: U1, match: 0x69805013, format: 'R1', op: Op.REV8, ext: 'Zbb' },
  // Zbs (the immediate forms take a 5-bit shamt on RV32, like slli)
  { name: 'bclr', mask: R, match: 0x48001033, format: 'R', op: Op.BCLR, ext: 'Zbs' },
  { name: 'bclri', mask: R, match: 0x48001013, format: 'SH', op: Op.BCLRI, ext: 'Zbs' },
  { name: 'bext', mask: R, match: 0x48005033, format: 'R', op: Op.BEXT, ext: 'Zbs' },
  { name: 'bexti', mask: R, match: 0x48005013, format: 'SH', op: Op.BEXTI, ext: 'Zbs' },
  { name: 'binv', mask: R, match: 0x68001033, format: 'R', op: Op.BINV, ext: 'Zbs' },
  { name: 'binvi', mask: R, match: 0x68001013, format: 'SH', op: Op.BINVI, ext: 'Zbs' },
  { name: 'bset', mask: R, match: 0x28001033, format: 'R', op: Op.BSET, ext: 'Zbs' },
  { name: 'bseti', mask: R, match: 0x28001013, format: 'SH', op: Op.BSETI, ext: 'Zbs' },
  // Zicond
  { name: 'czero.eqz', mask: R, match: 0x0e005033, format: 'R', op: Op.CZERO_EQZ, ext: 'Zicond' },
  { name: 'czero.nez', mask: R, match: 0x0e007033, format: 'R', op: Op.CZERO_NEZ, ext: 'Zicond' },
];

// ---- compressed field helpers (bit positions from the RVC chapter) ----
const bit = (h: number, i: number): number => (h >>> i) & 1;
const bits = (h: number, hi: number, lo: number): number => (h >>> lo) & ((1 << (hi - lo + 1)) - 1);
const sext = (v: number, width: number): number => (v << (32 - width)) >> (32 - width);
/** rd'/rs1'/rs2' (3-bit field) -> x8..x15 */
const creg = (h: number, lo: number): number => 8 + bits(h, lo + 2, lo);

function set(out: Expansion, name: string, rd: number, rs1: number, rs2: number, imm: number): boolean {
  out.name = name; out.rd = rd; out.rs1 = rs1; out.rs2 = rs2; out.imm = imm;
  return true;
}

/** CI-format 6-bit signed immediate imm[5]=bit 12, imm[4:0]=bits 6:2. */
const ciImm = (h: number): number => sext((bit(h, 12) << 5) | bits(h, 6, 2), 6);
/** CJ-format offset[11|4|9:8|10|6|7|3:1|5] = bits 12|11|10:9|8|7|6|5:3|2. */
const cjImm = (h: number): number => sext(
  (bit(h, 12) << 11) | (bit(h, 11) << 4) | (bits(h, 10, 9) << 8) | (bit(h, 8) << 10) |
  (bit(h, 7) << 6) | (bit(h, 6) << 7) | (bits(h, 5, 3) << 1) | (bit(h, 2) << 5), 12);
/** CB-format branch offset[8|4:3|7:6|2:1|5] = bits 12|11:10|6:5|4:3|2. */
const cbImm = (h: number): number => sext(
  (bit(h, 12) << 8) | (bits(h, 11, 10) << 3) | (bits(h, 6, 5) << 6) | (bits(h, 4, 3) << 1) |
  (bit(h, 2) << 5), 9);
/** c.lw/c.sw (and c.flw/c.fsw) uimm[5:3]=bits 12:10, uimm[2]=bit 6, uimm[6]=bit 5. */
const clwImm = (h: number): number => (bits(h, 12, 10) << 3) | (bit(h, 6) << 2) | (bit(h, 5) << 6);
/** c.fld/c.fsd uimm[5:3]=bits 12:10, uimm[7:6]=bits 6:5. */
const cldImm = (h: number): number => (bits(h, 12, 10) << 3) | (bits(h, 6, 5) << 6);
/** c.lwsp/c.flwsp uimm[5]=bit 12, uimm[4:2]=bits 6:4, uimm[7:6]=bits 3:2. */
const clwspImm = (h: number): number => (bit(h, 12) << 5) | (bits(h, 6, 4) << 2) | (bits(h, 3, 2) << 6);
/** c.fldsp uimm[5]=bit 12, uimm[4:3]=bits 6:5, uimm[8:6]=bits 4:2. */
const cldspImm = (h: number): number => (bit(h, 12) << 5) | (bits(h, 6, 5) << 3) | (bits(h, 4, 2) << 6);
/** c.swsp/c.fswsp uimm[5:2]=bits 12:9, uimm[7:6]=bits 8:7. */
const cswspImm = (h: number): number => (bits(h, 12, 9) << 2) | (bits(h, 8, 7) << 6);
/** c.fsdsp uimm[5:3]=bits 12:10, uimm[8:6]=bits 9:7. */
const csdspImm = (h: number): number => (bits(h, 12, 10) << 3) | (bits(h, 9, 7) << 6);

/**
 * RV32C, with the RV32 forms of the F and D loads and stores (c.flw ... c.fsdsp), which expand
 * to flw/fsw/fld/fsd and so decode only when F (D) is in the ISA. Listed in decode priority
 * order: where two entries overlap (c.nop/c.addi, c.addi16sp/c.lui, c.jr/c.mv,
 * c.ebreak/c.jalr/c.add) the more specific one comes first. The RV64-only c.subw/c.addw are not
 * in the table and decode as illegal, as do the reserved encodings for which `expand` returns false.
 * HINT encodings (e.g. c.addi x0, c.li x0, c.mv x0, shamt 0) execute as their expansion, which
 * writes x0 and so has no effect.
 */
export const RVC_INSNS: readonly CInsnSpec[] = [
  // Quadrant 0
  { name: 'c.addi4spn', mask: 0xe003, match: 0x0000, format: 'CIW', expand: (h, o) => {
    const imm = (bits(h, 12, 11) << 4) | (bits(h, 10, 7) << 6) | (bit(h, 6) << 2) | (bit(h, 5) << 3);
    return imm !== 0 && set(o, 'addi', creg(h, 2), 2, 0, imm);
  } },
  { name: 'c.fld', mask: 0xe003, match: 0x2000, format: 'CL', expand: (h, o) => set(o, 'fld', creg(h, 2), creg(h, 7), 0, cldImm(h)) },
  { name: 'c.lw', mask: 0xe003, match: 0x4000, format: 'CL', expand: (h, o) => set(o, 'lw', creg(h, 2), creg(h, 7), 0, clwImm(h)) },
  { name: 'c.flw', mask: 0xe003, match: 0x6000, format: 'CL', expand: (h, o) => set(o, 'flw', creg(h, 2), creg(h, 7), 0, clwImm(h)) },
  { name: 'c.fsd', mask: 0xe003, match: 0xa000, format: 'CS', expand: (h, o) => set(o, 'fsd', 0, creg(h, 7), creg(h, 2), cldImm(h)) },
  { name: 'c.sw', mask: 0xe003, match: 0xc000, format: 'CS', expand: (h, o) => set(o, 'sw', 0, creg(h, 7), creg(h, 2), clwImm(h)) },
  { name: 'c.fsw', mask: 0xe003, match: 0xe000, format: 'CS', expand: (h, o) => set(o, 'fsw', 0, creg(h, 7), creg(h, 2), clwImm(h)) },
  // Quadrant 1
  { name: 'c.nop', mask: 0xef83, match: 0x0001, format: 'CI', expand: (h, o) => set(o, 'addi', 0, 0, 0, ciImm(h)) },
  { name: 'c.addi', mask: 0xe003, match: 0x0001, format: 'CI', expand: (h, o) => {
    const rd = bits(h, 11, 7);
    return set(o, 'addi', rd, rd, 0, ciImm(h));
  } },
  { name: 'c.jal', mask: 0xe003, match: 0x2001, format: 'CJ', expand: (h, o) => set(o, 'jal', 1, 0, 0, cjImm(h)) },
  { name: 'c.li', mask: 0xe003, match: 0x4001, format: 'CI', expand: (h, o) => set(o, 'addi', bits(h, 11, 7), 0, 0, ciImm(h)) },
  { name: 'c.addi16sp', mask: 0xef83, match: 0x6101, format: 'CI', expand: (h, o) => {
    // nzimm[9|4|6|8:7|5] = bits 12|6|5|4:3|2
    const imm = sext((bit(h, 12) << 9) | (bit(h, 6) << 4) | (bit(h, 5) << 6) | (bits(h, 4, 3) << 7) | (bit(h, 2) << 5), 10);
    return imm !== 0 && set(o, 'addi', 2, 2, 0, imm);
  } },
  { name: 'c.lui', mask: 0xe003, match: 0x6001, format: 'CI', expand: (h, o) => {
    const imm = ciImm(h); // nzimm[17:12]
    return imm !== 0 && set(o, 'lui', bits(h, 11, 7), 0, 0, imm << 12);
  } },
  { name: 'c.srli', mask: 0xec03, match: 0x8001, format: 'CB', expand: (h, o) => {
    const rd = creg(h, 7);
    return bit(h, 12) === 0 && set(o, 'srli', rd, rd, 0, bits(h, 6, 2));
  } },
  { name: 'c.srai', mask: 0xec03, match: 0x8401, format: 'CB', expand: (h, o) => {
    const rd = creg(h, 7);
    return bit(h, 12) === 0 && set(o, 'srai', rd, rd, 0, bits(h, 6, 2));
  } },
  { name: 'c.andi', mask: 0xec03, match: 0x8801, format: 'CB', expand: (h, o) => {
    const rd = creg(h, 7);
    return set(o, 'andi', rd, rd, 0, ciImm(h));
  } },
  { name: 'c.sub', mask: 0xfc63, match: 0x8c01, format: 'CA', expand: (h, o) => set(o, 'sub', creg(h, 7), creg(h, 7), creg(h, 2), 0) },
  { name: 'c.xor', mask: 0xfc63, match: 0x8c21, format: 'CA', expand: (h, o) => set(o, 'xor', creg(h, 7), creg(h, 7), creg(h, 2), 0) },
  { name: 'c.or', mask: 0xfc63, match: 0x8c41, format: 'CA', expand: (h, o) => set(o, 'or', creg(h, 7), creg(h, 7), creg(h, 2), 0) },
  { name: 'c.and', mask: 0xfc63, match: 0x8c61, format: 'CA', expand: (h, o) => set(o, 'and', creg(h, 7), creg(h, 7), creg(h, 2), 0) },
  { name: 'c.j', mask: 0xe003, match: 0xa001, format: 'CJ', expand: (h, o) => set(o, 'jal', 0, 0, 0, cjImm(h)) },
  { name: 'c.beqz', mask: 0xe003, match: 0xc001, format: 'CB', expand: (h, o) => set(o, 'beq', 0, creg(h, 7), 0, cbImm(h)) },
  { name: 'c.bnez', mask: 0xe003, match: 0xe001, format: 'CB', expand: (h, o) => set(o, 'bne', 0, creg(h, 7), 0, cbImm(h)) },
  // Quadrant 2
  { name: 'c.slli', mask: 0xe003, match: 0x0002, format: 'CI', expand: (h, o) => {
    const rd = bits(h, 11, 7);
    return bit(h, 12) === 0 && set(o, 'slli', rd, rd, 0, bits(h, 6, 2));
  } },
  { name: 'c.fldsp', mask: 0xe003, match: 0x2002, format: 'CI', expand: (h, o) => set(o, 'fld', bits(h, 11, 7), 2, 0, cldspImm(h)) },
  { name: 'c.lwsp', mask: 0xe003, match: 0x4002, format: 'CI', expand: (h, o) => {
    const rd = bits(h, 11, 7);
    return rd !== 0 && set(o, 'lw', rd, 2, 0, clwspImm(h));
  } },
  { name: 'c.flwsp', mask: 0xe003, match: 0x6002, format: 'CI', expand: (h, o) => set(o, 'flw', bits(h, 11, 7), 2, 0, clwspImm(h)) },
  { name: 'c.jr', mask: 0xf07f, match: 0x8002, format: 'CR', expand: (h, o) => {
    const rs1 = bits(h, 11, 7);
    return rs1 !== 0 && set(o, 'jalr', 0, rs1, 0, 0);
  } },
  { name: 'c.mv', mask: 0xf003, match: 0x8002, format: 'CR', expand: (h, o) => set(o, 'add', bits(h, 11, 7), 0, bits(h, 6, 2), 0) },
  { name: 'c.ebreak', mask: 0xffff, match: 0x9002, format: 'CR', expand: (_h, o) => set(o, 'ebreak', 0, 0, 0, 0) },
  { name: 'c.jalr', mask: 0xf07f, match: 0x9002, format: 'CR', expand: (h, o) => set(o, 'jalr', 1, bits(h, 11, 7), 0, 0) },
  { name: 'c.add', mask: 0xf003, match: 0x9002, format: 'CR', expand: (h, o) => {
    const rd = bits(h, 11, 7);
    return set(o, 'add', rd, rd, bits(h, 6, 2), 0);
  } },
  { name: 'c.fsdsp', mask: 0xe003, match: 0xa002, format: 'CSS', expand: (h, o) => set(o, 'fsd', 0, 2, bits(h, 6, 2), csdspImm(h)) },
  { name: 'c.swsp', mask: 0xe003, match: 0xc002, format: 'CSS', expand: (h, o) => set(o, 'sw', 0, 2, bits(h, 6, 2), cswspImm(h)) },
  { name: 'c.fswsp', mask: 0xe003, match: 0xe002, format: 'CSS', expand: (h, o) => set(o, 'fsw', 0, 2, bits(h, 6, 2), cswspImm(h)) },
];

/** Table entry by 32-bit mnemonic (used to resolve compressed expansions to op ids). */
export const INSN_BY_NAME: ReadonlyMap<string, InsnSpec> = new Map(RV32_INSNS.map((s) => [s.name, s]));

/** ABI names of the f registers. */
export const FP_ABI_NAMES: readonly string[] = [
  'ft0', 'ft1', 'ft2', 'ft3', 'ft4', 'ft5', 'ft6', 'ft7', 'fs0', 'fs1', 'fa0', 'fa1', 'fa2', 'fa3', 'fa4', 'fa5',
  'fa6', 'fa7', 'fs2', 'fs3', 'fs4', 'fs5', 'fs6', 'fs7', 'fs8', 'fs9', 'fs10', 'fs11', 'ft8', 'ft9', 'ft10', 'ft11',
];

/** Rounding-mode names by rm field value (5 and 6 are reserved). */
export const RM_NAMES: readonly string[] = ['rne', 'rtz', 'rdn', 'rup', 'rmm', '', '', 'dyn'];

/** ABI register names, index = register number. */
export const ABI_NAMES: readonly string[] = [
  'zero', 'ra', 'sp', 'gp', 'tp', 't0', 't1', 't2', 's0', 's1', 'a0', 'a1', 'a2', 'a3', 'a4', 'a5',
  'a6', 'a7', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11', 't3', 't4', 't5', 't6',
];
