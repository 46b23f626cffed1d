/**
 * Debug support of the hart: the trigger module (Sdtrig) as QEMU 7.2's rv32 `virt` CPU has it,
 * and the host's breakpoints, watchpoints and single-stepping (the GDB stub's), which are checked
 * by the same code before each instruction.
 *
 * How it runs (see Hart.run): while anything here is armed — an enabled trigger, a host
 * breakpoint or watchpoint, a single-step — the hart leaves its fast paths (the interpreter's
 * multi-instruction loop and the WebAssembly tier) and takes the debug path: before each
 * instruction it decodes it, computes the address a load, store or AMO will access from the
 * registers, asks `check()`, and only then interprets the instruction, one at a time. With
 * nothing armed the fast paths run unchanged. Stops and trigger hits happen before the
 * instruction, so they change no instruction or cycle count.
 *
 * What QEMU 7.2 implements, measured with test firmware on it (firmware/tests/triggers.c checks
 * the same on both):
 * - two triggers; `tselect` ignores values >= 2 (keeps its value); `tinfo` reads 0x44 (types 2
 *   and 6) for both and ignores writes; `tdata3` reads 0 and ignores writes; `tdata2` holds any
 *   value; `tcontrol`, `mcontext`, `scontext` and the debug-mode CSRs do not exist (illegal
 *   instruction), so there is no tcontrol.MTE: M-mode triggers fire in M-mode, trap handlers
 *   included.
 * - `tdata1` resets to 0x20000000 (mcontrol, nothing enabled). A write of type 2 keeps only
 *   sizelo, m, s, u, execute, store and load (dmode, hit, select, timing, action, chain, match
 *   and maskmax read 0: the action is always the breakpoint exception, matching always
 *   "equal"); a write of type 6 (mcontrol6) keeps vs, vu, size (0, 1, 2, 3 or 5, anything else
 *   reads 0), m, s, u, execute, store and load. A write of type 0, 3, 4, 5 or 15 is ignored
 *   (tdata1 keeps its value). QEMU aborts on a write of type 1 or 7-14 (an assertion in its
 *   debug.c); rv-zoo ignores those writes too.
 * - An execute trigger fires when pc equals tdata2 (size is not looked at), before the
 *   instruction is fetched: it has priority over fetch faults, illegal instructions, ecall and
 *   ebreak. A load or store trigger fires before the access, which then does not happen (no
 *   register or memory changes), with priority over access faults but after the misaligned
 *   check of LR/SC/AMOs. Either raises a breakpoint exception: mcause 3, mepc = the
 *   instruction, mtval 0. The hit bits are never set.
 * - A trigger matches an access when the bytes QEMU checks overlap [tdata2, tdata2 + len),
 *   where len is, for type 2, 4 (size any), 1, 2 or 3 for sizelo 0-3, and for type 6, 8 (size
 *   any) or the size field's own value (1, 2, 3, 5): QEMU passes the encoded size as a length.
 *   The bytes checked are the access's own for aligned accesses; for a misaligned load, the
 *   two aligned words of its width around it ([a & -w, (a & -w) + 2w)); for a misaligned store
 *   that stays in one 4 KiB page, everything from the page's start to its last byte (QEMU
 *   7.2's store_helper_unaligned computes its watchpoint ranges that way); for one that crosses
 *   pages, its own bytes.
 * - Load triggers see loads, LR, AMOs and SC; store triggers see stores, AMOs and SC. An SC
 *   with no matching reservation does not access memory and matches nothing.
 * - The mode bits select the privilege: m for M-mode, u for U-mode (s is kept but this hart has
 *   no S-mode).
 *
 * Host watchpoints (GDB Z2/Z3/Z4) match exactly the bytes an access touches, also stop before
 * the instruction (QEMU's GDB stub does the same for RISC-V; GDB then steps over it), and are
 * invisible to the firmware, as are host breakpoints: no guest memory is patched.
 */

export const TRIGGER_COUNT = 2;
/** tinfo: trigger types 2 (mcontrol) and 6 (mcontrol6). */
export const TINFO = 0x44;
const TDATA1_RESET = 0x20000000;
/** mcontrol bits kept on write: sizelo, m, s, u, execute, store, load. */
const MCONTROL_KEEP = 0x0003005f;
/** mcontrol6 bits kept on write: vs, vu, m, s, u, execute, store, load (size separately). */
const MCONTROL6_KEEP = 0x0180005f;
const M_BIT = 1 << 6, U_BIT = 1 << 3, EXEC_BIT = 1 << 2, STORE_BIT = 1 << 1, LOAD_BIT = 1;

/** Kinds of access, as bits. */
export const ACCESS_LOAD = 1, ACCESS_STORE = 2;

/** What check() found. */
export const CHECK_NONE = 0, CHECK_TRIGGER = 1, CHECK_HOST = 2;

