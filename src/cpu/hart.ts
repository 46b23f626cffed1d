/**
 * One RV32 hart with machine and user mode (Zicsr, Zifencei), as described in CONTRACTS.md; its
 * ISA (HartOptions.isa) is rv32imac by default and may add F, D (src/cpu/fpu.ts), Zba, Zbb,
 * Zbs and Zicond, or leave out M, A or C.
 *
 * Execution model
 * ---------------
 * Every executed instruction address is decoded once (src/cpu/decode.ts, driven by the table in
 * src/cpu/isa.ts) into a decode-cache slot and reused until the code there is written, fence.i
 * runs or invalidate() is called. The cache (`dec`, an Int32Array) is organised in 4 KiB guest
 * pages; a page of code owns 4096 consecutive entries, two per halfword address:
 *
 *   dec[base + (pc & 4095)]     = op | len << 8 | rd << 11 | rs1 << 17 | rs2 << 22
 *   dec[base + (pc & 4095) + 1] = imm (see Decoded.imm in decode.ts)
 *
 * where op is an `Op` id, len is 2 or 4 and rd = 32 stands for x0 (writes to x0 land in a sink
 * register x[32], so the executor never tests for rd = 0). A word of 0 means "not decoded".
 * `pageSlot[globalPage]` gives `base` (0 = no slots; base 0 is a scratch page used for code
 * outside the RAM/flash windows, which is re-decoded on every execution). With the translation
 * tier the cache, the registers and the entry counts live in the guest memory's WebAssembly.Memory
 * and the tier's dispatcher reads the same slots; src/cpu/tier-driver.ts runs the tier (HartOptions
 * .translate). `decodedAt(pc)` exposes the fields to tools.
 *
 * RAM and flash (bus.windows) are read and written directly through typed-array views
 * (little-endian host assumed, as everywhere Node runs); MMIO goes through bus.load/store.
 * Guest faults never throw: bus faults are values, traps are taken inside the loop.
 *
 * Cycle model
 * -----------
 * mcycle counts one cycle per retired instruction plus, per the `CycleModel`, extra cycles for
 * loads (incl. LR/AMO), stores (incl. SC), taken branches, jumps (jal/jalr), multiplies and
 * divides/remainders. All extras default to 0, so by default mcycle == minstret. Instructions that
 * raise an exception neither retire nor cost cycles.
 */
import { BUS_FAULT, type Bus } from './bus.js';
import { EXT, Op } from './isa.js';
import { decode16, decode32, newDecoded, packDecoded, type Decoded } from './decode.js';
import { Fpu, type FpuSnapshot } from './fpu.js';
import { resolveIsa, type IsaProfile } from './isa-profile.js';
import { CODE_GRANULE_SHIFT, DECODE_PAGES, guestMemoryOf, STATE, type GuestMemory } from './guest-memory.js';
import type { CodegenConfig } from './wasm/codegen.js';
import type { DispatcherConfig } from './wasm/dispatcher.js';
import { HOT, TierDriver } from './tier-driver.js';
import { RUN_ATTN, RUN_BUDGET, RUN_DEBUG, RUN_TRAPLOOP, RUN_WFI } from './run-exit.js';
import { ACCESS_LOAD, ACCESS_STORE, CHECK_HOST, CHECK_NONE, DebugUnit, type TriggerState } from './debug.js';
import {
  csrImplemented, MSTATUS_FS, MSTATUS_MIE, MSTATUS_MPIE, MSTATUS_MPP, MSTATUS_MPRV, MSTATUS_SD, MSTATUS_TW,
} from './csr.js';

export type RunExit = 'budget' | 'yield' | 'wfi' | 'trap-loop' | 'debug';
export const MIP_MSIP = 1 << 3, MIP_MTIP = 1 << 7, MIP_MEIP = 1 << 11;
const MIP_MASK = MIP_MSIP | MIP_MTIP | MIP_MEIP;

/** Extra cycles per instruction class on top of one cycle per instruction (all default 0). */
export interface CycleModel {
  load?: number;
  store?: number;
  branchTaken?: number;
  jump?: number;
  mul?: number;
  div?: number;
}

export interface HartOptions {
  hartId?: number;
  resetPc?: number;
  cycleModel?: CycleModel;
  /**
   * Misaligned lh/lhu/lw/sh/sw: 'emulate' (default) performs them byte by byte, as QEMU 7.2's
   * virt machine does, so that firmware behaves the same here and there; 'trap' raises the
   * load/store address-misaligned exception (mtval = address), which the spec also allows.
   * LR/SC/AMOs always trap when misaligned.
   */
  misaligned?: 'emulate' | 'trap';
  /**
   * Translation tier (src/cpu/wasm): 'on' (default) compiles hot regions to WebAssembly
   * functions (when the bus's RAM lives in a GuestMemory; otherwise it interprets); 'off' interprets everything; 'check' runs every translated trace, then undoes it
   * and replays the same steps in the interpreter, and throws on the first difference in
   * registers, pc, instret, cycles, trap CSRs or memory writes (a test mode; slow).
   */
  translate?: 'off' | 'on' | 'check';
  /**
   * The ISA the hart implements (src/cpu/isa-profile.ts): an ISA string such as 'rv32imafdc' or
   * 'rv32imac_zba_zbb_zbs_zicond', or a parsed profile. Default rv32imac. Instructions of other
   * extensions raise illegal instruction; misa shows the single-letter extensions.
   */
  isa?: string | IsaProfile;
  /**
   * Times a basic block starts in the tier's interpreter before its region is compiled (default
   * 2000: the WebAssembly interpreter runs about a tenth as fast as compiled code, and compiling
   * a region, with V8 optimising it later, costs as much as interpreting it a few thousand times;
   * code that runs only hundreds of times, like the large straight-line dispatch functions of
   * ML compilers, is better interpreted).
   */
  hotThreshold?: number;
}

/** Alike exceptions in a row (same cause and pc, no mret past it) that make a trap loop. */
const TRAP_REPEATS = 256;

export interface HartSnapshot {
  x: number[];
  pc: number;
  priv: 0 | 3;
  instret: number;
  cycle: number;
  waiting: boolean;
  mstatus: number; mie: number; mip: number; mtvec: number; mscratch: number;
  mepc: number; mcause: number; mtval: number; mcounteren: number;
  pmpcfg: number[]; pmpaddr: number[];
  reservation: number;
  lastTrap: { cause: number; epc: number; tval: number } | null;
  lastExcInstret: number;
  /** Trap-loop detection state (see Hart.exception). */
  trapRun: TrapRun;
  minstretOffset: number;
  mcycleOffset: number;
  /** f registers, frm and fflags. */
  fp: FpuSnapshot;
  /** The trigger module's CSRs (absent in snapshots from before it existed: reset values). */
  triggers?: TriggerState;
}

export interface TrapRun {
  cause: number; epc: number; repeats: number; mretSince: boolean; movedOn: boolean;
  first: { cause: number; epc: number; tval: number } | null;
}

/** @internal A memory window: RAM or flash the hart reads and writes directly. */
export interface Win {
  base: number; size: number;
  u8: Uint8Array; i8: Int8Array; u16: Uint16Array; i16: Int16Array; i32: Int32Array;
  writable: boolean; executable: boolean; dirty: Uint8Array;
  /** Index of the window's first page in pageSlot/pageBlocks. */
  pageStart: number;
  /** One byte per 64-byte granule: nonzero when decoded instructions live there. */
  code: Uint8Array;
  /** Granules [codeLo, codeHi) hold every mark since the last flush. */
  codeLo: number;
  codeHi: number;
}

const PAGE_INTS = 4096;
const TWO32 = 4294967296;

function mulhu(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  return (p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) | 0;
}

export class Hart {
  /** @internal
   * Register file plus the x0 sink at index 32 (see the file comment); in the guest memory's
   * state area when there is one, so compiled code and the interpreter share it.
   */
  readonly regs: Int32Array;
  /** x0..x31; x[0] reads 0 always. */
  readonly x: Int32Array;
  pc = 0;
  priv: 0 | 3 = 3;
  /** Instructions retired since reset; firmware writes to minstret do not change it. */
  instret = 0;
  /** @internal Extra cycles of the cycle model: cycle = instret + cycleDelta. */
  cycleDelta = 0;
  /**
   * What firmware wrote to minstret / mcycle, as offsets from the true counts: the CSRs show
   * instret + minstretOffset and cycle + mcycleOffset, while `instret` and `cycle` keep counting
   * what really ran (the SoC's time base, stage counts and budgets depend on them).
   */
  private minstretOffset = 0;
  private mcycleOffset = 0;
  timeSource: () => number = () => 0;
  semihost: ((hart: Hart) => boolean) | null = null;
  /**
   * Called on every trap entry (exception or interrupt), after mepc/mcause/mtval are set and
   * before the handler's first instruction; `instret` is exact. For tools (the harness's `trap`
   * event); must not change the hart's state.
   */
  onTrap: ((cause: number, epc: number, tval: number) => void) | null = null;
  lastTrap: { cause: number; epc: number; tval: number } | null = null;
  /**
   * The trigger module (Sdtrig CSRs) and the host's breakpoints, watchpoints and single-step;
   * while `debug.armed`, run() takes the debug path (executeDebug).
   */
  readonly debug = new DebugUnit();
  private waitingFlag = false;

  // CSR state (int32 values)
  private mstatus = 0;
  private mie = 0;
  private mip = 0;
  private mtvec = 0;
  private mscratch = 0;
  private mepc = 0;
  private mcause = 0;
  private mtval = 0;
  private mcounteren = 0;
  private readonly pmpcfg = new Int32Array(4);
  private readonly pmpaddr = new Int32Array(16);
  private readonly hartId: number;
  /** The ISA (decoder extension bits, misa). */
  readonly isa: IsaProfile;
  /** F is implemented: mstatus.FS is writable and the FP CSRs exist. */
  private readonly hasF: boolean;
  /** f registers and fcsr (used only when the ISA has F); in the state area with the tier. */
  readonly fpu: Fpu;

