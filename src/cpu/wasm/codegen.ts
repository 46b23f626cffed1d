/**
 * WebAssembly code for a region (src/cpu/wasm/region.ts): one function
 * `(ir: i32, lim: i32) -> i32` that runs the region's instructions with the guest registers in
 * wasm locals.
 *
 * `ir` counts the steps the dispatcher has run in this call, `lim` is how far it may go. The
 * function returns the new `ir` and leaves the next pc in the state area (STATE.PC). It runs only
 * when all its instructions fit below `lim` (else it returns at once with EXIT_NOFIT); between
 * two loop back edges each instruction runs at most once, so a back edge re-checks that the
 * region still fits and otherwise leaves at the loop header. Memory accesses go straight to the
 * primary window (RAM) and the secondary one (flash) when aligned and inside them; stores also
 * need the target's 64-byte code granule to hold no decoded instruction, and mark the page
 * dirty. Anything else (MMIO, misaligned, faults, stores into code) leaves the function before
 * the access with EXIT_INTERP: the host interprets that one instruction, so devices, traps and
 * invalidation behave exactly as in the interpreter. F/D instructions (the f registers stay in
 * the state area) are emitted by codegen-fp.ts, Zba/Zbb/Zbs/Zicond by bitmanip.ts.
 */
import { Op } from '../isa.js';
import { HASH_BASE, HASH_ENTRIES, STATE } from '../guest-memory.js';
import { Code, VOID, I32, I64, F64, W } from './encoder.js';
import { isBranch, type Edge, type Region, type TInsn } from './region.js';
import { accessGroups, accessWidth, type AccessGroup } from './access-groups.js';
import { bitmanipImm, bitmanipUnary, emitBitmanip, isBitmanip } from './bitmanip.js';
import { emitFpLoad, emitFpStore, FP_LOCALS, FpCodegen, fpReadsX, fpWritesX, isFp, type FpSite } from './codegen-fp.js';

/**
 * Why compiled code returned to the host (STATE.EXIT): NONE (budget, or the region ended at a pc
 * the dispatcher goes on from), MISS (pc outside RAM/flash), INTERP (the instruction at pc needs
 * the JavaScript interpreter), NOFIT (the region needs more steps than are left), DECODE (no
 * decoded instruction at pc yet), HOT (the block at pc wants a region).
 */
export const EXIT_NONE = 0, EXIT_MISS = 1, EXIT_INTERP = 2, EXIT_NOFIT = 3, EXIT_DECODE = 4, EXIT_HOT = 5;

export interface CodegenConfig {
  ramBase: number; ramSize: number;
  /** Offsets in the wasm memory of the RAM bytes, its dirty map and its code granule map. */
  ramOff: number; ramDirtyOff: number; ramCodeOff: number;
  /** Secondary (read-only) window; size 0 = none. */
  flashBase: number; flashSize: number; flashOff: number;
  cmLoad: number; cmStore: number; cmBranch: number; cmJump: number; cmMul: number; cmDiv: number;
  /** Call the imported function 0 (a, width) before every store (the 'check' mode's journal). */
  journal: boolean;
}

// Locals: 0 ir, 1 lim (params), 2..32 guest x1..x31, then temporaries (i32), the access groups'
// addresses (i32) and, in regions with F/D instructions, the F/D code's (i32, f64, i64: FP_LOCALS).
const IR = 0, LIM = 1, O = 34, NPC = 35, CD = 36, GROUP = 37;
const reg = (r: number): number => r + 1;

/** The functions a region's module imports, in function-index order: the check mode's journal, the F/D helper. */
export function codegenImports(cfg: CodegenConfig): string[] { return cfg.journal ? ['jw', 'fp'] : ['fp']; }

