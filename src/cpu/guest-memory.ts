/**
 * Guest RAM and flash in one WebAssembly.Memory, so that the translation tier's compiled code
 * (src/cpu/wasm) reads and writes them directly while the rest of the emulator keeps using typed
 * arrays over the same buffer.
 *
 * Layout of the memory (fixed size: it never grows, so views never detach):
 *
 *   STATE_BASE  hart state the compiled code shares with the Hart (see STATE below)
 *   HASH_BASE   the dispatcher's entry table: HASH_ENTRIES x (pc, function index)
 *   pageMap     decode-cache page of each 4 KiB page of the regions (i32: first int of the page
 *               in `decode`, 0 = none), in the order the hart numbers its windows
 *   decode      the decode cache: DECODE_PAGES pages of 4096 i32 (two per halfword address)
 *   counts      entry counts for hotness: one i32 per halfword address of each decode page
 *   then per region, 64 KiB aligned: its bytes, its dirty map (one byte per 4 KiB page) and its
 *   code map (one byte per 64-byte granule: nonzero = decoded instructions live there).
 *
 * The SoC allocates its RAM/flash through `GuestMemory.create` when it can; the hart finds the
 * memory again from a window's `bytes` (guestMemoryOf). Windows that are plain arrays still work,
 * only without the translation tier.
 */

/** Byte offsets of the state area (all i32). */
export const STATE = {
  /** x0..x31 at 4*i, x[32] is the hart's sink for writes to x0. */
  REGS: 0,
  PC: 0x100,
  /** Why compiled code returned to the host (see the tier's EXIT_* codes). */
  EXIT: 0x104,
  /** Extra cycles (cycle model) accumulated by compiled code since the host last took them. */
  CD: 0x108,
  /**
   * 1 while mstatus.FS is Dirty, so that the tier may run F/D instructions (set by the host
   * before it runs the tier; with FS Off, Initial or Clean they go to the interpreter).
   */
  FP_OK: 0x10c,
  /** f0..f31, 8 bytes each (low word first): the hart's FPU registers (src/cpu/fpu.ts). */
  F: 0x200,
  /** fflags and frm (i32 each). */
  FFLAGS: 0x300,
  FRM: 0x304,
} as const;
export const STATE_BASE = 0;
export const STATE_SIZE = 0x1000;
export const HASH_BASE = 0x10000;
export const HASH_BITS = 16;
export const HASH_ENTRIES = 1 << HASH_BITS;
const WASM_PAGE = 0x10000;
/** 64-byte granules of self-modifying-code detection. */
export const CODE_GRANULE_SHIFT = 6;
/** Decode-cache pages (page 0 is a scratch page): 4 MiB of executed code before a flush. */
export const DECODE_PAGES = 1024;
/** i32s per decode-cache page: two per halfword address of a 4 KiB page. */
export const DECODE_PAGE_INTS = 4096;

export interface GuestRegion {
  readonly size: number;
  /** The region's bytes and their offset in the memory. */
  readonly bytes: Uint8Array;
  readonly dirty: Uint8Array;
  readonly code: Uint8Array;
}

const byBuffer = new WeakMap<ArrayBufferLike, GuestMemory>();

export class GuestMemory {
  readonly memory: WebAssembly.Memory;
  readonly pages: number;
  readonly regions: readonly GuestRegion[];
  /** Decode-cache page per 4 KiB page of all regions (see the layout above). */
  readonly pageMap: Int32Array;
  readonly decode: Int32Array;
  readonly counts: Int32Array;
  /** Set by the first hart that uses the state area (one hart per memory). */
  claimed = false;

  private constructor(memory: WebAssembly.Memory, pages: number, regions: GuestRegion[], pageMapOff: number, codePages: number, decodeOff: number, countsOff: number) {
    this.memory = memory;
    this.pages = pages;
    this.regions = regions;
    const buf = memory.buffer;
    this.pageMap = new Int32Array(buf, pageMapOff, codePages);
    this.decode = new Int32Array(buf, decodeOff, DECODE_PAGES * DECODE_PAGE_INTS);
    this.counts = new Int32Array(buf, countsOff, DECODE_PAGES * DECODE_PAGE_INTS / 2);
  }

  /**
   * A memory holding regions of the given sizes (multiples of 4 KiB), or null when they do not
   * fit in a 32-bit WebAssembly memory or the host cannot reserve it.
   */
  static create(sizes: readonly number[]): GuestMemory | null {
    const align = (n: number): number => Math.ceil(n / WASM_PAGE) * WASM_PAGE;
    const codePages = sizes.reduce((n, s) => n + Math.floor(s / 4096), 0);
    const pageMapOff = align(HASH_BASE + HASH_ENTRIES * 8);
    const decodeOff = align(pageMapOff + 4 * codePages);
    const countsOff = decodeOff + DECODE_PAGES * DECODE_PAGE_INTS * 4;
    let top = align(countsOff + DECODE_PAGES * DECODE_PAGE_INTS * 2);
    const offs: { bytes: number; dirty: number; code: number; size: number }[] = [];
    for (const size of sizes) {
      if (size <= 0 || size % 4096 !== 0) return null;
      const bytes = top;
      const dirty = bytes + size;
      const code = dirty + (size >>> 12);
      top = align(code + (size >>> CODE_GRANULE_SHIFT));
      offs.push({ bytes, dirty, code, size });
    }
    const pages = top / WASM_PAGE;
    if (pages > 65536) return null;
    let memory: WebAssembly.Memory;
    try {
      memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
    } catch {
      return null;
    }
    const buf = memory.buffer;
    const regions = offs.map((o): GuestRegion => ({
      size: o.size,
      bytes: new Uint8Array(buf, o.bytes, o.size),
      dirty: new Uint8Array(buf, o.dirty, o.size >>> 12),
      code: new Uint8Array(buf, o.code, o.size >>> CODE_GRANULE_SHIFT),
    }));
    new Int32Array(buf, HASH_BASE, HASH_ENTRIES * 2).fill(-1);
    const g = new GuestMemory(memory, pages, regions, pageMapOff, codePages, decodeOff, countsOff);
    byBuffer.set(buf, g);
    return g;
  }

  /** The region whose bytes are `bytes` (same buffer and offset), or null. */
  regionOf(bytes: Uint8Array): GuestRegion | null {
    for (const r of this.regions) if (r.bytes.byteOffset === bytes.byteOffset && r.bytes.length === bytes.length) return r;
    return null;
  }
}

/** The guest memory a window's bytes live in, or null for a plain array. */
export function guestMemoryOf(bytes: Uint8Array): GuestMemory | null {
  return byBuffer.get(bytes.buffer) ?? null;
}