  /** LR reservation address, or -1. */
  private resv = -1;
  /** instret at the most recent exception (trap-loop detection), -1 = none. */
  private lastExcInstret = -1;
  /** @internal */
  trapLoop = false;
  /**
   * Trap-loop detection: cause and pc of the most recent exception and how many in a row were
   * alike; whether an mret happened since it, and whether one returned elsewhere than its pc; the
   * trap that started the current run of traps (the one a trap-loop report names).
   */
  private tr: TrapRun = newTrapRun();
  /** @internal Nonzero when run() must look at interrupts/yield before the next instruction. */
  attn = 0;
  private yieldReq = false;
  /** @internal Why the last execution loop returned (src/cpu/run-exit.ts). */
  exitReason = RUN_BUDGET;
  /** Cause of the last failed slow memory access (0 = none). */
  private fault = 0;

  // Decode cache
  /** @internal */
  dec!: Int32Array;
  private nextPage = 1;
  /** Decode pages available (the guest memory's pool is fixed; plain arrays grow). */
  private decPages = Infinity;
  /** The pool is full: flush the decode cache at the next safe point. */
  private flushPending = false;
  private pageSlot!: Int32Array;
  /** @internal Entry counts per halfword address of the decode pages (the tier's hotness; empty without it). */
  counts: Int32Array = new Int32Array(0);
  private readonly wins: Win[] = [];
  private readonly dd: Decoded = newDecoded();

  // Hot windows: primary (largest writable: RAM) and secondary (largest other: flash)
  private readonly pw: Win;
  private readonly sw: Win;
  /** The primary window's code granule map. */
  private readonly pCode: Uint8Array;

  private readonly misalignedTraps: boolean;
  private readonly cmLoad: number;
  private readonly cmStore: number;
  private readonly cmBranch: number;
  private readonly cmJump: number;
  private readonly cmMul: number;
  private readonly cmDiv: number;

  /** The translation tier's driver (null: interpreter only); see src/cpu/tier-driver.ts. */
  private readonly driver: TierDriver | null = null;
  /** Check mode: region runs and dispatcher steps compared with the interpreter. */
  checkStats = { compared: 0 };
  /** Translator statistics (compiled traces, invalidated traces). */
  readonly translateStats = { compiled: 0, invalidated: 0 };

  constructor(private readonly bus: Bus, options: HartOptions = {}) {
    this.hartId = options.hartId ?? 0;
    this.isa = resolveIsa(options.isa);
    this.hasF = (this.isa.exts & EXT.F) !== 0;
    this.misalignedTraps = options.misaligned === 'trap';
    const cm = options.cycleModel ?? {};
    this.cmLoad = cm.load ?? 0;
    this.cmStore = cm.store ?? 0;
    this.cmBranch = cm.branchTaken ?? 0;
    this.cmJump = cm.jump ?? 0;
    this.cmMul = cm.mul ?? 0;
    this.cmDiv = cm.div ?? 0;
    let pages = 0;
    let gm: GuestMemory | null = null;
    for (const w of bus.windows) {
      const b = w.bytes;
      // Direct access needs 4-byte aligned views; other windows go through the bus.
      if (b.byteOffset % 4 !== 0 || b.length !== w.size || w.size % 4096 !== 0) continue;
      const g = guestMemoryOf(b);
      const region = g?.regionOf(b) ?? null;
      this.wins.push({
        base: w.base >>> 0, size: w.size,
        u8: b, i8: new Int8Array(b.buffer, b.byteOffset, w.size),
        u16: new Uint16Array(b.buffer, b.byteOffset, w.size >>> 1),
        i16: new Int16Array(b.buffer, b.byteOffset, w.size >>> 1),
        i32: new Int32Array(b.buffer, b.byteOffset, w.size >>> 2),
        writable: w.writable, executable: w.executable, dirty: w.dirty, pageStart: pages,
        code: region !== null ? region.code : new Uint8Array(w.size >>> CODE_GRANULE_SHIFT),
        codeLo: w.size >>> CODE_GRANULE_SHIFT, codeHi: 0, // fresh memory: nothing marked
      });
      pages += w.size >>> 12;
    }
    const empty: Win = {
      base: 0, size: 0, u8: new Uint8Array(4), i8: new Int8Array(4), u16: new Uint16Array(2),
      i16: new Int16Array(2), i32: new Int32Array(1), writable: false, executable: false,
      dirty: new Uint8Array(1), pageStart: 0, code: new Uint8Array(1), codeLo: 0, codeHi: 0,
    };
    let p: Win = empty, s: Win = empty;
    for (const w of this.wins) if (w.writable && w.size > p.size) p = w;
    for (const w of this.wins) if (w !== p && w.size > s.size) s = w;
    this.pw = p;
    this.sw = s;
    this.pCode = p.code;
    const tMode = options.translate === 'off' ? 0 : options.translate === 'check' ? 2 : 1;

    // The WebAssembly tier needs every window (RAM, flash) in one guest memory whose state area
    // no other hart uses: registers, decode cache and entry counts then live there too.
    gm = p !== empty ? guestMemoryOf(p.u8) : null;
    const inGm = (w: Win): boolean => gm !== null && guestMemoryOf(w.u8) === gm && gm.regionOf(w.u8) !== null && w.dirty.buffer === gm.memory.buffer;
    if (gm !== null && !gm.claimed && this.wins.every(inGm) && pages <= gm.pageMap.length) {
      gm.claimed = true;
      this.regs = new Int32Array(gm.memory.buffer, STATE.REGS, 33);
      this.fpu = new Fpu(new Float64Array(gm.memory.buffer, STATE.F, 32), new Int32Array(gm.memory.buffer, STATE.FFLAGS, 2));
      if (tMode !== 0) {
        this.pageSlot = gm.pageMap.subarray(0, pages);
        this.dec = gm.decode;
        this.counts = gm.counts;
        this.decPages = DECODE_PAGES;
        const flash = s !== empty;
        const cfg: CodegenConfig = {
          ramBase: p.base, ramSize: p.size, ramOff: p.u8.byteOffset, ramDirtyOff: p.dirty.byteOffset, ramCodeOff: p.code.byteOffset,
          flashBase: flash ? s.base : 0, flashSize: flash ? s.size : 0, flashOff: flash ? s.u8.byteOffset : 0,
          cmLoad: this.cmLoad, cmStore: this.cmStore, cmBranch: this.cmBranch, cmJump: this.cmJump,
          cmMul: this.cmMul, cmDiv: this.cmDiv, journal: tMode === 2,
        };
        const dcfg: DispatcherConfig = {
          ...cfg, memoryPages: gm.pages, ramPageStart: p.pageStart, flashPageStart: flash ? s.pageStart : 0,
          pageMapOff: gm.pageMap.byteOffset, decodeOff: gm.decode.byteOffset, countsOff: gm.counts.byteOffset,
          hot: Math.max(1, Math.floor(options.hotThreshold ?? HOT)),
        };
        this.driver = new TierDriver(this, gm, cfg, dcfg, tMode, pages);
      }
    } else {
      this.regs = new Int32Array(33);
      this.fpu = new Fpu();
    }
    if (this.driver === null) {
      this.pageSlot = new Int32Array(pages);
      this.dec = new Int32Array(PAGE_INTS * 16);
    }
    this.x = this.regs.subarray(0, 32);
    this.reset(options.resetPc ?? 0);
  }

  /** mcycle (per the cycle model; by default equal to instret). */
  get cycle(): number { return this.instret + this.cycleDelta; }
  set cycle(v: number) { this.cycleDelta = v - this.instret; }

  /** Stopped in wfi with no enabled interrupt pending. */
  get waiting(): boolean { return this.waitingFlag; }

  reset(pc: number): void {
    this.regs.fill(0);
    this.pc = pc >>> 0;
    this.priv = 3;
    this.instret = 0;
    this.cycleDelta = 0;
    this.minstretOffset = 0;
    this.mcycleOffset = 0;
    this.mstatus = 0;
    this.mie = 0;
    this.mtvec = 0;
    this.mscratch = 0;
    this.mepc = 0;
    this.mcause = 0;
    this.mtval = 0;
    this.mcounteren = 0;
    this.pmpcfg.fill(0);
    this.pmpaddr.fill(0);
    this.fpu.reset();
    this.resv = -1;
    this.lastExcInstret = -1;
    this.tr = newTrapRun();
    this.lastTrap = null;
    this.waitingFlag = false;
    this.attn = 1;
    this.debug.resetTriggers();
    this.flushDecodeCache();
  }

  setInterruptPending(mask: number, pending: boolean): void {
    const m = mask & MIP_MASK;
    const v = pending ? this.mip | m : this.mip & ~m;
    if (v === this.mip) return; // no change (a device re-driving its line at every access)
    this.mip = v;
    this.attn = 1;
  }

  requestYield(): void {
    this.yieldReq = true;
    this.attn = 1;
  }

  /** Forget decoded code overlapping [addr, addr+length). */
  invalidate(addr: number, length: number): void {
    if (length > 0) this.invalidateRange(addr >>> 0, length);
  }

  /** The decoded form cached for `pc` (decoding it if needed), for tools. */
  decodedAt(pc: number): { op: Op; len: number; rd: number; rs1: number; rs2: number; imm: number } | null {
    const b = this.pageBase(pc >>> 0);
    if (b === 0) return null;
    const di = b + (pc & 4094);
    let w = this.dec[di]!;
    if (w === 0) w = this.decodeSlot(di, pc >>> 0);
    const rd = (w >>> 11) & 63;
    return { op: w & 255, len: (w >>> 8) & 7, rd: rd === 32 ? 0 : rd, rs1: (w >>> 17) & 31, rs2: (w >>> 22) & 31, imm: this.dec[di + 1]! };
  }

  // ------------------------------------------------------------------ run

  run(maxSteps: number): RunExit {
    let left = Number.isFinite(maxSteps) ? Math.floor(maxSteps) : Number.MAX_SAFE_INTEGER;
    for (;;) {
      if (this.waitingFlag) {
        if ((this.mip & this.mie) === 0) return 'wfi';
        this.waitingFlag = false;
      }
      this.attn = 0;
      if (this.flushPending) this.flushDecodeCache();
      if (this.yieldReq) { this.yieldReq = false; return 'yield'; }
      this.takeInterrupt();
      if (left <= 0) return 'budget';
      if ((this.pc & 1) !== 0) {
        // Only reachable when a host sets an odd pc: with C, jumps clear bit 0.
        left--;
        this.exception(0, this.pc, this.pc);
        if (this.trapLoop) { this.trapLoop = false; return 'trap-loop'; }
        continue;
      }
      left -= this.debug.armed ? this.executeDebug(left) : this.driver !== null ? this.driver.run(left) : this.execute(left);
      const r = this.exitReason;
      if (r === RUN_TRAPLOOP) { this.trapLoop = false; return 'trap-loop'; }
      if (r === RUN_DEBUG) return 'debug';
      if (r === RUN_BUDGET) return 'budget';
      // RUN_WFI / RUN_ATTN: loop to look at wfi, yield and interrupts.
    }
  }