/** The function body and its local declarations beyond the parameters. */
export function genFunction(r: Region, cfg: CodegenConfig): { body: Code; locals: { count: number; type: number }[] } {
  const c = new Code(40 * r.count + 512); // compiled regions average ~32 bytes per instruction
  const cycles = cfg.cmLoad !== 0 || cfg.cmStore !== 0 || cfg.cmBranch !== 0 || cfg.cmJump !== 0 || cfg.cmMul !== 0 || cfg.cmDiv !== 0;
  const n = r.count;
  const ctl: string[] = [];
  const depth = (label: string): number => {
    const k = ctl.lastIndexOf(label);
    if (k < 0) throw new Error(`codegen: no label ${label}`);
    return ctl.length - 1 - k;
  };
  const open = (kind: W, label: string, type = VOID): void => { c.op(kind).byte(type); ctl.push(label); };
  const close = (): void => { c.op(W.end); ctl.pop(); };
  const addIr = (k: number): void => { if (k !== 0) c.get(IR).i32(k).op(W.i32_add).set(IR); };
  const addCd = (k: number): void => { if (cycles && k !== 0) c.get(CD).i32(k).op(W.i32_add).set(CD); };
  const exitTo = (pc: number): void => { c.i32(pc).set(NPC).br(depth('exit')); };
  const exitCode = (code: number): void => { c.i32(0).i32(code).mem(W.i32_store, 2, STATE.EXIT); };

  // Registers the region reads or writes.
  const used = new Set<number>();
  for (const nd of r.nodes) {
    for (const i of nd.insns) {
      for (const s of readsOf(i)) if (s !== 0) used.add(s);
      if (writesRd(i.op) && i.rd !== 0) used.add(i.rd);
    }
  }
  const nodeGroups = r.nodes.map((nd) => accessGroups(nd, writesRd));
  let groups = nodeGroups[0]!;
  const hoisted = hoistGroups(r, nodeGroups);
  let slots = 0;
  for (const gs of nodeGroups) for (const g of gs) if (g !== null) slots = Math.max(slots, g.slot + 1);
  const hasFp = r.nodes.some((nd) => nd.insns.some((i) => isFp(i.op)));
  const fpI32 = GROUP + slots, fpF64 = fpI32 + FP_LOCALS.i32;
  const fp = new FpCodegen(c, fpI32, fpF64, fpF64 + FP_LOCALS.f64, codegenImports(cfg).indexOf('fp'));
  const inLoop = r.nodes.map((_, p) => r.constructs.some((k) => k.kind === 'loop' && k.open <= p && p < k.close));
  let pos = 0;
  const dirtyIn = dirtyAtEntry(r, nodeGroups, inLoop);
  /** Registers (bit r) whose local differs from the state area at the current point of the code. */
  let dirty = 0;
  /** Store the dirty registers to the state area (before anything that may leave the function). */
  const sync = (): void => {
    for (let x = 1; x < 32; x++) if ((dirty >>> x) & 1) c.i32(0).get(reg(x)).mem(W.i32_store, 2, STATE.REGS + 4 * x);
    dirty = 0;
  };

  // Entry: the whole region must fit in the budget.
  c.get(IR).i32(n).op(W.i32_add).get(LIM).op(W.i32_gt_s);
  c.op(W.if_).byte(VOID);
  exitCode(EXIT_NOFIT);
  c.i32(0).i32(r.entry).mem(W.i32_store, 2, STATE.PC); // (when entered from another region)
  c.get(IR).op(W.return_);
  c.op(W.end);
  for (const x of [...used].sort((a, b) => a - b)) c.i32(0).mem(W.i32_load, 2, STATE.REGS + 4 * x).set(reg(x));
  if (hasFp) fp.prologue();

  open(W.block, 'exit');
  const byOpen = [...r.constructs].sort((a, b) => a.open - b.open || b.close - a.close);
  const stack: { close: number }[] = [];
  let nextConstruct = 0;
  for (let p = 0; p < r.nodes.length; p++) {
    while (stack.length > 0 && stack[stack.length - 1]!.close === p) { stack.pop(); close(); }
    while (nextConstruct < byOpen.length && byOpen[nextConstruct]!.open === p) {
      const k = byOpen[nextConstruct++]!;
      if (k.kind === 'loop') {
        // Checks of the loop's groups whose base register the loop never writes, done once on
        // entering the loop; a member finding its group's address -1 leaves as usual.
        dirty = dirtyIn[p]!;
        pos = p;
        for (const g of hoisted.get(k.open) ?? []) groupCheck(g, null, 0, 0);
      }
      stack.push(k);
      open(k.kind === 'loop' ? W.loop : W.block, k.kind === 'loop' ? `L${k.open}` : `B${k.close}`);
    }
    node(p);
  }
  while (stack.length > 0) { stack.pop(); close(); }
  close(); // exit

  // Every way out stored its dirty registers already: only pc (and cycles) are left. Then go
  // straight on to the region that starts at the next pc, if there is one (a tail call: what
  // the dispatcher would do, without returning to it).
  c.i32(0).get(NPC).mem(W.i32_store, 2, STATE.PC);
  if (cycles) c.i32(0).i32(0).mem(W.i32_load, 2, STATE.CD).get(CD).op(W.i32_add).mem(W.i32_store, 2, STATE.CD);
  c.get(NPC).i32(1).op(W.i32_shr_u).get(NPC).i32(17).op(W.i32_shr_u).op(W.i32_xor).i32(HASH_ENTRIES - 1).op(W.i32_and).i32(3).op(W.i32_shl).tee(O);
  c.mem(W.i32_load, 2, HASH_BASE).get(NPC).op(W.i32_eq);
  c.op(W.if_).byte(VOID);
  c.get(IR).get(LIM).get(O).mem(W.i32_load, 2, HASH_BASE + 4).op(W.return_call_indirect).u32(0).u32(0);
  c.op(W.end);
  c.get(IR);
  return {
    body: c,
    locals: hasFp
      ? [{ count: fpF64 - 2, type: I32 }, { count: FP_LOCALS.f64, type: F64 }, { count: FP_LOCALS.i64, type: I64 }]
      : [{ count: GROUP - 2 + slots, type: I32 }],
  };

  /** Push guest register x (x0 reads 0). */
  function gr(x: number): void {
    if (x === 0) c.i32(0); else c.get(reg(x));
  }

  function node(p: number): void {
    const nd = r.nodes[p]!;
    const len = nd.insns.length;
    dirty = dirtyIn[p]!;
    groups = nodeGroups[p]!;
    pos = p;
    let cAcc = 0;
    for (let k = 0; k < len - 1; k++) cAcc += insn(nd.insns[k]!, k, cAcc);
    const t = nd.insns[len - 1]!;
    const next = (t.pc + t.len) | 0;
    if (t.op === Op.JAL) {
      addIr(len); addCd(cAcc + cfg.cmJump);
      if (t.rd !== 0) { c.i32(next).set(reg(t.rd)); dirty |= 1 << t.rd; }
      if (nd.succ.length === 0) { sync(); exitTo((t.pc + t.imm) | 0); }
      else edge(p, nd.succ[0]!, nd.last === 0);
    } else if (t.op === Op.JALR) {
      addIr(len); addCd(cAcc + cfg.cmJump);
      gr(t.rs1); c.i32(t.imm).op(W.i32_add).i32(-2).op(W.i32_and).set(NPC);
      if (t.rd !== 0) { c.i32(next).set(reg(t.rd)); dirty |= 1 << t.rd; }
      sync();
      c.br(depth('exit'));
    } else if (isBranch(t.op)) {
      addIr(len); addCd(cAcc);
      cond(t);
      const [taken, fall] = nd.succ as [Edge, Edge];
      if (nd.last === 0) {
        c.op(W.i32_eqz);
        open(W.if_, 'if');
        edge(p, fall, false);
        close();
        addCd(cfg.cmBranch);
        edge(p, taken, true);
      } else {
        open(W.if_, 'if');
        addCd(cfg.cmBranch);
        edge(p, taken, false);
        close();
        edge(p, fall, true);
      }
    } else {
      const c2 = insn(t, len - 1, cAcc);
      addIr(len); addCd(cAcc + c2);
      edge(p, nd.succ[0]!, nd.last === 0);
    }
  }

  /** Continue at edge e from node p; `last`: this is the node's fall-through position. */
  function edge(p: number, e: Edge, last: boolean): void {
    if (e.node < 0) { const d = dirty; sync(); dirty = d; exitTo(e.pc); return; }
    if (e.node > p) {
      if (last && e.node === p + 1) return;
      c.br(depth(`B${e.node}`));
      return;
    }
    // A loop back edge: go round only if the whole region still fits in the budget.
    c.get(IR).i32(n).op(W.i32_add).get(LIM).op(W.i32_gt_s);
    open(W.if_, 'if');
    const d = dirty;
    sync();
    dirty = d;
    exitTo(e.pc);
    close();
    c.br(depth(`L${e.node}`));
  }

  function cond(i: TInsn): void {
    gr(i.rs1); gr(i.rs2);
    switch (i.op) {
      case Op.BEQ: c.op(W.i32_eq); break;
      case Op.BNE: c.op(W.i32_ne); break;
      case Op.BLT: c.op(W.i32_lt_s); break;
      case Op.BGE: c.op(W.i32_ge_s); break;
      case Op.BLTU: c.op(W.i32_lt_u); break;
      default: c.op(W.i32_ge_u); break;
    }
  }

  /** Leave before instruction k of the node (the host interprets it). */
  function slowExit(i: TInsn, k: number, cAcc: number): void {
    const d = dirty;
    sync();
    dirty = d;
    addIr(k); addCd(cAcc);
    exitCode(EXIT_INTERP);
    c.i32(0).i32(i.pc).mem(W.i32_store, 2, STATE.PC);
    if (cycles) c.i32(0).i32(0).mem(W.i32_load, 2, STATE.CD).get(CD).op(W.i32_add).mem(W.i32_store, 2, STATE.CD);
    c.get(IR).op(W.return_);
  }

  /**
   * A straight-line instruction (not the node's control transfer); k is its index in the node,
   * cAcc the extra cycles of the node's earlier instructions. Returns its own extra cycles.
   */
  function insn(i: TInsn, k: number, cAcc: number): number {
    const d = i.rd;
    const R = gr;
    /** rd = value (emitted by f) unless rd is x0. */
    const set = (f: () => void): void => { if (d !== 0) { f(); c.set(reg(d)); dirty |= 1 << d; } };
    const bin = (o: W): void => set(() => { R(i.rs1); R(i.rs2); c.op(o); });
    const imm = (o: W, v: number): void => set(() => { R(i.rs1); c.i32(v); c.op(o); });
    switch (i.op) {
      case Op.LUI: set(() => c.i32(i.imm)); return 0;
      case Op.AUIPC: set(() => c.i32((i.pc + i.imm) | 0)); return 0;
      case Op.ADDI: set(() => { if (i.rs1 === 0) c.i32(i.imm); else { R(i.rs1); c.i32(i.imm).op(W.i32_add); } }); return 0;
      case Op.SLTI: imm(W.i32_lt_s, i.imm); return 0;
      case Op.SLTIU: imm(W.i32_lt_u, i.imm); return 0;
      case Op.XORI: imm(W.i32_xor, i.imm); return 0;
      case Op.ORI: imm(W.i32_or, i.imm); return 0;
      case Op.ANDI: imm(W.i32_and, i.imm); return 0;
      case Op.SLLI: imm(W.i32_shl, i.imm & 31); return 0;
      case Op.SRLI: imm(W.i32_shr_u, i.imm & 31); return 0;
      case Op.SRAI: imm(W.i32_shr_s, i.imm & 31); return 0;
      case Op.ADD: bin(W.i32_add); return 0;
      case Op.SUB: bin(W.i32_sub); return 0;
      case Op.SLL: bin(W.i32_shl); return 0;
      case Op.SLT: bin(W.i32_lt_s); return 0;
      case Op.SLTU: bin(W.i32_lt_u); return 0;
      case Op.XOR: bin(W.i32_xor); return 0;
      case Op.SRL: bin(W.i32_shr_u); return 0;
      case Op.SRA: bin(W.i32_shr_s); return 0;
      case Op.OR: bin(W.i32_or); return 0;
      case Op.AND: bin(W.i32_and); return 0;
      case Op.FENCE: return 0;
      case Op.MUL: bin(W.i32_mul); return cfg.cmMul;
      case Op.MULH: case Op.MULHSU: case Op.MULHU:
        set(() => {
          R(i.rs1); c.op(i.op === Op.MULHU ? W.i64_extend_i32_u : W.i64_extend_i32_s);
          R(i.rs2); c.op(i.op === Op.MULH ? W.i64_extend_i32_s : W.i64_extend_i32_u);
          c.op(W.i64_mul).byte(W.i64_const).s32(32).op(i.op === Op.MULHU ? W.i64_shr_u : W.i64_shr_s).op(W.i32_wrap_i64);
        });
        return cfg.cmMul;
      case Op.DIV: case Op.DIVU: case Op.REM: case Op.REMU:
        set(() => {
          // Division by zero: quotient all ones, remainder the dividend; the signed overflow
          // case (MIN / -1) gives MIN, remainder 0 (wasm's rem_s already returns 0 for it).
          R(i.rs2); c.op(W.i32_eqz);
          c.op(W.if_).byte(I32);
          if (i.op === Op.DIV || i.op === Op.DIVU) c.i32(-1); else R(i.rs1);
          c.op(W.else_);
          if (i.op === Op.DIV) {
            R(i.rs1); c.i32(-0x80000000).op(W.i32_eq); R(i.rs2); c.i32(-1).op(W.i32_eq).op(W.i32_and);
            c.op(W.if_).byte(I32); R(i.rs1); c.op(W.else_); R(i.rs1); R(i.rs2); c.op(W.i32_div_s); c.op(W.end);
          } else {
            R(i.rs1); R(i.rs2);
            c.op(i.op === Op.DIVU ? W.i32_div_u : i.op === Op.REM ? W.i32_rem_s : W.i32_rem_u);
          }
          c.op(W.end);
        });
        return cfg.cmDiv;
      case Op.LB: case Op.LH: case Op.LW: case Op.LBU: case Op.LHU: {
        const g = groups[k]!;
        if (g.first === k) member(g, i, k, cAcc);
        const w = accessWidth(i.op) >>> 1;
        const lop = i.op === Op.LB ? W.i32_load8_s : i.op === Op.LBU ? W.i32_load8_u
          : i.op === Op.LH ? W.i32_load16_s : i.op === Op.LHU ? W.i32_load16_u : W.i32_load;
        c.get(GROUP + g.slot).mem(lop, w, i.imm - g.minImm);
        if (d !== 0) { c.set(reg(d)); dirty |= 1 << d; } else c.op(W.drop);
        return cfg.cmLoad;
      }
      case Op.SB: case Op.SH: case Op.SW: {
        const g = groups[k]!;
        if (g.first === k) member(g, i, k, cAcc);
        const w = accessWidth(i.op) >>> 1;
        const rel = i.imm - g.minImm;
        if (cfg.journal) { gr(i.rs1); c.i32(i.imm).op(W.i32_add).i32(1 << w).op(W.call).u32(0); }
        c.get(GROUP + g.slot);
        R(i.rs2);
        c.mem(w === 0 ? W.i32_store8 : w === 1 ? W.i32_store16 : W.i32_store, w, rel);
        return cfg.cmStore;
      }
      case Op.FLW: case Op.FLD: case Op.FSW: case Op.FSD: {
        fp.fsCheck(site(i, k, cAcc));
        const g = groups[k]!;
        if (g.first === k) member(g, i, k, cAcc);
        const rel = i.imm - g.minImm;
        if (i.op === Op.FLW || i.op === Op.FLD) {
          emitFpLoad(c, i.op, () => c.i32(8 * d), () => c.get(GROUP + g.slot), rel);
          return cfg.cmLoad;
        }
        if (cfg.journal) { gr(i.rs1); c.i32(i.imm).op(W.i32_add).i32(accessWidth(i.op)).op(W.call).u32(0); }
        emitFpStore(c, i.op, () => c.i32(8 * i.rs2), () => c.get(GROUP + g.slot), rel);
        return cfg.cmStore;
      }
      default:
        if (isFp(i.op)) { fp.emit(i, site(i, k, cAcc)); return 0; }
        if (isBitmanip(i.op)) {
          set(() => emitBitmanip(c, i.op, () => R(i.rs1), () => { if (bitmanipImm(i.op)) c.i32(i.imm & 31); else R(i.rs2); }));
          return 0;
        }
        throw new Error(`codegen: op ${i.op} cannot be translated`);
    }
  }

  /** What the F/D code needs at instruction k of the node (cAcc: the earlier instructions' extra cycles). */
  function site(i: TInsn, k: number, cAcc: number): FpSite {
    return {
      x: gr,
      setX: (rd, f) => { if (rd !== 0) { f(); c.set(reg(rd)); dirty |= 1 << rd; } },
      leave: () => slowExit(i, k, cAcc),
    };
  }

  /**
   * At a group's first member: store the dirty registers (the check may leave), then set the
   * group's local to the wasm address of rs1 + minImm if the whole group is in RAM (or, for loads
   * only, flash), aligned, and (for stores) clear of code; otherwise leave before this member.
   */
  /** At a group's first member: its check, or (hoisted) whether the check before the loop passed. */
  function member(g: AccessGroup, i: TInsn, k: number, cAcc: number): void {
    if (g.hoisted) {
      c.get(GROUP + g.slot).i32(-1).op(W.i32_eq);
      open(W.if_, 'if');
      slowExit(i, k, cAcc);
      close();
    } else groupCheck(g, i, k, cAcc);
  }

  /**
   * A group's check. With an instruction (at its first member): leave before it when the check
   * fails. Without (hoisted before a loop): the group's address is -1 when it fails.
   */
  function groupCheck(g: AccessGroup, i: TInsn | null, k: number, cAcc: number): void {
    const fail = (): void => { if (i !== null) slowExit(i, k, cAcc); else c.i32(-1); };
    // Outside loops, store what is dirty here, so the checks after this one have little to store
    // on their way out; inside loops that would cost stores on every iteration: there only the
    // way out stores.
    if (i !== null && !inLoop[pos]) sync();
    /** O = rs1 + minImm - base; true when [O, O + span) is inside [0, size) and O is aligned. */
    const inside = (base: number, size: number): void => {
      gr(g.base);
      c.i32((g.minImm - base) | 0).op(W.i32_add).tee(O);
      const limit = size - g.span + 1;
      if (g.align === 0) { c.i32(limit).op(W.i32_lt_u); return; }
      // Rotating right by log2(width) moves misaligned low bits to the top, so one unsigned
      // compare checks alignment and bounds.
      const sh = 31 - Math.clz32(g.align + 1);
      c.i32(sh).op(W.i32_rotr).i32(Math.ceil(limit / (g.align + 1))).op(W.i32_lt_u);
    };
    inside(cfg.ramBase, cfg.ramSize);
    c.op(W.if_).byte(I32); ctl.push('if');
    if (g.storeHi > g.storeLo) {
      // Any decoded instruction in a granule under the stores? (code map index = (O + x) >> 6)
      const at = (x: number): void => { c.get(O); if (x !== 0) c.i32(x).op(W.i32_add); c.i32(6).op(W.i32_shr_u).mem(W.i32_load8_u, 0, cfg.ramCodeOff); };
      at(g.storeLo);
      for (let x = g.storeLo + 64; x < g.storeHi; x += 64) { at(x); c.op(W.i32_or); }
      at(g.storeHi - 1); c.op(W.i32_or);
      c.op(W.if_).byte(I32); ctl.push('if');
      fail();
      c.op(W.else_);
      // The pages under the stores are written (dirty[(O + x) >> 12] = 1).
      for (const x of [g.storeLo, g.storeHi - 1]) {
        c.get(O); if (x !== 0) c.i32(x).op(W.i32_add);
        c.i32(12).op(W.i32_shr_u).i32(1).mem(W.i32_store8, 0, cfg.ramDirtyOff);
      }
      c.get(O).i32(cfg.ramOff).op(W.i32_add);
      close();
    } else c.get(O).i32(cfg.ramOff).op(W.i32_add);
    c.op(W.else_);
    if (g.storeHi === g.storeLo && cfg.flashSize > 0) {
      inside(cfg.flashBase, cfg.flashSize);
      c.op(W.if_).byte(I32); ctl.push('if');
      c.get(O).i32(cfg.flashOff).op(W.i32_add);
      c.op(W.else_);
      fail();
      close();
    } else fail();
    close();
    c.set(GROUP + g.slot);
  }
}

