import { Hart, type CycleModel } from '../cpu/hart.js';
import { resolveIsa, type IsaProfile } from '../cpu/isa-profile.js';
import { GuestMemory } from '../cpu/guest-memory.js';
import { describeCause } from '../cpu/causes.js';
import { RvZooError } from '../errors.js';
import { Clint } from './clint.js';
import type { Device } from './device.js';
import { TestFinisher, type FinisherEvent } from './finisher.js';
import { CSR_MIE, MIP_MTIP } from './hart-port.js';
import { DIRTY_NEW, DIRTY_SEEN, MemoryRegion, PAGE_SHIFT, PAGE_SIZE } from './memory.js';
import { Plic } from './plic.js';
import { defaultDeviceSize, resizeRegion, resolveProfile, validateProfile, type MachineProfile } from './profiles.js';
import { Semihost } from './semihost.js';
import { SystemBus } from './system-bus.js';
import { Uart16550 } from './uart16550.js';

export interface BoardOptions {
  /** 'virt' (default), 'mcu', a path to a JSON machine file, or a parsed machine. */
  profile?: MachineProfile | string;
  /** Override the size of the (first) RAM / flash region of the profile. */
  ramSize?: number;
  flashSize?: number;
  /** Retired instructions per mtime tick (default 10: a 100 MHz core on a 10 MHz timebase). */
  instructionsPerTick?: number;
  /** Bytes the UART (and semihosting SYS_READ) will receive. */
  stdin?: Uint8Array;
  cycleModel?: CycleModel;
  /** UART transmit and semihosting console writes, in order. */
  onConsole?: (bytes: Uint8Array) => void;
  /** Longest slice Board.run gives the hart between onSlice calls (default 1,000,000). */
  sliceInstructions?: number;
  /** Hart block translator mode (HartOptions.translate). */
  translate?: 'off' | 'on' | 'check';
  /** The hart's ISA (HartOptions.isa); default the profile's `isa`, else rv32imac. */
  isa?: string | IsaProfile;
  /** HartOptions.hotThreshold (block starts before a region is compiled). */
  hotThreshold?: number;
}

/** 'debug': a host breakpoint, watchpoint or single-step stopped the hart (hart.debug.lastStop says which). */
export type BoardStopReason = 'exit' | 'budget' | 'trap-loop' | 'wfi-deadlock' | 'debug';

export interface BoardStop {
  reason: BoardStopReason;
  exitCode: number | null;
  pc: number;
  cause: number | null;
  tval: number | null;
  message: string;
}

export interface RegionInfo {
  name: string;
  base: number;
  size: number;
  kind: 'ram' | 'flash' | 'mmio';
  writable: boolean;
  executable: boolean;
}

interface MemoryImage { version: Uint32Array; pages: Map<number, Uint8Array> }

export interface BoardSnapshot {
  readonly hart: ReturnType<Hart['snapshot']>;
  readonly devices: unknown[];
  readonly semihost: unknown;
  readonly idle: number;
  readonly entry: number;
  readonly stdin: number[];
  readonly memory: MemoryImage[];
  readonly exceptions: number;
}

const hex = (n: number): string => '0x' + (n >>> 0).toString(16).padStart(8, '0');


/**
 * A whole machine: memory, devices, one hart, and the run loop that keeps time exact.
 *
 * Time: mtime = floor((hart.instret + idle) / instructionsPerTick) (+ what the guest wrote to
 * mtime). `idle` grows only when the hart sleeps in wfi and the board skips to the next timer
 * event. The run loop cuts the hart's work into slices that end exactly where the next timer
 * event is due, so MTIP rises at the first instruction boundary where mtime >= mtimecmp.
 */
export class Board {
  readonly hart: Hart;
  readonly bus: SystemBus;
  readonly regions: readonly RegionInfo[];
  readonly profile: MachineProfile;
  readonly memories: readonly MemoryRegion[];
  readonly clint: Clint | null = null;
  readonly plic: Plic | null = null;
  readonly uart: Uart16550 | null = null;
  readonly finisher: TestFinisher | null = null;
  readonly semihosting: Semihost;
  readonly instructionsPerTick: number;
  readonly timebaseHz: number;
  /** Where reset (and the test finisher's 0x7777) starts; the loader sets it to e_entry. */
  entry: number;