export type WatchKind = 'write' | 'read' | 'access';

export interface HostWatchpoint { addr: number; len: number; kind: WatchKind }

/** Why the host stopped the hart (`lastStop` after run() returned 'debug'). */
export type HostStop =
  | { kind: 'breakpoint'; pc: number; hardware: boolean }
  | { kind: 'watchpoint'; pc: number; watch: WatchKind; addr: number }
  | { kind: 'step'; pc: number };

export interface TriggerState { tselect: number; tdata1: number[]; tdata2: number[] }

const WATCH_BITS: Record<WatchKind, number> = { write: ACCESS_STORE, read: ACCESS_LOAD, access: ACCESS_LOAD | ACCESS_STORE };

export class DebugUnit {
  // ---- the trigger module (guest-visible)
  private tselect = 0;
  private readonly tdata1 = new Int32Array(TRIGGER_COUNT).fill(TDATA1_RESET);
  private readonly tdata2 = new Int32Array(TRIGGER_COUNT);
  /** Some trigger has execute, load or store set together with a mode bit this hart has. */
  private triggersOn = false;

  // ---- the host's (GDB stub's)
  /** Host breakpoints by address: true = hardware (Z1), false = software (Z0). */
  private readonly breakpoints = new Map<number, boolean>();
  private readonly watchpoints: HostWatchpoint[] = [];
  /** Steps left before a 'step' stop (0 = not stepping). */
  private stepsLeft = 0;
  /** The host checks are skipped once at this pc (resuming from a host stop there); -1 = none. */
  private resumePc = -1;
  /** Why the hart last stopped for the host. */
  lastStop: HostStop | null = null;

  /** Whether the hart must take the debug path (read by Hart.run between runs). */
  armed = false;

  // ------------------------------------------------------------ trigger CSRs

  /** Reset (hart reset): triggers back to their reset values; the host's settings stay. */
  resetTriggers(): void {
    this.tselect = 0;
    this.tdata1.fill(TDATA1_RESET);
    this.tdata2.fill(0);
    this.update();
  }

  /** Read of tselect (0x7a0), tdata1-3 (0x7a1-0x7a3) or tinfo (0x7a4). */
  csrRead(csr: number): number {
    switch (csr) {
      case 0x7a0: return this.tselect;
      case 0x7a1: return this.tdata1[this.tselect]!;
      case 0x7a2: return this.tdata2[this.tselect]!;
      case 0x7a4: return TINFO;
      default: return 0; // tdata3
    }
  }

  /** Write of one of the trigger CSRs, with QEMU 7.2's WARL rules (see the file comment). */
  csrWrite(csr: number, v: number): void {
    switch (csr) {
      case 0x7a0:
        if ((v >>> 0) < TRIGGER_COUNT) this.tselect = v >>> 0;
        return;
      case 0x7a1: {
        const type = v >>> 28;
        if (type === 2) this.tdata1[this.tselect] = (TDATA1_RESET | (v & MCONTROL_KEEP)) | 0;
        else if (type === 6) {
          const size = (v >>> 16) & 15;
          const keep = size <= 3 || size === 5 ? size << 16 : 0;
          this.tdata1[this.tselect] = (0x60000000 | (v & MCONTROL6_KEEP) | keep) | 0;
        }
        this.update();
        return;
      }
      case 0x7a2:
        this.tdata2[this.tselect] = v | 0;
        return;
      default: return; // tdata3, tinfo: writes ignored
    }
  }

  triggerState(): TriggerState {
    return { tselect: this.tselect, tdata1: Array.from(this.tdata1), tdata2: Array.from(this.tdata2) };
  }

  setTriggerState(s: TriggerState): void {
    this.tselect = s.tselect;
    this.tdata1.set(s.tdata1);
    this.tdata2.set(s.tdata2);
    this.update();
  }

  // ------------------------------------------------------------ host breakpoints

  /** Add a host breakpoint at pc (GDB Z0 = software, Z1 = hardware: both work the same way). */
  addBreakpoint(pc: number, hardware = false): void {
    this.breakpoints.set(pc >>> 0, hardware);
    this.update();
  }

  /** Remove a host breakpoint; false if there was none. */
  removeBreakpoint(pc: number): boolean {
    const had = this.breakpoints.delete(pc >>> 0);
    this.update();
    return had;
  }

  addWatchpoint(addr: number, len: number, kind: WatchKind): void {
    this.watchpoints.push({ addr: addr >>> 0, len: Math.max(1, len), kind });
    this.update();
  }

  removeWatchpoint(addr: number, len: number, kind: WatchKind): boolean {
    const i = this.watchpoints.findIndex((w) => w.addr === addr >>> 0 && w.len === Math.max(1, len) && w.kind === kind);
    if (i >= 0) this.watchpoints.splice(i, 1);
    this.update();
    return i >= 0;
  }

