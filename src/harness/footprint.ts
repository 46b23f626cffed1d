/**
 * Dynamic memory footprint of a run: stack high-water mark, heap peak, RAM actually touched,
 * overall and per stage, next to the static reservation.
 *
 *   const m = await Machine.fromElf('st_mnist.elf');
 *   const fp = attachFootprint(m);          // before run(): paints stack and heap
 *   await m.run();
 *   fp.report().stack?.used;                // bytes below __stack_top ever written
 *
 * Technique: before the run the stack [__stack_bottom, __stack_top) and the heap
 * [__heap_start, __heap_end) are filled with a paint word. A scan finds the lowest stack word
 * (highest heap word) that no longer holds it: stack used = top - that address, exact to a word
 * (a word the firmware writes with the paint value itself is missed). At every stage boundary
 * (the Machine's 'stage' event, fired while the firmware prints the stage line) the tracker
 * scans, then repaints the dead part of the stack below the current sp, so each stage gets its
 * own peak. RAM touched = RAM pages written (the board's dirty-page bitmap, 4 KiB pages); for
 * the painted pages, whose bitmap bit the painting itself sets, a page counts once its content
 * differs from what it held right after painting.
 */
import type { Machine, StageRecord } from './machine.js';
import {
  componentBreakdown, heapRange, stackRange, staticFootprint, symbolsWithFiles,
  type AddressRange, type Breakdown, type ComponentRule, type FootprintRegion, type MapContribution, type StaticFootprint,
} from '../loader/footprint.js';
import { parseElf, type ElfImage } from '../loader/elf.js';
import { ruleSet, type RuleSet } from '../loader/components.js';
import { PAGE_SHIFT, PAGE_SIZE, type MemoryRegion } from '../soc/memory.js';
import type { MachineProfile } from '../soc/profiles.js';

// The static side, re-exported so that the library has one footprint module
export {
  berkeleySizes, formatBerkeley, staticFootprint, parseLinkerMap, componentBreakdown,
  type StaticFootprint, type BerkeleySizes, type Breakdown, type ComponentSize, type SymbolSize,
} from '../loader/footprint.js';

/** The paint word (little-endian in memory). */
export const PAINT_WORD = 0xdeadc0de;

export interface FootprintOptions {
  /** Paint word (default PAINT_WORD). */
  pattern?: number;
  /** Repaint the free stack at each stage boundary to measure each stage's own peak (default true). */
  perStage?: boolean;
}

export interface StackUse {
  bottom: number;
  top: number;
  /** top - bottom */
  reserved: number;
  /** top - the lowest word written (0 if none). */
  used: number;
  /** Lowest written word address, or null. */
  lowest: number | null;
  /** The stack bottom word itself was written: the stack reached (and maybe passed) its limit. */
  reachedLimit: boolean;
}

export interface HeapUse {
  start: number;
  end: number;
  reserved: number;
  /** (highest word written + 4) - start, 0 if none. */
  used: number;
  highest: number | null;
  /** The last heap word was written: the heap is full (or the stack overflowed into it). */
  reachedLimit: boolean;
}

export interface StageFootprint {
  index: number;
  total: number;
  label: string;
  /** Deepest stack during this stage (bytes below the stack top). */
  stackUsed: number | null;
  /** Heap high-water mark at the end of this stage (cumulative since boot). */
  heapUsed: number | null;
  /** RAM touched at the end of this stage (cumulative since boot). */
  ramTouched: number;
  /** Of which first touched during this stage. */
  ramTouchedNew: number;
}

export interface RegionTouched { name: string; base: number; size: number; pages: number; bytes: number }

export interface FootprintReport {
  stack: StackUse | null;
  heap: HeapUse | null;
  /** Bytes of RAM pages written (loader image included), 4 KiB granularity. */
  ramTouched: number;
  regions: RegionTouched[];
  stages: StageFootprint[];
  warnings: string[];
}

export interface FootprintTracker {
  readonly machine: Machine;
  /** Scan now and report (may be called during and after a run). */
  report(): FootprintReport;
  /** Static footprint of the loaded image on this machine's memory map. */
  staticFootprint(): StaticFootprint;
  /** Stop listening to the machine. */
  detach(): void;
}

interface PaintedPage { region: MemoryRegion; page: number; reference: Uint32Array }

