/**
 * F and D in the translation tier. The f registers, fflags and frm live in the guest memory's
 * state area (STATE.F, STATE.FFLAGS, STATE.FRM), where the hart's FPU (src/cpu/fpu.ts) keeps
 * them too, so compiled code, the dispatcher and the JavaScript interpreter share one copy.
 *
 * Every F/D instruction first needs mstatus.FS Dirty (STATE.FP_OK, set by the host before it
 * runs the tier: with FS Off the instruction is illegal, with Initial or Clean it would change
 * mstatus) and a valid rounding mode (dyn with frm 5..7 is illegal); otherwise the code leaves
 * before it and the JavaScript interpreter runs it. Then:
 *  - loads, stores, moves, sign injection, min/max, comparisons and the exact conversions are
 *    plain wasm on the bit patterns (NaN operands of min/max and comparisons excepted);
 *  - add, subtract, multiply, the fused multiply-adds and the inexact conversions are
 *    computed natively in round-to-nearest-even with the same error-free transformations as
 *    the softfloat (src/cpu/softfloat/): TwoSum and Dekker's product tell whether the result is
 *    exact (NX), and binary32 results go through round-to-odd in binary64 before their one
 *    rounding to binary32, so they are correctly rounded. Only results that are normal and
 *    finite (binary64: within 2^±900 as in the softfloat's fast path) are taken;
 *  - everything else (other rounding modes, NaN operands, zero, tiny or huge results, division,
 *    square root, fclass) calls the imported helper `fp`, which runs the instruction
 *    in the softfloat (TierDriver.fpExec): far cheaper than leaving the tier.
 * No path writes a NaN that wasm arithmetic produced (its payloads are not deterministic):
 * NaN results always come from the helper, which writes the canonical NaN.
 */
import { Op, RV32_INSNS, type Format } from '../isa.js';
import { STATE } from '../guest-memory.js';
import { packDecoded } from '../decode.js';
import { VOID, W, type Code } from './encoder.js';
import type { TInsn } from './region.js';

const FORMAT = new Map<number, Format>(RV32_INSNS.map((s) => [s.op, s.format]));

/** F and D ops, the loads and stores included. */
export function isFp(op: number): boolean { return op >= Op.FLW && op <= Op.FCVT_D_WU; }
export function isFpMemory(op: number): boolean { return op === Op.FLW || op === Op.FSW || op === Op.FLD || op === Op.FSD; }
/** The op writes an x register (comparisons, fclass, fmv.x.w, conversions to integers). */
export function fpWritesX(op: number): boolean { const f = FORMAT.get(op); return f === 'FCMP' || f === 'FX'; }
/** The op reads x[rs1]: the base of a load or store, or the source of fmv.w.x and the conversions from integers. */
export function fpReadsX(op: number): boolean { const f = FORMAT.get(op); return f === 'XF' || f === 'FL' || f === 'FS'; }

/**
 * flw/fld: f register (8 * r pushed by `fr`) = the value at the wasm address pushed by `addr`
 * plus `off`; a single is NaN-boxed.
 */
export function emitFpLoad(c: Code, op: number, fr: () => void, addr: () => void, off: number): void {
  fr();
  addr();
  if (op === Op.FLD) c.mem(W.i64_load, 3, off);
  else c.mem(W.i32_load, 2, off).op(W.i64_extend_i32_u).i64(-1, 0).op(W.i64_or);
  c.mem(W.i64_store, 3, STATE.F);
}

/** fsw/fsd: the value at the wasm address pushed by `addr` plus `off` = f register (8 * r pushed by `fr`); fsw stores the low word. */
export function emitFpStore(c: Code, op: number, fr: () => void, addr: () => void, off: number): void {
  addr();
  fr();
  if (op === Op.FSD) c.mem(W.i64_load, 3, STATE.F).mem(W.i64_store, 3, off);
  else c.mem(W.i32_load, 2, STATE.F).mem(W.i32_store, 2, off);
}

/** What codegen.ts provides at an instruction. */
export interface FpSite {
  /** Push x register r (x0 reads 0). */
  x(r: number): void;
  /** x register rd = the value pushed by f (f is not emitted for x0). */
  setX(rd: number, f: () => void): void;
  /** Leave before the instruction: the JavaScript interpreter runs it. */
  leave(): void;
}

