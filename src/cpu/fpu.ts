/**
 * The floating-point state of a hart (F and D extensions): 32 f registers of 64 bits, frm and
 * fflags, and the execution of every F/D instruction except the loads and stores (the hart does
 * those: they are memory accesses).
 *
 * Registers hold bit patterns. A single-precision value is NaN-boxed: the upper 32 bits are all
 * ones; an operation that reads a single from a register that is not correctly boxed sees the
 * canonical NaN. Transfers (flw/fsw, fmv.x.w/fmv.w.x) move bits unchanged, and fsw and fmv.x.w
 * take the lower 32 bits whatever the upper ones are. With F only (FLEN = 32) the upper half is
 * simply always all ones.
 *
 * NaNs are recognised from the bits before any value reaches the arithmetic (the softfloat
 * modules), so signalling NaNs raise NV as the spec says, and every NaN result is the canonical
 * NaN (0x7fc00000 / 0x7ff8000000000000). min/max follow the 2.2 rules (minimumNumber /
 * maximumNumber: a NaN operand yields the other operand; -0 < +0).
 */
import { Op } from './isa.js';
import { env, NV } from './softfloat/env.js';
import { add32, div32, fma32, mul32, sqrt32, sub32 } from './softfloat/binary32.js';
import { add64, div64, fma64, mul64, sqrt64, sub64 } from './softfloat/binary64.js';
import { binary64ToBinary32, int32ToBinary32, int32ToBinary64, toInt32, toUint32 } from './softfloat/convert.js';

export const CANONICAL_NAN32 = 0x7fc00000;
const CANONICAL_NAN64_HI = 0x7ff80000;
const SIGN = -0x80000000;

const isNaN32 = (b: number): boolean => (b & 0x7fffffff) > 0x7f800000;
const isSNaN32 = (b: number): boolean => isNaN32(b) && (b & 0x00400000) === 0;
const isNaN64 = (hi: number, lo: number): boolean => (hi & 0x7fffffff) > 0x7ff00000 || ((hi & 0x7fffffff) === 0x7ff00000 && lo !== 0);
const isSNaN64 = (hi: number, lo: number): boolean => isNaN64(hi, lo) && (hi & 0x00080000) === 0;

/** fclass result from sign, "exponent all ones", "exponent zero", "fraction zero" and the quiet bit. */
function classify(neg: boolean, expMax: boolean, expZero: boolean, fracZero: boolean, quiet: boolean): number {
  if (expMax) return fracZero ? (neg ? 1 << 0 : 1 << 7) : (quiet ? 1 << 9 : 1 << 8);
  if (expZero) return fracZero ? (neg ? 1 << 3 : 1 << 4) : (neg ? 1 << 2 : 1 << 5);
  return neg ? 1 << 1 : 1 << 6;
}

export interface FpuSnapshot { f: number[]; frm: number; fflags: number }

export class Fpu {
  /** The registers as doubles (binary64 values), as words (f[i] = w[2i] low, w[2i+1] high) and as singles (s[2i]). */
  private readonly d: Float64Array;
  private readonly w: Int32Array;
  private readonly s: Float32Array;
  /** fflags, frm. */
  private readonly csr: Int32Array;

  /**
   * An FPU whose registers are the 32 doubles `regs` and whose fflags and frm are the two words
   * of `csr` (the translation tier passes views of the guest memory's state area, where its
   * compiled code reads and writes them too), or its own arrays.
   */
  constructor(regs: Float64Array = new Float64Array(32), csr: Int32Array = new Int32Array(2)) {
    this.d = regs;
    this.w = new Int32Array(regs.buffer, regs.byteOffset, 64);
    this.s = new Float32Array(regs.buffer, regs.byteOffset, 64);
    this.csr = csr;
  }

  /** Dynamic rounding mode (fcsr bits 7:5). */
  get frm(): number { return this.csr[1]!; }
  set frm(v: number) { this.csr[1] = v; }
  /** Accrued exception flags (fcsr bits 4:0). */
  get fflags(): number { return this.csr[0]!; }
  set fflags(v: number) { this.csr[0] = v; }

  reset(): void {
    this.d.fill(0);
    this.frm = 0;
    this.fflags = 0;
  }

  /** Low word of f register r. */
  lo(r: number): number { return this.w[2 * r]!; }
  /** High word of f register r. */
  hi(r: number): number { return this.w[2 * r + 1]!; }
  /** Write a 32-bit value NaN-boxed (flw, fmv.w.x). */
  setSingleBits(r: number, bits: number): void { this.w[2 * r] = bits; this.w[2 * r + 1] = -1; }
  /** Write a 64-bit pattern (fld). */
  setDoubleBits(r: number, lo: number, hi: number): void { this.w[2 * r] = lo; this.w[2 * r + 1] = hi; }

