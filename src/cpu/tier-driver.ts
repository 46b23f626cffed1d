/**
 * The hart's side of the WebAssembly translation tier (src/cpu/wasm): the loop that runs the
 * tier's dispatcher and serves what it hands back (decoding ahead, hot blocks to compile,
 * instructions only the JavaScript interpreter runs), the block records and compiled regions
 * by entry pc with their invalidation, and the check mode that replays every region and
 * dispatcher step in the interpreter and compares. The hart owns the state (registers, decode
 * cache, entry counts, memory windows); this file decides what runs where.
 */
import type { Hart } from './hart.js';
import { RUN_ATTN, RUN_BUDGET } from './run-exit.js';
import { Op } from './isa.js';
import { STATE, type GuestMemory } from './guest-memory.js';
import { buildRegion, isBranch, translatable, type TInsn } from './wasm/region.js';
import { EXIT_DECODE, EXIT_HOT, EXIT_INTERP, EXIT_MISS, EXIT_NONE, type CodegenConfig } from './wasm/codegen.js';
import type { DispatcherConfig } from './wasm/dispatcher.js';
import { WasmTier } from './wasm/tier.js';
import { accessWidth, isStore } from './wasm/access-groups.js';

/** Default block starts (in the dispatcher's interpreter) before a region is compiled. */
export const HOT = 2000;
/** Largest region, in instructions. */
const MAX_REGION = 512;
/** Longest run the dispatcher is given at once (its step counter is an i32). */
const MAX_WASM_RUN = 1 << 24;

/** A region entry pc: how often it was entered, and its compiled function once it has one. */
export class Block {
  /** Times the dispatcher found this entry pc not yet compiled. */
  count = 0;
  /** Instructions the interpreter runs for a cold visit (the basic block up to its branch). */
  blen = 1;
  /** Instructions in the compiled region (the most it runs between two budget checks). */
  len = 0;
  /** Window offsets of the lowest and one-past-highest byte of its instructions. */
  lo = 0;
  hi = 0;
  valid = true;
  /** Function index in the tier's table (0 = not compiled). */
  idx = 0;
  insns: TInsn[] | null = null;
  constructor(readonly start: number) {}
}

export class TierDriver {
  /** Block records by decode-slot index / 2. */
  private readonly blocks = new Map<number, Block>();
  /** Compiled blocks per global page (for invalidation). */
  private readonly pageBlocks: (Block[] | null)[];
  /** Page tag and decode-slot base of the last blockAt() page. */
  private tTag = 1;
  private tBase = 0;
  /** The WebAssembly tier. */
  readonly tier: WasmTier;
  /** Check mode: store journal of the running region (addr, old byte, ...). */
  private readonly journal: number[] = [];
  /** The F/D helper's x registers: x[rs1] in, x[rd] out (index 32 is x0's sink). */
  private readonly fpX = new Int32Array(33);

  /**
   * `mode` 1 runs the tier, 2 runs it in check mode; `pages` is the number of 4 KiB pages of the
   * hart's memory windows.
   */
  constructor(private readonly h: Hart, gm: GuestMemory, cfg: CodegenConfig, dcfg: DispatcherConfig, readonly mode: 1 | 2, pages: number) {
    this.pageBlocks = new Array<Block[] | null>(pages).fill(null);
    this.tier = new WasmTier(gm, cfg, dcfg, mode === 2 ? (a, w) => this.journalWrite(a, w) : null, (w, imm, xv) => this.fpExec(w, imm, xv));
  }

  /**
   * The tier's F/D helper: the instruction whose decode-cache word is w (with its imm), run on
   * the hart's FPU (the softfloat), which shares its registers and fcsr with the tier through
   * the state area. xv is x[rs1]; returns the x register result of the ops that write one. The
   * tier calls it only with mstatus.FS Dirty and a valid rounding mode, so it cannot trap.
   */
  private fpExec(w: number, imm: number, xv: number): number {
    const x = this.fpX, rd = (w >>> 11) & 63;
    x[(w >>> 17) & 31] = xv;
    this.h.fpu.exec(w & 255, rd, (w >>> 17) & 31, (w >>> 22) & 31, imm, x);
    return x[rd]!;
  }

