/**
 * The hart's only view of the world: a physical address space that it can fetch from, load
 * from and store to. Implemented by the SoC (src/soc); the cpu layer knows nothing about
 * which device sits where.
 *
 * Guest faults are values, never exceptions: `load`/`fetch` return BUS_FAULT and `store`
 * returns false when nothing is mapped there or the region refuses the access. The hart turns
 * that into the matching access-fault trap (mtval = the address). Alignment is the hart's
 * business (it raises address-misaligned traps before asking the bus).
 */
export const BUS_FAULT = -1;

export interface Bus {
  /** Load `width` bytes little-endian at `addr`; the value zero-extended (0 .. 2^32-1), or BUS_FAULT. */
  load(addr: number, width: 1 | 2 | 4): number;
  /** Store the low `width` bytes of `value` at `addr`; false when the access faults. */
  store(addr: number, width: 1 | 2 | 4, value: number): boolean;
  /** Fetch a 16-bit parcel for execution (zero-extended), or BUS_FAULT if not executable/mapped. */
  fetch16(addr: number): number;
  /**
   * Memory the hart may read (and, if writable, write) directly through the byte array, without
   * calling load/store: RAM and flash. MMIO devices never appear here. The list is fixed once
   * the hart is created.
   */
  readonly windows: readonly MemoryWindow[];
}

export interface MemoryWindow {
  readonly name: string;
  /** Physical base address (a multiple of 4 KiB). */
  readonly base: number;
  /** Size in bytes (a multiple of 4 KiB); equals bytes.length. */
  readonly size: number;
  /** Backing store; the hart may keep typed-array views over bytes.buffer. */
  readonly bytes: Uint8Array;
  /** Guest stores allowed (RAM: true; XIP flash: false, stores fault). */
  readonly writable: boolean;
  /** Instruction fetch allowed. */
  readonly executable: boolean;
  /**
   * One byte per 4 KiB page, set to 1 by whoever writes the page (the hart's direct stores, the
   * bus's own stores, the loader). Used by snapshots (copy only dirty pages) and by the footprint
   * report (RAM actually touched). Never cleared by the hart.
   */
  readonly dirty: Uint8Array;
}