class Tracker implements FootprintTracker {
  readonly machine: Machine;
  private readonly pattern: number;
  private readonly perStage: boolean;
  private readonly stack: AddressRange | null;
  private readonly heap: AddressRange | null;
  private readonly ram: MemoryRegion[];
  /** Sticky per-page "touched" flags, one array per RAM region. */
  private readonly touched: Uint8Array[];
  /** Pages the painting wrote: touched only once their content differs from the reference. */
  private readonly painted = new Map<MemoryRegion, Map<number, PaintedPage>>();
  private readonly warnings: string[] = [];
  private readonly stages: StageFootprint[] = [];
  private open: { index: number; total: number; label: string; stackLowest: number | null; touchedAtStart: number } ;
  private lowestEver: number | null = null;
  private highestHeap: number | null = null;
  private readonly onStage: (s: StageRecord) => void;

  constructor(machine: Machine, options: FootprintOptions) {
    this.machine = machine;
    this.pattern = (options.pattern ?? PAINT_WORD) >>> 0;
    this.perStage = options.perStage ?? true;
    this.ram = machine.board.memories.filter((m) => m.kind === 'ram');
    const inRam = (r: AddressRange | null, what: string): AddressRange | null => {
      if (!r) return null;
      const start = ((r.start + 3) & ~3) >>> 0, end = (r.end & ~3) >>> 0;
      if (end <= start) return null;
      if (!this.ram.some((m) => start >= m.base && end <= m.end)) {
        this.warnings.push(`${what} [0x${start.toString(16)}, 0x${end.toString(16)}) is not inside one RAM region; not measured`);
        return null;
      }
      return { start: start >>> 0, end: end >>> 0 };
    };
    this.stack = inRam(stackRange(machine.elf), 'stack');
    this.heap = inRam(heapRange(machine.elf), 'heap');
    // pages written before painting (the loaded image) are touched already
    this.touched = this.ram.map((m) => {
      const t = new Uint8Array(m.dirty.length);
      for (let p = 0; p < t.length; p++) if (m.dirty[p] !== 0) t[p] = 1;
      return t;
    });
    for (const r of [this.heap, this.stack]) if (r) this.paint(r.start, r.end);
    this.open = { index: 0, total: 0, label: '(boot)', stackLowest: null, touchedAtStart: 0 };
    this.onStage = (s) => this.stageBoundary(s);
    machine.on('stage', this.onStage);
  }

  detach(): void {
    this.machine.off('stage', this.onStage);
  }

  private regionAt(addr: number): MemoryRegion {
    return this.ram.find((m) => addr >= m.base && addr < m.end)!;
  }

  /** Fill [start, end) (word aligned) with the pattern and remember the painted pages' content. */
  private paint(start: number, end: number): void {
    if (end <= start) return;
    const buf = new Uint8Array(end - start);
    new DataView(buf.buffer).setUint32(0, this.pattern, true);
    for (let n = 4; n < buf.length; n *= 2) buf.copyWithin(n, 0, Math.min(n, buf.length - n));
    this.machine.write(start, buf);
    const m = this.regionAt(start);
    let pages = this.painted.get(m);
    if (!pages) { pages = new Map(); this.painted.set(m, pages); }
    for (let p = (start - m.base) >>> PAGE_SHIFT; p <= (end - 1 - m.base) >>> PAGE_SHIFT; p++) {
      pages.set(p, { region: m, page: p, reference: this.words(m).slice(p << (PAGE_SHIFT - 2), (p + 1) << (PAGE_SHIFT - 2)) });
    }
  }

  /** The region's bytes as little-endian words (regions are page aligned; hosts Node runs on are little-endian). */
  private words(m: MemoryRegion): Uint32Array {
    return new Uint32Array(m.bytes.buffer, m.bytes.byteOffset, m.bytes.length >>> 2);
  }

  /** Lowest stack word that lost the paint, or null. */
  private scanStack(): number | null {
    const r = this.stack;
    if (!r) return null;
    const m = this.regionAt(r.start);
    const w = this.words(m), first = (r.start - m.base) >>> 2, end = (r.end - m.base) >>> 2, p = this.pattern;
    for (let i = first; i < end; i++) if (w[i] !== p) return m.base + i * 4;
    return null;
  }

  /** Highest heap word that lost the paint, or null. */
  private scanHeap(): number | null {
    const r = this.heap;
    if (!r) return null;
    const m = this.regionAt(r.start);
    const w = this.words(m), first = (r.start - m.base) >>> 2, p = this.pattern;
    for (let i = ((r.end - m.base) >>> 2) - 1; i >= first; i--) if (w[i] !== p) return m.base + i * 4;
    return null;
  }

