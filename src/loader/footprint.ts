/**
 * Static memory footprint of an ELF: Berkeley `size` figures, flash and RAM totals for the
 * image's real layout on a machine's memory map, and breakdowns by section, symbol and
 * component (from a GNU ld map file or from symbol-name rules).
 *
 * Pure functions over an ElfImage (and the file bytes / map text where needed); nothing here
 * runs the machine. The memory map comes in as plain region descriptions so that the loader
 * does not depend on the SoC layer.
 */
import type { ElfImage, ElfSection, ElfSymbol } from './elf.js';
import { PT_LOAD, SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE, SHT_NOBITS } from './elf.js';
import { firstMatch, sectionSymbolName, type RuleSet, type SectionKind } from './components.js';
import { count } from '../format.js';

export type { SectionKind };

/** A memory region of the machine: flash (read-only to the guest) or RAM. */
export interface FootprintRegion {
  name: string;
  base: number;
  size: number;
  /** Guest stores allowed: RAM. Non-writable regions (flash) hold what is "in flash". */
  writable: boolean;
}

// ------------------------------------------------------------------ Berkeley size

export interface BerkeleySizes {
  text: number;
  data: number;
  bss: number;
  /** text + data + bss */
  dec: number;
}

/**
 * binutils `size` (Berkeley format) rules, applied to the ELF section headers the way BFD sees
 * them: only SHF_ALLOC sections count; a section that is code (SHF_EXECINSTR) or read-only (no
 * SHF_WRITE) is text, whatever its type; otherwise one with contents (not SHT_NOBITS) is data;
 * the rest is bss.
 */
export function berkeleySizes(elf: ElfImage): BerkeleySizes {
  let text = 0, data = 0, bss = 0;
  for (const s of elf.sections) {
    if (s.index === 0 || (s.flags & SHF_ALLOC) === 0) continue;
    if ((s.flags & SHF_EXECINSTR) !== 0 || (s.flags & SHF_WRITE) === 0) text += s.size;
    else if (s.type !== SHT_NOBITS) data += s.size;
    else bss += s.size;
  }
  return { text, data, bss, dec: text + data + bss };
}

/** The two lines `riscv64-unknown-elf-size FILE` prints (header and figures), newline-terminated. */
export function formatBerkeley(sizes: BerkeleySizes, filename: string): string {
  const col = (n: number | string): string => String(n).padStart(7);
  const header = ['   text', '   data', '    bss', '    dec', '    hex', 'filename'].join('\t');
  const line = [col(sizes.text), col(sizes.data), col(sizes.bss), col(sizes.dec), col(sizes.dec.toString(16)), filename].join('\t');
  return `${header}\n${line}\n`;
}

// ------------------------------------------------------------------ layout: flash and RAM


export interface SectionPlacement {
  name: string;
  kind: SectionKind;
  size: number;
  /** Run address. */
  vma: number;
  /** Load address (where the file image is stored); equals vma unless relocated (XIP .data). */
  lma: number;
  /** Region holding the run address / the load image (null: outside every region). */
  vmaRegion: string | null;
  lmaRegion: string | null;
  /** Bytes this section occupies in non-writable memory (its load image there). */
  flash: number;
  /** Bytes this section occupies in writable memory at run time. */
  ram: number;
}

export interface AddressRange { start: number; end: number }

export interface RegionUse { name: string; base: number; size: number; used: number }

export interface StaticFootprint {
  file: string;
  berkeley: BerkeleySizes;
  flash: {
    /** Bytes of PT_LOAD file images whose load address (p_paddr) is in a non-writable region. */
    total: number;
    code: number;
    rodata: number;
    /** Load image of initialised data copied to RAM at start-up (XIP). */
    dataLoad: number;
    /** Alignment gaps inside loaded segments. */
    padding: number;
    regions: RegionUse[];
  };
  ram: {
    /** Bytes of allocated sections and stack/heap reservations whose run address is in RAM. */
    total: number;
    code: number;
    rodata: number;
    data: number;
    bss: number;
    heap: number;
    stack: number;
    regions: RegionUse[];
  };
  /** The reserved stack ([bottom, top), grows down from top) and heap, when the image has them. */
  stack: AddressRange | null;
  heap: AddressRange | null;
  sections: SectionPlacement[];
  warnings: string[];
}

/** Read-only data by name, even when the linker made it writable (.data.rel.ro merged in). */
const RODATA_NAME = /^\.(s?rodata|data\.rel\.ro)(\.|$)/;

/**
 * What a section is: code (executable); read-only data (not writable, or named .rodata /
 * .data.rel.ro, or with contents run from read-only memory, where stores fault: LLVM puts
 * relocated constants in .data.rel.ro, which the linker script merges into .rodata and which
 * makes it writable); initialised data; or zero-initialised / reserved memory (bss).
 */