  private takeInterrupt(): void {
    const p = this.mip & this.mie;
    if (p === 0) return;
    if (this.priv === 3 && (this.mstatus & MSTATUS_MIE) === 0) return;
    const code = (p & MIP_MEIP) !== 0 ? 11 : (p & MIP_MSIP) !== 0 ? 3 : 7;
    this.enterTrap(code | 0x80000000, 0, this.pc | 0);
  }

  /**
   * Take an exception; returns the new pc. Flags a trap loop when no instruction retired since
   * the previous exception (say, the handler's first instruction faults), or when the same cause
   * at the same pc comes TRAP_REPEATS times in a row while no mret went past it (a handler that
   * returns to the faulting instruction, or one whose own prologue keeps faulting).
   */
  private exception(cause: number, tval: number, epc: number): number {
    const tr = this.tr;
    if (this.instret === this.lastExcInstret) this.trapLoop = true;
    else if (cause === tr.cause && epc === tr.epc && !tr.movedOn) {
      if (++tr.repeats >= TRAP_REPEATS) this.trapLoop = true;
    } else tr.repeats = 1;
    // A trap taken after an mret starts a new run; one taken inside a handler is secondary.
    if (tr.mretSince || tr.first === null) tr.first = { cause: cause >>> 0, epc: epc >>> 0, tval: tval >>> 0 };
    this.lastExcInstret = this.instret;
    tr.cause = cause;
    tr.epc = epc;
    tr.mretSince = false;
    tr.movedOn = false;
    return this.enterTrap(cause, tval, epc);
  }

  /** The trap that started the run of traps a trap loop was detected in. */
  get trapLoopFirst(): { cause: number; epc: number; tval: number } | null {
    return this.tr.first ? { ...this.tr.first } : null;
  }

  private enterTrap(cause: number, tval: number, epc: number): number {
    this.mepc = epc & ~1;
    this.mcause = cause | 0;
    this.mtval = tval | 0;
    const s = this.mstatus;
    this.mstatus = (s & ~(MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP)) |
      ((s & MSTATUS_MIE) !== 0 ? MSTATUS_MPIE : 0) | (this.priv << 11);
    this.priv = 3;
    this.resv = -1;
    if (this.onTrap !== null) this.onTrap(cause >>> 0, epc >>> 0, tval >>> 0);
    this.lastTrap = { cause: cause >>> 0, epc: epc >>> 0, tval: tval >>> 0 };
    const base = this.mtvec & ~3;
    const pc = ((cause | 0) < 0 && (this.mtvec & 3) === 1) ? (base + 4 * (cause & 0x7fffffff)) | 0 : base;
    this.pc = pc >>> 0;
    return pc;
  }

  /** mret; returns the new pc, or -1 (as a flag) when illegal. */
  private doMret(): boolean {
    if (this.priv !== 3) return false;
    const s = this.mstatus;
    const mpp = (s >>> 11) & 3;
    let n = (s & ~(MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP)) | ((s & MSTATUS_MPIE) !== 0 ? MSTATUS_MIE : 0) | MSTATUS_MPIE;
    this.priv = mpp === 3 ? 3 : 0;
    if (this.priv !== 3) n &= ~MSTATUS_MPRV;
    this.mstatus = n;
    this.attn = 1;
    this.pc = this.mepc >>> 0;
    this.tr.mretSince = true;
    if ((this.mepc | 0) !== (this.tr.epc | 0)) this.tr.movedOn = true;
    return true;
  }