  /** Remove every host breakpoint and watchpoint and stop stepping (the debugger detached). */
  clearHost(): void {
    this.breakpoints.clear();
    this.watchpoints.length = 0;
    this.stepsLeft = 0;
    this.resumePc = -1;
    this.update();
  }

  /**
   * Resume after a host stop at `pc`: the host's breakpoint or watchpoint there does not stop
   * the first instruction again. `steps` > 0: stop after that many steps (single-step).
   */
  resume(pc: number, steps = 0): void {
    this.resumePc = pc >>> 0;
    this.stepsLeft = steps;
    this.lastStop = null;
    this.update();
  }

  get hostBreakpoints(): ReadonlyMap<number, boolean> { return this.breakpoints; }
  get hostWatchpoints(): readonly HostWatchpoint[] { return this.watchpoints; }

  private update(): void {
    let on = false;
    for (let t = 0; t < TRIGGER_COUNT; t++) {
      const d = this.tdata1[t]!;
      if ((d & (EXEC_BIT | LOAD_BIT | STORE_BIT)) !== 0 && (d & (M_BIT | U_BIT)) !== 0) on = true;
    }
    this.triggersOn = on;
    this.armed = on || this.breakpoints.size > 0 || this.watchpoints.length > 0 || this.stepsLeft > 0;
  }

  // ------------------------------------------------------------ checks

  /**
   * Before the instruction at `pc` runs in privilege `priv`: does a host breakpoint or
   * watchpoint stop it (CHECK_HOST, `lastStop` says why), or a trigger fire (CHECK_TRIGGER:
   * the caller raises the breakpoint exception), or neither (CHECK_NONE)? `guest` and `host` are
   * the access kinds (ACCESS_LOAD | ACCESS_STORE) the instruction performs as the triggers and
   * as host watchpoints see it, `addr` and `width` its access (kinds 0: no access).
   */
  check(pc: number, priv: number, guest: number, host: number, addr: number, width: number): number {
    if (this.resumePc === pc) this.resumePc = -1;
    else {
      this.resumePc = -1;
      if (this.breakpoints.size > 0) {
        const hw = this.breakpoints.get(pc);
        if (hw !== undefined) {
          this.lastStop = { kind: 'breakpoint', pc, hardware: hw };
          return CHECK_HOST;
        }
      }
      if (host !== 0 && this.watchpoints.length > 0) {
        const end = addr + width;
        for (const w of this.watchpoints) {
          if ((WATCH_BITS[w.kind] & host) !== 0 && addr < w.addr + w.len && w.addr < end) {
            this.lastStop = { kind: 'watchpoint', pc, watch: w.kind, addr: Math.max(addr, w.addr) };
            return CHECK_HOST;
          }
        }
      }
    }
    if (!this.triggersOn) return CHECK_NONE;
    const mode = priv === 3 ? M_BIT : U_BIT;
    for (let t = 0; t < TRIGGER_COUNT; t++) {
      const d = this.tdata1[t]!;
      if ((d & mode) !== 0 && (d & EXEC_BIT) !== 0 && (this.tdata2[t]! >>> 0) === pc) return CHECK_TRIGGER;
    }
    if (guest === 0) return CHECK_NONE;
    let lo = addr, hi = addr + width;
    if ((addr & (width - 1)) !== 0) {
      if ((guest & ACCESS_STORE) === 0) {
        lo = (addr & -width) >>> 0;
        hi = lo + 2 * width;
      } else if (((addr ^ (hi - 1)) & ~4095) === 0) {
        lo = (addr & ~4095) >>> 0;
      }
    }
    for (let t = 0; t < TRIGGER_COUNT; t++) {
      const d = this.tdata1[t]!;
      if ((d & mode) === 0 || (d & guest & (LOAD_BIT | STORE_BIT)) === 0) continue;
      const a = this.tdata2[t]! >>> 0;
      if (lo < a + triggerLength(d) && a < hi) return CHECK_TRIGGER;
    }
    return CHECK_NONE;
  }

  /**
   * After each step on the debug path: true when a single-step is complete (then `lastStop`
   * is the step stop).
   */
  stepTaken(pc: number): boolean {
    if (this.stepsLeft === 0 || --this.stepsLeft > 0) return false;
    this.lastStop = { kind: 'step', pc: pc >>> 0 };
    this.update();
    return true;
  }
}

/** Bytes a load/store trigger covers from tdata2 (QEMU 7.2: the encoded size, see above). */
function triggerLength(tdata1: number): number {
  if ((tdata1 >>> 28) === 2) {
    const s = (tdata1 >>> 16) & 3;
    return s === 0 ? 4 : s;
  }
  const s = (tdata1 >>> 16) & 15;
  return s === 0 ? 8 : s;
}