/**
 * Access groups whose check can move before a loop: the loop never writes their base register,
 * so the addresses they check are the same in every iteration. Each goes to the outermost such
 * loop (by the loop's open position) and gets a local of its own after every node's locals.
 */
function hoistGroups(r: Region, nodeGroups: (AccessGroup | null)[][]): Map<number, AccessGroup[]> {
  const out = new Map<number, AccessGroup[]>();
  const loops = r.constructs.filter((k) => k.kind === 'loop').sort((a, b) => (b.close - b.open) - (a.close - a.open));
  if (loops.length === 0) return out;
  let next = 0;
  for (const gs of nodeGroups) for (const g of gs) if (g !== null) next = Math.max(next, g.slot + 1);
  for (const L of loops) {
    let written = 0;
    for (let p = L.open; p < L.close; p++) {
      for (const i of r.nodes[p]!.insns) if (writesRd(i.op) && i.rd !== 0) written |= 1 << i.rd;
    }
    for (let p = L.open; p < L.close; p++) {
      for (const g of new Set(nodeGroups[p]!)) {
        if (g === null || g.hoisted || ((written >>> g.base) & 1) !== 0) continue;
        g.hoisted = true;
        g.slot = next++;
        const list = out.get(L.open) ?? [];
        list.push(g);
        out.set(L.open, list);
      }
    }
  }
  return out;
}