  /** @internal
   * The interpreter. Executes up to `budget` steps; returns the number of steps taken and sets
   * exitReason. pc, instret and cycleDelta live in locals and are written back before every call
   * that might look at them (bus accesses, CSRs, traps) and on exit.
   *
   * The case labels are numeric literals (`N` followed by a NAME comment, N = Op.NAME; test/cpu/ops.test.ts checks
   * them against the enum) so that the switch compiles to a jump table whatever the TS
   * transpiler does with the const enum (esbuild/vitest does not inline it across files).
   */
  execute(budget: number): number {
    const x = this.regs;
    let D = this.dec;
    let pc = this.pc | 0;
    let ir = this.instret;
    let cd = this.cycleDelta;
    let lim = ir + budget;
    let extra = 0;
    let ptag = 1, sb = 0;
    let tc = 0, tv = 0;
    const pw = this.pw, sw = this.sw;
    const rb = pw.base, rsz = pw.size, r8 = pw.u8, ri8 = pw.i8, r16 = pw.u16, ri16 = pw.i16, r32 = pw.i32;
    const rdirty = pw.dirty, rcode = this.pCode;
    const fb = sw.base, fsz = sw.size, f8 = sw.u8, fi8 = sw.i8, f16 = sw.u16, fi16 = sw.i16, f32 = sw.i32;
    const cmL = this.cmLoad, cmS = this.cmStore, cmB = this.cmBranch, cmJ = this.cmJump, cmM = this.cmMul, cmD = this.cmDiv;
    this.exitReason = RUN_BUDGET;
    this.trapLoop = false;

    main: while (ir < lim) {
      if ((pc & -4096) !== ptag) {
        sb = this.pageBase(pc >>> 0);
        D = this.dec;
        if (sb !== 0) ptag = pc & -4096;
        else { ptag = 1; D[pc & 4095] = 0; }
      }
      const di = sb + (pc & 4095);
      let w = D[di]!;
      if (w === 0) {
        this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
        w = this.decodeSlot(di, pc >>> 0);
      }
      trap: {
        switch (w & 255) {
          case 1 /* LUI */:
            x[(w >>> 11) & 63] = D[di + 1]!;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 2 /* AUIPC */:
            x[(w >>> 11) & 63] = (pc + D[di + 1]!) | 0;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 3 /* JAL */:
            x[(w >>> 11) & 63] = (pc + ((w >>> 8) & 7)) | 0;
            pc = (pc + D[di + 1]!) | 0;
            cd += cmJ;
            break;
          case 4 /* JALR */: {
            const t = (x[(w >>> 17) & 31]! + D[di + 1]!) & -2;
            x[(w >>> 11) & 63] = (pc + ((w >>> 8) & 7)) | 0;
            pc = t;
            cd += cmJ;
            break;
          }
          case 5 /* BEQ */:
            if (x[(w >>> 17) & 31] === x[(w >>> 22) & 31]) { pc = (pc + D[di + 1]!) | 0; cd += cmB; }
            else pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 6 /* BNE */:
            if (x[(w >>> 17) & 31] !== x[(w >>> 22) & 31]) { pc = (pc + D[di + 1]!) | 0; cd += cmB; }
            else pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 7 /* BLT */:
            if (x[(w >>> 17) & 31]! < x[(w >>> 22) & 31]!) { pc = (pc + D[di + 1]!) | 0; cd += cmB; }
            else pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 8 /* BGE */:
            if (x[(w >>> 17) & 31]! >= x[(w >>> 22) & 31]!) { pc = (pc + D[di + 1]!) | 0; cd += cmB; }
            else pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 9 /* BLTU */:
            if ((x[(w >>> 17) & 31]! ^ 0x80000000) < (x[(w >>> 22) & 31]! ^ 0x80000000)) { pc = (pc + D[di + 1]!) | 0; cd += cmB; }
            else pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 10 /* BGEU */:
            if ((x[(w >>> 17) & 31]! ^ 0x80000000) >= (x[(w >>> 22) & 31]! ^ 0x80000000)) { pc = (pc + D[di + 1]!) | 0; cd += cmB; }
            else pc = (pc + ((w >>> 8) & 7)) | 0;
            break;

          case 11 /* LB */: {
            const a = (x[(w >>> 17) & 31]! + D[di + 1]!) | 0;
            let o = (a - rb) >>> 0;
            if (o < rsz) x[(w >>> 11) & 63] = ri8[o]!;
            else if ((o = (a - fb) >>> 0) < fsz) x[(w >>> 11) & 63] = fi8[o]!;
            else {
              this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
              const v = this.loadSlow(a >>> 0, 1);
              if (this.fault !== 0) { tc = 5; tv = a; break trap; }
              x[(w >>> 11) & 63] = (v << 24) >> 24;
              if (this.attn !== 0) { extra = lim - ir - 1; lim = ir + 1; }
            }
            cd += cmL;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 14 /* LBU */: {
            const a = (x[(w >>> 17) & 31]! + D[di + 1]!) | 0;
            let o = (a - rb) >>> 0;
            if (o < rsz) x[(w >>> 11) & 63] = r8[o]!;
            else if ((o = (a - fb) >>> 0) < fsz) x[(w >>> 11) & 63] = f8[o]!;
            else {
              this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
              const v = this.loadSlow(a >>> 0, 1);
              if (this.fault !== 0) { tc = 5; tv = a; break trap; }
              x[(w >>> 11) & 63] = v;
              if (this.attn !== 0) { extra = lim - ir - 1; lim = ir + 1; }
            }
            cd += cmL;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 12 /* LH */: {
            const a = (x[(w >>> 17) & 31]! + D[di + 1]!) | 0;
            if ((a & 1) !== 0) {
              if (this.misalignedTraps) { tc = 4; tv = a; break trap; }
              this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
              const v = this.loadMisaligned(a >>> 0, 2);
              if (this.fault !== 0) { tc = 5; tv = a; break trap; }
              x[(w >>> 11) & 63] = (v << 16) >> 16;
              if (this.attn !== 0) { extra = lim - ir - 1; lim = ir + 1; }
              cd += cmL;
              pc = (pc + ((w >>> 8) & 7)) | 0;
              break;
            }
            let o = (a - rb) >>> 0;
            if (o < rsz) x[(w >>> 11) & 63] = ri16[o >>> 1]!;
            else if ((o = (a - fb) >>> 0) < fsz) x[(w >>> 11) & 63] = fi16[o >>> 1]!;
            else {
              this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
              const v = this.loadSlow(a >>> 0, 2);
              if (this.fault !== 0) { tc = 5; tv = a; break trap; }
              x[(w >>> 11) & 63] = (v << 16) >> 16;
              if (this.attn !== 0) { extra = lim - ir - 1; lim = ir + 1; }
            }
            cd += cmL;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 15 /* LHU */: {
            const a = (x[(w >>> 17) & 31]! + D[di + 1]!) | 0;
            if ((a & 1) !== 0) {
              if (this.misalignedTraps) { tc = 4; tv = a; break trap; }
              this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
              const v = this.loadMisaligned(a >>> 0, 2);
              if (this.fault !== 0) { tc = 5; tv = a; break trap; }
              x[(w >>> 11) & 63] = v & 0xffff;
              if (this.attn !== 0) { extra = lim - ir - 1; lim = ir + 1; }
              cd += cmL;
              pc = (pc + ((w >>> 8) & 7)) | 0;
              break;
            }
            let o = (a - rb) >>> 0;
            if (o < rsz) x[(w >>> 11) & 63] = r16[o >>> 1]!;
            else if ((o = (a - fb) >>> 0) < fsz) x[(w >>> 11) & 63] = f16[o >>> 1]!;
            else {
              this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
              const v = this.loadSlow(a >>> 0, 2);
              if (this.fault !== 0) { tc = 5; tv = a; break trap; }
              x[(w >>> 11) & 63] = v;
              if (this.attn !== 0) { extra = lim - ir - 1; lim = ir + 1; }
            }
            cd += cmL;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 13 /* LW */: {
            const a = (x[(w >>> 17) & 31]! + D[di + 1]!) | 0;
            if ((a & 3) !== 0) {
              if (this.misalignedTraps) { tc = 4; tv = a; break trap; }
              this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
              const v = this.loadMisaligned(a >>> 0, 4);
              if (this.fault !== 0) { tc = 5; tv = a; break trap; }
              x[(w >>> 11) & 63] = v | 0;
              if (this.attn !== 0) { extra = lim - ir - 1; lim = ir + 1; }
              cd += cmL;
              pc = (pc + ((w >>> 8) & 7)) | 0;
              break;
            }
            let o = (a - rb) >>> 0;
            if (o < rsz) x[(w >>> 11) & 63] = r32[o >>> 2]!;
            else if ((o = (a - fb) >>> 0) < fsz) x[(w >>> 11) & 63] = f32[o >>> 2]!;
            else {
              this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
              const v = this.loadSlow(a >>> 0, 4);
              if (this.fault !== 0) { tc = 5; tv = a; break trap; }
              x[(w >>> 11) & 63] = v;
              if (this.attn !== 0) { extra = lim - ir - 1; lim = ir + 1; }
            }
            cd += cmL;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }

          case 16 /* SB */: {
            const a = (x[(w >>> 17) & 31]! + D[di + 1]!) | 0;
            const o = (a - rb) >>> 0;
            if (o < rsz) {
              r8[o] = x[(w >>> 22) & 31]!;
              rdirty[o >>> 12] = 1;
              if (rcode[o >>> 6] !== 0) this.invalidateRange(a >>> 0, 1);
            } else {
              this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
              if (!this.storeSlow(a >>> 0, 1, x[(w >>> 22) & 31]!)) { tc = 7; tv = a; break trap; }
              if (this.attn !== 0) { extra = lim - ir - 1; lim = ir + 1; }
            }
            cd += cmS;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 17 /* SH */: {
            const a = (x[(w >>> 17) & 31]! + D[di + 1]!) | 0;
            if ((a & 1) !== 0) {
              if (this.misalignedTraps) { tc = 6; tv = a; break trap; }
              this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
              if (!this.storeMisaligned(a >>> 0, 2, x[(w >>> 22) & 31]!)) { tc = 7; tv = a; break trap; }
              if (this.attn !== 0) { extra = lim - ir - 1; lim = ir + 1; }
              cd += cmS;
              pc = (pc + ((w >>> 8) & 7)) | 0;
              break;
            }
            const o = (a - rb) >>> 0;
            if (o < rsz) {
              r16[o >>> 1] = x[(w >>> 22) & 31]!;
              rdirty[o >>> 12] = 1;
              if (rcode[o >>> 6] !== 0) this.invalidateRange(a >>> 0, 2);
            } else {
              this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
              if (!this.storeSlow(a >>> 0, 2, x[(w >>> 22) & 31]!)) { tc = 7; tv = a; break trap; }
              if (this.attn !== 0) { extra = lim - ir - 1; lim = ir + 1; }
            }
            cd += cmS;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 18 /* SW */: {
            const a = (x[(w >>> 17) & 31]! + D[di + 1]!) | 0;
            if ((a & 3) !== 0) {
              if (this.misalignedTraps) { tc = 6; tv = a; break trap; }
              this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
              if (!this.storeMisaligned(a >>> 0, 4, x[(w >>> 22) & 31]!)) { tc = 7; tv = a; break trap; }
              if (this.attn !== 0) { extra = lim - ir - 1; lim = ir + 1; }
              cd += cmS;
              pc = (pc + ((w >>> 8) & 7)) | 0;
              break;
            }
            const o = (a - rb) >>> 0;
            if (o < rsz) {
              r32[o >>> 2] = x[(w >>> 22) & 31]!;
              rdirty[o >>> 12] = 1;
              if (rcode[o >>> 6] !== 0) this.invalidateRange(a >>> 0, 4);
            } else {
              this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
              if (!this.storeSlow(a >>> 0, 4, x[(w >>> 22) & 31]!)) { tc = 7; tv = a; break trap; }
              if (this.attn !== 0) { extra = lim - ir - 1; lim = ir + 1; }
            }
            cd += cmS;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }

          case 19 /* ADDI */:
            x[(w >>> 11) & 63] = (x[(w >>> 17) & 31]! + D[di + 1]!) | 0;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 20 /* SLTI */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! < D[di + 1]! ? 1 : 0;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 21 /* SLTIU */:
            x[(w >>> 11) & 63] = (x[(w >>> 17) & 31]! ^ 0x80000000) < (D[di + 1]! ^ 0x80000000) ? 1 : 0;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 22 /* XORI */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! ^ D[di + 1]!;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 23 /* ORI */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! | D[di + 1]!;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 24 /* ANDI */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! & D[di + 1]!;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 25 /* SLLI */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! << D[di + 1]!;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 26 /* SRLI */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! >>> D[di + 1]!;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 27 /* SRAI */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! >> D[di + 1]!;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 28 /* ADD */:
            x[(w >>> 11) & 63] = (x[(w >>> 17) & 31]! + x[(w >>> 22) & 31]!) | 0;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 29 /* SUB */:
            x[(w >>> 11) & 63] = (x[(w >>> 17) & 31]! - x[(w >>> 22) & 31]!) | 0;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 30 /* SLL */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! << x[(w >>> 22) & 31]!;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 31 /* SLT */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! < x[(w >>> 22) & 31]! ? 1 : 0;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 32 /* SLTU */:
            x[(w >>> 11) & 63] = (x[(w >>> 17) & 31]! ^ 0x80000000) < (x[(w >>> 22) & 31]! ^ 0x80000000) ? 1 : 0;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 33 /* XOR */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! ^ x[(w >>> 22) & 31]!;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 34 /* SRL */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! >>> x[(w >>> 22) & 31]!;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 35 /* SRA */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! >> x[(w >>> 22) & 31]!;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 36 /* OR */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! | x[(w >>> 22) & 31]!;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 37 /* AND */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! & x[(w >>> 22) & 31]!;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;

          case 50 /* MUL */:
            x[(w >>> 11) & 63] = Math.imul(x[(w >>> 17) & 31]!, x[(w >>> 22) & 31]!);
            cd += cmM;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 51 /* MULH */: {
            const a = x[(w >>> 17) & 31]!, b = x[(w >>> 22) & 31]!;
            x[(w >>> 11) & 63] = (mulhu(a, b) - (a < 0 ? b : 0) - (b < 0 ? a : 0)) | 0;
            cd += cmM;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 52 /* MULHSU */: {
            const a = x[(w >>> 17) & 31]!, b = x[(w >>> 22) & 31]!;
            x[(w >>> 11) & 63] = (mulhu(a, b) - (a < 0 ? b : 0)) | 0;
            cd += cmM;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 53 /* MULHU */:
            x[(w >>> 11) & 63] = mulhu(x[(w >>> 17) & 31]!, x[(w >>> 22) & 31]!);
            cd += cmM;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 54 /* DIV */: {
            const a = x[(w >>> 17) & 31]!, b = x[(w >>> 22) & 31]!;
            x[(w >>> 11) & 63] = b === 0 ? -1 : (a === -2147483648 && b === -1) ? a : (a / b) | 0;
            cd += cmD;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 55 /* DIVU */: {
            const a = x[(w >>> 17) & 31]! >>> 0, b = x[(w >>> 22) & 31]! >>> 0;
            x[(w >>> 11) & 63] = b === 0 ? -1 : (a / b) | 0;
            cd += cmD;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 56 /* REM */: {
            const a = x[(w >>> 17) & 31]!, b = x[(w >>> 22) & 31]!;
            x[(w >>> 11) & 63] = b === 0 ? a : (a === -2147483648 && b === -1) ? 0 : (a % b) | 0;
            cd += cmD;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 57 /* REMU */: {
            const a = x[(w >>> 17) & 31]! >>> 0, b = x[(w >>> 22) & 31]! >>> 0;
            x[(w >>> 11) & 63] = b === 0 ? a : (a % b) | 0;
            cd += cmD;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }

          case 38 /* FENCE */:
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 41 /* FENCE_I */:
            this.flushDecodeCache();
            D = this.dec;
            ptag = 1;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 39 /* ECALL */:
            tc = this.priv === 3 ? 11 : 8;
            tv = 0;
            break trap;
          case 40 /* EBREAK */:
            if (this.semihost !== null && ((w >>> 8) & 7) === 4) {
              this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
              if (this.trySemihost(pc >>> 0)) {
                pc = (pc + 4) | 0;
                if (this.attn !== 0) { extra = lim - ir - 1; lim = ir + 1; }
                break;
              }
            }
            tc = 3;
            tv = 0; // QEMU 7.2 writes 0; the spec allows 0 or the pc
            break trap;

          case 42 /* CSRRW */: case 43 /* CSRRS */: case 44 /* CSRRC */: case 45 /* CSRRWI */: case 46 /* CSRRSI */: case 47 /* CSRRCI */: {
            this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
            const op = w & 255, rs1 = (w >>> 17) & 31;
            const kind = (op - 42 /* CSRRW */) % 3;
            const src = op >= 45 /* CSRRWI */ ? rs1 : x[rs1]!;
            if (!this.csrInsn(kind, D[di + 1]!, (w >>> 11) & 63, src, kind === 0 || rs1 !== 0)) {
              tc = 2; tv = this.rawBits(pc >>> 0); break trap;
            }
            const nir = this.instret;
            lim += nir - ir;
            ir = nir;
            cd = this.cycleDelta;
            pc = (pc + 4) | 0;
            if (this.attn !== 0) { extra = lim - ir - 1; lim = ir + 1; }
            break;
          }
          case 48 /* MRET */:
            this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
            if (!this.doMret()) { tc = 2; tv = this.rawBits(pc >>> 0); break trap; }
            pc = this.pc | 0;
            extra = lim - ir - 1; lim = ir + 1;
            break;
          case 49 /* WFI */:
            if (this.priv === 0 && (this.mstatus & MSTATUS_TW) !== 0) { tc = 2; tv = this.rawBits(pc >>> 0); break trap; }
            pc = (pc + 4) | 0;
            if ((this.mip & this.mie) === 0) {
              this.waitingFlag = true;
              this.exitReason = RUN_WFI;
              ir++;
              break main;
            }
            break;

          case 58 /* LR_W */: case 59 /* SC_W */: case 60 /* AMOSWAP_W */: case 61 /* AMOADD_W */: case 62 /* AMOXOR_W */:
          case 63 /* AMOAND_W */: case 64 /* AMOOR_W */: case 65 /* AMOMIN_W */: case 66 /* AMOMAX_W */: case 67 /* AMOMINU_W */:
          case 68 /* AMOMAXU_W */: {
            this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
            const a = x[(w >>> 17) & 31]! | 0;
            const v = this.amo(w & 255, a >>> 0, x[(w >>> 22) & 31]!);
            if (this.fault !== 0) { tc = this.fault; tv = a; break trap; }
            x[(w >>> 11) & 63] = v;
            cd += (w & 255) === 59 /* SC_W */ ? cmS : cmL;
            pc = (pc + 4) | 0;
            if (this.attn !== 0) { extra = lim - ir - 1; lim = ir + 1; }
            break;
          }

          // ---- F and D (the arithmetic is in src/cpu/fpu.ts; mstatus.FS = Off makes them illegal)
          case 71 /* FLW */: case 97 /* FLD */: {
            if ((this.mstatus & MSTATUS_FS) === 0) { tc = 2; tv = this.rawBits(pc >>> 0); break trap; }
            const a = (x[(w >>> 17) & 31]! + D[di + 1]!) | 0;
            const dbl = (w & 255) === 97 /* FLD */;
            let lo: number, hi = -1, o = (a - rb) >>> 0;
            if ((a & (dbl ? 7 : 3)) === 0 && o < rsz) {
              lo = r32[o >>> 2]!; if (dbl) hi = r32[(o >>> 2) + 1]!;
            } else if ((a & (dbl ? 7 : 3)) === 0 && (o = (a - fb) >>> 0) < fsz) {
              lo = f32[o >>> 2]!; if (dbl) hi = f32[(o >>> 2) + 1]!;
            } else {
              this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
              lo = this.fpLoad(a >>> 0, dbl ? 8 : 4);
              if (this.fault !== 0) { tc = this.fault; tv = a; break trap; }
              if (dbl) hi = this.fpHi;
              if (this.attn !== 0) { extra = lim - ir - 1; lim = ir + 1; }
            }
            this.fpu.setDoubleBits((w >>> 11) & 31, lo, hi);
            this.mstatus |= MSTATUS_FS;
            cd += cmL;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 72 /* FSW */: case 98 /* FSD */: {
            if ((this.mstatus & MSTATUS_FS) === 0) { tc = 2; tv = this.rawBits(pc >>> 0); break trap; }
            const a = (x[(w >>> 17) & 31]! + D[di + 1]!) | 0;
            const dbl = (w & 255) === 98 /* FSD */;
            const fr = (w >>> 22) & 31, o = (a - rb) >>> 0;
            if ((a & (dbl ? 7 : 3)) === 0 && o < rsz) {
              r32[o >>> 2] = this.fpu.lo(fr); if (dbl) r32[(o >>> 2) + 1] = this.fpu.hi(fr);
              rdirty[o >>> 12] = 1;
              if (rcode[o >>> 6] !== 0) this.invalidateRange(a >>> 0, dbl ? 8 : 4);
            } else {
              this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
              if (!this.fpStore(a >>> 0, dbl ? 8 : 4, this.fpu.lo(fr), this.fpu.hi(fr))) { tc = this.fault; tv = a; break trap; }
              if (this.attn !== 0) { extra = lim - ir - 1; lim = ir + 1; }
            }
            cd += cmS;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 73 /* FMADD_S */: case 74 /* FMSUB_S */: case 75 /* FNMSUB_S */: case 76 /* FNMADD_S */:
          case 77 /* FADD_S */: case 78 /* FSUB_S */: case 79 /* FMUL_S */: case 80 /* FDIV_S */:
          case 81 /* FSQRT_S */: case 82 /* FSGNJ_S */: case 83 /* FSGNJN_S */: case 84 /* FSGNJX_S */:
          case 85 /* FMIN_S */: case 86 /* FMAX_S */: case 87 /* FCVT_W_S */: case 88 /* FCVT_WU_S */:
          case 89 /* FMV_X_W */: case 90 /* FEQ_S */: case 91 /* FLT_S */: case 92 /* FLE_S */:
          case 93 /* FCLASS_S */: case 94 /* FCVT_S_W */: case 95 /* FCVT_S_WU */: case 96 /* FMV_W_X */:
          case 99 /* FMADD_D */: case 100 /* FMSUB_D */: case 101 /* FNMSUB_D */: case 102 /* FNMADD_D */:
          case 103 /* FADD_D */: case 104 /* FSUB_D */: case 105 /* FMUL_D */: case 106 /* FDIV_D */:
          case 107 /* FSQRT_D */: case 108 /* FSGNJ_D */: case 109 /* FSGNJN_D */: case 110 /* FSGNJX_D */:
          case 111 /* FMIN_D */: case 112 /* FMAX_D */: case 113 /* FCVT_S_D */: case 114 /* FCVT_D_S */:
          case 115 /* FEQ_D */: case 116 /* FLT_D */: case 117 /* FLE_D */: case 118 /* FCLASS_D */:
          case 119 /* FCVT_W_D */: case 120 /* FCVT_WU_D */: case 121 /* FCVT_D_W */: case 122 /* FCVT_D_WU */: {
            if ((this.mstatus & MSTATUS_FS) === 0) { tc = 2; tv = this.rawBits(pc >>> 0); break trap; }
            const r = this.fpu.exec(w & 255, (w >>> 11) & 63, (w >>> 17) & 31, (w >>> 22) & 31, D[di + 1]!, x);
            if (r < 0) { tc = 2; tv = this.rawBits(pc >>> 0); break trap; } // reserved rounding mode in frm
            if (r > 0) this.mstatus |= MSTATUS_FS;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }

          // ---- Zba, Zbb, Zbs, Zicond
          case 123 /* SH1ADD */:
            x[(w >>> 11) & 63] = ((x[(w >>> 17) & 31]! << 1) + x[(w >>> 22) & 31]!) | 0;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 124 /* SH2ADD */:
            x[(w >>> 11) & 63] = ((x[(w >>> 17) & 31]! << 2) + x[(w >>> 22) & 31]!) | 0;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 125 /* SH3ADD */:
            x[(w >>> 11) & 63] = ((x[(w >>> 17) & 31]! << 3) + x[(w >>> 22) & 31]!) | 0;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 126 /* ANDN */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! & ~x[(w >>> 22) & 31]!;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 127 /* ORN */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! | ~x[(w >>> 22) & 31]!;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 128 /* XNOR */:
            x[(w >>> 11) & 63] = ~(x[(w >>> 17) & 31]! ^ x[(w >>> 22) & 31]!);
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 129 /* CLZ */:
            x[(w >>> 11) & 63] = Math.clz32(x[(w >>> 17) & 31]!);
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 130 /* CTZ */: {
            const a = x[(w >>> 17) & 31]!;
            x[(w >>> 11) & 63] = a === 0 ? 32 : 31 - Math.clz32(a & -a);
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 131 /* CPOP */: {
            let a = x[(w >>> 17) & 31]!;
            a = a - ((a >>> 1) & 0x55555555);
            a = (a & 0x33333333) + ((a >>> 2) & 0x33333333);
            x[(w >>> 11) & 63] = Math.imul((a + (a >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 132 /* MAX */: {
            const a = x[(w >>> 17) & 31]!, b = x[(w >>> 22) & 31]!;
            x[(w >>> 11) & 63] = a > b ? a : b;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 133 /* MAXU */: {
            const a = x[(w >>> 17) & 31]!, b = x[(w >>> 22) & 31]!;
            x[(w >>> 11) & 63] = (a >>> 0) > (b >>> 0) ? a : b;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 134 /* MIN */: {
            const a = x[(w >>> 17) & 31]!, b = x[(w >>> 22) & 31]!;
            x[(w >>> 11) & 63] = a < b ? a : b;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 135 /* MINU */: {
            const a = x[(w >>> 17) & 31]!, b = x[(w >>> 22) & 31]!;
            x[(w >>> 11) & 63] = (a >>> 0) < (b >>> 0) ? a : b;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 136 /* SEXT_B */:
            x[(w >>> 11) & 63] = (x[(w >>> 17) & 31]! << 24) >> 24;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 137 /* SEXT_H */:
            x[(w >>> 11) & 63] = (x[(w >>> 17) & 31]! << 16) >> 16;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 138 /* ZEXT_H */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! & 0xffff;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 139 /* ROL */: {
            const a = x[(w >>> 17) & 31]!, k = x[(w >>> 22) & 31]! & 31;
            x[(w >>> 11) & 63] = (a << k) | (a >>> ((32 - k) & 31));
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 140 /* ROR */: {
            const a = x[(w >>> 17) & 31]!, k = x[(w >>> 22) & 31]! & 31;
            x[(w >>> 11) & 63] = (a >>> k) | (a << ((32 - k) & 31));
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 141 /* RORI */: {
            const a = x[(w >>> 17) & 31]!, k = D[di + 1]! & 31;
            x[(w >>> 11) & 63] = (a >>> k) | (a << ((32 - k) & 31));
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 142 /* ORC_B */: {
            const a = x[(w >>> 17) & 31]!;
            x[(w >>> 11) & 63] = ((a & 0xff) !== 0 ? 0xff : 0) | ((a & 0xff00) !== 0 ? 0xff00 : 0) |
              ((a & 0xff0000) !== 0 ? 0xff0000 : 0) | ((a & -0x1000000) !== 0 ? -0x1000000 : 0);
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 143 /* REV8 */: {
            const a = x[(w >>> 17) & 31]!;
            x[(w >>> 11) & 63] = (a << 24) | ((a & 0xff00) << 8) | ((a >>> 8) & 0xff00) | (a >>> 24);
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          }
          case 144 /* BCLR */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! & ~(1 << (x[(w >>> 22) & 31]! & 31));
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 145 /* BCLRI */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! & ~(1 << D[di + 1]!);
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 146 /* BEXT */:
            x[(w >>> 11) & 63] = (x[(w >>> 17) & 31]! >>> (x[(w >>> 22) & 31]! & 31)) & 1;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 147 /* BEXTI */:
            x[(w >>> 11) & 63] = (x[(w >>> 17) & 31]! >>> D[di + 1]!) & 1;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 148 /* BINV */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! ^ (1 << (x[(w >>> 22) & 31]! & 31));
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 149 /* BINVI */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! ^ (1 << D[di + 1]!);
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 150 /* BSET */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! | (1 << (x[(w >>> 22) & 31]! & 31));
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 151 /* BSETI */:
            x[(w >>> 11) & 63] = x[(w >>> 17) & 31]! | (1 << D[di + 1]!);
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 152 /* CZERO_EQZ */:
            x[(w >>> 11) & 63] = x[(w >>> 22) & 31]! === 0 ? 0 : x[(w >>> 17) & 31]!;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;
          case 153 /* CZERO_NEZ */:
            x[(w >>> 11) & 63] = x[(w >>> 22) & 31]! !== 0 ? 0 : x[(w >>> 17) & 31]!;
            pc = (pc + ((w >>> 8) & 7)) | 0;
            break;

          case 70 /* FETCH_FAULT */:
            tc = 1;
            tv = D[di + 1]!;
            break trap;
          default: // 69 /* ILLEGAL */
            tc = 2;
            tv = D[di + 1]!;
            break trap;
        }
        ir++;
        continue main;
      }
      // An exception: the instruction did not retire.
      this.pc = pc >>> 0; this.instret = ir; this.cycleDelta = cd;
      pc = this.exception(tc, tv, pc);
      lim--;
      if (this.trapLoop) { this.exitReason = RUN_TRAPLOOP; break; }
    }
    this.pc = pc >>> 0;
    this.instret = ir;
    this.cycleDelta = cd;
    lim += extra;
    if (this.exitReason === RUN_BUDGET && this.attn !== 0) this.exitReason = RUN_ATTN;
    return budget - (lim - ir);
  }

  // ------------------------------------------------------------------ debug path

  /**
   * The debug path (src/cpu/debug.ts), taken while `debug.armed`: each instruction is checked
   * before it runs (host breakpoints and watchpoints stop with RUN_DEBUG, triggers raise the
   * breakpoint exception), then interpreted alone. Same contract as execute(budget).
   */
  private executeDebug(budget: number): number {
    const dbg = this.debug;
    let steps = 0;
    this.exitReason = RUN_BUDGET;
    this.trapLoop = false;
    while (steps < budget) {
      const pc = this.pc | 0;
      if ((pc & 1) !== 0) { this.exitReason = RUN_ATTN; break; }
      const hit = this.debugCheck(pc);
      if (hit === CHECK_HOST) { this.exitReason = RUN_DEBUG; break; }
      if (hit !== CHECK_NONE) {
        steps++;
        this.exception(3, 0, pc); // QEMU 7.2: mtval 0
        if (this.trapLoop) this.exitReason = RUN_TRAPLOOP;
      } else steps += this.execute(1);
      if (dbg.stepTaken(this.pc)) { this.exitReason = RUN_DEBUG; break; }
      if (this.exitReason !== RUN_BUDGET) break;
      if (this.attn !== 0 || !dbg.armed) { this.exitReason = RUN_ATTN; break; }
    }
    return steps;
  }

  /** debug.check() for the instruction at pc: the access it will make, from its decoded form and the registers. */
  private debugCheck(pc: number): number {
    const base = this.pageBase(pc >>> 0);
    const di = base !== 0 ? base + (pc & 4094) : pc & 4095;
    let w = base !== 0 ? this.dec[di]! : 0;
    if (w === 0) w = this.decodeSlot(di, pc >>> 0);
    const imm = this.dec[di + 1]!;
    if (base === 0) this.dec[di] = 0; // the scratch page is re-decoded at every use
    const op = w & 255;
    let guest = 0, host = 0, width = 4, a = (this.regs[(w >>> 17) & 31]! + imm) | 0;
    switch (op) {
      case 11 /* LB */: case 14 /* LBU */: guest = host = ACCESS_LOAD; width = 1; break;
      case 12 /* LH */: case 15 /* LHU */: guest = host = ACCESS_LOAD; width = 2; break;
      case 13 /* LW */: guest = host = ACCESS_LOAD; break;
      case 16 /* SB */: guest = host = ACCESS_STORE; width = 1; break;
      case 17 /* SH */: guest = host = ACCESS_STORE; width = 2; break;
      case 18 /* SW */: guest = host = ACCESS_STORE; break;
      case 71 /* FLW */: case 97 /* FLD */: case 72 /* FSW */: case 98 /* FSD */:
        if ((this.mstatus & MSTATUS_FS) === 0) break; // illegal instruction comes first
        guest = host = op === 71 /* FLW */ || op === 97 /* FLD */ ? ACCESS_LOAD : ACCESS_STORE;
        width = op === 97 /* FLD */ || op === 98 /* FSD */ ? 8 : 4;
        break;
      case 58 /* LR_W */: case 59 /* SC_W */: case 60 /* AMOSWAP_W */: case 61 /* AMOADD_W */: case 62 /* AMOXOR_W */:
      case 63 /* AMOAND_W */: case 64 /* AMOOR_W */: case 65 /* AMOMIN_W */: case 66 /* AMOMAX_W */: case 67 /* AMOMINU_W */:
      case 68 /* AMOMAXU_W */:
        a = this.regs[(w >>> 17) & 31]! | 0; // imm holds aq/rl
        if ((a & 3) !== 0) break; // misaligned: that exception comes first
        if (op === 58 /* LR_W */) guest = host = ACCESS_LOAD;
        else if (op !== 59 /* SC_W */) guest = host = ACCESS_LOAD | ACCESS_STORE;
        else if (this.resv === a >>> 0) { guest = ACCESS_LOAD | ACCESS_STORE; host = ACCESS_STORE; } // QEMU: a compare-and-swap
        break;
      default: break;
    }
    if (guest !== 0 && this.misalignedTraps && (a & (width - 1)) !== 0) guest = host = 0;
    return this.debug.check(pc >>> 0, this.priv, guest, host, a >>> 0, width);
  }

  // ------------------------------------------------------------------ memory

  /** @internal */
  findWin(a: number): Win | null {
    const ws = this.wins;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (((a - w.base) >>> 0) < w.size) return w;
    }
    return null;
  }

  /** Load (aligned) outside the hot windows; sets this.fault = 5 on a bus fault. */
  private loadSlow(a: number, width: 1 | 2 | 4): number {
    this.fault = 0;
    const w = this.findWin(a);
    if (w !== null) {
      const o = a - w.base;
      return width === 1 ? w.u8[o]! : width === 2 ? w.u16[o >>> 1]! : w.i32[o >>> 2]!;
    }
    const v = this.bus.load(a, width);
    if (v === BUS_FAULT) { this.fault = 5; return 0; }
    return v | 0;
  }

  /** A misaligned load, byte by byte (little-endian); sets this.fault = 5 if any byte faults. */
  private loadMisaligned(a: number, width: 2 | 4): number {
    let v = 0;
    for (let i = 0; i < width; i++) {
      const b = this.loadSlow((a + i) >>> 0, 1);
      if (this.fault !== 0) return 0;
      v |= (b & 0xff) << (8 * i);
    }
    return v;
  }

  /**
   * A misaligned store, byte by byte; false (access fault, nothing written) if any byte is not
   * writable memory. Checked first so that a fault leaves memory unchanged.
   */
  private storeMisaligned(a: number, width: 2 | 4, v: number): boolean {
    for (let i = 0; i < width; i++) {
      const w = this.findWin((a + i) >>> 0);
      if (w !== null && !w.writable) return false;
      if (w === null && this.bus.load((a + i) >>> 0, 1) === BUS_FAULT) return false;
    }
    for (let i = 0; i < width; i++) {
      if (!this.storeSlow((a + i) >>> 0, 1, v >>> (8 * i))) return false;
    }
    return true;
  }

  /** Store (aligned) outside the primary window; false on an access fault. */
  private storeSlow(a: number, width: 1 | 2 | 4, v: number): boolean {
    const w = this.findWin(a);
    if (w !== null && w.writable) {
      const o = a - w.base;
      if (width === 1) w.u8[o] = v; else if (width === 2) w.u16[o >>> 1] = v; else w.i32[o >>> 2] = v;
      w.dirty[o >>> 12] = 1;
      if (w.code[o >>> CODE_GRANULE_SHIFT] !== 0) this.invalidateRange(a, width);
      return true;
    }
    if (!this.bus.store(a, width, v)) return false;
    if (w !== null) this.invalidateRange(a, width);
    return true;
  }

  /** High word of the last 8-byte fpLoad. */
  private fpHi = 0;

  /**
   * flw/fld outside the fast path (misaligned, flash/RAM windows not hot, MMIO): returns the low
   * word (the high one in fpHi); sets this.fault to 4 (misaligned, when those trap) or 5.
   */
  private fpLoad(a: number, width: 4 | 8): number {
    this.fault = 0;
    if (this.misalignedTraps && (a & (width - 1)) !== 0) { this.fault = 4; return 0; }
    const lo = (a & 3) === 0 ? this.loadSlow(a, 4) : this.loadMisaligned(a, 4);
    if (this.fault !== 0 || width === 4) return lo;
    const b = (a + 4) >>> 0;
    this.fpHi = (b & 3) === 0 ? this.loadSlow(b, 4) : this.loadMisaligned(b, 4);
    return lo;
  }

  /**
   * fsw/fsd outside the fast path; false with this.fault = 6 (misaligned, when those trap) or 7.
   * An fsd whose second word faults after the first was stored to a device (MMIO) keeps the first.
   */
  private fpStore(a: number, width: 4 | 8, lo: number, hi: number): boolean {
    this.fault = 0;
    if (this.misalignedTraps && (a & (width - 1)) !== 0) { this.fault = 6; return false; }
    const b = (a + 4) >>> 0;
    if (width === 8) {
      // Both halves in memory windows: check that they are writable before writing either.
      const w1 = this.findWin(a), w2 = this.findWin((a + 7) >>> 0);
      if ((w1 !== null && !w1.writable) || (w2 !== null && !w2.writable)) { this.fault = 7; return false; }
    }
    const ok = (a & 3) === 0 ? this.storeSlow(a, 4, lo) : this.storeMisaligned(a, 4, lo);
    if (!ok || width === 4) { if (!ok) this.fault = 7; return ok; }
    if (!((b & 3) === 0 ? this.storeSlow(b, 4, hi) : this.storeMisaligned(b, 4, hi))) { this.fault = 7; return false; }
    return true;
  }

  /** LR/SC/AMO. Returns the value for rd; sets this.fault to the trap cause (0 = none). */
  private amo(op: number, a: number, src: number): number {
    this.fault = 0;
    if ((a & 3) !== 0) { this.fault = op === Op.LR_W ? 4 : 6; return 0; }
    if (op === Op.LR_W) {
      const v = this.loadSlow(a, 4);
      if (this.fault !== 0) return 0;
      this.resv = a;
      return v;
    }
    if (op === Op.SC_W) {
      const ok = this.resv === a;
      this.resv = -1;
      if (!ok) return 1;
      if (!this.storeSlow(a, 4, src)) { this.fault = 7; return 0; }
      return 0;
    }
    const old = this.loadSlow(a, 4);
    if (this.fault !== 0) { this.fault = 7; return 0; }
    let n: number;
    switch (op) {
      case Op.AMOSWAP_W: n = src; break;
      case Op.AMOADD_W: n = (old + src) | 0; break;
      case Op.AMOXOR_W: n = old ^ src; break;
      case Op.AMOAND_W: n = old & src; break;
      case Op.AMOOR_W: n = old | src; break;
      case Op.AMOMIN_W: n = old < src ? old : src; break;
      case Op.AMOMAX_W: n = old > src ? old : src; break;
      case Op.AMOMINU_W: n = (old >>> 0) < (src >>> 0) ? old : src; break;
      default: n = (old >>> 0) > (src >>> 0) ? old : src; break; // AMOMAXU_W
    }
    if (!this.storeSlow(a, 4, n)) { this.fault = 7; return 0; }
    return old;
  }

  /** Fetch a 16-bit parcel (zero-extended) or BUS_FAULT. */
  private fetchParcel(a: number): number {
    const w = this.findWin(a);
    if (w !== null && w.executable) return w.u16[(a - w.base) >>> 1]!;
    return this.bus.fetch16(a);
  }

  /** The 32-bit instruction bits at pc (for mtval of illegal instruction traps). */
  private rawBits(pc: number): number {
    const lo = this.fetchParcel(pc);
    if ((lo & 3) !== 3) return lo;
    return (lo | (this.fetchParcel((pc + 2) >>> 0) << 16)) | 0;
  }

  private trySemihost(p: number): boolean {
    const w = (a: number): number => {
      const lo = this.fetchParcel(a >>> 0), hi = this.fetchParcel((a + 2) >>> 0);
      return lo < 0 || hi < 0 ? -1 : (lo | (hi << 16)) >>> 0;
    };
    if (w(p - 4) !== 0x01f01013 || w(p + 4) !== 0x40705013) return false;
    return this.semihost !== null && this.semihost(this);
  }

  // ------------------------------------------------------------------ decode cache

  /** @internal Decode-cache base of the executable page holding `pc` (allocating it), or 0. */
  pageBase(pc: number): number {
    const w = this.findWin(pc);
    if (w === null || !w.executable) return 0;
    const gp = w.pageStart + ((pc - w.base) >>> 12);
    let b = this.pageSlot[gp]!;
    if (b === 0) {
      // A full pool: run this code without slots (decoded at every execution) until run()
      // flushes the cache at a safe point.
      if (this.nextPage >= this.decPages) { this.flushPending = true; this.attn = 1; return 0; }
      b = this.nextPage * PAGE_INTS;
      this.nextPage++;
      if (b + PAGE_INTS > this.dec.length) {
        const n = new Int32Array(this.dec.length * 2);
        n.set(this.dec);
        this.dec = n;
      }
      this.pageSlot[gp] = b;
    }
    return b;
  }

  /** @internal */
  decodeSlot(di: number, pc: number): number {
    const d = this.dd;
    let packed: number, imm: number;
    const lo = this.fetchParcel(pc);
    if (lo === BUS_FAULT) {
      packed = Op.FETCH_FAULT | (2 << 8) | (32 << 11);
      imm = pc | 0;
    } else if ((lo & 3) === 3) {
      const a2 = (pc + 2) >>> 0;
      const hi = this.fetchParcel(a2);
      if (hi === BUS_FAULT) {
        packed = Op.FETCH_FAULT | (4 << 8) | (32 << 11);
        imm = a2 | 0;
      } else {
        decode32(lo | (hi << 16), d, this.isa.exts);
        packed = packDecoded(d.op, 4, d.rd, d.rs1, d.rs2);
        imm = d.imm;
      }
      // The slot depends on the second parcel's granule too: stores there must find it.
      this.markCode(a2);
    } else {
      decode16(lo, d, this.isa.exts);
      packed = packDecoded(d.op, 2, d.rd, d.rs1, d.rs2);
      imm = d.imm;
    }
    this.markCode(pc);
    this.dec[di] = packed;
    this.dec[di + 1] = imm;
    return packed;
  }

  /** Note that decoded code lives at pc (stores to its 64-byte granule must invalidate it). */
  private markCode(pc: number): void {
    const w = this.findWin(pc);
    if (w === null) return;
    const g = (pc - w.base) >>> CODE_GRANULE_SHIFT;
    w.code[g] = 1;
    if (g < w.codeLo) w.codeLo = g;
    if (g >= w.codeHi) w.codeHi = g + 1;
  }

  /**
   * Forget decoded instructions and compiled regions overlapping [addr, addr+len): every 64-byte
   * granule there that holds code is cleared as a whole (with the instruction that may straddle
   * into it from the granule before), so data next to code costs nothing until it is written in
   * the same granule.
   */
  private invalidateRange(addr: number, len: number): void {
    const end = Math.min(addr + len, TWO32);
    const G = 1 << CODE_GRANULE_SHIFT;
    let a = addr - (addr % G);
    while (a < end) {
      const w = this.findWin(a);
      if (w === null) { a += G; continue; }
      const stop = Math.min(end, w.base + w.size);
      const code = w.code;
      for (; a < stop; a += G) {
        const off = a - w.base;
        if (code[off >>> CODE_GRANULE_SHIFT] === 0) continue;
        code[off >>> CODE_GRANULE_SHIFT] = 0;
        this.dropCode(off >= 2 ? a - 2 : a, a + G);
      }
    }
  }

  /** Clear decode slots and block records in [lo, hi) (absolute, inside windows) and drop compiled regions overlapping it. */
  private dropCode(lo: number, hi: number): void {
    for (let a = lo; a < hi;) {
      const w = this.findWin(a);
      const pageEnd = a - (a % 4096) + 4096;
      const stop = Math.min(hi, pageEnd);
      if (w !== null) {
        const gp = w.pageStart + ((a - w.base) >>> 12);
        const b = this.pageSlot[gp]!;
        if (b !== 0) {
          this.dec.fill(0, b + (a & 4095), b + (a & 4095) + (stop - a));
          this.counts.fill(0, (b + (a & 4095)) >>> 1, (b + (a & 4095) + (stop - a)) >>> 1);
          this.driver?.dropBlocks(gp, b, a - w.base, stop - w.base);
        }
      }
      a = stop;
    }
  }

  private flushDecodeCache(): void {
    this.dec.fill(0, 0, this.nextPage * PAGE_INTS);
    this.counts.fill(0, 0, (this.nextPage * PAGE_INTS) >>> 1);
    this.pageSlot.fill(0);
    this.nextPage = 1;
    this.flushPending = false;
    for (const w of this.wins) {
      if (w.codeHi > w.codeLo) w.code.fill(0, w.codeLo, w.codeHi);
      w.codeLo = w.code.length; w.codeHi = 0;
    }
    this.driver?.flush();
  }

  /** @internal Block-record index of an entry pc (decode slot / 2), or -1 when its page has no slots. */
  slotIndex(pc: number): number {
    const w = this.findWin(pc >>> 0);
    if (w === null) return -1;
    const b = this.pageSlot[w.pageStart + (((pc >>> 0) - w.base) >>> 12)]!;
    return b === 0 ? -1 : (b + (pc & 4095)) >>> 1;
  }

  /** @internal The architectural state as plain data (check mode compares it). */
  archState(): Record<string, unknown> {
    return {
      x: Array.from(this.x), pc: this.pc >>> 0, instret: this.instret, cycle: this.cycle, priv: this.priv,
      mstatus: this.mstatus, mepc: this.mepc, mcause: this.mcause, mtval: this.mtval, mie: this.mie, mip: this.mip,
      resv: this.resv, lastTrap: this.lastTrap ? { ...this.lastTrap } : null, lastExcInstret: this.lastExcInstret,
      trapLoop: this.trapLoop, waiting: this.waitingFlag, attn: this.attn, trapRun: copyTrapRun(this.tr),
      fp: this.fpu.snapshot(),
    };
  }

  /** @internal mstatus.FS is Dirty: F/D instructions run without changing mstatus (the tier's STATE.FP_OK). */
  fpDirty(): boolean { return (this.mstatus & MSTATUS_FS) === MSTATUS_FS; }

  /** @internal */
  setArchState(s: Record<string, unknown>): void {
    const xs = s.x as number[];
    for (let i = 1; i < 32; i++) this.regs[i] = xs[i]!;
    this.pc = s.pc as number; this.instret = s.instret as number; this.cycleDelta = (s.cycle as number) - this.instret;
    this.priv = s.priv as 0 | 3; this.mstatus = s.mstatus as number; this.mepc = s.mepc as number;
    this.mcause = s.mcause as number; this.mtval = s.mtval as number; this.mie = s.mie as number; this.mip = s.mip as number;
    this.resv = s.resv as number;
    const lt = s.lastTrap as HartSnapshot['lastTrap'];
    this.lastTrap = lt ? { ...lt } : null;
    this.lastExcInstret = s.lastExcInstret as number; this.trapLoop = s.trapLoop as boolean;
    this.tr = copyTrapRun(s.trapRun as TrapRun);
    this.waitingFlag = s.waiting as boolean; this.attn = s.attn as number;
    this.fpu.restore(s.fp as FpuSnapshot);
  }

  // ------------------------------------------------------------------ CSRs

  /**
   * A Zicsr instruction: kind 0 = RW, 1 = RS, 2 = RC; `write` false for RS/RC with rs1 = x0 /
   * uimm = 0. Returns false when illegal. Counter writes follow the rule that the writing
   * instruction does not also count (the caller's retire increment is compensated here).
   */
  private csrInsn(kind: number, csr: number, rd: number, src: number, write: boolean): boolean {
    if (!this.csrExists(csr)) return false;
    if (csr <= 3 && (this.mstatus & MSTATUS_FS) === 0) return false; // FP CSRs with FS = Off
    if (((csr >>> 8) & 3) > this.priv) return false;
    if (this.priv === 0 && (csr & 0xf60) === 0xc00 && (this.mcounteren & (1 << (csr & 31))) === 0) return false;
    if (write && (csr >>> 10) === 3) return false;
    const old = this.csrRead(csr);
    if (write) {
      const v = kind === 0 ? src : kind === 1 ? old | src : old & ~src;
      this.csrWrite(csr, v, true);
      if (csr <= 3) this.mstatus |= MSTATUS_FS; // writing fcsr makes the FP state Dirty
    }
    this.regs[rd] = old;
    return true;
  }

  /** The CSR is implemented in this hart's ISA. */
  private csrExists(csr: number): boolean {
    return csrImplemented(csr, this.hasF);
  }

  private csrRead(c: number): number {
    switch (c) {
      case 0x300: return (this.mstatus & MSTATUS_FS) === MSTATUS_FS ? this.mstatus | MSTATUS_SD : this.mstatus;
      case 0x301: return this.isa.misa;
      case 0x001: return this.fpu.fflags;
      case 0x002: return this.fpu.frm;
      case 0x003: return (this.fpu.frm << 5) | this.fpu.fflags;
      case 0x304: return this.mie;
      case 0x305: return this.mtvec;
      case 0x306: return this.mcounteren;
      case 0x340: return this.mscratch;
      case 0x341: return this.mepc;
      case 0x342: return this.mcause;
      case 0x343: return this.mtval;
      case 0x344: return this.mip;
      case 0xf14: return this.hartId | 0;
      case 0xb00: case 0xc00: return (this.cycle + this.mcycleOffset) | 0;
      case 0xb80: case 0xc80: return Math.floor((this.cycle + this.mcycleOffset) / TWO32) | 0;
      case 0xb02: case 0xc02: return (this.instret + this.minstretOffset) | 0;
      case 0xb82: case 0xc82: return Math.floor((this.instret + this.minstretOffset) / TWO32) | 0;
      case 0xc01: return this.timeSource() | 0;
      case 0xc81: return Math.floor(this.timeSource() / TWO32) | 0;
      default:
        if (c >= 0x3a0 && c <= 0x3a3) return this.pmpcfg[c - 0x3a0]!;
        if (c >= 0x3b0 && c <= 0x3bf) return this.pmpaddr[c - 0x3b0]!;
        if (c >= 0x7a0 && c <= 0x7a4) return this.debug.csrRead(c);
        return 0; // mvendorid, marchid, mimpid, mconfigptr, mstatush, menvcfg(h), mcountinhibit
    }
  }

  private csrWrite(c: number, v: number, fromInsn: boolean): void {
    // A counter written by an instruction: that instruction's retire increment follows.
    const adj = fromInsn ? 1 : 0;
    switch (c) {
      case 0x300: {
        const mpp = (v >>> 11) & 3;
        this.mstatus = (v & (MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPRV | MSTATUS_TW | (this.hasF ? MSTATUS_FS : 0))) |
          (mpp === 3 ? MSTATUS_MPP : 0);
        this.attn = 1;
        return;
      }
      case 0x001: this.fpu.fflags = v & 31; return;
      case 0x002: this.fpu.frm = v & 7; return;
      case 0x003: this.fpu.fflags = v & 31; this.fpu.frm = (v >>> 5) & 7; return;
      case 0x304: this.mie = v & MIP_MASK; this.attn = 1; return;
      case 0x305: this.mtvec = (v & 3) >= 2 ? v & ~3 : v | 0; return;
      case 0x306: this.mcounteren = v & 7; return;
      case 0x340: this.mscratch = v | 0; return;
      case 0x341: this.mepc = v & ~1; return;
      case 0x342: this.mcause = v | 0; return;
      case 0x343: this.mtval = v | 0; return;
      case 0xb00: case 0xb80: {
        const cur = this.cycle + this.mcycleOffset;
        const hi = Math.floor(cur / TWO32), lo = cur - hi * TWO32;
        const n = c === 0xb00 ? hi * TWO32 + (v >>> 0) : (v >>> 0) * TWO32 + lo;
        this.mcycleOffset = n - adj - this.cycle;
        return;
      }
      case 0xb02: case 0xb82: {
        const cur = this.instret + this.minstretOffset;
        const hi = Math.floor(cur / TWO32), lo = cur - hi * TWO32;
        const n = c === 0xb02 ? hi * TWO32 + (v >>> 0) : (v >>> 0) * TWO32 + lo;
        this.minstretOffset = n - adj - this.instret;
        return;
      }
      default:
        if (c >= 0x3a0 && c <= 0x3a3) this.pmpcfg[c - 0x3a0] = v;
        else if (c >= 0x3b0 && c <= 0x3bf) this.pmpaddr[c - 0x3b0] = v;
        else if (c >= 0x7a0 && c <= 0x7a4) { this.debug.csrWrite(c, v); this.attn = 1; }
        // misa, mip (hardware bits), mstatush, menvcfg(h), mcountinhibit: writes ignored
        return;
    }
  }

  /** Raw CSR read without privilege checks (unsigned). Throws for CSRs that do not exist. */
  readCsr(csr: number): number {
    if (!this.csrExists(csr & 0xfff)) throw new RangeError(`CSR 0x${csr.toString(16)} is not implemented`);
    return this.csrRead(csr & 0xfff) >>> 0;
  }

  /** Raw CSR write without privilege checks (read-only CSRs ignore it). */
  writeCsr(csr: number, value: number): void {
    if (!this.csrExists(csr & 0xfff)) throw new RangeError(`CSR 0x${csr.toString(16)} is not implemented`);
    this.csrWrite(csr & 0xfff, value | 0, false);
  }

  // ------------------------------------------------------------------ snapshots

  snapshot(): HartSnapshot {
    return {
      x: Array.from(this.x), pc: this.pc >>> 0, priv: this.priv, instret: this.instret, cycle: this.cycle,
      waiting: this.waitingFlag, mstatus: this.mstatus, mie: this.mie, mip: this.mip, mtvec: this.mtvec,
      mscratch: this.mscratch, mepc: this.mepc, mcause: this.mcause, mtval: this.mtval,
      mcounteren: this.mcounteren, pmpcfg: Array.from(this.pmpcfg), pmpaddr: Array.from(this.pmpaddr),
      reservation: this.resv, lastTrap: this.lastTrap ? { ...this.lastTrap } : null,
      lastExcInstret: this.lastExcInstret, trapRun: copyTrapRun(this.tr),
      minstretOffset: this.minstretOffset, mcycleOffset: this.mcycleOffset,
      fp: this.fpu.snapshot(),
      triggers: this.debug.triggerState(),
    };
  }

  /**
   * Restore a snapshot. By default also forgets all decoded code and compiled traces (memory may
   * have changed with it). With keepCode, decoded code and traces are kept: the caller must have
   * called invalidate() for every byte of memory whose content differs from what the hart last
   * saw (Board.restore does so for exactly the pages it copies back; Board.poke always does).
   */
  restore(s: HartSnapshot, keepCode = false): void {
    this.regs.fill(0);
    for (let i = 1; i < 32; i++) this.regs[i] = s.x[i]! | 0;
    this.pc = s.pc >>> 0;
    this.priv = s.priv;
    this.instret = s.instret;
    this.cycleDelta = s.cycle - s.instret;
    this.minstretOffset = s.minstretOffset;
    this.mcycleOffset = s.mcycleOffset;
    this.waitingFlag = s.waiting;
    this.mstatus = s.mstatus; this.mie = s.mie; this.mip = s.mip; this.mtvec = s.mtvec;
    this.mscratch = s.mscratch; this.mepc = s.mepc; this.mcause = s.mcause; this.mtval = s.mtval;
    this.mcounteren = s.mcounteren;
    this.pmpcfg.set(s.pmpcfg);
    this.pmpaddr.set(s.pmpaddr);
    this.resv = s.reservation;
    this.lastTrap = s.lastTrap ? { ...s.lastTrap } : null;
    this.lastExcInstret = s.lastExcInstret;
    this.fpu.restore(s.fp);
    this.tr = s.trapRun ? copyTrapRun(s.trapRun) : newTrapRun();
    if (s.triggers) this.debug.setTriggerState(s.triggers); else this.debug.resetTriggers();
    this.attn = 1;
    if (!keepCode) this.flushDecodeCache();
  }
}

function newTrapRun(): TrapRun {
  return { cause: 0, epc: -1, repeats: 0, mretSince: true, movedOn: true, first: null };
}

function copyTrapRun(t: TrapRun): TrapRun {
  return { ...t, first: t.first ? { ...t.first } : null };
}

function hx(n: number): string { return `0x${(n >>> 0).toString(16)}`; }