function sectionKind(s: ElfSection, runsFrom: FootprintRegion | null): SectionKind {
  if ((s.flags & SHF_EXECINSTR) !== 0) return 'code';
  if ((s.flags & SHF_WRITE) === 0 || RODATA_NAME.test(s.name)) return 'rodata';
  if (s.type === SHT_NOBITS) return 'bss';
  return runsFrom !== null && !runsFrom.writable ? 'rodata' : 'data';
}

/** Symbol pair as a range, or null when either symbol is missing or the range is empty/reversed. */
function symbolRange(elf: ElfImage, lo: string, hi: string): AddressRange | null {
  const a = elf.symbol(lo), b = elf.symbol(hi);
  if (!a || !b || a.section === 0 || b.section === 0) return null;
  const start = a.value >>> 0, end = b.value >>> 0;
  return end > start ? { start, end } : null;
}

/** The stack reservation: [__stack_bottom, __stack_top), or the `.stack` section. */
export function stackRange(elf: ElfImage): AddressRange | null {
  const r = symbolRange(elf, '__stack_bottom', '__stack_top');
  if (r) return r;
  const s = elf.section('.stack');
  return s && (s.flags & SHF_ALLOC) !== 0 && s.size > 0 ? { start: s.addr, end: s.addr + s.size } : null;
}

/** The heap reservation: [__heap_start, __heap_end), or the `.heap` section. */
export function heapRange(elf: ElfImage): AddressRange | null {
  const r = symbolRange(elf, '__heap_start', '__heap_end');
  if (r) return r;
  const s = elf.section('.heap');
  return s && (s.flags & SHF_ALLOC) !== 0 && s.size > 0 ? { start: s.addr, end: s.addr + s.size } : null;
}

function regionOf(regions: readonly FootprintRegion[], addr: number): FootprintRegion | null {
  for (const r of regions) if (addr >= r.base && addr < r.base + r.size) return r;
  return null;
}

/** Load address of a section: through the PT_LOAD segment whose file image holds it. */
function loadAddress(elf: ElfImage, s: ElfSection): number {
  if (s.type === SHT_NOBITS) return s.addr;
  for (const seg of elf.segments) {
    if (seg.type !== PT_LOAD) continue;
    if (s.offset >= seg.offset && s.offset + s.size <= seg.offset + seg.filesz &&
        s.addr >= seg.vaddr && s.addr + s.size <= seg.vaddr + seg.memsz) {
      return (seg.paddr + (s.addr - seg.vaddr)) >>> 0;
    }
  }
  return s.addr;
}

/** Total length of the union of ranges. */
function unionLength(ranges: AddressRange[]): number {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  let total = 0, curS = -1, curE = -1;
  for (const r of sorted) {
    if (r.start > curE) {
      if (curE > curS) total += curE - curS;
      curS = r.start; curE = r.end;
    } else if (r.end > curE) curE = r.end;
  }
  if (curE > curS) total += curE - curS;
  return total;
}

/** The allocated sections of an image (non-empty, SHF_ALLOC), in address order. */
export function allocSections(elf: ElfImage): ElfSection[] {
  return elf.sections.filter((s) => s.index !== 0 && (s.flags & SHF_ALLOC) !== 0 && s.size > 0);
}

/**
 * Flash and RAM use of an image on a memory map. Flash: the PT_LOAD file images (p_paddr,
 * p_filesz) that land in non-writable regions (code, read-only data and, in XIP builds, the
 * load image of .data). RAM: every allocated section whose run address is in a writable region,
 * plus the stack and heap reservations (__stack_bottom..__stack_top, __heap_start..__heap_end),
 * counted once where they overlap sections. In a RAM-only build everything is RAM and flash is 0.
 */
