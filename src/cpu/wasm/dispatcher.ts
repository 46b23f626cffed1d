/**
 * The dispatcher module of the translation tier: an interpreter written in WebAssembly that runs
 * decoded instructions straight from the decode cache in guest memory, and enters a compiled
 * region wherever a basic block starts at a pc the entry table knows.
 *
 * It starts at STATE.PC and runs until `lim` steps are done or something needs the host:
 *  - EXIT_DECODE: the decode slot (or its page) at pc is empty: the host decodes, then resumes;
 *  - EXIT_INTERP: the instruction at pc is one for the JavaScript interpreter (system, CSR,
 *    AMO, fence.i, illegal, fetch faults; F/D while mstatus.FS is not Dirty or with a reserved
 *    dynamic rounding mode) or a memory access outside the fast windows (MMIO, misaligned,
 *    faults, stores into code);
 *  - EXIT_HOT: the basic block at pc has started HOT times without a compiled region;
 *  - EXIT_MISS: pc lies outside RAM and flash.
 * In every case nothing of the instruction at pc has happened yet. Registers live in the state
 * area (the hart's register file); ir counts retired steps, extra cycles go to STATE.CD.
 * Zba, Zbb, Zbs and Zicond run as native bit operations (bitmanip.ts), F/D loads and stores
 * directly, the other F/D instructions through the imported helper `fp` (the softfloat; see
 * codegen-fp.ts).
 *
 * Entry counts (for hotness) are kept per halfword in the `counts` pool, bumped whenever a basic
 * block starts in the interpreter; the host reads them to know which code has run.
 */
import { Op } from '../isa.js';
import { HASH_BASE, HASH_ENTRIES, STATE } from '../guest-memory.js';
import { Code, encodeModule, I32, VOID, W, type ModuleSpec } from './encoder.js';
import { EXIT_DECODE, EXIT_HOT, EXIT_INTERP, EXIT_MISS, EXIT_NOFIT } from './codegen.js';
import { bitmanipImm, emitBitmanip, isBitmanip } from './bitmanip.js';
import { emitFpLoad, emitFpStore, fpWritesX, isFp, isFpMemory } from './codegen-fp.js';
import { accessWidth } from './access-groups.js';

export interface DispatcherConfig {
  memoryPages: number;
  ramBase: number; ramSize: number; ramOff: number; ramDirtyOff: number; ramCodeOff: number; ramPageStart: number;
  /** size 0 = no second window. */
  flashBase: number; flashSize: number; flashOff: number; flashPageStart: number;
  pageMapOff: number; decodeOff: number; countsOff: number;
  /** Block starts before the host is asked to compile a region. */
  hot: number;
  cmLoad: number; cmStore: number; cmBranch: number; cmJump: number; cmMul: number; cmDiv: number;
  /** Call the imported function (a, width) before every store ('check' mode). */
  journal: boolean;
}

// Locals of the interpreter functions (param 0 = lim).
const LIM = 0, IR = 1, PC = 2, BASE = 3, W_ = 4, IMM = 5, A = 6, B = 7, T = 8, O = 9, CD = 10, RD = 11, SKIP = 12, OLD = 13, PAGE = 14;
const NLOCALS = 14;

/** Function indices of the dispatcher module: imported jw and fp, its bit and fmem functions. */
interface Fns { jw: number; fp: number; bit: number; fmem: number }

/**
 * The dispatcher module: exports `run(lim)` (interpreter and regions) and `step(lim)` (one basic
 * block, interpreter only). Imports the check mode's journal `jw` (function 0, with cfg.journal)
 * and the F/D helper `fp` (see codegen-fp.ts).
 */