/** Locals the F/D code needs (beyond codegen's own): i32, then f64, then i64. */
export const FP_LOCALS = { i32: 2, f64: 9, i64: 1 } as const;

/** Rounding modes a native path computes (bit rm): any, round to nearest even, or that and toward zero. */
const ANY = 0x1f, RNE = 1, RNE_RTZ = 3;

const MIN_NORMAL32 = 2 ** -126;
/** The softfloat's binary64 fast-path bounds (src/cpu/softfloat/binary64.ts). */
const LOW = 2 ** -900, HIGH = 2 ** 900, TOP = 2 ** 1023;
/** Veltkamp split constant 2^27 + 1 (Dekker's product). */
const SPLIT = 134217729;

/**
 * The F/D code of one compiled function: `i32Base`, `f64Base` and `i64Base` are the indices of
 * its FP_LOCALS, `helper` the function index of the imported `fp`.
 */
export class FpCodegen {
  private readonly FS_OK: number;
  private readonly FRM: number;
  // f64 scratch
  private readonly A: number; private readonly B: number; private readonly C: number;
  private readonly S: number; private readonly E: number; private readonly T: number;
  private readonly U: number; private readonly V: number; private readonly Y: number;
  private readonly BITS: number;
  /** Open wasm blocks of the instruction being emitted (labels for br). */
  private ctl: string[] = [];

  constructor(private readonly c: Code, i32Base: number, f64Base: number, i64Base: number, private readonly helper: number) {
    this.FS_OK = i32Base; this.FRM = i32Base + 1;
    [this.A, this.B, this.C, this.S, this.E, this.T, this.U, this.V, this.Y] = Array.from({ length: FP_LOCALS.f64 }, (_, k) => f64Base + k);
    this.BITS = i64Base;
  }

  /** At function entry: FS_OK and frm into locals (neither changes while compiled code runs). */
  prologue(): void {
    this.c.i32(0).mem(W.i32_load, 2, STATE.FP_OK).set(this.FS_OK);
    this.c.i32(0).mem(W.i32_load, 2, STATE.FRM).set(this.FRM);
  }

  /** Leave unless mstatus.FS is Dirty (every F/D instruction, the loads and stores included). */
  fsCheck(s: FpSite): void {
    this.c.get(this.FS_OK).op(W.i32_eqz).op(W.if_).byte(VOID);
    s.leave();
    this.c.op(W.end);
  }

  /** An F/D instruction other than a load or store. */
  emit(i: TInsn, s: FpSite): void {
    const c = this.c;
    this.fsCheck(s);
    const rm = i.imm & 7; // 0 for the ops without a rounding-mode field
    if (rm === 7) { c.get(this.FRM).i32(4).op(W.i32_gt_u).op(W.if_).byte(VOID); s.leave(); c.op(W.end); }
    const modes = nativeModes(i.op);
    if (rm !== 7) {
      if (((modes >>> rm) & 1) !== 0) this.withHelper(i, s, () => this.native(i, s, rm));
      else this.call(i, s);
    } else if (modes === ANY) this.withHelper(i, s, () => this.native(i, s, 0));
    else if ((modes & RNE) !== 0) {
      // dyn: natively when frm is round-to-nearest-even, else the helper
      c.get(this.FRM).op(W.i32_eqz).op(W.if_).byte(VOID);
      this.withHelper(i, s, () => this.native(i, s, 0));
      c.op(W.else_);
      this.call(i, s);
      c.op(W.end);
    } else this.call(i, s);
  }

  // ---------------------------------------------------------------- structure

  private depth(l: string): number {
    const k = this.ctl.lastIndexOf(l);
    if (k < 0) throw new Error(`codegen-fp: no label ${l}`);
    return this.ctl.length - 1 - k;
  }

  private open(o: W, l: string): void { this.c.op(o).byte(VOID); this.ctl.push(l); }
  private close(): void { this.c.op(W.end); this.ctl.pop(); }
  /** Branch to the helper when the i32 on the stack is nonzero. */
  private slowIf(): void { this.c.brIf(this.depth('slow')); }