export function staticFootprint(elf: ElfImage, regions: readonly FootprintRegion[]): StaticFootprint {
  const warnings: string[] = [];
  const stack = stackRange(elf), heap = heapRange(elf);

  // Flash: union of loaded file images per non-writable region
  const flashRanges = new Map<string, AddressRange[]>();
  for (const seg of elf.segments) {
    if (seg.type !== PT_LOAD || seg.filesz === 0) continue;
    const r = regionOf(regions, seg.paddr >>> 0);
    if (!r) {
      warnings.push(`segment ${seg.index} load address 0x${(seg.paddr >>> 0).toString(16)} is outside every memory region`);
      continue;
    }
    if (r.writable) continue;
    const list = flashRanges.get(r.name) ?? [];
    list.push({ start: seg.paddr >>> 0, end: (seg.paddr >>> 0) + seg.filesz });
    flashRanges.set(r.name, list);
  }

  const sections: SectionPlacement[] = [];
  const flash = { code: 0, rodata: 0, dataLoad: 0 };
  const ramRanges = new Map<string, { range: AddressRange; kind: SectionKind | 'heap' | 'stack' }[]>();
  const addRam = (region: FootprintRegion, range: AddressRange, kind: SectionKind | 'heap' | 'stack'): void => {
    const list = ramRanges.get(region.name) ?? [];
    list.push({ range, kind });
    ramRanges.set(region.name, list);
  };
  for (const s of allocSections(elf)) {
    const lma = loadAddress(elf, s);
    const vr = regionOf(regions, s.addr >>> 0);
    const kind = sectionKind(s, vr);
    const lr = s.type === SHT_NOBITS ? null : regionOf(regions, lma);
    let inFlash = 0, inRam = 0;
    if (lr && !lr.writable) {
      inFlash = s.size;
      if (kind === 'code') flash.code += s.size;
      else if (kind === 'rodata') flash.rodata += s.size;
      else flash.dataLoad += s.size;
    }
    if (vr && vr.writable) {
      inRam = s.size;
      addRam(vr, { start: s.addr >>> 0, end: (s.addr >>> 0) + s.size }, kind);
    }
    if (!vr) warnings.push(`section ${s.name} at 0x${(s.addr >>> 0).toString(16)} is outside every memory region`);
    sections.push({ name: s.name, kind, size: s.size, vma: s.addr >>> 0, lma, vmaRegion: vr?.name ?? null,
      lmaRegion: lr?.name ?? (s.type === SHT_NOBITS ? null : vr?.name ?? null), flash: inFlash, ram: inRam });
  }
  for (const [range, kind] of [[heap, 'heap'], [stack, 'stack']] as const) {
    if (!range) continue;
    const r = regionOf(regions, range.start);
    if (r && r.writable) addRam(r, range, kind);
  }

  // RAM: union per region; each byte is attributed to the highest-priority kind covering it
  const priority: Record<string, number> = { stack: 6, heap: 5, code: 4, rodata: 3, data: 2, bss: 1 };
  const ram = { code: 0, rodata: 0, data: 0, bss: 0, heap: 0, stack: 0 };
  const ramUse: RegionUse[] = [];
  for (const r of regions) {
    const list = ramRanges.get(r.name);
    if (!r.writable) continue;
    let used = 0;
    if (list) {
      const cuts = [...new Set(list.flatMap((e) => [e.range.start, e.range.end]))].sort((a, b) => a - b);
      for (let i = 0; i + 1 < cuts.length; i++) {
        const a = cuts[i]!, b = cuts[i + 1]!;
        let best: string | null = null;
        for (const e of list) {
          if (e.range.start <= a && e.range.end >= b && (best === null || priority[e.kind]! > priority[best]!)) best = e.kind;
        }
        if (best !== null) {
          ram[best as keyof typeof ram] += b - a;
          used += b - a;
        }
      }
    }
    ramUse.push({ name: r.name, base: r.base, size: r.size, used });
  }
  const flashUse: RegionUse[] = regions.filter((r) => !r.writable)
    .map((r) => ({ name: r.name, base: r.base, size: r.size, used: unionLength(flashRanges.get(r.name) ?? []) }));
  const flashTotal = flashUse.reduce((n, r) => n + r.used, 0);
  const ramTotal = ramUse.reduce((n, r) => n + r.used, 0);
  for (const u of [...flashUse, ...ramUse]) {
    if (u.used > u.size) warnings.push(`${u.name}: ${u.used} bytes used, more than its ${u.size} bytes`);
  }
  return {
    file: elf.file,
    berkeley: berkeleySizes(elf),
    flash: { total: flashTotal, ...flash, padding: Math.max(0, flashTotal - flash.code - flash.rodata - flash.dataLoad), regions: flashUse },
    ram: { total: ramTotal, ...ram, regions: ramUse },
    stack, heap, sections, warnings,
  };
}

// ------------------------------------------------------------------ GNU ld map files

/** One input-section contribution listed in a GNU ld map ("Linker script and memory map"). */
export interface MapContribution {
  /** Output section, e.g. `.text`. */
  output: string;
  /** Input section, e.g. `.text.memcpy`, or `*fill*` for padding the linker inserted. */
  input: string;
  /** Object file (`/path/x.o` or `/path/libc.a(member.o)`); null for *fill*. */
  file: string | null;
  addr: number;
  size: number;
  /** Symbols the map lists inside this contribution. */
  symbols: string[];
}

const HEX = '0x([0-9a-fA-F]+)';
const OUT_FULL = new RegExp(`^(\\S+)\\s+${HEX}\\s+${HEX}(?:\\s+load address ${HEX})?\\s*$`);
const OUT_NAME = /^(\.\S*|[A-Za-z_][\w.]*)\s*$/;
const OUT_CONT = new RegExp(`^\\s+${HEX}\\s+${HEX}(?:\\s+load address ${HEX})?\\s*$`);
const IN_FULL = new RegExp(`^ (\\S+)\\s+${HEX}\\s+${HEX}(?:\\s+(\\S.*?))?\\s*$`);
const IN_NAME = /^ (\.\S+|COMMON)\s*$/;
const IN_CONT = new RegExp(`^\\s{2,}${HEX}\\s+${HEX}(?:\\s+(\\S.*?))?\\s*$`);
const SYMBOL = new RegExp(`^\\s{2,}${HEX}\\s+([A-Za-z_.$][\\w.$@]*)\\s*$`);