export function dispatcherModule(cfg: DispatcherConfig): Uint8Array {
  const imports = cfg.journal ? ['jw', 'fp'] : ['fp'];
  const n = imports.length;
  const fn: Fns = { jw: 0, fp: imports.indexOf('fp'), bit: n + 2, fmem: n + 3 };
  const spec: ModuleSpec = {
    types: [{ params: [I32, I32], results: [I32] }, { params: [I32], results: [I32] }, { params: [I32, I32], results: [] },
      { params: [I32, I32, I32], results: [I32] }, { params: [I32, I32, I32, I32], results: [I32] }],
    memoryPages: cfg.memoryPages, table: true,
    importFuncs: imports.map((name) => ({ module: 'e', name, type: name === 'jw' ? 2 : 3 })),
    funcs: [
      { type: 1, locals: [{ count: NLOCALS, type: I32 }], body: interpreter(cfg, false, fn) },
      { type: 1, locals: [{ count: NLOCALS, type: I32 }], body: interpreter(cfg, true, fn) },
      { type: 4, locals: [], body: bitFunction() },
      { type: 0, locals: [{ count: 1, type: I32 }], body: fpMemoryFunction(cfg, fn) },
    ],
    exports: [{ name: 'run', func: n }, { name: 'step', func: n + 1 }],
  };
  return encodeModule(spec);
}

/** bit(op, a, b, imm): the result of a Zba/Zbb/Zbs/Zicond op on a = x[rs1], b = x[rs2] (or imm). */
function bitFunction(): Code {
  const c = new Code();
  const OP = 0, A = 1, B = 2, IMM = 3;
  const ops: number[] = [];
  for (let op = 0; op < Op.COUNT; op++) if (isBitmanip(op)) ops.push(op);
  c.op(W.block).byte(VOID); // default: not reached
  for (let k = ops.length - 1; k >= 0; k--) c.op(W.block).byte(VOID);
  c.get(OP).i32(ops[0]!).op(W.i32_sub).op(W.br_table).u32(ops.length);
  for (let k = 0; k < ops.length; k++) c.u32(k);
  c.u32(ops.length);
  for (const op of ops) {
    c.op(W.end);
    emitBitmanip(c, op, () => c.get(A), () => c.get(bitmanipImm(op) ? IMM : B));
    c.op(W.return_);
  }
  c.op(W.end);
  c.i32(0);
  return c;
}

/**
 * fmem(w, a): the F/D load or store whose decode-cache word is w, at address a, when it is an
 * aligned access inside RAM (stores: clear of code) or, for loads, flash. Returns its extra
 * cycles, or -1 when it is for the JavaScript interpreter (nothing done).
 */
function fpMemoryFunction(cfg: DispatcherConfig, fn: Fns): Code {
  const c = new Code();
  const W_ = 0, A = 1, O = 2;
  /** O = a - base; whether [a, a + width) is aligned and inside [base, base + size). */
  const inside = (base: number, size: number, w: number): void => {
    c.get(A).i32(base | 0).op(W.i32_sub).tee(O).i32(w).op(W.i32_rotr).i32(size >>> w).op(W.i32_lt_u);
  };
  for (const op of [Op.FLW, Op.FLD, Op.FSW, Op.FSD]) {
    const w = 31 - Math.clz32(accessWidth(op));
    c.get(W_).i32(255).op(W.i32_and).i32(op).op(W.i32_eq).op(W.if_).byte(VOID);
    if (op === Op.FLW || op === Op.FLD) {
      const window = (base: number, size: number, off: number): void => {
        inside(base, size, w);
        c.op(W.if_).byte(VOID);
        emitFpLoad(c, op, () => { c.get(W_).i32(8).op(W.i32_shr_u).i32(0xf8).op(W.i32_and); }, () => c.get(O), off);
        c.i32(cfg.cmLoad).op(W.return_);
        c.op(W.end);
      };
      window(cfg.ramBase, cfg.ramSize, cfg.ramOff);
      if (cfg.flashSize > 0) window(cfg.flashBase, cfg.flashSize, cfg.flashOff);
    } else {
      inside(cfg.ramBase, cfg.ramSize, w);
      c.op(W.if_).byte(VOID);
      c.get(O).i32(6).op(W.i32_shr_u).mem(W.i32_load8_u, 0, cfg.ramCodeOff).op(W.i32_eqz).op(W.if_).byte(VOID);
      if (cfg.journal) c.get(A).i32(1 << w).op(W.call).u32(fn.jw);
      emitFpStore(c, op, () => { c.get(W_).i32(19).op(W.i32_shr_u).i32(0xf8).op(W.i32_and); }, () => c.get(O), cfg.ramOff);
      c.get(O).i32(12).op(W.i32_shr_u).i32(1).mem(W.i32_store8, 0, cfg.ramDirtyOff);
      c.i32(cfg.cmStore).op(W.return_);
      c.op(W.end).op(W.end);
    }
    c.op(W.end);
  }
  c.i32(-1);
  return c;
}