  /** `fast` ends by branching out of 'done' or to 'slow'; 'slow' calls the helper. */
  private withHelper(i: TInsn, s: FpSite, fast: () => void): void {
    this.open(W.block, 'done');
    this.open(W.block, 'slow');
    fast();
    this.c.br(this.depth('done'));
    this.close();
    this.call(i, s);
    this.close();
  }

  /** The helper runs the instruction (x[rs1] passed in, the x result written back). */
  private call(i: TInsn, s: FpSite): void {
    const c = this.c;
    const emitCall = (): void => {
      c.i32(packDecoded(i.op, i.len, i.rd, i.rs1, i.rs2)).i32(i.imm);
      if (fpReadsX(i.op)) s.x(i.rs1); else c.i32(0);
      c.op(W.call).u32(this.helper);
    };
    if (fpWritesX(i.op) && i.rd !== 0) s.setX(i.rd, emitCall);
    else { emitCall(); c.op(W.drop); }
  }

  // ---------------------------------------------------------------- register access

  private f32(r: number): void { this.c.i32(0).mem(W.f32_load, 2, STATE.F + 8 * r); }
  private f64(r: number): void { this.c.i32(0).mem(W.f64_load, 3, STATE.F + 8 * r); }
  private lo(r: number): void { this.c.i32(0).mem(W.i32_load, 2, STATE.F + 8 * r); }
  private hi(r: number): void { this.c.i32(0).mem(W.i32_load, 2, STATE.F + 8 * r + 4); }
  private bits(r: number): void { this.c.i32(0).mem(W.i64_load, 3, STATE.F + 8 * r); }

  /** To the helper unless every register holds a NaN-boxed single (the helper sees the canonical NaN otherwise). */
  private boxed(...rs: number[]): void {
    rs.forEach((r, k) => { this.hi(r); if (k > 0) this.c.op(W.i32_and); });
    this.c.i32(-1).op(W.i32_ne);
    this.slowIf();
  }

  /** f[rd] = the binary32 value (pushed by f as an f32), NaN-boxed. */
  private storeS(rd: number, f: () => void): void {
    this.c.i32(0); f(); this.c.mem(W.f32_store, 2, STATE.F + 8 * rd);
    this.c.i32(0).i32(-1).mem(W.i32_store, 2, STATE.F + 8 * rd + 4);
  }

  private storeD(rd: number, f: () => void): void { this.c.i32(0); f(); this.c.mem(W.f64_store, 3, STATE.F + 8 * rd); }

  /** fflags |= NX. */
  private setNx(): void {
    this.c.i32(0).i32(0).mem(W.i32_load, 2, STATE.FFLAGS).i32(1).op(W.i32_or).mem(W.i32_store, 2, STATE.FFLAGS);
  }

  /** fflags |= NX when the i32 on the stack is nonzero. */
  private nxIf(): void {
    this.c.op(W.if_).byte(VOID);
    this.setNx();
    this.c.op(W.end);
  }

  /** To the helper when the f64 in local l is NaN. */
  private nanToHelper(l: number): void { this.c.get(l).get(l).op(W.f64_ne); this.slowIf(); }

  /** To the helper unless lo < |local l| < hi. */
  private rangeOrHelper(l: number, lo: number, hi: number): void {
    const c = this.c;
    c.get(l).op(W.f64_abs).f64(lo).op(W.f64_gt);
    c.get(l).op(W.f64_abs).f64(hi).op(W.f64_lt);
    c.op(W.i32_and).op(W.i32_eqz);
    this.slowIf();
  }

  // ---------------------------------------------------------------- error-free transformations

  /** Push the rounding error of S = x + y (TwoSum; x, y, s locals). */
  private twoSum(x: number, y: number, s: number): void {
    const c = this.c;
    c.get(s).get(x).op(W.f64_sub).set(this.Y); // yv
    c.get(x).get(s).get(this.Y).op(W.f64_sub).op(W.f64_sub);
    c.get(y).get(this.Y).op(W.f64_sub).op(W.f64_add);
  }

