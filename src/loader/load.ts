import { RvZooError } from '../errors.js';
import type { Board, RegionInfo } from '../soc/board.js';
import { PT_LOAD, SHF_ALLOC, type ElfImage, type ElfSegment } from './elf.js';

const hex = (n: number): string => '0x' + (n >>> 0).toString(16).padStart(8, '0');

/** The parts of Board the loader uses. */
export type LoadTarget = Pick<Board, 'regions' | 'poke' | 'fill' | 'hart'> & { entry: number };

/** One address range a segment writes: its file image, or the zero-filled rest. */
interface Span {
  segment: ElfSegment;
  /** What the range is, for messages: '' (the whole segment), 'load image', '(run address)'. */
  what: string;
  start: number;
  /** Exclusive; may exceed 2^32 for a range that wraps (it then runs out of memory). */
  end: number;
  /** Bytes written from `start` (the file image), or null. */
  data: Uint8Array | null;
  /** Zeros are written from here to `end` (the part of p_memsz beyond p_filesz). */
  zeroFrom: number;
  /** Where the range's bytes run (for naming the sections a dropped part holds). */
  runStart: number;
}

/**
 * Load an ELF the way QEMU's `-kernel` loader does (QEMU 7.2, checked against it):
 *
 * - every PT_LOAD segment's file image (p_filesz bytes) goes to its physical (load) address
 *   p_paddr, so that an XIP build's .data image lands in flash for crt0 to copy; the rest of the
 *   segment (p_memsz beyond p_filesz: .bss) is zeroed where the program uses it, at p_vaddr;
 * - bytes that fall outside RAM and flash (before a region's start, on a device, or where
 *   nothing is mapped) are not loaded: QEMU drops them too. A plain `gcc -nostdlib
 *   -Ttext=0x80000000` link puts the ELF and program headers in a LOAD segment that starts at
 *   0x7ffff000, below RAM. Returns a warning for each section that was dropped that way.
 *
 * Refused (an RvZooError naming the segment, range and region), as QEMU cannot run them either:
 * a range that runs past the end of a RAM or flash region (the image does not fit; QEMU keeps
 * its device tree at the top of RAM and refuses a segment that overlaps it), segments that
 * overlap each other (QEMU: "Some ROM regions are overlapping"), and an entry point that is not
 * in loaded, executable memory. (p_filesz > p_memsz is refused by parseElf.)
 */
export function loadElf(image: ElfImage, board: LoadTarget): string[] {
  const mems = board.regions.filter((r) => r.kind !== 'mmio').sort((a, b) => a.base - b.base);
  const label = (r: RegionInfo): string => {
    const kind = r.kind === 'ram' ? 'RAM' : 'flash';
    return `${r.name.toLowerCase() === r.kind ? kind : `${kind} '${r.name}'`} [${hex(r.base)}, ${hex(r.base + r.size)})`;
  };
  const spans: Span[] = [];
  for (const seg of image.segments) {
    if (seg.type !== PT_LOAD || seg.memsz === 0) continue;
    const lma = seg.paddr >>> 0, vma = seg.vaddr >>> 0;
    const data = seg.filesz > 0 ? seg.data : null;
    if (lma === vma) {
      spans.push({ segment: seg, what: '', start: lma, end: lma + seg.memsz, data, zeroFrom: lma + seg.filesz, runStart: vma });
    } else {
      // The image at its load address; at the run address only the zeroed tail is written
      // (crt0 copies the image there), but the whole range must fit and not overlap others.
      if (data) spans.push({ segment: seg, what: 'load image', start: lma, end: lma + seg.filesz, data, zeroFrom: lma + seg.filesz, runStart: vma });
      spans.push({ segment: seg, what: '(run address)', start: vma, end: vma + seg.memsz, data: null, zeroFrom: vma + seg.filesz, runStart: vma });
    }
  }
  refuseOverlaps(image.file, spans);

  const warnings: string[] = [];
  const writes: (() => void)[] = [];
  const entry = image.entry >>> 0;
  let entryLoaded = false;
  for (const span of spans) {
    const { inside, overflow } = clip(span.start, span.end, mems);
    const name = `segment ${span.segment.index}${span.what ? ' ' + span.what : ''} [${hex(span.start)}, ${hex(span.end)})`;
    if (overflow) throw new RvZooError(`${image.file}: ${name} does not fit in ${label(overflow)}`);
    let loaded = 0;
    for (const [a, b] of inside) {
      loaded += b - a;
      writes.push(() => write(board, span, a, b));
      if (span.data !== null && entry >= Math.max(a, span.start) && entry + 2 <= Math.min(b, span.start + span.data.length)) entryLoaded = true;
    }
    if (loaded < span.end - span.start) {
      const lost = droppedSections(image, span, inside);
      if (lost.length > 0) warnings.push(`${image.file}: ${name} is partly or wholly outside RAM and flash: ${lost.join(', ')} not loaded (QEMU drops it too)`);
    }
  }
  const exec = mems.find((r) => r.executable && entry >= r.base && entry + 2 <= r.base + r.size);
  if (!exec) {
    throw new RvZooError(`${image.file}: entry point ${hex(entry)} is not in executable memory (${mems.filter((r) => r.executable).map(label).join(', ')})`);
  }
  if (!entryLoaded) throw new RvZooError(`${image.file}: entry point ${hex(entry)} is not in the loaded part of any segment`);
  for (const w of writes) w();
  board.entry = entry;
  board.hart.pc = entry;
  return warnings;
}

