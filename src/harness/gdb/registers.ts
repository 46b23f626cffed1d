/**
 * The registers the GDB stub shows and their target description (the XML GDB reads with
 * qXfer:features:read:target.xml).
 *
 * Numbering (the `regnum` GDB uses in p/P packets) follows GDB's own RISC-V numbering, so that
 * it stays stable when features are added:
 *   0-31  x0-x31 (zero, ra, ... t6)        org.gnu.gdb.riscv.cpu
 *   32    pc                               org.gnu.gdb.riscv.cpu
 *   33-64 f0-f31                           org.gnu.gdb.riscv.fpu (not yet: the hart has no F)
 *   65+N  CSR number N (fflags = 66, frm = 67, fcsr = 68, mstatus = 833, ...)
 *                                          org.gnu.gdb.riscv.csr (fflags/frm/fcsr go to the fpu
 *                                          feature once there is one, as in GDB's own files)
 *   4161  priv (the privilege level)       org.gnu.gdb.riscv.virtual
 * `g`/`G` carry registers 0-32.
 *
 * Adding the F/D registers: give `fpuRegisters` the hart's FP register file (bitsize 32 or
 * 64, type ieee_single / riscv_double) at regnums 33-64 plus fflags, frm and fcsr at 66-68;
 * the CSR feature below leaves out every CSR number another feature already has.
 */
import type { Hart } from '../../cpu/hart.js';
import { CSR_NAMES } from '../../cpu/csr.js';
import { ABI_NAMES } from '../../cpu/isa.js';

export interface GdbRegister {
  name: string;
  regnum: number;
  bitsize: number;
  type?: string;
  /** Value as an unsigned number (bitsize <= 32) or bigint (wider). */
  read(): number | bigint;
  write(v: number | bigint): void;
}

export interface GdbFeature {
  name: string;
  /** Extra XML inside the feature (type definitions). */
  types?: string;
  regs: GdbRegister[];
}

export const PC_REGNUM = 32;
export const CSR_REGNUM_BASE = 65;
export const PRIV_REGNUM = CSR_REGNUM_BASE + 4096;
/** Registers in a `g` packet. */
export const G_REGISTERS = 33;

/** The FP registers of a hart that has them (none yet; see the file comment). */
export function fpuRegisters(_hart: Hart): GdbFeature | null {
  return null;
}

/** Every register feature of this hart, in the order of the target description. */
export function targetFeatures(hart: Hart): GdbFeature[] {
  const cpu: GdbRegister[] = [];
  for (let i = 0; i < 32; i++) {
    const name = i === 8 ? 'fp' : ABI_NAMES[i]!;
    cpu.push({
      name, regnum: i, bitsize: 32,
      type: i === 1 ? 'code_ptr' : i === 2 || i === 3 || i === 4 || i === 8 ? 'data_ptr' : 'int',
      read: () => hart.x[i]! >>> 0,
      write: (v) => { if (i !== 0) hart.x[i] = Number(v) | 0; },
    });
  }
  cpu.push({ name: 'pc', regnum: PC_REGNUM, bitsize: 32, type: 'code_ptr', read: () => hart.pc >>> 0, write: (v) => { hart.pc = Number(v) >>> 0; } });
  const features: GdbFeature[] = [{ name: 'org.gnu.gdb.riscv.cpu', regs: cpu }];
  const fpu = fpuRegisters(hart);
  if (fpu !== null) features.push(fpu);
  const taken = new Set(features.flatMap((f) => f.regs.map((r) => r.regnum)));
  const csrs: GdbRegister[] = [];
  for (let c = 0; c < 4096; c++) {
    if (taken.has(CSR_REGNUM_BASE + c) || !csrExists(hart, c)) continue;
    csrs.push({
      name: CSR_NAMES.get(c) ?? `csr${c}`, regnum: CSR_REGNUM_BASE + c, bitsize: 32, type: 'int',
      read: () => hart.readCsr(c) >>> 0,
      write: (v) => hart.writeCsr(c, Number(v) | 0),
    });
  }
  features.push({ name: 'org.gnu.gdb.riscv.csr', regs: csrs });
  features.push({
    name: 'org.gnu.gdb.riscv.virtual',
    regs: [{
      name: 'priv', regnum: PRIV_REGNUM, bitsize: 32, type: 'int',
      read: () => hart.priv,
      write: (v) => { const p = Number(v); if (p === 0 || p === 3) hart.priv = p; },
    }],
  });
  return features;
}

function csrExists(hart: Hart, c: number): boolean {
  try {
    hart.readCsr(c);
    return true;
  } catch {
    return false;
  }
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The target description: one document with every feature inline. */
export function targetXml(features: readonly GdbFeature[]): string {
  const parts = ['<?xml version="1.0"?>\n<!DOCTYPE target SYSTEM "gdb-target.dtd">\n<target version="1.0">\n',
    '  <architecture>riscv:rv32</architecture>\n'];
  for (const f of features) {
    parts.push(`  <feature name="${xmlEscape(f.name)}">\n`);
    if (f.types) parts.push(f.types);
    for (const r of f.regs) {
      parts.push(`    <reg name="${xmlEscape(r.name)}" bitsize="${r.bitsize}" regnum="${r.regnum}"${r.type ? ` type="${xmlEscape(r.type)}"` : ''}/>\n`);
    }
    parts.push('  </feature>\n');
  }
  parts.push('</target>\n');
  return parts.join('');
}