  /** Push the rounding error of p = x * y (Dekker's product; operands within 2^±900). */
  private productError(x: number, y: number, p: number): void {
    const c = this.c, { T, U, V, Y } = this;
    // U = high half of x, T = its low half; V, Y the halves of y
    c.f64(SPLIT).get(x).op(W.f64_mul).tee(T).get(T).get(x).op(W.f64_sub).op(W.f64_sub).tee(U);
    c.get(x).get(U).op(W.f64_sub).set(T);
    c.f64(SPLIT).get(y).op(W.f64_mul).tee(Y).get(Y).get(y).op(W.f64_sub).op(W.f64_sub).set(V);
    c.get(y).get(V).op(W.f64_sub).set(Y);
    // ((xh*yh - p) + xh*yl + xl*yh) + xl*yl
    c.get(U).get(V).op(W.f64_mul).get(p).op(W.f64_sub);
    c.get(U).get(Y).op(W.f64_mul).op(W.f64_add);
    c.get(T).get(V).op(W.f64_mul).op(W.f64_add);
    c.get(T).get(Y).op(W.f64_mul).op(W.f64_add);
  }

  /**
   * Local s = round-to-odd of the exact value s + e (s the nearest binary64, e its error): when
   * inexact with an even last bit, the neighbour on the side of the exact value (softfloat toOdd).
   */
  private toOdd(s: number, e: number): void {
    const c = this.c;
    c.get(e).f64(0).op(W.f64_ne).op(W.if_).byte(VOID);
    c.get(s).op(W.i64_reinterpret_f64).tee(this.BITS).op(W.i32_wrap_i64).i32(1).op(W.i32_and).op(W.i32_eqz).op(W.if_).byte(VOID);
    c.get(this.BITS).i64(0, 1).i64(-1, -1);
    c.get(e).f64(0).op(W.f64_gt).get(s).f64(0).op(W.f64_gt).op(W.i32_eq).op(W.select);
    c.op(W.i64_add).op(W.f64_reinterpret_i64).set(s);
    c.op(W.end).op(W.end);
  }

  /**
   * f[rd] = local s (round-to-odd binary64) rounded to binary32, if that is normal and finite
   * (NX when it is not s itself); else to the helper.
   */
  private roundS(rd: number, s: number): void {
    const c = this.c;
    c.get(s).op(W.f32_demote_f64).op(W.f64_promote_f32).set(this.T);
    this.rangeOrHelper(this.T, MIN_NORMAL32, Infinity);
    c.get(this.T).get(s).op(W.f64_ne);
    this.nxIf();
    this.storeS(rd, () => c.get(this.T).op(W.f32_demote_f64));
  }

  // ---------------------------------------------------------------- the native paths

  /**
   * fmadd.d and co in round-to-nearest-even. With the product split exactly (Dekker) into
   * ph + pl, the exact result is S = ph + pl + c. TwoSums give s + e1 = ph + c, t + e2 = e1 + pl
   * and z + e3 = s + t, all exactly, so S = z + e3 + e2 where z = RN(s + t) and e2 is tiny
   * (below 2^-52 of half an ulp of z). z is then RN(S) unless e3 + e2 reaches half an ulp (a
   * quarter below a power of two): |e3| + |e2| < that bound is checked (fl(|e3| + |e2|) < bound
   * implies the exact sum is), and NX is raised unless e3 = -e2. Operands and result must lie
   * within the softfloat's 2^±900 (or the product be an exact zero); anything else goes to the
   * helper.
   */
  private fma64(i: TInsn, double: (l: number, r: number, neg: boolean) => void): void {
    const c = this.c, { A, B, C, S, E, T, U, V } = this;
    const op = i.op;
    double(A, i.rs1, op === Op.FNMSUB_D || op === Op.FNMADD_D);
    double(B, i.rs2, false);
    double(C, i.imm >>> 3, op === Op.FMSUB_D || op === Op.FNMADD_D);
    // A zero operand times a finite one: the result is c exactly (unless c is zero, with its
    // sign rules, or NaN).
    c.get(A).f64(0).op(W.f64_eq).get(B).f64(0).op(W.f64_eq).op(W.i32_or);
    c.get(A).get(B).op(W.f64_mul).f64(0).op(W.f64_eq).op(W.i32_and);
    c.get(C).f64(0).op(W.f64_ne).op(W.i32_and).get(C).get(C).op(W.f64_eq).op(W.i32_and);
    this.open(W.if_, 'if');
    this.storeD(i.rd, () => c.get(C));
    c.br(this.depth('done'));
    this.close();
    this.rangeOrHelper(A, LOW, HIGH);
    this.rangeOrHelper(B, LOW, HIGH);
    this.rangeOrHelper(C, -1, HIGH); // (zero allowed, NaN not)
    c.get(A).get(B).op(W.f64_mul).set(S);
    this.rangeOrHelper(S, LOW, HIGH);
    this.productError(A, B, S); c.set(E); // ph = S, pl = E
    c.get(S).get(C).op(W.f64_add).set(A); // s
    this.twoSum(S, C, A); c.set(B); // e1
    c.get(B).get(E).op(W.f64_add).set(C); // t
    this.twoSum(B, E, C); c.set(T); // e2
    c.get(A).get(C).op(W.f64_add).set(U); // z
    this.twoSum(A, C, U); c.set(V); // e3
    this.rangeOrHelper(U, LOW, HIGH);
    // S = half an ulp of z: 2^(exponent - 53); halved for a power of two
    c.get(U).op(W.i64_reinterpret_f64).tee(this.BITS).i64(0, 52).op(W.i64_shr_u).i64(0, 0x7ff).op(W.i64_and);
    c.i64(0, 53).op(W.i64_sub).i64(0, 52).op(W.i64_shl).op(W.f64_reinterpret_i64).set(S);
    c.get(S).f64(0.5).op(W.f64_mul).get(S);
    c.get(this.BITS).i64(0xfffff, -1).op(W.i64_and).op(W.i64_eqz).op(W.select);
    c.get(V).op(W.f64_abs).get(T).op(W.f64_abs).op(W.f64_add).op(W.f64_gt).op(W.i32_eqz);
    this.slowIf();
    c.get(V).get(T).op(W.f64_neg).op(W.f64_ne);
    this.nxIf();
    this.storeD(i.rd, () => c.get(U));
  }