/** Write the part [a, b) of a span: file image bytes, then zeros from zeroFrom. */
function write(board: LoadTarget, span: Span, a: number, b: number): void {
  if (span.data !== null) {
    const imageEnd = Math.min(b, span.start + span.data.length);
    if (a < imageEnd) board.poke(a, span.data.subarray(a - span.start, imageEnd - span.start));
  }
  const z = Math.max(a, span.zeroFrom);
  if (z < b) board.fill(z, b - z, 0);
}

/**
 * The parts of [start, end) inside memory regions (sorted by base), and the region the range
 * runs out of the end of, if any (regions that touch count as one).
 */
function clip(start: number, end: number, mems: readonly RegionInfo[]): { inside: [number, number][]; overflow: RegionInfo | null } {
  const inside: [number, number][] = [];
  let overflow: RegionInfo | null = null;
  for (const r of mems) {
    const rEnd = r.base + r.size;
    const a = Math.max(start, r.base), b = Math.min(end, rEnd);
    if (a >= b) continue;
    inside.push([a, b]);
    if (end > rEnd && !mems.some((m) => m.base === rEnd)) overflow ??= r;
  }
  return { inside, overflow };
}

/** Two segments that write the same address: refused, naming both and the shared range. */
function refuseOverlaps(file: string, spans: Span[]): void {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  let reach: Span | null = null;
  for (const s of sorted) {
    if (reach !== null && s.start < reach.end && s.segment !== reach.segment) {
      const [i, j] = [reach.segment.index, s.segment.index].sort((x, y) => x - y);
      throw new RvZooError(`${file}: segments ${i} and ${j} overlap at [${hex(s.start)}, ${hex(Math.min(s.end, reach.end))}) (QEMU refuses overlapping segments too)`);
    }
    if (reach === null || s.end > reach.end) reach = s;
  }
}

/** Names of the allocated sections whose bytes lie in the parts of `span` that were not loaded. */
function droppedSections(image: ElfImage, span: Span, inside: [number, number][]): string[] {
  const toRun = span.runStart - span.start;
  const out: string[] = [];
  for (const sec of image.sections) {
    if ((sec.flags & SHF_ALLOC) === 0 || sec.size === 0) continue;
    // the section's bytes within this span, in the span's own address space
    const a = Math.max(span.start, (sec.addr >>> 0) - toRun), b = Math.min(span.end, (sec.addr >>> 0) - toRun + sec.size);
    if (a >= b) continue;
    const kept = inside.reduce((n, [x, y]) => n + Math.max(0, Math.min(b, y) - Math.max(a, x)), 0);
    if (kept < b - a) out.push(sec.name);
  }
  return out;
}