  /** Forget every block record and compiled region (the decode cache was flushed). */
  flush(): void {
    this.tTag = 1;
    for (const b of this.blocks.values()) b.valid = false;
    this.blocks.clear();
    this.pageBlocks.fill(null);
    this.tier.clear();
  }

  /** Check mode: remember the bytes a translated store is about to overwrite (the tier's journal hook). */
  private journalWrite(a: number, width: number): void {
    const w = this.h.findWin(a >>> 0);
    if (w === null || !w.writable) return;
    const o = (a >>> 0) - w.base;
    for (let i = 0; i < width && o + i < w.size; i++) this.journal.push((a + i) >>> 0, w.u8[o + i]!);
  }

  /**
   * Execution with the translation tier: like Hart.execute(budget) (same return value and
   * exitReason). The tier's dispatcher interprets decoded instructions in WebAssembly and runs
   * compiled regions where they exist; this loop handles what it hands back: decoding, hot blocks
   * to compile, and the instructions only the JavaScript interpreter runs (system instructions,
   * slow memory accesses, code outside RAM and flash).
   */
  run(budget: number): number {
    const tier = this.tier;
    const st = tier.state;
    const PC = STATE.PC >>> 2, EXIT = STATE.EXIT >>> 2, CD = STATE.CD >>> 2, FP_OK = STATE.FP_OK >>> 2;
    let steps = 0;
    this.h.exitReason = RUN_BUDGET;
    this.h.trapLoop = false;
    while (steps < budget) {
      if (this.h.attn !== 0) { this.h.exitReason = RUN_ATTN; break; }
      const pc = this.h.pc | 0;
      if ((pc & 1) !== 0) { this.h.attn = 1; this.h.exitReason = RUN_ATTN; break; }
      st[PC] = pc;
      st[EXIT] = EXIT_NONE;
      st[FP_OK] = this.h.fpDirty() ? 1 : 0;
      const left = budget - steps;
      if (this.mode === 1) {
        const ir = tier.run(Math.min(left, MAX_WASM_RUN));
        this.h.instret += ir;
        steps += ir;
        this.h.cycleDelta += st[CD]!;
        st[CD] = 0;
        this.h.pc = st[PC]! >>> 0;
      } else steps += this.checkNext(left); // leaves the interpreter's state and the exit code
      const ex = st[EXIT]!;
      let n: number;
      if (ex === EXIT_NONE) continue;
      if (ex === EXIT_INTERP) n = 1;
      else if (ex === EXIT_DECODE) {
        if (this.decodeAhead(this.h.pc)) continue;
        n = 1; // no decode slots for this page (pool full): the interpreter decodes it
      } else if (ex === EXIT_HOT) {
        if (this.hot(this.h.pc)) continue;
        n = 1; // its region exists (entry displaced, or too long for the budget): step past it
      } else n = Math.min(16, budget - steps); // EXIT_MISS: outside RAM and flash
      steps += this.h.execute(n);
      if (this.h.exitReason !== RUN_BUDGET) break;
    }
    if (this.h.exitReason === RUN_BUDGET && this.h.attn !== 0) this.h.exitReason = RUN_ATTN;
    return steps;
  }

  /** Decode the straight-line instructions from pc on (to the next control transfer, at most 64); false without decode slots. */
  private decodeAhead(pc: number): boolean {
    const base = this.h.pageBase(pc >>> 0);
    if (base === 0) return false;
    for (let k = 0; k < 64; k++) {
      const di = base + (pc & 4094);
      let w = this.h.dec[di]!;
      if (w === 0) w = this.h.decodeSlot(di, pc >>> 0);
      const op = w & 255;
      if (!translatable(op) || isBranch(op) || op === Op.JAL || op === Op.JALR) break;
      const next = (pc + ((w >>> 8) & 7)) | 0;
      if ((next & -4096) !== (pc & -4096)) break;
      pc = next;
    }
    return true;
  }

  /**
   * The block at pc started HOT times in the dispatcher: compile its region (or stop counting
   * it). False when it already has one (its entry was displaced from the entry table, or the
   * region does not fit the budget left): the caller must make progress another way.
   */
  private hot(pc: number): boolean {
    const b = this.blockAt(pc);
    if (b === null) return false;
    if (b.idx !== 0) { this.tier.link(b.start, b.idx); return false; }
    if (!this.compile(b)) {
      const base = this.h.pageBase(pc >>> 0);
      if (base !== 0) this.h.counts[(base + (pc & 4094)) >>> 1] = -0x40000000;
    }
    return true;
  }