/** Ops the interpreter runs itself; everything else goes to the host. */
type Handler = 'lui' | 'auipc' | 'jal' | 'jalr' | 'branch' | 'load' | 'store' | 'alui' | 'alu' | 'fence' | 'mul' | 'div' | 'bit'
  | 'fmem' | 'fp' | 'interp' | 'decode';

function handlerOf(op: number): Handler {
  if (op === Op.UNDECODED) return 'decode';
  if (op === Op.LUI) return 'lui';
  if (op === Op.AUIPC) return 'auipc';
  if (op === Op.JAL) return 'jal';
  if (op === Op.JALR) return 'jalr';
  if (op >= Op.BEQ && op <= Op.BGEU) return 'branch';
  if (op >= Op.LB && op <= Op.LHU) return 'load';
  if (op >= Op.SB && op <= Op.SW) return 'store';
  if (op >= Op.ADDI && op <= Op.SRAI) return 'alui';
  if (op >= Op.ADD && op <= Op.AND) return 'alu';
  if (op === Op.FENCE) return 'fence';
  if (op >= Op.MUL && op <= Op.MULHU) return 'mul';
  if (op >= Op.DIV && op <= Op.REMU) return 'div';
  if (isBitmanip(op)) return 'bit';
  if (isFpMemory(op)) return 'fmem';
  if (isFp(op)) return 'fp';
  return 'interp';
}

