import { BUS_FAULT } from '../cpu/bus.js';
import type { Device } from './device.js';
import { MIP_MSIP, MIP_MTIP, type HartPort } from './hart-port.js';

export const CLINT_MSIP = 0x0;
export const CLINT_MTIMECMP = 0x4000;
export const CLINT_MTIME = 0xbff8;
const TWO32 = 2 ** 32;

export interface ClintState { msip: number; cmpLo: number; cmpHi: number; delta: number }

/**
 * Core-local interruptor, one hart, QEMU virt layout (SiFive CLINT / ACLINT MSWI + MTIMER):
 * msip +0x0, mtimecmp +0x4000 (lo, hi), mtime +0xBFF8 (lo, hi). Only 32-bit accesses (QEMU
 * accepts 4 and 8 bytes; an RV32 hart never issues 8). Other offsets read 0, writes ignored.
 *
 * mtime = rawTicks() + delta, where rawTicks derives from the retired-instruction count
 * (never the host clock) and delta is what guest writes to mtime added. MTIP is the level
 * mtime >= mtimecmp. mtimecmp resets to 0, so MTIP is pending from power-on until the guest
 * writes mtimecmp: checked on qemu-system-riscv32 7.2 (a program enabling MTIE and MIE without
 * touching mtimecmp takes a machine timer interrupt at once).
 */
export class Clint implements Device {
  readonly name: string;
  private msip = 0;
  private cmpLo = 0;
  private cmpHi = 0;
  private delta = 0;
  private mtipLevel = false;

  constructor(
    readonly base: number,
    private readonly hart: HartPort,
    /** Ticks since power-on from the deterministic clock. */
    private readonly rawTicks: () => number,
    readonly size = 0x10000,
    name = 'clint',
  ) {
    this.name = name;
  }

  mtime(): number {
    return Math.max(0, this.rawTicks() + this.delta);
  }

  mtimecmp(): number {
    return this.cmpHi * TWO32 + this.cmpLo;
  }

  /** Exact 64-bit compare mtime >= mtimecmp (mtime stays below 2^53). */
  private due(mtime: number): boolean {
    const hi = Math.floor(mtime / TWO32);
    if (hi !== this.cmpHi) return hi > this.cmpHi;
    return mtime % TWO32 >= this.cmpLo;
  }

  /** Drive MTIP from the current time. */
  update(): void {
    const level = this.due(this.mtime());
    this.mtipLevel = level;
    this.hart.setInterruptPending(MIP_MTIP, level);
  }

  get mtip(): boolean {
    return this.mtipLevel;
  }

  /**
   * Raw tick count at which MTIP will rise, or null when it is already up or
   * cannot be reached (beyond 2^53).
   */
  nextEventRawTicks(): number | null {
    const cmp = this.mtimecmp();
    if (this.due(this.mtime())) return null;
    if (cmp >= 2 ** 53) return null;
    return cmp - this.delta;
  }

  load(offset: number, width: 1 | 2 | 4): number {
    if (width !== 4 || (offset & 3) !== 0) return BUS_FAULT;
    if (offset === CLINT_MSIP) return this.msip;
    if (offset === CLINT_MTIMECMP) return this.cmpLo;
    if (offset === CLINT_MTIMECMP + 4) return this.cmpHi;
    if (offset === CLINT_MTIME) return this.mtime() % TWO32;
    if (offset === CLINT_MTIME + 4) return Math.floor(this.mtime() / TWO32);
    return 0;
  }

  store(offset: number, width: 1 | 2 | 4, value: number): boolean {
    if (width !== 4 || (offset & 3) !== 0) return false;
    value >>>= 0;
    if (offset === CLINT_MSIP) {
      this.msip = value & 1;
      this.hart.setInterruptPending(MIP_MSIP, this.msip !== 0);
      this.hart.requestYield();
      return true;
    }
    if (offset === CLINT_MTIMECMP || offset === CLINT_MTIMECMP + 4) {
      if (offset === CLINT_MTIMECMP) this.cmpLo = value; else this.cmpHi = value;
    } else if (offset === CLINT_MTIME || offset === CLINT_MTIME + 4) {
      const now = this.mtime();
      const lo = offset === CLINT_MTIME ? value : now % TWO32;
      const hi = offset === CLINT_MTIME + 4 ? value : Math.floor(now / TWO32);
      this.delta = hi * TWO32 + lo - this.rawTicks();
    } else {
      return true;
    }
    this.update();
    this.hart.requestYield(); // the deadline moved: let the board re-plan its slices
    return true;
  }

  /** The power-on state (QEMU 7.2 keeps the timer across a guest reset; the Board decides). */
  reset(): void {
    this.msip = 0; this.cmpLo = 0; this.cmpHi = 0; this.delta = 0;
    this.hart.setInterruptPending(MIP_MSIP, false);
    this.update();
  }

  /** Re-drive both lines into the hart (after a hart reset). */
  redrive(): void {
    this.hart.setInterruptPending(MIP_MSIP, this.msip !== 0);
    this.update();
  }

  snapshot(): ClintState {
    return { msip: this.msip, cmpLo: this.cmpLo, cmpHi: this.cmpHi, delta: this.delta };
  }

  restore(state: unknown): void {
    const s = state as ClintState;
    this.msip = s.msip; this.cmpLo = s.cmpLo; this.cmpHi = s.cmpHi; this.delta = s.delta;
  }
}
