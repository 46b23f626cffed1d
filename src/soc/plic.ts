import { BUS_FAULT } from '../cpu/bus.js';
import type { Device } from './device.js';
import { MIP_MEIP, type HartPort } from './hart-port.js';

export const PLIC_PRIORITY = 0x0;
export const PLIC_PENDING = 0x1000;
export const PLIC_ENABLE = 0x2000;
export const PLIC_ENABLE_STRIDE = 0x80;
export const PLIC_CONTEXT = 0x200000;
export const PLIC_CONTEXT_STRIDE = 0x1000;

export interface PlicOptions {
  /** Interrupt sources including the reserved source 0 (QEMU virt: 96). */
  numSources?: number;
  /** Highest priority (QEMU virt: 7); priorities and thresholds are taken modulo numPriorities+1. */
  numPriorities?: number;
  /** Contexts: QEMU virt's hart config "MS" gives context 0 = M-mode, context 1 = S-mode. */
  numContexts?: number;
}

interface PlicState { priority: number[]; threshold: number[]; pending: number[]; claimed: number[]; enable: number[]; lines: number[] }

/**
 * SiFive PLIC as QEMU virt builds it for one hart. Context 0 drives the hart's MEIP; context 1
 * (S-mode) has registers but nothing to drive (the hart has no S-mode). Sources are
 * level-triggered: pending follows the input line; a claimed source is masked until completed.
 * 32-bit accesses only.
 */
export class Plic implements Device {
  readonly name: string;
  readonly numSources: number;
  readonly numPriorities: number;
  readonly numContexts: number;
  private readonly words: number;
  private readonly priority: Uint32Array;
  private readonly threshold: Uint32Array;
  private readonly pending: Uint32Array;
  private readonly claimed: Uint32Array;
  private readonly enable: Uint32Array;
  private readonly lines: Uint8Array;

  constructor(readonly base: number, private readonly hart: HartPort, options: PlicOptions = {}, readonly size = 0x600000, name = 'plic') {
    this.name = name;
    this.numSources = options.numSources ?? 96;
    this.numPriorities = options.numPriorities ?? 7;
    this.numContexts = options.numContexts ?? 2;
    this.words = (this.numSources + 31) >>> 5;
    this.priority = new Uint32Array(this.numSources);
    this.threshold = new Uint32Array(this.numContexts);
    this.pending = new Uint32Array(this.words);
    this.claimed = new Uint32Array(this.words);
    this.enable = new Uint32Array(this.words * this.numContexts);
    this.lines = new Uint8Array(this.numSources);
  }

  /** Input line `source` (1 .. numSources-1) at `level`. */
  setLevel(source: number, level: boolean): void {
    if (source <= 0 || source >= this.numSources) return;
    this.lines[source] = level ? 1 : 0;
    this.setBit(this.pending, source, level);
    this.update();
  }

  private setBit(arr: Uint32Array, n: number, v: boolean): void {
    const m = 1 << (n & 31);
    arr[n >>> 5] = v ? arr[n >>> 5]! | m : arr[n >>> 5]! & ~m;
  }

  /** Highest-priority pending, enabled, unclaimed source above the context's threshold (0: none). */
  best(context: number): number {
    let best = 0;
    let bestPrio = this.threshold[context]!;
    for (let w = 0; w < this.words; w++) {
      const cand = this.pending[w]! & ~this.claimed[w]! & this.enable[context * this.words + w]!;
      if (cand === 0) continue;
      for (let b = 0; b < 32; b++) {
        const src = (w << 5) + b;
        if (src >= this.numSources) break;
        if ((cand & (1 << b)) !== 0 && this.priority[src]! > bestPrio) { best = src; bestPrio = this.priority[src]!; }
      }
    }
    return best;
  }

  private update(): void {
    this.hart.setInterruptPending(MIP_MEIP, this.best(0) !== 0);
  }