function interpreter(cfg: DispatcherConfig, single: boolean, fn: Fns): Code {
  const c = new Code(16384);
  const ctl: string[] = [];
  const depth = (l: string): number => {
    const k = ctl.lastIndexOf(l);
    if (k < 0) throw new Error(`dispatcher: no label ${l}`);
    return ctl.length - 1 - k;
  };
  const open = (o: W, l: string, t = VOID): void => { c.op(o).byte(t); ctl.push(l); };
  const close = (): void => { c.op(W.end); ctl.pop(); };
  const cycles = cfg.cmLoad !== 0 || cfg.cmStore !== 0 || cfg.cmBranch !== 0 || cfg.cmJump !== 0 || cfg.cmMul !== 0 || cfg.cmDiv !== 0;
  const addCd = (k: number): void => { if (cycles && k !== 0) c.get(CD).i32(k).op(W.i32_add).set(CD); };
  /** Leave with `code` (nothing of the instruction at pc has happened). */
  const leave = (code: number): void => {
    c.i32(0).get(PC).mem(W.i32_store, 2, STATE.PC);
    if (code !== 0) c.i32(0).i32(code).mem(W.i32_store, 2, STATE.EXIT);
    if (cycles) c.i32(0).i32(0).mem(W.i32_load, 2, STATE.CD).get(CD).op(W.i32_add).mem(W.i32_store, 2, STATE.CD);
    c.get(IR).op(W.return_);
  };
  /** rd = value pushed by f. */
  const setRd = (f: () => void): void => { c.get(RD); f(); c.mem(W.i32_store, 2, STATE.REGS); };

  c.i32(0).mem(W.i32_load, 2, STATE.PC).set(PC);
  open(W.loop, 'block');
  // ---- a basic block starts at pc
  c.get(IR).get(LIM).op(W.i32_ge_s);
  open(W.if_, 'if'); leave(0); close();
  if (single) {
    c.get(IR).i32(0).op(W.i32_gt_s);
    open(W.if_, 'if'); leave(0); close();
  } else {
    // A compiled region starts here?
    c.get(SKIP).op(W.i32_eqz);
    open(W.if_, 'if');
    c.get(PC).i32(1).op(W.i32_shr_u).get(PC).i32(17).op(W.i32_shr_u).op(W.i32_xor).i32(HASH_ENTRIES - 1).op(W.i32_and).i32(3).op(W.i32_shl).tee(T);
    c.mem(W.i32_load, 2, HASH_BASE).get(PC).op(W.i32_eq);
    open(W.if_, 'if');
    c.i32(0).get(PC).mem(W.i32_store, 2, STATE.PC);
    c.get(IR).get(LIM).get(T).mem(W.i32_load, 2, HASH_BASE + 4).op(W.call_indirect).u32(0).u32(0).set(IR);
    c.i32(0).mem(W.i32_load, 2, STATE.PC).set(PC);
    c.i32(0).mem(W.i32_load, 2, STATE.EXIT).tee(T);
    open(W.if_, 'if');
    // The region did not fit in the budget: interpret this block instead.
    c.get(T).i32(EXIT_NOFIT).op(W.i32_eq);
    open(W.if_, 'if');
    c.i32(0).i32(0).mem(W.i32_store, 2, STATE.EXIT).i32(1).set(SKIP).br(depth('block'));
    close();
    if (cycles) c.i32(0).i32(0).mem(W.i32_load, 2, STATE.CD).get(CD).op(W.i32_add).mem(W.i32_store, 2, STATE.CD);
    c.get(IR).op(W.return_);
    close();
    c.br(depth('block'));
    close();
    close();
  }
  // The decode page of pc: the one of the previous block when pc is still in it (PAGE holds
  // its page number + 1; page bases do not change while this function runs).
  c.get(PC).i32(12).op(W.i32_shr_u).i32(1).op(W.i32_add).get(PAGE).op(W.i32_ne);
  open(W.if_, 'if');
  c.get(PC).i32(cfg.ramBase | 0).op(W.i32_sub).tee(O).i32(cfg.ramSize).op(W.i32_lt_u);
  c.op(W.if_).byte(I32); ctl.push('if');
  c.get(O).i32(12).op(W.i32_shr_u).i32(2).op(W.i32_shl).mem(W.i32_load, 2, cfg.pageMapOff + 4 * cfg.ramPageStart);
  c.op(W.else_);
  if (cfg.flashSize > 0) {
    c.get(PC).i32(cfg.flashBase | 0).op(W.i32_sub).tee(O).i32(cfg.flashSize).op(W.i32_lt_u);
    c.op(W.if_).byte(I32); ctl.push('if');
    c.get(O).i32(12).op(W.i32_shr_u).i32(2).op(W.i32_shl).mem(W.i32_load, 2, cfg.pageMapOff + 4 * cfg.flashPageStart);
    c.op(W.else_);
    leave(EXIT_MISS);
    close();
  } else leave(EXIT_MISS);
  close();
  c.tee(BASE).op(W.i32_eqz);
  open(W.if_, 'if'); leave(EXIT_DECODE); close();
  c.get(PC).i32(12).op(W.i32_shr_u).i32(1).op(W.i32_add).set(PAGE);
  close();
  // Count the block start; at `hot` ask the host for a region.
  c.get(BASE).get(PC).i32(4094).op(W.i32_and).op(W.i32_add).i32(1).op(W.i32_shl).tee(T);
  c.get(T).mem(W.i32_load, 2, cfg.countsOff).i32(1).op(W.i32_add).tee(O).mem(W.i32_store, 2, cfg.countsOff);
  // (not when the block's region exists but did not fit the budget: SKIP)
  c.get(O).i32(cfg.hot).op(W.i32_ge_s).get(SKIP).op(W.i32_eqz).op(W.i32_and);
  open(W.if_, 'if'); leave(EXIT_HOT); close();
  c.i32(0).set(SKIP);

  open(W.loop, 'insn');
  // ---- one instruction
  c.get(BASE).get(PC).i32(4094).op(W.i32_and).op(W.i32_add).i32(2).op(W.i32_shl).tee(T);
  c.mem(W.i32_load, 2, cfg.decodeOff).tee(W_).op(W.i32_eqz);
  open(W.if_, 'if'); leave(EXIT_DECODE); close();
  c.get(T).mem(W.i32_load, 2, cfg.decodeOff + 4).set(IMM);
  c.get(W_).i32(15).op(W.i32_shr_u).i32(0x7c).op(W.i32_and).mem(W.i32_load, 2, STATE.REGS).set(A);
  c.get(W_).i32(20).op(W.i32_shr_u).i32(0x7c).op(W.i32_and).mem(W.i32_load, 2, STATE.REGS).set(B);
  c.get(W_).i32(9).op(W.i32_shr_u).i32(0xfc).op(W.i32_and).set(RD);
  c.get(PC).set(OLD);

  open(W.block, 'ctl');
  open(W.block, 'next');
  open(W.block, 'interp');
  // One block per op the interpreter runs itself: br_table goes straight to its code. The
  // extensions' ops share a few (bit operations, F/D loads and stores, F/D ops for the helper by
  // whether they write an x register), whose code calls functions of their own: this loop stays
  // as small as before them (V8 optimises a smaller function sooner and better).
  const label = (op: number): string | null => {
    const h = handlerOf(op);
    return h === 'interp' ? null : h === 'fp' ? `fp:${fpWritesX(op) ? 'x' : 'f'}` : h === 'bit' || h === 'fmem' ? h : `op:${op}`;
  };
  const own = new Map<string, number>(); // label -> an op it runs
  for (let op = 0; op < Op.COUNT; op++) { const l = label(op); if (l !== null && !own.has(l)) own.set(l, op); }
  const labels = [...own.keys()];
  for (let k = labels.length - 1; k >= 0; k--) open(W.block, labels[k]!);
  const targets: number[] = [];
  for (let op = 0; op < Op.COUNT; op++) { const l = label(op); targets.push(depth(l ?? 'interp')); }
  c.get(W_).i32(255).op(W.i32_and).op(W.br_table).u32(targets.length);
  for (const t of targets) c.u32(t);
  c.u32(depth('interp'));
  for (const op of own.values()) {
    close(); // end of this label's block: its code follows
    emitOp(op);
  }
  close(); // interp
  leave(EXIT_INTERP);
  close(); // next: straight to the following instruction
  c.get(PC).get(W_).i32(8).op(W.i32_shr_u).i32(7).op(W.i32_and).op(W.i32_add).set(PC);
  c.get(IR).i32(1).op(W.i32_add).tee(IR).get(LIM).op(W.i32_ge_s).brIf(depth('block'));
  c.get(PC).get(OLD).op(W.i32_xor).i32(12).op(W.i32_shr_u).brIf(depth('block'));
  c.br(depth('insn'));
  close(); // ctl: a control transfer (pc already set): a new block starts
  c.get(IR).i32(1).op(W.i32_add).set(IR);
  c.br(depth('block'));
  close(); // insn
  close(); // block
  c.get(IR);
  return c;

  /** F/D instructions need mstatus.FS Dirty (STATE.FP_OK); else the interpreter runs them. */
  function fsCheck(): void { c.i32(0).mem(W.i32_load, 2, STATE.FP_OK).op(W.i32_eqz).brIf(depth('interp')); }

  function emitOp(op: number): void {
    const len = (): void => { c.get(W_).i32(8).op(W.i32_shr_u).i32(7).op(W.i32_and); };
    const h = handlerOf(op);
    switch (h) {
      case 'decode': leave(EXIT_DECODE); return;
      case 'lui': setRd(() => c.get(IMM)); c.br(depth('next')); return;
      case 'auipc': setRd(() => { c.get(PC).get(IMM).op(W.i32_add); }); c.br(depth('next')); return;
      case 'fence': c.br(depth('next')); return;
      case 'jal':
        setRd(() => { c.get(PC); len(); c.op(W.i32_add); });
        c.get(PC).get(IMM).op(W.i32_add).set(PC);
        addCd(cfg.cmJump);
        c.br(depth('ctl'));
        return;
      case 'jalr':
        c.get(A).get(IMM).op(W.i32_add).i32(-2).op(W.i32_and).set(T);
        setRd(() => { c.get(PC); len(); c.op(W.i32_add); });
        c.get(T).set(PC);
        addCd(cfg.cmJump);
        c.br(depth('ctl'));
        return;
      case 'branch': {
        const cond = [W.i32_eq, W.i32_ne, W.i32_lt_s, W.i32_ge_s, W.i32_lt_u, W.i32_ge_u][op - Op.BEQ]!;
        c.get(A).get(B).op(cond);
        open(W.if_, 'if');
        c.get(PC).get(IMM).op(W.i32_add).set(PC);
        addCd(cfg.cmBranch);
        c.br(depth('ctl'));
        close();
        c.get(PC); len(); c.op(W.i32_add).set(PC);
        c.br(depth('ctl'));
        return;
      }
      case 'load': {
        const [lop, w] = op === Op.LB ? [W.i32_load8_s, 0] : op === Op.LH ? [W.i32_load16_s, 1] : op === Op.LW ? [W.i32_load, 2]
          : op === Op.LBU ? [W.i32_load8_u, 0] : [W.i32_load16_u, 1];
        c.get(A).get(IMM).op(W.i32_add).set(T);
        const window = (base: number, size: number, off: number): void => {
          c.get(T).i32(base | 0).op(W.i32_sub).tee(O);
          if (w !== 0) c.i32(w).op(W.i32_rotr);
          c.i32(size >>> w).op(W.i32_lt_u);
          open(W.if_, 'if');
          setRd(() => { c.get(O).mem(lop, w, off); });
          addCd(cfg.cmLoad);
          c.br(depth('next'));
          close();
        };
        window(cfg.ramBase, cfg.ramSize, cfg.ramOff);
        if (cfg.flashSize > 0) window(cfg.flashBase, cfg.flashSize, cfg.flashOff);
        c.br(depth('interp'));
        return;
      }
      case 'store': {
        const [sop, w] = op === Op.SB ? [W.i32_store8, 0] : op === Op.SH ? [W.i32_store16, 1] : [W.i32_store, 2];
        c.get(A).get(IMM).op(W.i32_add).set(T);
        c.get(T).i32(cfg.ramBase | 0).op(W.i32_sub).tee(O);
        if (w !== 0) c.i32(w).op(W.i32_rotr);
        c.i32(cfg.ramSize >>> w).op(W.i32_lt_u);
        open(W.if_, 'if');
        c.get(O).i32(6).op(W.i32_shr_u).mem(W.i32_load8_u, 0, cfg.ramCodeOff).brIf(depth('interp'));
        if (cfg.journal) c.get(T).i32(1 << w).op(W.call).u32(0);
        c.get(O).get(B).mem(sop, w, cfg.ramOff);
        c.get(O).i32(12).op(W.i32_shr_u).i32(1).mem(W.i32_store8, 0, cfg.ramDirtyOff);
        addCd(cfg.cmStore);
        c.br(depth('next'));
        close();
        c.br(depth('interp'));
        return;
      }
      case 'alui': case 'alu': {
        const wop = h === 'alui'
          ? [W.i32_add, W.i32_lt_s, W.i32_lt_u, W.i32_xor, W.i32_or, W.i32_and, W.i32_shl, W.i32_shr_u, W.i32_shr_s][op - Op.ADDI]!
          : [W.i32_add, W.i32_sub, W.i32_shl, W.i32_lt_s, W.i32_lt_u, W.i32_xor, W.i32_shr_u, W.i32_shr_s, W.i32_or, W.i32_and][op - Op.ADD]!;
        setRd(() => { c.get(A).get(h === 'alui' ? IMM : B).op(wop); });
        c.br(depth('next'));
        return;
      }
      case 'mul': {
        const wide = (sa: boolean, sb: boolean, signedShift: boolean): void => {
          c.get(A).op(sa ? W.i64_extend_i32_s : W.i64_extend_i32_u);
          c.get(B).op(sb ? W.i64_extend_i32_s : W.i64_extend_i32_u);
          c.op(W.i64_mul).byte(W.i64_const).s32(32).op(signedShift ? W.i64_shr_s : W.i64_shr_u).op(W.i32_wrap_i64);
        };
        setRd(() => {
          if (op === Op.MUL) c.get(A).get(B).op(W.i32_mul);
          else if (op === Op.MULH) wide(true, true, true);
          else if (op === Op.MULHSU) wide(true, false, true);
          else wide(false, false, false);
        });
        addCd(cfg.cmMul);
        c.br(depth('next'));
        return;
      }
      case 'div': {
        // x/0 = all ones, x%0 = x, MIN/-1 = MIN, MIN%-1 = 0.
        setRd(() => {
          c.get(B).op(W.i32_eqz);
          c.op(W.if_).byte(I32);
          if (op === Op.DIV || op === Op.DIVU) c.i32(-1); else c.get(A);
          c.op(W.else_);
          if (op === Op.DIV) {
            c.get(A).i32(-0x80000000).op(W.i32_eq).get(B).i32(-1).op(W.i32_eq).op(W.i32_and);
            c.op(W.if_).byte(I32).get(A).op(W.else_).get(A).get(B).op(W.i32_div_s).op(W.end);
          } else {
            c.get(A).get(B).op(op === Op.DIVU ? W.i32_div_u : op === Op.REM ? W.i32_rem_s : W.i32_rem_u);
          }
          c.op(W.end);
        });
        addCd(cfg.cmDiv);
        c.br(depth('next'));
        return;
      }
      case 'fp': {
        // Valid rounding mode: dyn (imm & 7 = 7; 0 for ops without the field) needs frm <= 4.
        fsCheck();
        c.get(IMM).i32(7).op(W.i32_and).i32(7).op(W.i32_eq);
        c.i32(0).mem(W.i32_load, 2, STATE.FRM).i32(4).op(W.i32_gt_u).op(W.i32_and).brIf(depth('interp'));
        const call = (): void => { c.get(W_).get(IMM).get(A).op(W.call).u32(fn.fp); };
        if (fpWritesX(op)) setRd(call); else { call(); c.op(W.drop); }
        c.br(depth('next'));
        return;
      }
      case 'bit':
        setRd(() => { c.get(W_).i32(255).op(W.i32_and).get(A).get(B).get(IMM).op(W.call).u32(fn.bit); });
        c.br(depth('next'));
        return;
      case 'fmem':
        fsCheck();
        c.get(W_).get(A).get(IMM).op(W.i32_add).op(W.call).u32(fn.fmem).tee(T).i32(0).op(W.i32_lt_s).brIf(depth('interp'));
        if (cycles) c.get(CD).get(T).op(W.i32_add).set(CD);
        c.br(depth('next'));
        return;
      case 'interp': c.br(depth('interp')); return;
    }
  }
}