  private idle = 0;
  private readonly stdinFallback: number[] = [];
  private pendingExit: number | null = null;
  private pendingReset = false;
  private readonly onConsole: ((bytes: Uint8Array) => void) | null;
  private readonly sliceMax: number;
  private epoch = 1;
  /** Pages copied or zeroed by the last restore() (for tests and cost reports). */
  lastRestorePages = 0;
  private lastImage: MemoryImage[] | null = null;
  /** Snapshots this board took: the only ones restore() accepts. */
  private readonly taken = new WeakSet<object>();
  private exceptionCount = 0;
  /**
   * Called for every trap the hart takes (mcause with bit 31 set for interrupts), after mepc,
   * mcause and mtval are set; `hart.instret` is the retired count at that point.
   */
  onTrap: ((cause: number, epc: number, tval: number) => void) | null = null;

  constructor(options: BoardOptions = {}) {
    let profile = resolveProfile(options.profile);
    if (options.ramSize !== undefined) profile = resizeRegion(profile, 'ram', options.ramSize, `ramSize ${options.ramSize}`);
    if (options.flashSize !== undefined) profile = resizeRegion(profile, 'flash', options.flashSize, `flashSize ${options.flashSize}`);
    profile = { ...profile, regions: profile.regions.map((r) => ({ ...r })), devices: profile.devices.map((d) => ({ ...d })) };
    validateProfile(profile, `machine ${profile.name}`);
    this.profile = profile;
    this.instructionsPerTick = options.instructionsPerTick ?? 10;
    if (!Number.isSafeInteger(this.instructionsPerTick) || this.instructionsPerTick < 1) {
      throw new RvZooError(`instructions per tick must be a positive integer, got ${options.instructionsPerTick}`);
    }
    this.timebaseHz = profile.timebaseHz ?? 10_000_000;
    this.onConsole = options.onConsole ?? null;
    this.sliceMax = Math.max(1, options.sliceInstructions ?? 1_000_000);

    // RAM and flash share one WebAssembly memory when they fit, so the hart's translation tier
    // can run on them; otherwise they are plain arrays and the hart interprets.
    const guest = options.translate === 'off' ? null : GuestMemory.create(profile.regions.map((r) => r.size));
    this.memories = profile.regions.map((r, i) =>
      new MemoryRegion(r.name, r.base, r.size, r.kind === 'ram', true, r.kind, guest?.regions[i]));

    // The hart is created after the bus, and devices need the hart: they reach it through `port`.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    const port = {
      get x() { return self.hart.x; },
      get pc() { return self.hart.pc; },
      set pc(v: number) { self.hart.pc = v; },
      get instret() { return self.hart.instret; },
      setInterruptPending: (mask: number, pending: boolean) => { if (self.hart) self.hart.setInterruptPending(mask, pending); },
      requestYield: () => { if (self.hart) self.hart.requestYield(); },
    };
    const rawTicks = (): number => this.rawTicks();
    const devices: Device[] = [];
    let uartIrq = 10;
    for (const d of profile.devices) {
      const size = d.size ?? defaultDeviceSize(d.type);
      switch (d.type) {
        case 'test-finisher':
          devices.push((this.finisher = new TestFinisher(d.base, (e) => this.onFinisher(e), size, d.name)));
          break;
        case 'clint':
          devices.push((this.clint = new Clint(d.base, port, rawTicks, size, d.name)));
          break;
        case 'plic':
          devices.push((this.plic = new Plic(d.base, port, {
            ...(d.numSources !== undefined ? { numSources: d.numSources } : {}),
            ...(d.numPriorities !== undefined ? { numPriorities: d.numPriorities } : {}),
          }, size, d.name)));
          break;
        case 'uart16550':
          if (this.uart !== null) {
            // extra UARTs: transmit to the same console, no stdin
            devices.push(new Uart16550(d.base, (b) => this.consoleOut(Uint8Array.of(b)), (lvl) => this.plic?.setLevel(d.irq ?? 10, lvl), size, d.name));
          } else {
            uartIrq = d.irq ?? 10;
            devices.push((this.uart = new Uart16550(d.base, (b) => this.consoleOut(Uint8Array.of(b)), (lvl) => this.plic?.setLevel(uartIrq, lvl), size, d.name)));
          }
          break;
      }
    }
    this.bus = new SystemBus(this.memories.slice(), devices);
    const isa = resolveIsa(options.isa ?? profile.isa, options.isa !== undefined ? 'isa' : `machine ${profile.name}: isa`);
    this.hart = new Hart(this.bus, { isa, ...(options.cycleModel !== undefined ? { cycleModel: options.cycleModel } : {}), ...(options.translate !== undefined ? { translate: options.translate } : {}), ...(options.hotThreshold !== undefined ? { hotThreshold: options.hotThreshold } : {}) });
    this.bus.onCodeWrite = (addr, len) => this.hart.invalidate(addr, len);
    this.semihosting = new Semihost({
      bus: this.bus,
      console: (bytes) => this.consoleOut(bytes),
      readByte: () => this.readInput(),
      ticks: rawTicks,
      tickHz: this.timebaseHz,
      exit: (code) => { this.pendingExit = code; },
    });
    this.hart.onTrap = (cause, epc, tval) => {
      if (cause < 0x8000_0000) this.exceptionCount++;
      if (this.onTrap !== null) this.onTrap(cause, epc, tval);
    };
    this.hart.timeSource = () => this.mtime();
    this.hart.semihost = (h) => this.semihosting.handle(h);
    this.regions = [
      ...this.memories.map((m): RegionInfo => ({ name: m.name, base: m.base, size: m.size, kind: m.kind, writable: m.writable, executable: m.executable })),
      ...devices.map((d): RegionInfo => ({ name: d.name, base: d.base, size: d.size, kind: 'mmio', writable: true, executable: false })),
    ].sort((a, b) => a.base - b.base);