  load(offset: number, width: 1 | 2 | 4): number {
    if (width !== 4 || (offset & 3) !== 0) return BUS_FAULT;
    if (offset < this.numSources * 4) return this.priority[offset >>> 2]!;
    if (offset >= PLIC_PENDING && offset < PLIC_PENDING + this.words * 4) return this.pending[(offset - PLIC_PENDING) >>> 2]!;
    if (offset >= PLIC_ENABLE && offset < PLIC_ENABLE + this.numContexts * PLIC_ENABLE_STRIDE) {
      const ctx = Math.floor((offset - PLIC_ENABLE) / PLIC_ENABLE_STRIDE);
      const word = ((offset - PLIC_ENABLE) % PLIC_ENABLE_STRIDE) >>> 2;
      return word < this.words ? this.enable[ctx * this.words + word]! : 0;
    }
    if (offset >= PLIC_CONTEXT && offset < PLIC_CONTEXT + this.numContexts * PLIC_CONTEXT_STRIDE) {
      const ctx = Math.floor((offset - PLIC_CONTEXT) / PLIC_CONTEXT_STRIDE);
      const reg = (offset - PLIC_CONTEXT) % PLIC_CONTEXT_STRIDE;
      if (reg === 0) return this.threshold[ctx]!;
      if (reg === 4) {
        const src = this.best(ctx);
        if (src !== 0) { this.setBit(this.pending, src, false); this.setBit(this.claimed, src, true); }
        this.update();
        return src;
      }
    }
    return 0;
  }

  store(offset: number, width: 1 | 2 | 4, value: number): boolean {
    if (width !== 4 || (offset & 3) !== 0) return false;
    value >>>= 0;
    const prioMod = this.numPriorities + 1;
    if (offset < this.numSources * 4) {
      this.priority[offset >>> 2] = value % prioMod;
    } else if (offset >= PLIC_ENABLE && offset < PLIC_ENABLE + this.numContexts * PLIC_ENABLE_STRIDE) {
      const ctx = Math.floor((offset - PLIC_ENABLE) / PLIC_ENABLE_STRIDE);
      const word = ((offset - PLIC_ENABLE) % PLIC_ENABLE_STRIDE) >>> 2;
      if (word < this.words) this.enable[ctx * this.words + word] = value;
    } else if (offset >= PLIC_CONTEXT && offset < PLIC_CONTEXT + this.numContexts * PLIC_CONTEXT_STRIDE) {
      const ctx = Math.floor((offset - PLIC_CONTEXT) / PLIC_CONTEXT_STRIDE);
      const reg = (offset - PLIC_CONTEXT) % PLIC_CONTEXT_STRIDE;
      if (reg === 0) this.threshold[ctx] = value % prioMod;
      else if (reg === 4 && value < this.numSources) {
        this.setBit(this.claimed, value, false);
        // a level-triggered source still asserted becomes pending again
        if (this.lines[value]) this.setBit(this.pending, value, true);
      }
    } else {
      return true; // pending is read-only; unknown registers ignore writes
    }
    this.update();
    return true;
  }

  reset(): void {
    this.priority.fill(0); this.threshold.fill(0); this.pending.fill(0); this.claimed.fill(0); this.enable.fill(0);
    // Input lines keep their level; pending follows them again.
    for (let s = 1; s < this.numSources; s++) if (this.lines[s]) this.setBit(this.pending, s, true);
    this.update();
  }

  redrive(): void { this.update(); }

  snapshot(): PlicState {
    return {
      priority: Array.from(this.priority), threshold: Array.from(this.threshold), pending: Array.from(this.pending),
      claimed: Array.from(this.claimed), enable: Array.from(this.enable), lines: Array.from(this.lines),
    };
  }

  restore(state: unknown): void {
    const s = state as PlicState;
    this.priority.set(s.priority); this.threshold.set(s.threshold); this.pending.set(s.pending);
    this.claimed.set(s.claimed); this.enable.set(s.enable); this.lines.set(s.lines);
    this.update();
  }
}