/**
 * For each node, the registers that may be dirty (written in a local, not yet stored) on entry:
 * a forward dataflow where access-group checks outside loops store everything dirty
 * and every other write makes its register dirty.
 */
function dirtyAtEntry(r: Region, nodeGroups: (AccessGroup | null)[][], inLoop: boolean[]): Uint32Array {
  const din = new Uint32Array(r.nodes.length);
  const transfer = (p: number): number => {
    let d = din[p]!;
    r.nodes[p]!.insns.forEach((i, k) => {
      if (!inLoop[p] && nodeGroups[p]![k]?.first === k) d = 0;
      if (writesRd(i.op) && i.rd !== 0) d |= 1 << i.rd;
    });
    return d >>> 0;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let p = 0; p < r.nodes.length; p++) {
      const out = transfer(p);
      for (const e of r.nodes[p]!.succ) {
        if (e.node < 0) continue;
        const n = (din[e.node]! | out) >>> 0;
        if (n !== din[e.node]) { din[e.node] = n; changed = true; }
      }
    }
  }
  return din;
}

/** The op writes x[rd]. */
function writesRd(op: number): boolean {
  if (isFp(op)) return fpWritesX(op);
  return !(isBranch(op) || op === Op.SB || op === Op.SH || op === Op.SW || op === Op.FENCE);
}

function readsOf(i: TInsn): number[] {
  switch (i.op) {
    case Op.LUI: case Op.AUIPC: case Op.JAL: case Op.FENCE: return [];
    case Op.JALR: case Op.LB: case Op.LH: case Op.LW: case Op.LBU: case Op.LHU:
    case Op.ADDI: case Op.SLTI: case Op.SLTIU: case Op.XORI: case Op.ORI: case Op.ANDI:
    case Op.SLLI: case Op.SRLI: case Op.SRAI:
      return [i.rs1];
    default:
      if (isFp(i.op)) return fpReadsX(i.op) ? [i.rs1] : [];
      if (isBitmanip(i.op) && (bitmanipImm(i.op) || bitmanipUnary(i.op))) return [i.rs1];
      return [i.rs1, i.rs2];
  }
}