    const firstRam = this.memories.find((m) => m.kind === 'ram') ?? this.memories[0];
    this.entry = firstRam ? firstRam.base : 0;
    this.hart.reset(this.entry);
    this.redrive();
    if (options.stdin) this.pushInput(options.stdin);
  }

  /** Ticks since power-on of the deterministic clock (ignores guest writes to mtime). */
  rawTicks(): number {
    return Math.floor((this.hart.instret + this.idle) / this.instructionsPerTick);
  }

  /** Current mtime. */
  mtime(): number {
    return this.clint ? this.clint.mtime() : this.rawTicks();
  }

  /**
   * Exceptions taken since reset: instructions that trapped instead of retiring (faults,
   * illegal instructions, ecall, ebreak). They are not in `hart.instret` (minstret does not
   * count them), but each is a step of the instruction budget.
   */
  get exceptions(): number {
    return this.exceptionCount;
  }

  /** Instructions the board skipped while the hart slept in wfi. */
  get idleInstructions(): number {
    return this.idle;
  }

  /** More bytes for the guest to receive (UART RX queue, shared with semihosting reads). */
  pushInput(bytes: Uint8Array): void {
    if (this.uart) this.uart.pushInput(bytes);
    else for (const b of bytes) this.stdinFallback.push(b);
  }

  private readInput(): number {
    if (this.uart) return this.uart.takeInput();
    return this.stdinFallback.length > 0 ? this.stdinFallback.shift()! : -1;
  }

  private onFinisher(e: FinisherEvent): void {
    if (e.kind === 'exit') this.pendingExit = e.code;
    else this.pendingReset = true;
    this.hart.requestYield();
  }

  private redrive(): void {
    this.clint?.redrive();
    this.plic?.redrive();
    this.uart?.redrive();
  }

  /** Guest reset (test finisher 0x7777): hart back to `entry`, UART/PLIC/semihosting reset; memory and the CLINT timer kept (QEMU 7.2 does not reset its mtimer). */
  resetMachine(): void {
    const before = this.hart.instret;
    this.hart.reset(this.entry);
    this.idle += before - this.hart.instret; // time keeps running
    this.exceptionCount = 0;
    this.uart?.reset();
    this.plic?.reset();
    this.semihosting.reset();
    this.redrive();
  }

  /**
   * Console output is delivered at once, during the guest's store, so that listeners see the
   * exact instruction count at which each byte was written (stage boundaries depend on it).
   */
  private consoleOut(bytes: Uint8Array): void {
    if (this.onConsole && bytes.length > 0) this.onConsole(bytes);
  }

  private stop(reason: BoardStopReason, message: string, extra: Partial<BoardStop> = {}): BoardStop {
    return { reason, exitCode: null, pc: this.hart.pc >>> 0, cause: null, tval: null, message, ...extra };
  }

  /** Retired-instruction count at which the next timer event is due, or null. */
  private timerDeadline(): number | null {
    if (!this.clint) return null;
    const t = this.clint.nextEventRawTicks();
    if (t === null) return null;
    return t * this.instructionsPerTick - this.idle;
  }

  /**
   * Run until the program exits, stops for good, or `maxInstructions` steps have been taken (a
   * step is an instruction that retired or one that raised an exception). `onSlice` is called
   * between slices (after console output is flushed); returning false stops the run with
   * reason 'budget'.
   */
  run(maxInstructions: number, onSlice?: () => boolean): BoardStop {
    const hart = this.hart;
    let done = 0, retiredHere = 0, exceptionsHere = 0;
    for (;;) {
      if (this.pendingExit !== null) {
        const code = this.pendingExit;
        this.pendingExit = null;
        return this.stop('exit', `exit with code ${code}`, { exitCode: code });
      }
      if (this.pendingReset) {
        this.pendingReset = false;
        this.resetMachine();
      }
      if (done >= maxInstructions) {
        const both = exceptionsHere > 0 ? `: ${retiredHere} retired, ${exceptionsHere} raised an exception (the budget counts both)` : '';
        return this.stop('budget', `instruction budget of ${maxInstructions} exhausted at pc ${hex(hart.pc)}${both}`);
      }
      this.clint?.update();
      let slice = Math.min(maxInstructions - done, this.sliceMax);
      const deadline = this.timerDeadline();
      if (deadline !== null) slice = Math.max(1, Math.min(slice, deadline - hart.instret));
      const before = hart.instret, excBefore = this.exceptionCount;
      const r = hart.run(slice);
      const retired = hart.instret - before, excepted = this.exceptionCount - excBefore;
      retiredHere += retired;
      exceptionsHere += excepted;
      done += r === 'budget' ? slice : retired + excepted;
      this.clint?.update();
      if (this.pendingExit !== null || this.pendingReset) continue;
      if (r === 'debug') return this.stop('debug', `stopped by the debugger at pc ${hex(hart.pc)}`);
      if (r === 'trap-loop') {
        // Name the trap that started it (say, the jump to unmapped memory), not the trap the
        // handler then keeps taking.
        const t = hart.trapLoopFirst ?? hart.lastTrap;
        const last = hart.lastTrap;
        const cause = t ? t.cause >>> 0 : 0, tval = t ? t.tval >>> 0 : 0, pc = t ? t.epc >>> 0 : hart.pc;
        const then = last && (last.epc !== pc || last.cause !== cause)
          ? `; the handler then keeps trapping at pc ${hex(last.epc)} (${describeCause(last.cause)})` : '';
        return this.stop('trap-loop',
          `trap loop: ${describeCause(cause)} (mcause ${cause}) at pc ${hex(pc)}, mtval ${hex(tval)}${then}`,
          { cause, tval, pc });
      }
      if (r === 'wfi') {
        const mie = hart.readCsr(CSR_MIE) >>> 0;
        const wake = this.timerDeadline();
        if (wake !== null && (mie & MIP_MTIP) !== 0) {
          const skip = wake - hart.instret;
          if (skip > 0) this.idle += skip;
          this.clint!.update();
          continue;
        }
        const mip = hart.readCsr(0x344) >>> 0;
        return this.stop('wfi-deadlock',
          `wfi deadlock at pc ${hex(hart.pc)}: waiting for an interrupt that cannot arrive (mie ${hex(mie)}, mip ${hex(mip)})`);
      }
      if (onSlice && !onSlice()) return this.stop('budget', `stopped at pc ${hex(hart.pc)}`);
    }
  }

  // ---- host access to memory ----

  private regionFor(addr: number, length: number, what: string): MemoryRegion {
    const a = addr >>> 0;
    const m = this.bus.memoryAt(a, Math.max(1, length));
    if (m === null || a + length > m.end) {
      throw new RvZooError(`${what}: [${hex(a)}, ${hex(a + length)}) is not inside RAM or flash`);
    }
    return m;
  }

  /** Write RAM or flash regardless of write protection; marks dirty; forgets decoded code. */
  poke(addr: number, bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    const m = this.regionFor(addr, bytes.length, 'poke');
    const off = (addr >>> 0) - m.base;
    m.bytes.set(bytes, off);
    m.markDirty(off, bytes.length);
    this.hart.invalidate(addr >>> 0, bytes.length);
  }

  /**
   * Fill RAM or flash (the loader's bss). Zero-filling a page never written (dirty 0, hence
   * all zeros) leaves it untouched, so a large .bss costs nothing and does not count as used.
   */
  fill(addr: number, length: number, value = 0): void {
    if (length === 0) return;
    const m = this.regionFor(addr, length, 'fill');
    const start = (addr >>> 0) - m.base, end = start + length;
    for (let p = start >>> PAGE_SHIFT; p <= (end - 1) >>> PAGE_SHIFT; p++) {
      if (value === 0 && m.dirty[p] === 0) continue;
      const a = Math.max(start, p << PAGE_SHIFT), b = Math.min(end, (p + 1) << PAGE_SHIFT);
      m.bytes.fill(value, a, b);
      m.dirty[p] = DIRTY_NEW;
      this.hart.invalidate(m.base + a, b - a);
    }
  }

  peek(addr: number, length: number): Uint8Array {
    if (length === 0) return new Uint8Array(0);
    const m = this.regionFor(addr, length, 'peek');
    const off = (addr >>> 0) - m.base;
    return m.bytes.slice(off, off + length);
  }

  /** The RAM/flash region containing [addr, addr+length), if any. */
  memoryAt(addr: number, length = 1): MemoryRegion | null {
    return this.bus.memoryAt(addr, length);
  }

  // ---- snapshots ----

  /** Stamp pages written since the last pass with a fresh content version. */
  private syncVersions(): void {
    const e = this.epoch++;
    for (const m of this.memories) {
      const d = m.dirty, v = m.version;
      for (let p = 0; p < d.length; p++) {
        if (d[p] === DIRTY_NEW) { v[p] = e; d[p] = DIRTY_SEEN; }
      }
    }
  }

  /**
   * Capture the machine. Memory is kept per page with a content version: only pages ever
   * written are copied, and a page whose version matches the previous snapshot's shares its
   * (immutable) copy, so a second snapshot copies only what changed since the first.
   */
  snapshot(): BoardSnapshot {
    this.syncVersions();
    const memory = this.memories.map((m, i): MemoryImage => {
      const prev = this.lastImage?.[i];
      const pages = new Map<number, Uint8Array>();
      const v = m.version;
      for (let p = 0; p < v.length; p++) {
        if (v[p] === 0) continue;
        const shared = prev && prev.version[p] === v[p] ? prev.pages.get(p) : undefined;
        pages.set(p, shared ?? m.bytes.slice(p << PAGE_SHIFT, (p + 1) << PAGE_SHIFT));
      }
      return { version: v.slice(), pages };
    });
    this.lastImage = memory;
    const snap: BoardSnapshot = {
      hart: this.hart.snapshot(),
      devices: this.bus.devices.map((d) => (d.snapshot ? d.snapshot() : null)),
      semihost: this.semihosting.snapshot(),
      idle: this.idle,
      entry: this.entry,
      stdin: this.stdinFallback.slice(),
      memory,
      exceptions: this.exceptionCount,
    };
    this.taken.add(snap);
    return snap;
  }

  /**
   * Put the machine back as it was at `s`; copies only pages whose content changed since. Only
   * a snapshot this board took is accepted (page versions are this board's own).
   */
  restore(s: BoardSnapshot): void {
    if (typeof s !== 'object' || s === null || !this.taken.has(s)) {
      throw new RvZooError('restore: not a snapshot of this board (a snapshot restores only into the board that took it)');
    }
    this.syncVersions();
    let copied = 0;
    this.memories.forEach((m, i) => {
      const img = s.memory[i]!;
      const v = m.version, d = m.dirty;
      let runStart = -1;
      for (let p = 0; p <= v.length; p++) {
        const changed = p < v.length && v[p] !== img.version[p];
        if (changed) {
          const want = img.version[p]!;
          if (want === 0) { m.bytes.fill(0, p << PAGE_SHIFT, (p + 1) << PAGE_SHIFT); d[p] = 0; }
          else { m.bytes.set(img.pages.get(p)!, p << PAGE_SHIFT); d[p] = DIRTY_SEEN; }
          v[p] = want;
          copied++;
          if (runStart < 0) runStart = p;
        } else if (runStart >= 0) {
          this.hart.invalidate(m.base + runStart * PAGE_SIZE, (p - runStart) * PAGE_SIZE);
          runStart = -1;
        }
      }
    });
    this.lastImage = s.memory;
    this.lastRestorePages = copied;
    // Decoded code and compiled traces survive: the pages copied back were invalidated above,
    // and no other page's content differs from what the hart last saw.
    this.hart.restore(s.hart, true);
    this.bus.devices.forEach((d, i) => { if (d.restore && s.devices[i] !== null) d.restore(s.devices[i]); });
    this.semihosting.restore(s.semihost);
    this.idle = s.idle;
    this.exceptionCount = s.exceptions;
    this.entry = s.entry;
    this.stdinFallback.length = 0;
    this.stdinFallback.push(...s.stdin);
    this.pendingExit = null;
    this.pendingReset = false;
    this.clint?.update();
  }
}