  /** The single in f register r as bits, or the canonical NaN if it is not NaN-boxed. */
  private single(r: number): number { return this.w[2 * r + 1] === -1 ? this.w[2 * r]! : CANONICAL_NAN32; }

  private setSingle(r: number, v: number): void {
    if (v !== v) this.w[2 * r] = CANONICAL_NAN32; else this.s[2 * r] = v;
    this.w[2 * r + 1] = -1;
  }

  private setDouble(r: number, v: number): void {
    if (v !== v) { this.w[2 * r] = 0; this.w[2 * r + 1] = CANONICAL_NAN64_HI; } else this.d[r] = v;
  }

  /**
   * Execute an F/D instruction other than a load or store. rd indexes `x` when the result is an
   * integer (32 is the x0 sink) and the f registers (rd & 31) otherwise; imm is the decoded
   * rm (| rs3 << 3). Returns -1 when the rounding mode is invalid (illegal instruction: nothing
   * changed), 1 when an f register or fflags was written (mstatus.FS becomes Dirty), else 0.
   */
  exec(op: number, rd: number, rs1: number, rs2: number, imm: number, x: Int32Array): number {
    let rm = imm & 7;
    if (rm === 7) rm = this.frm;
    if (rm > 4) return -1;
    env.flags = 0;
    const fd = rd & 31;
    let wroteF = 1;
    switch (op) {
      // ---------------------------------------------------------------- binary32
      case Op.FADD_S: case Op.FSUB_S: case Op.FMUL_S: case Op.FDIV_S: {
        const a = this.single(rs1), b = this.single(rs2);
        if (isNaN32(a) || isNaN32(b)) {
          if (isSNaN32(a) || isSNaN32(b)) env.flags |= NV;
          this.setSingleBits(fd, CANONICAL_NAN32);
          break;
        }
        const u = this.s[2 * rs1]!, v = this.s[2 * rs2]!;
        this.setSingle(fd, op === Op.FADD_S ? add32(u, v, rm) : op === Op.FSUB_S ? sub32(u, v, rm)
          : op === Op.FMUL_S ? mul32(u, v, rm) : div32(u, v, rm));
        break;
      }
      case Op.FSQRT_S: {
        const a = this.single(rs1);
        if (isNaN32(a)) { if (isSNaN32(a)) env.flags |= NV; this.setSingleBits(fd, CANONICAL_NAN32); break; }
        this.setSingle(fd, sqrt32(this.s[2 * rs1]!, rm));
        break;
      }
      case Op.FMADD_S: case Op.FMSUB_S: case Op.FNMSUB_S: case Op.FNMADD_S: {
        const rs3 = imm >>> 3;
        const a = this.single(rs1), b = this.single(rs2), c = this.single(rs3);
        if (isNaN32(a) || isNaN32(b) || isNaN32(c)) {
          const infTimesZero = !isNaN32(a) && !isNaN32(b) &&
            (((a & 0x7fffffff) === 0x7f800000 && (b & 0x7fffffff) === 0) || ((b & 0x7fffffff) === 0x7f800000 && (a & 0x7fffffff) === 0));
          if (isSNaN32(a) || isSNaN32(b) || isSNaN32(c) || infTimesZero) env.flags |= NV;
          this.setSingleBits(fd, CANONICAL_NAN32);
          break;
        }
        let u = this.s[2 * rs1]!, w = this.s[2 * rs3]!;
        if (op === Op.FNMSUB_S || op === Op.FNMADD_S) u = -u;
        if (op === Op.FMSUB_S || op === Op.FNMADD_S) w = -w;
        this.setSingle(fd, fma32(u, this.s[2 * rs2]!, w, rm));
        break;
      }
      case Op.FSGNJ_S: case Op.FSGNJN_S: case Op.FSGNJX_S: {
        const a = this.single(rs1), b = this.single(rs2);
        const sign = op === Op.FSGNJ_S ? b & SIGN : op === Op.FSGNJN_S ? ~b & SIGN : (a ^ b) & SIGN;
        this.setSingleBits(fd, (a & 0x7fffffff) | sign);
        break;
      }
      case Op.FMIN_S: case Op.FMAX_S: {
        const a = this.single(rs1), b = this.single(rs2);
        if (isSNaN32(a) || isSNaN32(b)) env.flags |= NV;
        let r: number;
        if (isNaN32(a)) r = isNaN32(b) ? CANONICAL_NAN32 : b;
        else if (isNaN32(b)) r = a;
        else {
          const u = this.s[2 * rs1]!, v = this.s[2 * rs2]!;
          // equal values: only +0/-0 differ in their bits; | picks -0 (min), & picks +0 (max)
          if (op === Op.FMIN_S) r = u < v ? a : v < u ? b : a | b;
          else r = u > v ? a : v > u ? b : a & b;
        }
        this.setSingleBits(fd, r);
        break;
      }
      case Op.FEQ_S: case Op.FLT_S: case Op.FLE_S: {
        const a = this.single(rs1), b = this.single(rs2);
        wroteF = 0;
        if (isNaN32(a) || isNaN32(b)) {
          // feq is a quiet comparison (NV for signalling NaNs only); flt/fle signal on any NaN
          if (op !== Op.FEQ_S || isSNaN32(a) || isSNaN32(b)) env.flags |= NV;
          x[rd] = 0;
          break;
        }
        const u = this.s[2 * rs1]!, v = this.s[2 * rs2]!;
        x[rd] = (op === Op.FEQ_S ? u === v : op === Op.FLT_S ? u < v : u <= v) ? 1 : 0;
        break;
      }
      case Op.FCLASS_S: {
        const a = this.single(rs1);
        const e = (a >>> 23) & 0xff, frac = a & 0x7fffff;
        x[rd] = classify(a < 0, e === 0xff, e === 0, frac === 0, (frac & 0x400000) !== 0);
        wroteF = 0;
        break;
      }
      case Op.FCVT_W_S: case Op.FCVT_WU_S: {
        const a = this.single(rs1);
        const unsigned = op === Op.FCVT_WU_S;
        if (isNaN32(a)) { env.flags |= NV; x[rd] = unsigned ? -1 : 0x7fffffff; }
        else x[rd] = unsigned ? toUint32(this.s[2 * rs1]!, rm) : toInt32(this.s[2 * rs1]!, rm);
        wroteF = 0;
        break;
      }
      case Op.FMV_X_W:
        x[rd] = this.w[2 * rs1]!;
        wroteF = 0;
        break;
      case Op.FCVT_S_W: case Op.FCVT_S_WU:
        this.setSingle(fd, int32ToBinary32(x[rs1]!, op === Op.FCVT_S_WU, rm));
        break;
      case Op.FMV_W_X:
        this.setSingleBits(fd, x[rs1]!);
        break;

      // ---------------------------------------------------------------- binary64
      case Op.FADD_D: case Op.FSUB_D: case Op.FMUL_D: case Op.FDIV_D: {
        const ah = this.w[2 * rs1 + 1]!, al = this.w[2 * rs1]!, bh = this.w[2 * rs2 + 1]!, bl = this.w[2 * rs2]!;
        if (isNaN64(ah, al) || isNaN64(bh, bl)) {
          if (isSNaN64(ah, al) || isSNaN64(bh, bl)) env.flags |= NV;
          this.setDouble(fd, NaN);
          break;
        }
        const u = this.d[rs1]!, v = this.d[rs2]!;
        this.setDouble(fd, op === Op.FADD_D ? add64(u, v, rm) : op === Op.FSUB_D ? sub64(u, v, rm)
          : op === Op.FMUL_D ? mul64(u, v, rm) : div64(u, v, rm));
        break;
      }
      case Op.FSQRT_D: {
        const ah = this.w[2 * rs1 + 1]!, al = this.w[2 * rs1]!;
        if (isNaN64(ah, al)) { if (isSNaN64(ah, al)) env.flags |= NV; this.setDouble(fd, NaN); break; }
        this.setDouble(fd, sqrt64(this.d[rs1]!, rm));
        break;
      }
      case Op.FMADD_D: case Op.FMSUB_D: case Op.FNMSUB_D: case Op.FNMADD_D: {
        const rs3 = imm >>> 3;
        const ah = this.w[2 * rs1 + 1]!, al = this.w[2 * rs1]!, bh = this.w[2 * rs2 + 1]!, bl = this.w[2 * rs2]!;
        const ch = this.w[2 * rs3 + 1]!, cl = this.w[2 * rs3]!;
        if (isNaN64(ah, al) || isNaN64(bh, bl) || isNaN64(ch, cl)) {
          const u = this.d[rs1]!, v = this.d[rs2]!;
          const infTimesZero = !isNaN64(ah, al) && !isNaN64(bh, bl) &&
            ((Math.abs(u) === Infinity && v === 0) || (Math.abs(v) === Infinity && u === 0));
          if (isSNaN64(ah, al) || isSNaN64(bh, bl) || isSNaN64(ch, cl) || infTimesZero) env.flags |= NV;
          this.setDouble(fd, NaN);
          break;
        }
        let u = this.d[rs1]!, w = this.d[rs3]!;
        if (op === Op.FNMSUB_D || op === Op.FNMADD_D) u = -u;
        if (op === Op.FMSUB_D || op === Op.FNMADD_D) w = -w;
        this.setDouble(fd, fma64(u, this.d[rs2]!, w, rm));
        break;
      }
      case Op.FSGNJ_D: case Op.FSGNJN_D: case Op.FSGNJX_D: {
        const ah = this.w[2 * rs1 + 1]!, bh = this.w[2 * rs2 + 1]!;
        const sign = op === Op.FSGNJ_D ? bh & SIGN : op === Op.FSGNJN_D ? ~bh & SIGN : (ah ^ bh) & SIGN;
        this.setDoubleBits(fd, this.w[2 * rs1]!, (ah & 0x7fffffff) | sign);
        break;
      }
      case Op.FMIN_D: case Op.FMAX_D: {
        const ah = this.w[2 * rs1 + 1]!, al = this.w[2 * rs1]!, bh = this.w[2 * rs2 + 1]!, bl = this.w[2 * rs2]!;
        if (isSNaN64(ah, al) || isSNaN64(bh, bl)) env.flags |= NV;
        const an = isNaN64(ah, al), bn = isNaN64(bh, bl);
        if (an && bn) this.setDouble(fd, NaN);
        else if (an) this.setDoubleBits(fd, bl, bh);
        else if (bn) this.setDoubleBits(fd, al, ah);
        else {
          const u = this.d[rs1]!, v = this.d[rs2]!;
          if (u !== v) this.setDoubleBits(fd, (op === Op.FMIN_D) === (u < v) ? al : bl, (op === Op.FMIN_D) === (u < v) ? ah : bh);
          else this.setDoubleBits(fd, al, op === Op.FMIN_D ? ah | bh : ah & bh); // +0/-0 differ only in the sign
        }
        break;
      }
      case Op.FEQ_D: case Op.FLT_D: case Op.FLE_D: {
        const ah = this.w[2 * rs1 + 1]!, al = this.w[2 * rs1]!, bh = this.w[2 * rs2 + 1]!, bl = this.w[2 * rs2]!;
        wroteF = 0;
        if (isNaN64(ah, al) || isNaN64(bh, bl)) {
          if (op !== Op.FEQ_D || isSNaN64(ah, al) || isSNaN64(bh, bl)) env.flags |= NV;
          x[rd] = 0;
          break;
        }
        const u = this.d[rs1]!, v = this.d[rs2]!;
        x[rd] = (op === Op.FEQ_D ? u === v : op === Op.FLT_D ? u < v : u <= v) ? 1 : 0;
        break;
      }
      case Op.FCLASS_D: {
        const ah = this.w[2 * rs1 + 1]!, al = this.w[2 * rs1]!;
        const e = (ah >>> 20) & 0x7ff, fracZero = (ah & 0xfffff) === 0 && al === 0;
        x[rd] = classify(ah < 0, e === 0x7ff, e === 0, fracZero, (ah & 0x80000) !== 0);
        wroteF = 0;
        break;
      }
      case Op.FCVT_W_D: case Op.FCVT_WU_D: {
        const unsigned = op === Op.FCVT_WU_D;
        if (isNaN64(this.w[2 * rs1 + 1]!, this.w[2 * rs1]!)) { env.flags |= NV; x[rd] = unsigned ? -1 : 0x7fffffff; }
        else x[rd] = unsigned ? toUint32(this.d[rs1]!, rm) : toInt32(this.d[rs1]!, rm);
        wroteF = 0;
        break;
      }
      case Op.FCVT_D_W: case Op.FCVT_D_WU:
        this.setDouble(fd, int32ToBinary64(x[rs1]!, op === Op.FCVT_D_WU));
        break;
      case Op.FCVT_S_D: {
        const ah = this.w[2 * rs1 + 1]!, al = this.w[2 * rs1]!;
        if (isNaN64(ah, al)) { if (isSNaN64(ah, al)) env.flags |= NV; this.setSingleBits(fd, CANONICAL_NAN32); break; }
        this.setSingle(fd, binary64ToBinary32(this.d[rs1]!, rm));
        break;
      }
      case Op.FCVT_D_S: {
        const a = this.single(rs1);
        if (isNaN32(a)) { if (isSNaN32(a)) env.flags |= NV; this.setDouble(fd, NaN); break; }
        this.setDouble(fd, this.s[2 * rs1]!);
        break;
      }
      default:
        return -1;
    }
    const raised = env.flags;
    this.fflags |= raised;
    return wroteF !== 0 || raised !== 0 ? 1 : 0;
  }

  snapshot(): FpuSnapshot {
    return { f: Array.from(this.w), frm: this.frm, fflags: this.fflags };
  }

  restore(s: FpuSnapshot): void {
    this.w.set(s.f);
    this.frm = s.frm;
    this.fflags = s.fflags;
  }
}
