/**
 * Table-driven decoder (driven by src/cpu/isa.ts). Runs once per instruction address (the hart
 * caches the result), so clarity matters more than speed here; it allocates nothing per call.
 */
import { EXT, EXT_ALL, Op, RV32_INSNS, RVC_INSNS, INSN_BY_NAME, type InsnSpec, type CInsnSpec, type Expansion } from './isa.js';

/** A decoded instruction. `spec` is the table entry (for compressed: the expanded 32-bit one). */
export interface Decoded {
  op: Op;
  rd: number;
  rs1: number;
  rs2: number;
  /**
   * Immediate: sign-extended offset/value for I/S/B/J, imm20<<12 for U, shamt for shifts, the
   * CSR number for Zicsr (the uimm of the *i forms is in rs1), aq<<1|rl for AMO/LR/SC,
   * fm<<8|pred<<4|succ for FENCE, the instruction bits for ILLEGAL; for FP instructions with a
   * rounding-mode field, rm (| rs3 << 3 for the fused multiply-adds).
   */
  imm: number;
  /** Instruction length in bytes: 2 (compressed) or 4. */
  len: 2 | 4;
  spec: InsnSpec | null;
  /** The compressed table entry when len = 2 and the encoding is legal. */
  cspec: CInsnSpec | null;
}

/**
 * The decode cache's word of an instruction (the hart's cache, read by the translation tier
 * too): op | len << 8 | rd << 11 (x0 as 32, the write sink) | rs1 << 17 | rs2 << 22.
 */
export function packDecoded(op: number, len: number, rd: number, rs1: number, rs2: number): number {
  return op | (len << 8) | ((rd === 0 ? 32 : rd) << 11) | (rs1 << 17) | (rs2 << 22);
}

export function newDecoded(): Decoded {
  return { op: Op.ILLEGAL, rd: 0, rs1: 0, rs2: 0, imm: 0, len: 4, spec: null, cspec: null };
}

const buckets32: InsnSpec[][] = Array.from({ length: 128 }, () => []);
for (const s of RV32_INSNS) buckets32[s.match & 0x7f]!.push(s);
// Index: quadrant (bits 1:0) * 8 + funct3 (bits 15:13)
const buckets16: CInsnSpec[][] = Array.from({ length: 32 }, () => []);
for (const s of RVC_INSNS) buckets16[((s.match & 3) << 3) | ((s.match >>> 13) & 7)]!.push(s);

const scratch: Expansion = { name: '', rd: 0, rs1: 0, rs2: 0, imm: 0 };

function illegal(out: Decoded, bits: number, len: 2 | 4): Decoded {
  out.op = Op.ILLEGAL; out.rd = 0; out.rs1 = 0; out.rs2 = 0; out.imm = bits | 0; out.len = len;
  out.spec = null; out.cspec = null;
  return out;
}

/** Find the RV32 table entry of a 32-bit instruction word, or undefined. */
export function lookup32(w: number): InsnSpec | undefined {
  const b = buckets32[w & 0x7f]!;
  for (let i = 0; i < b.length; i++) {
    const s = b[i]!;
    if (((w & s.mask) >>> 0) === s.match >>> 0) return s;
  }
  return undefined;
}

/** Find the RVC table entry of a halfword (whether or not the encoding is reserved). */
export function lookup16(h: number): CInsnSpec | undefined {
  const b = buckets16[((h & 3) << 3) | ((h >>> 13) & 7)]!;
  for (let i = 0; i < b.length; i++) {
    const s = b[i]!;
    if ((h & s.mask) === s.match) return s;
  }
  return undefined;
}

/**
 * Decode an instruction. `bits` holds the instruction: if its low two bits are 11 it is a 32-bit
 * word, otherwise only the low 16 bits are used (compressed). `exts` (EXT bits) is the ISA:
 * instructions of other extensions decode as illegal (default: everything rv-zoo implements).
 */
export function decode(bits: number, out: Decoded = newDecoded(), exts: number = EXT_ALL): Decoded {
  if ((bits & 3) !== 3) return decode16(bits & 0xffff, out, exts);
  return decode32(bits, out, exts);
}

export function decode32(w: number, out: Decoded, exts: number = EXT_ALL): Decoded {
  w |= 0;
  const s = lookup32(w);
  if (s === undefined || (EXT[s.ext] & ~exts) !== 0) return illegal(out, w, 4);
  const rm = (w >>> 12) & 7;
  if (s.rm === true && (rm === 5 || rm === 6)) return illegal(out, w, 4); // reserved rounding modes
  out.spec = s; out.cspec = null; out.op = s.op; out.len = 4;
  out.rd = (w >>> 7) & 31;
  out.rs1 = (w >>> 15) & 31;
  out.rs2 = (w >>> 20) & 31;
  let imm = 0;
  switch (s.format) {
    case 'I': case 'L': case 'JALR':
      imm = w >> 20; break;
    case 'SH':
      imm = (w >>> 20) & 31; break;
    case 'S':
      imm = ((w >> 25) << 5) | ((w >>> 7) & 31); break;
    case 'B':
      imm = ((w >> 31) << 12) | (((w >>> 7) & 1) << 11) | (((w >>> 25) & 63) << 5) | (((w >>> 8) & 15) << 1);
      break;
    case 'U':
      imm = w & 0xfffff000; break;
    case 'J':
      imm = ((w >> 31) << 20) | (((w >>> 12) & 255) << 12) | (((w >>> 20) & 1) << 11) | (((w >>> 21) & 1023) << 1);
      break;
    case 'CSR': case 'CSRI':
      imm = (w >>> 20) & 0xfff; break;
    case 'AMO': case 'LR':
      imm = (w >>> 25) & 3; break;
    case 'FENCE':
      imm = (w >>> 20) & 0xfff; break;
    case 'FL':
      imm = w >> 20; break;
    case 'FS':
      imm = ((w >> 25) << 5) | ((w >>> 7) & 31); break;
    case 'FR4':
      imm = rm | (((w >>> 27) & 31) << 3); break;
    case 'FR': case 'FR1': case 'FCMP': case 'FX': case 'XF':
      imm = s.rm === true ? rm : 0; break;
    case 'R': case 'N': case 'R1':
      imm = 0; break;
  }
  out.imm = imm;
  // Fields a format does not use are reported as 0 so that equal operations compare equal.
  switch (s.format) {
    case 'I': case 'SH': case 'L': case 'JALR': case 'CSR': case 'CSRI': case 'LR':
    case 'R1': case 'FL': case 'FR1': case 'FX': case 'XF': out.rs2 = 0; break;
    case 'S': case 'B': case 'FS': out.rd = 0; break;
    case 'U': case 'J': out.rs1 = 0; out.rs2 = 0; break;
    case 'FENCE': case 'N': out.rd = 0; out.rs1 = 0; out.rs2 = 0; break;
    case 'R': case 'AMO': case 'FR': case 'FR4': case 'FCMP': break;
  }
  return out;
}

export function decode16(h: number, out: Decoded, exts: number = EXT_ALL): Decoded {
  const s = (exts & EXT.C) !== 0 ? lookup16(h) : undefined;
  if (s === undefined || !s.expand(h, scratch)) return illegal(out, h, 2);
  const e = INSN_BY_NAME.get(scratch.name)!;
  if ((EXT[e.ext] & ~exts) !== 0) return illegal(out, h, 2);
  out.spec = e; out.cspec = s; out.op = e.op; out.len = 2;
  out.rd = scratch.rd; out.rs1 = scratch.rs1; out.rs2 = scratch.rs2; out.imm = scratch.imm;
  return out;
}
