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
 */
export type Format = 'R' | 'I' | 'SH' | 'L' | 'JALR' | 'S' | 'B' | 'U' | 'J' | 'CSR' | 'CSRI' | 'AMO' | 'LR' | 'FENCE' | 'N';

export type Extension = 'I' | 'M' | 'A' | 'Zicsr' | 'Zifencei' | 'Priv';

export interface InsnSpec {
  readonly name: string;
  readonly mask: number;
  readonly match: number;
  readonly format: Format;
  readonly op: Op;
  readonly ext: Extension;
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

/** RV32I, M, A, Zicsr, Zifencei and the machine-mode system instructions. */
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
/** c.lw/c.sw uimm[5:3]=bits 12:10, uimm[2]=bit 6, uimm[6]=bit 5. */
const clwImm = (h: number): number => (bits(h, 12, 10) << 3) | (bit(h, 6) << 2) | (bit(h, 5) << 6);

/**
 * RV32C. Listed in decode priority order: where two entries overlap (c.nop/c.addi,
 * c.addi16sp/c.lui, c.jr/c.mv, c.ebreak/c.jalr/c.add) the more specific one comes first.
 * Encodings of the F/D forms (c.flw, c.fld, ...) and the RV64-only c.subw/c.addw are not in the
 * table and decode as illegal, as do the reserved encodings for which `expand` returns false.
 * HINT encodings (e.g. c.addi x0, c.li x0, c.mv x0, shamt 0) execute as their expansion, which
 * writes x0 and so has no effect.
 */
export const RVC_INSNS: readonly CInsnSpec[] = [
  // Quadrant 0
  { name: 'c.addi4spn', mask: 0xe003, match: 0x0000, format: 'CIW', expand: (h, o) => {
    const imm = (bits(h, 12, 11) << 4) | (bits(h, 10, 7) << 6) | (bit(h, 6) << 2) | (bit(h, 5) << 3);
    return imm !== 0 && set(o, 'addi', creg(h, 2), 2, 0, imm);
  } },
  { name: 'c.lw', mask: 0xe003, match: 0x4000, format: 'CL', expand: (h, o) => set(o, 'lw', creg(h, 2), creg(h, 7), 0, clwImm(h)) },
  { name: 'c.sw', mask: 0xe003, match: 0xc000, format: 'CS', expand: (h, o) => set(o, 'sw', 0, creg(h, 7), creg(h, 2), clwImm(h)) },
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
  { name: 'c.lwsp', mask: 0xe003, match: 0x4002, format: 'CI', expand: (h, o) => {
    const rd = bits(h, 11, 7);
    // uimm[5]=bit 12, uimm[4:2]=bits 6:4, uimm[7:6]=bits 3:2
    const imm = (bit(h, 12) << 5) | (bits(h, 6, 4) << 2) | (bits(h, 3, 2) << 6);
    return rd !== 0 && set(o, 'lw', rd, 2, 0, imm);
  } },
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
  { name: 'c.swsp', mask: 0xe003, match: 0xc002, format: 'CSS', expand: (h, o) => {
    // uimm[5:2]=bits 12:9, uimm[7:6]=bits 8:7
    const imm = (bits(h, 12, 9) << 2) | (bits(h, 8, 7) << 6);
    return set(o, 'sw', 0, 2, bits(h, 6, 2), imm);
  } },
];

/** Table entry by 32-bit mnemonic (used to resolve compressed expansions to op ids). */
export const INSN_BY_NAME: ReadonlyMap<string, InsnSpec> = new Map(RV32_INSNS.map((s) => [s.name, s]));

/** ABI register names, index = register number. */
export const ABI_NAMES: readonly string[] = [
  'zero', 'ra', 'sp', 'gp', 'tp', 't0', 't1', 't2', 's0', 's1', 'a0', 'a1', 'a2', 'a3', 'a4', 'a5',
  'a6', 'a7', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11', 't3', 't4', 't5', 't6',
];
