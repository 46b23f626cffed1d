import type { MemoryWindow } from '../cpu/bus.js';

export const PAGE_SHIFT = 12;
export const PAGE_SIZE = 1 << PAGE_SHIFT;

/**
 * Values of `MemoryWindow.dirty[page]`:
 *  - 0: never written since the machine was built (the page is all zeros);
 *  - 1: written since the last snapshot/restore bookkeeping pass (the hart, the bus, poke);
 *  - 2: written at some time, already accounted for by the snapshot bookkeeping.
 * Anything non-zero means "touched" for the footprint report.
 */
export const DIRTY_NEW = 1;
export const DIRTY_SEEN = 2;

/** RAM or flash: a byte array the hart accesses directly, plus the page bitmap. */
export class MemoryRegion implements MemoryWindow {
  readonly bytes: Uint8Array;
  readonly dirty: Uint8Array;
  /**
   * Content version of each page for snapshots: 0 = the page was never written (all zeros);
   * otherwise the bookkeeping epoch in which its current content was first seen.
   */
  readonly version: Uint32Array;
  readonly end: number;

  constructor(
    readonly name: string,
    readonly base: number,
    readonly size: number,
    readonly writable: boolean,
    readonly executable: boolean,
    readonly kind: 'ram' | 'flash',
    /** Storage to use (e.g. from a GuestMemory, so compiled code reaches it); default: fresh arrays. */
    storage?: { bytes: Uint8Array; dirty: Uint8Array },
  ) {
    if (base % PAGE_SIZE !== 0 || size % PAGE_SIZE !== 0 || size <= 0) {
      throw new Error(`memory region ${name}: base and size must be non-zero multiples of 4 KiB`);
    }
    if (storage !== undefined && (storage.bytes.length !== size || storage.dirty.length !== size >>> PAGE_SHIFT)) {
      throw new Error(`memory region ${name}: storage of the wrong size`);
    }
    this.bytes = storage?.bytes ?? new Uint8Array(size);
    this.dirty = storage?.dirty ?? new Uint8Array(size >>> PAGE_SHIFT);
    this.version = new Uint32Array(size >>> PAGE_SHIFT);
    this.end = base + size;
  }

  contains(addr: number, length = 1): boolean {
    return addr >= this.base && addr + length <= this.end;
  }

  /** Mark [offset, offset+length) dirty (offsets relative to base). */
  markDirty(offset: number, length: number): void {
    if (length <= 0) return;
    const first = offset >>> PAGE_SHIFT;
    const last = (offset + length - 1) >>> PAGE_SHIFT;
    for (let p = first; p <= last; p++) this.dirty[p] = DIRTY_NEW;
  }

  /** Number of pages ever written (footprint). */
  touchedPages(): number {
    let n = 0;
    for (let p = 0; p < this.dirty.length; p++) if (this.dirty[p] !== 0) n++;
    return n;
  }
}