/**
 * Parse the memory-map part of a GNU ld `-Map` file into input-section contributions. Lines
 * the format wraps (a long section name alone on its line, its address, size and file on the
 * next) are joined. Assignments, `LOAD` lines and pattern lines (` *(.text .text.*)`) are skipped.
 */
export function parseLinkerMap(text: string): MapContribution[] {
  const lines = text.split(/\r?\n/);
  let i = lines.findIndex((l) => l.startsWith('Linker script and memory map'));
  if (i < 0) return [];
  const out: MapContribution[] = [];
  let output: string | null = null;
  let pendingOut: string | null = null;
  let pendingIn: string | null = null;
  let last: MapContribution | null = null;
  for (i++; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') { pendingIn = null; continue; }
    if (pendingOut !== null) {
      const m = OUT_CONT.exec(line);
      if (m) { output = pendingOut; pendingOut = null; last = null; continue; }
      pendingOut = null;
    }
    if (pendingIn !== null) {
      const m = IN_CONT.exec(line);
      if (m && output !== null) {
        last = { output, input: pendingIn, file: m[3] ?? null, addr: parseInt(m[1]!, 16), size: parseInt(m[2]!, 16), symbols: [] };
        out.push(last);
        pendingIn = null;
        continue;
      }
      pendingIn = null;
    }
    if (line[0] !== ' ') {
      // column 0: an output section (or LOAD/OUTPUT/group lines, which do not match)
      if (/^(LOAD|OUTPUT|START GROUP|END GROUP|INPUT|SEARCH_DIR)\b/.test(line)) { output = null; continue; }
      const m = OUT_FULL.exec(line);
      if (m) { output = m[1]!; last = null; continue; }
      const n = OUT_NAME.exec(line);
      if (n) { pendingOut = n[1]!; output = null; last = null; continue; }
      output = null;
      continue;
    }
    if (output === null) continue;
    const full = IN_FULL.exec(line);
    if (full && (full[1]!.startsWith('.') || full[1] === 'COMMON' || full[1] === '*fill*')) {
      const isFill = full[1] === '*fill*';
      last = { output, input: full[1]!, file: isFill ? null : full[4] ?? null, addr: parseInt(full[2]!, 16), size: parseInt(full[3]!, 16), symbols: [] };
      out.push(last);
      continue;
    }
    const nm = IN_NAME.exec(line);
    if (nm) { pendingIn = nm[1]!; continue; }
    const sym = SYMBOL.exec(line);
    if (sym && last && !sym[2]!.startsWith('0x')) {
      last.symbols.push(sym[2]!);
    }
  }
  return out;
}

// ------------------------------------------------------------------ components

/** A user rule `NAME=REGEX`: contributions or symbols matching REGEX belong to NAME. */
export interface ComponentRule { name: string; pattern: RegExp }

/** Parse `NAME=REGEX`; returns an error message instead of throwing. */
export function parseComponentRule(spec: string): ComponentRule | string {
  const eq = spec.indexOf('=');
  if (eq <= 0 || eq === spec.length - 1) return `--component needs NAME=REGEX, got '${spec}'`;
  const name = spec.slice(0, eq), src = spec.slice(eq + 1);
  try {
    return { name, pattern: new RegExp(src) };
  } catch (e) {
    return `--component ${name}: bad regular expression '${src}' (${(e as Error).message.split('\n')[0]})`;
  }
}

/** The default components, in the order they are listed. */
export const DEFAULT_COMPONENTS = ['model', 'inference', 'app', 'bsp', 'libc', 'libgcc', 'heap', 'stack', '(padding)', '(other)'] as const;

const BSP_FILES = new Set(['crt0', 'console', 'trap', 'trap_entry', 'uart', 'clint', 'plic', 'finisher', 'semihost', 'bsp']);
const basename = (p: string): string => p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
const stem = (f: string): string => f.replace(/(\.[A-Za-z])?\.(o|obj|c|S|s)$/, '').replace(/\.(c|S|s)$/, '');
const TOOLCHAIN_PATH = /(^|\/)(usr\/(local\/)?lib|usr\/lib\/gcc|lib\/gcc|picolibc|newlib|gcc-cross|toolchain|riscv[^/]*-elf)\//;