  /**
   * Check mode: run what the tier would run next at pc (the compiled region, or the dispatcher's
   * interpreter for one basic block) and compare it with the JavaScript interpreter.
   */
  private checkNext(left: number): number {
    const b = this.blockAt(this.h.pc | 0);
    const tier = this.tier;
    if (b !== null && b.idx !== 0 && b.len <= left) return this.checkRun(b, left, () => tier.call(b.idx, 0, left));
    return this.checkRun(null, left, () => tier.step(left));
  }

  /** The block record for an entry pc (created on first visit), or null outside RAM/flash. */
  private blockAt(pc: number): Block | null {
    if ((pc & -4096) !== this.tTag) {
      const sb = this.h.pageBase(pc >>> 0);
      this.tBase = sb;
      this.tTag = sb !== 0 ? pc & -4096 : 1;
      if (sb === 0) return null;
    }
    const di = this.tBase + (pc & 4095);
    const idx = di >>> 1;
    let b = this.blocks.get(idx);
    if (b === undefined) {
      b = new Block(pc);
      b.blen = this.scanBasicBlock(pc);
      this.blocks.set(idx, b);
    }
    return b;
  }

  /** The decoded instruction at pc (decoding it), or null if pc's page has no decode slots. */
  private insnAt(pc: number): TInsn | null {
    const d = this.h.decodedAt(pc);
    return d === null ? null : { pc: pc | 0, ...d };
  }

  /** Instructions of the basic block at pc (up to and including its first control transfer). */
  private scanBasicBlock(pc: number): number {
    let n = 0;
    const page = pc & -4096;
    for (;;) {
      const i = this.insnAt(pc);
      if (i === null) return Math.max(n, 1);
      n++;
      if (!translatable(i.op) || isBranch(i.op) || i.op === Op.JAL || i.op === Op.JALR || n >= MAX_REGION) return n;
      pc = (pc + i.len) | 0;
      if ((pc & -4096) !== page) return n;
    }
  }

  /** Build, compile and link the region starting at b.start; false if there is nothing to compile. */
  private compile(b: Block): boolean {
    const start = b.start >>> 0;
    const w = this.h.findWin(start)!;
    const region = buildRegion(b.start, {
      insnAt: (pc) => this.insnAt(pc),
      inWindow: (pc, len) => ((pc >>> 0) - w.base) + len <= w.size && (pc >>> 0) >= w.base,
      seen: (pc) => { const k = this.h.slotIndex(pc); return k >= 0 && (this.h.counts[k]! !== 0 || this.blocks.has(k)); },
    }, MAX_REGION);
    if (region === null) { b.count = -0x40000000; return false; }
    b.idx = this.tier.install(region);
    b.len = region.count;
    b.lo = region.lo - w.base;
    b.hi = region.hi - w.base;
    if (this.mode === 2) b.insns = region.nodes.flatMap((nd) => nd.insns);
    for (let pg = b.lo >>> 12; pg <= (b.hi - 1) >>> 12; pg++) (this.pageBlocks[w.pageStart + pg] ??= []).push(b);
    if (this.mode === 1) this.tier.link(b.start, b.idx);
    this.h.translateStats.compiled++;
    return true;
  }