  /** Update the sticky touched flags; returns the touched byte count per region. */
  private scanTouched(): RegionTouched[] {
    return this.ram.map((m, i) => {
      const t = this.touched[i]!, d = m.dirty;
      const painted = this.painted.get(m);
      const words = this.words(m);
      let pages = 0;
      for (let p = 0; p < d.length; p++) {
        if (t[p] === 0 && d[p] !== 0) {
          const ref = painted?.get(p);
          if (!ref) t[p] = 1;
          else {
            const cur = words.subarray(p << (PAGE_SHIFT - 2), (p + 1) << (PAGE_SHIFT - 2));
            const want = ref.reference;
            for (let k = 0; k < cur.length; k++) if (cur[k] !== want[k]) { t[p] = 1; break; }
          }
        }
        pages += t[p]!;
      }
      return { name: m.name, base: m.base, size: m.size, pages, bytes: pages * PAGE_SIZE };
    });
  }

  private scan(): { stackLowest: number | null; heapHighest: number | null; touched: RegionTouched[] } {
    const s = this.scanStack();
    if (s !== null && (this.lowestEver === null || s < this.lowestEver)) this.lowestEver = s;
    const h = this.scanHeap();
    if (h !== null && (this.highestHeap === null || h > this.highestHeap)) this.highestHeap = h;
    return { stackLowest: s, heapHighest: this.highestHeap, touched: this.scanTouched() };
  }

  private stageFigures(scan: ReturnType<Tracker['scan']>): StageFootprint {
    const o = this.open;
    const ramTouched = scan.touched.reduce((n, r) => n + r.bytes, 0);
    let lowest = scan.stackLowest;
    if (o.stackLowest !== null && (lowest === null || o.stackLowest < lowest)) lowest = o.stackLowest;
    return {
      index: o.index, total: o.total, label: o.label,
      stackUsed: this.stack ? (lowest === null ? 0 : this.stack.end - lowest) : null,
      heapUsed: this.heap ? (scan.heapHighest === null ? 0 : scan.heapHighest + 4 - this.heap.start) : null,
      ramTouched, ramTouchedNew: ramTouched - o.touchedAtStart,
    };
  }

  private stageBoundary(next: StageRecord): void {
    const scan = this.scan();
    const fig = this.stageFigures(scan);
    if (fig.index === 0) fig.total = next.total;
    // the boot stage only counts if the firmware ran before its first stage line
    if (!(fig.index === 0 && this.stages.length === 0 && this.machine.board.hart.instret === 0)) this.stages.push(fig);
    // The stack below the current sp is dead: repaint it so the next stage gets its own peak.
    // What stays live ([sp, top)) is in use when the stage begins.
    let liveLowest: number | null = null;
    const r = this.stack;
    if (r) {
      const sp = (this.machine.board.hart.x[2]! >>> 0) & ~3;
      if (this.perStage && sp > r.start && sp <= r.end) {
        this.paint(r.start, sp);
        liveLowest = sp < r.end ? sp : null;
      } else {
        liveLowest = scan.stackLowest;
      }
    }
    this.open = {
      index: next.index, total: next.total, label: next.label,
      stackLowest: liveLowest,
      touchedAtStart: fig.ramTouched,
    };
  }

  report(): FootprintReport {
    const scan = this.scan();
    const open = this.stageFigures(scan);
    const stages = this.stages.map((s) => ({ ...s }));
    if (this.stages.length > 0 || open.index !== 0) stages.push(open);
    let stack: StackUse | null = null;
    if (this.stack) {
      const lowest = this.lowestEver;
      stack = {
        bottom: this.stack.start, top: this.stack.end, reserved: this.stack.end - this.stack.start,
        used: lowest === null ? 0 : this.stack.end - lowest, lowest,
        reachedLimit: lowest !== null && lowest <= this.stack.start,
      };
    }
    let heap: HeapUse | null = null;
    if (this.heap) {
      const hi = this.highestHeap;
      heap = {
        start: this.heap.start, end: this.heap.end, reserved: this.heap.end - this.heap.start,
        used: hi === null ? 0 : hi + 4 - this.heap.start, highest: hi,
        reachedLimit: hi !== null && hi + 4 >= this.heap.end,
      };
    }
    const warnings = [...this.warnings];
    if (stack?.reachedLimit) warnings.push(`stack reached its limit: the word at __stack_bottom 0x${stack.bottom.toString(16)} was written (${stack.reserved} bytes reserved)`);
    if (heap?.reachedLimit) warnings.push(`heap reached its end 0x${heap.end.toString(16)} (${heap.reserved} bytes reserved${this.stack && this.stack.start === heap.end ? '; or the stack overflowed into it' : ''})`);
    return {
      stack, heap,
      ramTouched: scan.touched.reduce((n, r) => n + r.bytes, 0),
      regions: scan.touched,
      stages,
      warnings,
    };
  }

  staticFootprint(): StaticFootprint {
    return staticFootprint(this.machine.elf, boardRegions(this.machine));
  }
}