/** Component of a map contribution's file (`/path/x.o`, `/path/libc.a(m.o)`) by the default rules. */
export function defaultFileComponent(file: string): string {
  const paren = file.indexOf('(');
  const archive = paren > 0 ? file.slice(0, paren) : null;
  const member = paren > 0 ? file.slice(paren + 1, file.endsWith(')') ? -1 : undefined) : file;
  if (archive !== null) {
    const a = basename(archive);
    if (/^libgcc(_eh)?\.a$/.test(a)) return 'libgcc';
    if (a === 'libbsp.a') return 'bsp';
    if (TOOLCHAIN_PATH.test(archive) || /^lib(c|m|g|nosys|semihost|dummyhost|stdc\+\+|supc\+\+)\.a$/.test(a)) return 'libc';
    return objectComponent(archive + '/' + member);
  }
  if (TOOLCHAIN_PATH.test(file)) return /\/gcc\//.test(file) ? 'libgcc' : 'libc';
  return objectComponent(file);
}

function objectComponent(path: string): string {
  const b = basename(path);
  if (/_model\.(o|c|obj)$/.test(b) || /\/(gen|models?)\//.test(path)) return 'model';
  if (/(^|\/)zoo\/lib\//.test(path) || /^(zoo|libzoo)\.(o|a|obj)$/.test(b)) return 'inference';
  if (/(^|\/)bsp\//.test(path) || BSP_FILES.has(stem(b))) return 'bsp';
  return 'app';
}

/** Component of a source file named by an STT_FILE symbol (locals that follow it), or null. */
export function defaultSourceComponent(file: string): string | null {
  const b = basename(file);
  if (/_model\.c$/.test(b)) return 'model';
  if (b === 'zoo.c') return 'inference';
  if (BSP_FILES.has(stem(b))) return 'bsp';
  if (/^libgcc2\.c$|^save-restore\.[oS]$|^(fp-bit|dp-bit|sp-bit)\.c$/.test(b) ||
      /^(?:add|sub|mul|div|neg|cmp|eq|ne|ge|gt|le|lt|unord|fix|fixuns|float|floatun|extend|trunc)(?:[sdt][if]){1,2}\d?\.c$/.test(b)) return 'libgcc';
  if (/\.[cS]\.o$/.test(b)) return 'libc'; // picolibc's meson object naming
  if (/^(v?[sfd]?n?printf|v?[sf]?scanf|puts|putchar|fputc|fputs|fgetc|getchar|fgets|fwrite|fflush|dtoa_\w+|ryu_\w+|[efkws]f?_\w+|mem\w+|str\w+|malloc\w*|nano-malloc\w*|calloc|realloc|free|sbrk|init|fini|pico-\w+|atexit|exit|abort|errno|ctype\w*|qsort|bsearch|atoi|strto\w+|itoa|utoa|rand\w*|filestrput|tinystdio\w*)\.c$/.test(b)) return 'libc';
  return null;
}

const LIBGCC_NAME = /^__(?:riscv_(?:save|restore)_\d+|clz_tab|(?:u?(?:div|mod|mul|cmp)|add|sub|neg|lshr|ashl|ashr|clz|ctz|ffs|popcount|parity|bswap|fix|fixuns|float|floatun|extend|trunc|eq|ne|ge|gt|le|lt|unord|pow|abs)(?:[sdtx][ifc]){1,2}\d?)$/;
const LIBC_NAME = new RegExp('^(?:__\\w*|_impure_ptr|_reent\\w*|mem\\w+|str\\w+|v?[sfd]?n?printf|v?[sf]?scanf|puts|putchar|fputc|putc|fputs|fwrite|fflush|getc|getchar|fgetc|fgets|ungetc|' +
  'malloc|free|calloc|realloc|memalign|aligned_alloc|posix_memalign|sbrk|_sbrk|brk|exit|_Exit|abort|atexit|errno|environ|' +
  'qsort|bsearch|atoi|atol|strto\\w+|abs|labs|rand|srand|is(?:alpha|digit|space|upper|lower|alnum|print|xdigit|punct|cntrl|graph)|to(?:upper|lower)|' +
  '(?:round|sqrt|exp|exp2|expm1|log|log2|log10|log1p|pow|floor|ceil|trunc|fabs|fmod|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|frexp|ldexp|scalbn|lround|lrint|rint|nearbyint|fmin|fmax|copysign|modf|hypot|cbrt)f?|' +
  'DOUBLE_\\w+|FLOAT_\\w+|skip_to_arg|mulShiftAll64|div10|stdio_\\w+)$');
const BSP_NAME = /^(?:_start|_exit|trap_entry|trap_dispatch|unexpected|bsp_\w+|uart_\w+|clint_\w+|plic_\w+|console_\w+|irq_handlers|exc_handlers|exc_names|std(?:in|out|err))$/;

/** Component of a symbol by the default name rules; `file` is its STT_FILE source for locals. */
export function defaultSymbolComponent(sym: { name: string; type: ElfSymbol['type'] }, file: string | null): string {
  const n = sym.name;
  // model constants and arena as tools/tflite2c.py names them
  if (/^zoo_model_\w+$/.test(n) || /^\w+_l\d+_[a-z_]+$/.test(n) || /^\w+_(arena|layers)$/.test(n)) return 'model';
  if (file !== null) {
    const c = defaultSourceComponent(file);
    if (c !== null) return c;
  }
  if (sym.type === 'func' && /^zoo_/.test(n)) return 'inference';
  if (BSP_NAME.test(n)) return 'bsp';
  if (LIBGCC_NAME.test(n)) return 'libgcc';
  if (LIBC_NAME.test(n)) return 'libc';
  return 'app';
}

/** An ELF symbol with the STT_FILE source that precedes it (locals only). */
export interface FileSymbol extends ElfSymbol { file: string | null }

/**
 * Read .symtab again keeping what ElfImage drops: the STT_FILE entries. Each local symbol gets
 * the name of the last STT_FILE before it; globals get null (ELF does not record their file).
 */
export function symbolsWithFiles(bytes: Uint8Array, elf: ElfImage): FileSymbol[] {
  const symtab = elf.sections.find((s) => s.type === 2);
  if (!symtab) return elf.symbols.map((s) => ({ ...s, file: null }));
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shoff = dv.getUint32(32, true), shentsize = dv.getUint16(46, true);
  const link = dv.getUint32(shoff + symtab.index * shentsize + 24, true);
  const strtab = elf.sections[link];
  if (!strtab) return elf.symbols.map((s) => ({ ...s, file: null }));
  const dec = new TextDecoder();
  const str = (off: number): string => {
    if (off >= strtab.size) return '';
    let e = strtab.offset + off;
    while (e < strtab.offset + strtab.size && bytes[e] !== 0) e++;
    return dec.decode(bytes.subarray(strtab.offset + off, e));
  };
  const out: FileSymbol[] = [];
  let file: string | null = null;
  const count = Math.floor(symtab.size / 16);
  for (let i = 1; i < count; i++) {
    const o = symtab.offset + i * 16;
    if (o + 16 > bytes.length) break;
    const info = bytes[o + 12]!, t = info & 0xf, b = info >> 4;
    const name = str(dv.getUint32(o, true));
    if (t === 4) { file = name || null; continue; }
    if (t === 3 || name === '') continue;
    out.push({
      name, value: dv.getUint32(o + 4, true), size: dv.getUint32(o + 8, true),
      type: t === 2 ? 'func' : t === 1 ? 'object' : 'other',
      bind: b === 1 ? 'global' : b === 2 ? 'weak' : 'local',
      section: dv.getUint16(o + 14, true),
      file: b === 0 ? file : null,
    });
  }
  return out;
}

export interface ComponentSize {
  name: string;
  code: number;
  rodata: number;
  data: number;
  bss: number;
  /** Bytes in flash (load images in non-writable regions). */
  flash: number;
  /** Bytes in RAM at run time. */
  ram: number;
  /** code + rodata + data + bss */
  total: number;
}

export interface SymbolSize {
  name: string;
  addr: number;
  size: number;
  kind: SectionKind;
  section: string;
  component: string;
  flash: number;
  ram: number;
}

export interface Breakdown {
  /** 'map' when a linker map gave the contributions, else 'symbols'. */
  source: 'map' | 'symbols';
  /** The rule preset used: 'iree' (IREE's runtime found, or asked for) or 'default'. */
  preset: 'iree' | 'default';
  components: ComponentSize[];
  /** Sized symbols (aliases at one address counted once), largest first. */
  symbols: SymbolSize[];
}

interface Piece { component: string; section: SectionPlacement; size: number }

function rangeOf(addr: number, size: number, r: AddressRange | null): boolean {
  return r !== null && addr >= r.start && addr + size <= r.end;
}

function summarise(pieces: Piece[], extraOrder: string[]): ComponentSize[] {
  const by = new Map<string, ComponentSize>();
  for (const p of pieces) {
    if (p.size <= 0) continue;
    let c = by.get(p.component);
    if (!c) { c = { name: p.component, code: 0, rodata: 0, data: 0, bss: 0, flash: 0, ram: 0, total: 0 }; by.set(p.component, c); }
    c[p.section.kind] += p.size;
    c.total += p.size;
    if (p.section.flash > 0) c.flash += p.size;
    if (p.section.ram > 0) c.ram += p.size;
  }
  const order = [...extraOrder, ...DEFAULT_COMPONENTS];
  const rank = (n: string): number => { const i = order.indexOf(n); return i < 0 ? order.length : i; };
  return [...by.values()].sort((a, b) => rank(a.name) - rank(b.name) || b.total - a.total || a.name.localeCompare(b.name));
}

/**
 * Split every allocated section among components. With `map` (contributions from
 * parseLinkerMap), each input section goes to the component of its object file (user rules
 * tested first, against the file and against the input section name); linker padding goes to
 * `(padding)`, or `heap`/`stack` inside those reservations. Without a map, each sized symbol goes
 * to the component of its name (user rules first, then defaultSymbolComponent), and the bytes no
 * sized symbol covers (string literals, padding) to `(other)`.
 */
export function componentBreakdown(
  elf: ElfImage, fp: StaticFootprint,
  opts: { map?: MapContribution[]; symbols?: FileSymbol[]; rules?: ComponentRule[]; ruleSet?: RuleSet } = {},
): Breakdown {
  const rules = opts.rules ?? [];
  const matchers = opts.ruleSet?.matchers ?? [];
  const byName = new Map(fp.sections.map((s) => [s.name, s]));
  const pieces: Piece[] = [];
  const reservationOf = (addr: number, size: number): string | null =>
    rangeOf(addr, size, fp.stack) ? 'stack' : rangeOf(addr, size, fp.heap) ? 'heap' : null;

  // Symbols (with components), used for the largest-symbols list in both modes
  const syms = (opts.symbols ?? elf.symbols.map((s) => ({ ...s, file: null })))
    .filter((s) => s.size > 0 && s.type !== 'other' && s.section !== 0 && s.section < 0xff00)
    .sort((a, b) => a.value - b.value || b.size - a.size || (a.bind === 'local' ? 1 : 0) - (b.bind === 'local' ? 1 : 0));
  const secByIndex = new Map(elf.sections.map((s) => [s.index, s]));
  const symbolList: { sym: FileSymbol; sec: SectionPlacement; component: string }[] = [];
  let coveredEnd = -1;
  for (const s of syms) {
    const es = secByIndex.get(s.section);
    if (!es) continue;
    const sec = byName.get(es.name);
    if (!sec) continue;
    if (s.value < coveredEnd) continue; // alias or nested symbol: counted once
    coveredEnd = s.value + s.size;
    const user = rules.find((r) => r.pattern.test(s.name));
    const component = user ? user.name : reservationOf(s.value, s.size)
      ?? firstMatch(matchers, { names: [s.name], file: s.file, section: sec.name, kind: sec.kind, size: s.size })
      ?? defaultSymbolComponent(s, s.file);
    symbolList.push({ sym: s, sec, component });
  }
  // the named symbols inside an address range (for map contributions)
  const starts = symbolList.map((e) => e.sym.value >>> 0);
  const symbolsIn = (addr: number, size: number): FileSymbol[] => {
    let lo = 0, hi = starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid]! < addr) lo = mid + 1; else hi = mid; }
    const out: FileSymbol[] = [];
    for (let i = lo; i < starts.length && starts[i]! < addr + size; i++) out.push(symbolList[i]!.sym);
    return out;
  };

  // With a map, a symbol belongs to the component of the contribution that contains it
  const mapComponent = (c: MapContribution): string => {
    if (c.file === null) return reservationOf(c.addr, c.size) ?? '(padding)';
    const user = rules.find((r) => r.pattern.test(c.file!) || r.pattern.test(c.input));
    if (user) return user.name;
    const res = reservationOf(c.addr, c.size);
    if (res) return res;
    if (matchers.length > 0) {
      const sec = byName.get(c.output);
      const inside = symbolsIn(c.addr, c.size);
      const derived = sectionSymbolName(c.input);
      const names = [...new Set([...inside.map((x) => x.name), ...c.symbols, ...(derived ? [derived] : [])])];
      const size = inside.length > 0 ? Math.max(...inside.map((x) => x.size)) : c.size;
      const hit = sec ? firstMatch(matchers, { names, file: c.file, section: c.input, kind: sec.kind, size }) : null;
      if (hit) return hit;
    }
    return defaultFileComponent(c.file);
  };
  if (opts.map) {
    const spans = opts.map.filter((c) => c.size > 0 && byName.has(c.output)).sort((a, b) => a.addr - b.addr);
    for (const e of symbolList) {
      let lo = 0, hi = spans.length - 1, hit = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (spans[mid]!.addr <= e.sym.value) { hit = mid; lo = mid + 1; } else hi = mid - 1;
      }
      const c = hit >= 0 ? spans[hit]! : null;
      if (c && e.sym.value < c.addr + c.size && !rules.some((r) => r.pattern.test(e.sym.name))) e.component = mapComponent(c);
    }
  }

  if (opts.map) {
    // Contributions in address order per output section, each clipped to what the ones before
    // it left: merged sections (.srodata.cst8, strings) are listed with their pre-merge sizes
    // and may overlap.
    const seen = new Map<string, number>();
    const cursor = new Map<string, number>();
    const ordered = opts.map.map((c, i) => ({ c, i })).sort((a, b) => a.c.addr - b.c.addr || a.i - b.i);
    for (const { c } of ordered) {
      const sec = byName.get(c.output);
      if (!sec || c.size === 0) continue;
      const from = Math.max(c.addr, cursor.get(sec.name) ?? sec.vma);
      const to = Math.min(c.addr + c.size, sec.vma + sec.size);
      if (to <= from) continue;
      cursor.set(sec.name, to);
      pieces.push({ component: mapComponent(c), section: sec, size: to - from });
      seen.set(sec.name, (seen.get(sec.name) ?? 0) + (to - from));
    }
    // what the map does not list (e.g. reservations made by `. += N` without *fill*)
    for (const sec of fp.sections) {
      const rest = sec.size - (seen.get(sec.name) ?? 0);
      if (rest > 0) pieces.push({ component: reservationOf(sec.vma, sec.size) ?? '(padding)', section: sec, size: rest });
    }
  } else {
    const covered = new Map<string, number>();
    for (const e of symbolList) {
      const end = Math.min(e.sym.value + e.sym.size, e.sec.vma + e.sec.size);
      const size = Math.max(0, end - e.sym.value);
      pieces.push({ component: e.component, section: e.sec, size });
      covered.set(e.sec.name, (covered.get(e.sec.name) ?? 0) + size);
    }
    for (const sec of fp.sections) {
      const rest = sec.size - (covered.get(sec.name) ?? 0);
      if (rest <= 0) continue;
      // whole-section reservations (.heap/.stack) and the uncovered rest of a section
      const res = reservationOf(sec.vma, sec.size);
      pieces.push({ component: res ?? '(other)', section: sec, size: rest });
    }
  }

  const symbols: SymbolSize[] = symbolList.map(({ sym, sec, component }) => ({
    name: sym.name, addr: sym.value >>> 0, size: sym.size, kind: sec.kind, section: sec.name, component,
    flash: sec.flash > 0 ? sym.size : 0, ram: sec.ram > 0 ? sym.size : 0,
  })).sort((a, b) => b.size - a.size || a.addr - b.addr);
  const order = [...rules.map((r) => r.name), ...(opts.ruleSet?.order ?? [])];
  return { source: opts.map ? 'map' : 'symbols', preset: opts.ruleSet?.preset ?? 'default', components: summarise(pieces, order), symbols };
}