  /** The native code of i in rounding mode rm (one of nativeModes(i.op)), inside withHelper. */
  private native(i: TInsn, s: FpSite, rm: number): void {
    const c = this.c, { A, B, C, S, E } = this;
    const op = i.op;
    /** Local l = the single in f register r as an f64 (negated when neg). */
    const single = (l: number, r: number, neg = false): void => { this.f32(r); c.op(W.f64_promote_f32); if (neg) c.op(W.f64_neg); c.set(l); };
    const double = (l: number, r: number, neg = false): void => { this.f64(r); if (neg) c.op(W.f64_neg); c.set(l); };
    switch (op) {
      case Op.FADD_S: case Op.FSUB_S: case Op.FMUL_S:
        this.boxed(i.rs1, i.rs2);
        single(A, i.rs1); single(B, i.rs2, op === Op.FSUB_S);
        c.get(A).get(B).op(op === Op.FMUL_S ? W.f64_mul : W.f64_add).set(S); // a product of singles is exact
        if (op !== Op.FMUL_S) { this.twoSum(A, B, S); c.set(E); this.toOdd(S, E); }
        this.roundS(i.rd, S);
        return;
      case Op.FMADD_S: case Op.FMSUB_S: case Op.FNMSUB_S: case Op.FNMADD_S: {
        const rs3 = i.imm >>> 3;
        this.boxed(i.rs1, i.rs2, rs3);
        single(A, i.rs1, op === Op.FNMSUB_S || op === Op.FNMADD_S);
        single(B, i.rs2);
        single(C, rs3, op === Op.FMSUB_S || op === Op.FNMADD_S);
        c.get(A).get(B).op(W.f64_mul).set(A); // exact
        c.get(A).get(C).op(W.f64_add).set(S);
        this.twoSum(A, C, S); c.set(E);
        this.toOdd(S, E);
        this.roundS(i.rd, S);
        return;
      }
      case Op.FMADD_D: case Op.FMSUB_D: case Op.FNMSUB_D: case Op.FNMADD_D:
        this.fma64(i, (l, r, neg) => double(l, r, neg));
        return;
      case Op.FADD_D: case Op.FSUB_D:
        double(A, i.rs1); double(B, i.rs2, op === Op.FSUB_D);
        c.get(A).get(B).op(W.f64_add).set(S);
        this.rangeOrHelper(S, LOW, TOP);
        this.twoSum(A, B, S); c.f64(0).op(W.f64_ne);
        this.nxIf();
        this.storeD(i.rd, () => c.get(S));
        return;
      case Op.FMUL_D:
        double(A, i.rs1); double(B, i.rs2);
        this.rangeOrHelper(A, LOW, HIGH);
        this.rangeOrHelper(B, LOW, HIGH);
        c.get(A).get(B).op(W.f64_mul).set(S);
        this.rangeOrHelper(S, LOW, TOP);
        this.productError(A, B, S); c.f64(0).op(W.f64_ne);
        this.nxIf();
        this.storeD(i.rd, () => c.get(S));
        return;
      case Op.FSGNJ_S: case Op.FSGNJN_S: case Op.FSGNJX_S:
        this.boxed(i.rs1, i.rs2);
        c.i32(0);
        this.lo(i.rs1);
        if (op === Op.FSGNJX_S) { this.lo(i.rs2); c.i32(-0x80000000).op(W.i32_and).op(W.i32_xor); } else {
          c.i32(0x7fffffff).op(W.i32_and);
          this.lo(i.rs2); if (op === Op.FSGNJN_S) c.i32(-1).op(W.i32_xor);
          c.i32(-0x80000000).op(W.i32_and).op(W.i32_or);
        }
        c.mem(W.i32_store, 2, STATE.F + 8 * i.rd);
        c.i32(0).i32(-1).mem(W.i32_store, 2, STATE.F + 8 * i.rd + 4);
        return;
      case Op.FSGNJ_D: case Op.FSGNJN_D: case Op.FSGNJX_D:
        c.i32(0);
        this.bits(i.rs1);
        if (op === Op.FSGNJX_D) { this.bits(i.rs2); c.i64(-0x80000000, 0).op(W.i64_and).op(W.i64_xor); } else {
          c.i64(0x7fffffff, -1).op(W.i64_and);
          this.bits(i.rs2); if (op === Op.FSGNJN_D) c.i64(-1, -1).op(W.i64_xor);
          c.i64(-0x80000000, 0).op(W.i64_and).op(W.i64_or);
        }
        c.mem(W.i64_store, 3, STATE.F + 8 * i.rd);
        return;
      case Op.FMIN_S: case Op.FMAX_S:
        // wasm's min/max order -0 below +0 as RISC-V does; NaN operands go to the helper
        this.boxed(i.rs1, i.rs2);
        single(A, i.rs1); single(B, i.rs2);
        this.nanToHelper(A); this.nanToHelper(B);
        this.storeS(i.rd, () => { this.f32(i.rs1); this.f32(i.rs2); c.op(op === Op.FMIN_S ? W.f32_min : W.f32_max); });
        return;
      case Op.FMIN_D: case Op.FMAX_D:
        double(A, i.rs1); double(B, i.rs2);
        this.nanToHelper(A); this.nanToHelper(B);
        this.storeD(i.rd, () => c.get(A).get(B).op(op === Op.FMIN_D ? W.f64_min : W.f64_max));
        return;
      case Op.FEQ_S: case Op.FLT_S: case Op.FLE_S: case Op.FEQ_D: case Op.FLT_D: case Op.FLE_D: {
        const d = op >= Op.FEQ_D;
        if (d) { double(A, i.rs1); double(B, i.rs2); } else { this.boxed(i.rs1, i.rs2); single(A, i.rs1); single(B, i.rs2); }
        this.nanToHelper(A); this.nanToHelper(B);
        const cmp = op === Op.FEQ_S || op === Op.FEQ_D ? W.f64_eq : op === Op.FLT_S || op === Op.FLT_D ? W.f64_lt : W.f64_le;
        s.setX(i.rd, () => c.get(A).get(B).op(cmp));
        return;
      }
      case Op.FMV_X_W: s.setX(i.rd, () => this.lo(i.rs1)); return;
      case Op.FMV_W_X:
        c.i32(0); s.x(i.rs1); c.op(W.i64_extend_i32_u).i64(-1, 0).op(W.i64_or).mem(W.i64_store, 3, STATE.F + 8 * i.rd);
        return;
      case Op.FCVT_D_W: case Op.FCVT_D_WU: // exact
        this.storeD(i.rd, () => { s.x(i.rs1); c.op(op === Op.FCVT_D_W ? W.f64_convert_i32_s : W.f64_convert_i32_u); });
        return;
      case Op.FCVT_D_S: // exact
        this.boxed(i.rs1);
        single(A, i.rs1);
        this.nanToHelper(A);
        this.storeD(i.rd, () => c.get(A));
        return;
      case Op.FCVT_S_W: case Op.FCVT_S_WU: {
        // wasm's conversion rounds to nearest even; no overflow or underflow from 32-bit integers
        const signed = op === Op.FCVT_S_W;
        s.x(i.rs1); c.op(signed ? W.f32_convert_i32_s : W.f32_convert_i32_u).op(W.f64_promote_f32).set(A);
        c.get(A); s.x(i.rs1); c.op(signed ? W.f64_convert_i32_s : W.f64_convert_i32_u).op(W.f64_ne);
        this.nxIf();
        this.storeS(i.rd, () => c.get(A).op(W.f32_demote_f64));
        return;
      }
      case Op.FCVT_S_D:
        double(A, i.rs1);
        c.get(A).op(W.f32_demote_f64).op(W.f64_promote_f32).tee(this.T).get(A).op(W.f64_ne);
        this.open(W.if_, 'if'); // inexact:
        this.rangeOrHelper(this.T, MIN_NORMAL32, Infinity); // (a NaN fails it)
        this.setNx();
        this.close();
        this.storeS(i.rd, () => c.get(this.T).op(W.f32_demote_f64));
        return;
      case Op.FCVT_W_S: case Op.FCVT_WU_S: case Op.FCVT_W_D: case Op.FCVT_WU_D: {
        const signed = op === Op.FCVT_W_S || op === Op.FCVT_W_D;
        if (op === Op.FCVT_W_S || op === Op.FCVT_WU_S) { this.boxed(i.rs1); single(A, i.rs1); } else double(A, i.rs1);
        this.nanToHelper(A);
        c.get(A).op(rm === 1 ? W.f64_trunc : W.f64_nearest).set(B);
        // out of range (saturation, NV) to the helper; -0 converts to 0
        if (signed) { c.get(B).f64(-2147483648).op(W.f64_ge).get(B).f64(2147483647).op(W.f64_le); } else {
          c.get(B).f64(-1).op(W.f64_gt).get(B).f64(4294967295).op(W.f64_le);
        }
        c.op(W.i32_and).op(W.i32_eqz);
        this.slowIf();
        c.get(A).get(B).op(W.f64_ne);
        this.nxIf();
        s.setX(i.rd, () => c.get(B).op(signed ? W.i32_trunc_f64_s : W.i32_trunc_f64_u));
        return;
      }
      default: throw new Error(`codegen-fp: no native code for op ${op}`);
    }
  }
}