  /**
   * Check mode: run a compiled region (b) or the dispatcher's interpreter once, then undo it
   * (registers, CSRs, memory) and replay the same number of steps in the JavaScript interpreter;
   * throw on any difference. Returns the steps.
   */
  private checkRun(b: Block | null, left: number, runner: () => number): number {
    const st = this.tier.state;
    const s0 = this.h.archState();
    this.journal.length = 0;
    st[STATE.PC >>> 2] = this.h.pc | 0;
    st[STATE.EXIT >>> 2] = EXIT_NONE;
    st[STATE.FP_OK >>> 2] = this.h.fpDirty() ? 1 : 0;
    const steps = runner();
    const exc = st[STATE.EXIT >>> 2]!;
    this.h.instret += steps;
    this.h.cycleDelta += st[STATE.CD >>> 2]!;
    st[STATE.CD >>> 2] = 0;
    this.h.pc = st[STATE.PC >>> 2]! >>> 0;
    const s1 = this.h.archState();
    const j = this.journal.slice();
    const addrs: number[] = [];
    for (let i = 0; i < j.length; i += 2) addrs.push(j[i]!);
    const after = addrs.map((a) => this.peekByte(a));
    for (let i = j.length - 2; i >= 0; i -= 2) this.pokeByte(j[i]!, j[i + 1]!);
    this.h.setArchState(s0);
    // Reference: the interpreter, one step at a time, noting the bytes each store writes.
    const ref: number[] = [];
    for (let k = 0; k < steps; k++) {
      const i = (this.h.pc & 1) === 0 ? this.insnAt(this.h.pc | 0) : null;
      const bytes: number[] = [];
      if (i !== null && isStore(i.op)) {
        const a = (this.h.regs[i.rs1]! + i.imm) | 0;
        for (let q = 0; q < accessWidth(i.op); q++) {
          const w = this.h.findWin((a + q) >>> 0);
          if (w !== null && w.writable) bytes.push((a + q) >>> 0);
        }
      }
      const ir = this.h.instret;
      this.h.execute(1);
      if (this.h.instret !== ir) ref.push(...bytes);
      this.h.exitReason = RUN_BUDGET;
    }
    this.h.checkStats.compared++;
    const s2 = this.h.archState();
    const diffs: string[] = [];
    for (const key of Object.keys(s1)) {
      if (key === 'attn') continue;
      const v1 = JSON.stringify(s1[key]), v2 = JSON.stringify(s2[key]);
      if (v1 !== v2) diffs.push(`${key}: translated ${v1}, interpreter ${v2}`);
    }
    if (JSON.stringify(ref) !== JSON.stringify(addrs)) diffs.push(`store bytes: translated [${addrs.map(hx)}], interpreter [${ref.map(hx)}]`);
    for (let i = 0; i < addrs.length; i++) {
      const v = this.peekByte(addrs[i]!);
      if (v !== after[i]) { diffs.push(`memory ${hx(addrs[i]!)}: translated ${after[i]}, interpreter ${v}`); break; }
    }
    if (diffs.length > 0) {
      const listing = b?.insns ? b.insns.map((i) => `${hx(i.pc)} op${i.op} rd${i.rd} rs1 ${i.rs1} rs2 ${i.rs2} imm ${i.imm}`).join('; ') : '';
      const what = b !== null ? `the region starting at ${hx(b.start)}` : 'the dispatcher\'s interpreter';
      throw new Error(`translate check: divergence in ${what} (entered with pc ${hx(s0.pc as number)}, `
        + `instret ${s0.instret as number}, ${steps} steps, ended at pc ${hx(s1.pc as number)} vs ${hx(s2.pc as number)}, exit ${exc}): ${diffs.join('; ')} [${listing}]`);
    }
    st[STATE.EXIT >>> 2] = exc;
    return steps;
  }

  private peekByte(a: number): number {
    const w = this.h.findWin(a);
    return w === null ? -1 : w.u8[a - w.base]!;
  }

  private pokeByte(a: number, v: number): void {
    const w = this.h.findWin(a);
    if (w !== null) w.u8[a - w.base] = v;
  }


  /**
   * Forget block records starting in window offsets [lo, hi) (all in global page gp, whose decode
   * slots start at base) and compiled regions overlapping them.
   */
  dropBlocks(gp: number, base: number, lo: number, hi: number): void {
    const bl = this.blocks;
    if (bl.size > 0) {
      for (let i = (base + (lo & 4095)) >>> 1, e = (base + (lo & 4095) + (hi - lo)) >>> 1; i < e; i++) {
        const b = bl.get(i);
        if (b !== undefined && b.idx === 0) { b.valid = false; bl.delete(i); }
      }
    }
    const list = this.pageBlocks[gp];
    if (list == null) return;
    let j = 0;
    for (let i = 0; i < list.length; i++) {
      const b = list[i]!;
      if (b.valid && b.lo < hi && b.hi > lo) {
        b.valid = false;
        this.h.translateStats.invalidated++;
        this.tier?.release(b.start, b.idx);
        b.idx = 0;
        const k = this.h.slotIndex(b.start);
        if (k >= 0 && bl.get(k) === b) bl.delete(k);
      }
      if (b.valid) list[j++] = b;
    }
    list.length = j;
  }
}

function hx(n: number): string { return `0x${(n >>> 0).toString(16)}`; }