// ------------------------------------------------------------------ hints

/** Stack and heap use measured by a run (bytes), for the reservation hints. */
export interface MeasuredUse { stack: { used: number; reserved: number } | null; heap: { used: number; reserved: number } | null }

const kibText = (n: number): string => (n % 1024 === 0 ? `${n / 1024} KiB` : `${(n / 1024).toFixed(1)} KiB`);
const bytesText = (n: number): string => `${count(n)} B`;

/**
 * Advice where it pays: initialised constants in `.data` of an XIP image (stored in flash and
 * copied to RAM: they cost RAM besides flash), and a stack or heap reservation far above what a
 * run used (or a note that the use is unknown without a run).
 */
export function footprintHints(elf: ElfImage, fp: StaticFootprint, bd: Breakdown, measured: MeasuredUse | null, constantsMinBytes = 1024): string[] {
  const hints: string[] = [];
  const blobs = bd.symbols.filter((x) => x.kind === 'data' && x.flash > 0 && x.ram > 0 && x.size >= constantsMinBytes);
  if (blobs.length > 0) {
    const total = blobs.reduce((n, x) => n + x.size, 0);
    const top = blobs[0]!;
    hints.push(`${bytesText(total)} of initialised data in .data (${blobs.length === 1 ? top.name : `${blobs.length} objects, the largest ${top.name} with ${bytesText(top.size)}`}) `
      + `is stored in flash and copied to RAM at start-up, so it costs RAM as well as flash: if it is constant (weights, tables), `
      + `declaring it const keeps it in flash and saves ${bytesText(total)} of RAM`);
  }
  const reservation = (what: 'stack' | 'heap', range: AddressRange | null, use: { used: number; reserved: number } | null | undefined, symbol: string): void => {
    if (!range) return;
    const reserved = range.end - range.start;
    if (measured === null) {
      hints.push(`${what}: ${kibText(reserved)} reserved; how much of it the firmware uses is unknown (rv-zoo size --run, or rv-zoo run, measures the high-water mark)`);
      return;
    }
    if (!use) return;
    const suggest = use.used === 0 ? 0 : Math.max(1024, Math.ceil((use.used * 2) / 1024) * 1024);
    if (reserved - suggest < 4096 || reserved < 2 * Math.max(suggest, 1)) return;
    const how = elf.symbol(symbol) ? `; ${symbol} in this link` : '';
    hints.push(use.used === 0
      ? `${what}: ${kibText(reserved)} reserved and never used in the run: reserving none (0${how}) frees ${kibText(reserved)} of RAM`
      : `${what}: ${kibText(reserved)} reserved, at most ${bytesText(use.used)} used in the run: reserving ${kibText(suggest)} (twice the high-water mark${how}) would free ${kibText(reserved - suggest)} of RAM`);
  };
  reservation('stack', fp.stack, measured?.stack, '__stack_size');
  reservation('heap', fp.heap, measured?.heap, '__heap_size');
  return hints;
}
