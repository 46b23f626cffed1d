/**
 * Disassembler driven by the instruction table (src/cpu/isa.ts).
 *
 * Syntax: that of GNU objdump with `-M no-aliases` (base mnemonics, ABI register names,
 * `lw a5,12(sp)`, `csrrw zero,mtvec,a0`, shift amounts and lui/auipc immediates in hex), except
 * that branch/jump targets are printed as absolute `0x...` addresses without a symbol.
 * Compressed instructions are shown as their 32-bit expansion (`c.addi sp,-16` prints as
 * `addi sp,sp,-16`); reserved encodings print as `.short 0x....` (16-bit) or `.word 0x........`.
 */
import { decode, newDecoded } from './decode.js';
import { ABI_NAMES, FP_ABI_NAMES, RM_NAMES } from './isa.js';
import { CSR_NAMES } from './csr.js';

const d = newDecoded();
const reg = (r: number): string => ABI_NAMES[r]!;
const freg = (r: number): string => FP_ABI_NAMES[r]!;
/**
 * The rounding-mode operand: none for dyn (7). GNU objdump knows the exact conversions
 * fcvt.d.s/fcvt.d.w/fcvt.d.wu only with rm = 000 and prints no mode then; other modes (legal
 * encodings) print here with their name.
 */
const EXACT_CVT = new Set(['fcvt.d.s', 'fcvt.d.w', 'fcvt.d.wu']);
function rmSuffix(name: string, hasRm: boolean | undefined, imm: number): string {
  const rm = imm & 7;
  if (hasRm !== true || rm === 7 || (rm === 0 && EXACT_CVT.has(name))) return '';
  return ',' + RM_NAMES[rm]!;
}
const hex = (v: number): string => '0x' + (v >>> 0).toString(16);

function csrName(n: number): string {
  return CSR_NAMES.get(n) ?? hex(n);
}

function fenceSet(v: number): string {
  let s = '';
  if (v & 8) s += 'i';
  if (v & 4) s += 'o';
  if (v & 2) s += 'r';
  if (v & 1) s += 'w';
  return s === '' ? '0' : s;
}

/** Disassemble the instruction `word` located at `pc` (only the low 16 bits if compressed). */
export function disassemble(word: number, pc: number): string {
  decode(word, d);
  const s = d.spec;
  if (s === null) {
    return d.len === 2 ? '.short 0x' + (word & 0xffff).toString(16).padStart(4, '0')
      : '.word 0x' + (word >>> 0).toString(16).padStart(8, '0');
  }
  const n = s.name;
  switch (s.format) {
    case 'R': return `${n} ${reg(d.rd)},${reg(d.rs1)},${reg(d.rs2)}`;
    case 'I': return `${n} ${reg(d.rd)},${reg(d.rs1)},${d.imm}`;
    case 'SH': return `${n} ${reg(d.rd)},${reg(d.rs1)},${hex(d.imm)}`;
    case 'L': case 'JALR': return `${n} ${reg(d.rd)},${d.imm}(${reg(d.rs1)})`;
    case 'S': return `${n} ${reg(d.rs2)},${d.imm}(${reg(d.rs1)})`;
    case 'B': return `${n} ${reg(d.rs1)},${reg(d.rs2)},${hex(pc + d.imm)}`;
    case 'U': return `${n} ${reg(d.rd)},${hex(d.imm >>> 12)}`;
    case 'J': return `${n} ${reg(d.rd)},${hex(pc + d.imm)}`;
    case 'CSR': return `${n} ${reg(d.rd)},${csrName(d.imm)},${reg(d.rs1)}`;
    case 'CSRI': return `${n} ${reg(d.rd)},${csrName(d.imm)},${d.rs1}`;
    case 'AMO': case 'LR': {
      const sfx = (d.imm & 2 ? '.aq' : '') + (d.imm & 1 ? 'rl' : '');
      const suffix = sfx === 'rl' ? '.rl' : sfx;
      return s.format === 'LR' ? `${n}${suffix} ${reg(d.rd)},(${reg(d.rs1)})`
        : `${n}${suffix} ${reg(d.rd)},${reg(d.rs2)},(${reg(d.rs1)})`;
    }
    case 'FENCE': {
      const fm = (d.imm >>> 8) & 15, pred = (d.imm >>> 4) & 15, succ = d.imm & 15;
      if (fm === 8 && pred === 3 && succ === 3) return 'fence.tso';
      if (fm === 0 && pred === 1 && succ === 0) return 'pause';
      return `fence ${fenceSet(pred)},${fenceSet(succ)}`;
    }
    case 'N': return n;
    case 'R1': return `${n} ${reg(d.rd)},${reg(d.rs1)}`;
    case 'FL': return `${n} ${freg(d.rd)},${d.imm}(${reg(d.rs1)})`;
    case 'FS': return `${n} ${freg(d.rs2)},${d.imm}(${reg(d.rs1)})`;
    case 'FR': return `${n} ${freg(d.rd)},${freg(d.rs1)},${freg(d.rs2)}${rmSuffix(n, s.rm, d.imm)}`;
    case 'FR1': return `${n} ${freg(d.rd)},${freg(d.rs1)}${rmSuffix(n, s.rm, d.imm)}`;
    case 'FR4': return `${n} ${freg(d.rd)},${freg(d.rs1)},${freg(d.rs2)},${freg(d.imm >>> 3)}${rmSuffix(n, s.rm, d.imm)}`;
    case 'FCMP': return `${n} ${reg(d.rd)},${freg(d.rs1)},${freg(d.rs2)}`;
    case 'FX': return `${n} ${reg(d.rd)},${freg(d.rs1)}${rmSuffix(n, s.rm, d.imm)}`;
    case 'XF': return `${n} ${freg(d.rd)},${reg(d.rs1)}${rmSuffix(n, s.rm, d.imm)}`;
  }
}