/** The machine's RAM and flash regions as the static footprint code needs them. */
/** The memory regions of a machine profile, as the footprint code needs them. */
export interface SizeReport {
  elf: ElfImage;
  footprint: StaticFootprint;
  breakdown: Breakdown;
  /** The component rules used (the preset says whether the image carries IREE's runtime). */
  ruleSet: RuleSet;
}

/**
 * The static side of `rv-zoo size` and `rv-zoo report` for one ELF: its footprint on a memory
 * map and the component breakdown (by the linker map when given, else by symbols), with the
 * rule set chosen from its symbols and an optional rules file; `rules` (matched first) may
 * depend on that rule set. A string: the rules file is wrong.
 */
export function sizeReport(bytes: Uint8Array, file: string, regions: readonly FootprintRegion[],
  opts: { map?: MapContribution[]; rules?: ComponentRule[] | ((set: RuleSet) => ComponentRule[]); rulesText?: string; rulesFile?: string } = {}): SizeReport | string {
  const elf = parseElf(bytes, file);
  const symbols = symbolsWithFiles(bytes, elf);
  const set = ruleSet(symbols, opts.rulesText, opts.rulesFile);
  if (typeof set === 'string') return set;
  const footprint = staticFootprint(elf, regions);
  const rules = typeof opts.rules === 'function' ? opts.rules(set) : opts.rules ?? [];
  const breakdown = componentBreakdown(elf, footprint, { map: opts.map && opts.map.length > 0 ? opts.map : undefined, rules, symbols, ruleSet: set });
  return { elf, footprint, breakdown, ruleSet: set };
}

export function profileRegions(machine: MachineProfile): FootprintRegion[] {
  return machine.regions.map((r) => ({ name: r.name, base: r.base, size: r.size, writable: r.kind === 'ram' }));
}

export function boardRegions(machine: Machine): FootprintRegion[] {
  return machine.board.regions.filter((r) => r.kind !== 'mmio')
    .map((r) => ({ name: r.name, base: r.base, size: r.size, writable: r.writable }));
}

/**
 * Start measuring the footprint of `machine`'s run: paints the stack and heap and listens to
 * its stage events. Call after Machine.fromElf and before run(). Painting writes only the
 * stack and heap reservations, which the firmware must not read before writing.
 */
export function attachFootprint(machine: Machine, options: FootprintOptions = {}): FootprintTracker {
  return new Tracker(machine, options);
}

/** The object `rv-zoo run --json` prints under `footprint`. */
export interface FootprintJson {
  static: {
    flash: number;
    ram: number;
    text: number;
    data: number;
    bss: number;
    flashParts: { code: number; rodata: number; dataLoad: number; padding: number };
    ramParts: { code: number; rodata: number; data: number; bss: number; heap: number; stack: number };
  };
  stack: (StackUse & { percent: number }) | null;
  heap: (HeapUse & { percent: number }) | null;
  ramTouched: number;
  stages: StageFootprint[];
  warnings: string[];
}

const percent = (n: number, of: number): number => (of > 0 ? Math.round(1000 * n / of) / 10 : 0);

/** Static totals plus the dynamic figures so far, as one JSON-ready object. */
export function footprintJson(tracker: FootprintTracker, report: FootprintReport = tracker.report()): FootprintJson {
  const st = tracker.staticFootprint();
  return {
    static: {
      flash: st.flash.total,
      ram: st.ram.total,
      text: st.berkeley.text,
      data: st.berkeley.data,
      bss: st.berkeley.bss,
      flashParts: { code: st.flash.code, rodata: st.flash.rodata, dataLoad: st.flash.dataLoad, padding: st.flash.padding },
      ramParts: { code: st.ram.code, rodata: st.ram.rodata, data: st.ram.data, bss: st.ram.bss, heap: st.ram.heap, stack: st.ram.stack },
    },
    stack: report.stack ? { ...report.stack, percent: percent(report.stack.used, report.stack.reserved) } : null,
    heap: report.heap ? { ...report.heap, percent: percent(report.heap.used, report.heap.reserved) } : null,
    ramTouched: report.ramTouched,
    stages: report.stages,
    warnings: [...st.warnings, ...report.warnings],
  };
}

/** One summary line for `rv-zoo run` (text mode). */
export function footprintLine(tracker: FootprintTracker, report: FootprintReport = tracker.report()): string {
  const st = tracker.staticFootprint();
  const parts = [`flash ${st.flash.total}`, `RAM ${st.ram.total}`];
  if (report.stack) parts.push(`stack ${report.stack.used}/${report.stack.reserved}${report.stack.reachedLimit ? ' (LIMIT)' : ''}`);
  if (report.heap) parts.push(`heap ${report.heap.used}/${report.heap.reserved}`);
  parts.push(`RAM touched ${report.ramTouched}`);
  return `footprint:    ${parts.join(', ')} bytes`;
}