/** Rounding modes (bit rm) in which the native code of op is exact; 0 = always the helper. */
function nativeModes(op: number): number {
  switch (op) {
    case Op.FSGNJ_S: case Op.FSGNJN_S: case Op.FSGNJX_S: case Op.FSGNJ_D: case Op.FSGNJN_D: case Op.FSGNJX_D:
    case Op.FMIN_S: case Op.FMAX_S: case Op.FMIN_D: case Op.FMAX_D:
    case Op.FEQ_S: case Op.FLT_S: case Op.FLE_S: case Op.FEQ_D: case Op.FLT_D: case Op.FLE_D:
    case Op.FMV_X_W: case Op.FMV_W_X: case Op.FCVT_D_W: case Op.FCVT_D_WU: case Op.FCVT_D_S:
      return ANY;
    case Op.FADD_S: case Op.FSUB_S: case Op.FMUL_S: case Op.FMADD_S: case Op.FMSUB_S: case Op.FNMSUB_S: case Op.FNMADD_S:
    case Op.FADD_D: case Op.FSUB_D: case Op.FMUL_D: case Op.FCVT_S_W: case Op.FCVT_S_WU: case Op.FCVT_S_D:
    case Op.FMADD_D: case Op.FMSUB_D: case Op.FNMSUB_D: case Op.FNMADD_D:
      return RNE;
    case Op.FCVT_W_S: case Op.FCVT_WU_S: case Op.FCVT_W_D: case Op.FCVT_WU_D:
      return RNE_RTZ;
    default: return 0; // fdiv, fsqrt, fclass
  }
}
