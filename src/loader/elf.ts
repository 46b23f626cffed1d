import elfy from 'elfy';
import { RvZooError } from '../errors.js';

export const EM_RISCV = 243;
export const PT_LOAD = 1;
export const SHT_SYMTAB = 2;
export const SHT_NOBITS = 8;
export const PF_X = 1, PF_W = 2, PF_R = 4;
export const SHF_WRITE = 1, SHF_ALLOC = 2, SHF_EXECINSTR = 4;

export interface ElfSymbol {
  name: string;
  value: number;
  size: number;
  type: 'func' | 'object' | 'other';
  bind: 'local' | 'global' | 'weak';
  /** st_shndx (0 = undefined, 0xfff1 = absolute). */
  section: number;
}

export interface ElfSegment {
  index: number;
  /** p_type (1 = PT_LOAD). */
  type: number;
  offset: number;
  vaddr: number;
  paddr: number;
  filesz: number;
  memsz: number;
  /** p_flags: PF_R | PF_W | PF_X. */
  flags: number;
  /** The filesz bytes of the file image. */
  data: Uint8Array;
}

export interface ElfSection {
  index: number;
  name: string;
  /** sh_type (1 progbits, 2 symtab, 3 strtab, 8 nobits, ...). */
  type: number;
  /** sh_flags: SHF_WRITE | SHF_ALLOC | SHF_EXECINSTR | ... */
  flags: number;
  addr: number;
  offset: number;
  size: number;
}

export interface ElfImage {
  file: string;
  entry: number;
  segments: ElfSegment[];
  sections: ElfSection[];
  symbols: ElfSymbol[];
  symbol(name: string): ElfSymbol | undefined;
  /** The function or object whose [value, value+size) contains addr. */
  symbolAt(addr: number): ElfSymbol | undefined;
  section(name: string): ElfSection | undefined;
}

const hex = (n: number): string => '0x' + (n >>> 0).toString(16);

const MACHINES: Record<number, string> = { 3: 'x86', 8: 'MIPS', 20: 'PowerPC', 40: 'ARM', 62: 'x86-64', 183: 'AArch64', 258: 'LoongArch' };

/**
 * Parse an RV32 ELF executable. The file is checked first (magic, class, byte order, machine,
 * every header and data range inside the file) so that elfy only ever sees a sane file; its
 * own exceptions are wrapped too. Every error is one RvZooError line naming the file.
 */
export function parseElf(bytes: Uint8Array, file: string): ElfImage {
  const fail = (msg: string): never => { throw new RvZooError(`${file}: ${msg}`); };
  const len = bytes.length;
  if (len < 4 || bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) {
    fail('not an ELF file (bad magic)');
  }
  if (len < 6) fail(`truncated ELF header (${len} bytes)`);
  if (bytes[4] === 2) fail('64-bit ELF; rv-zoo runs RV32 (ELFCLASS32) firmware');
  if (bytes[4] !== 1) fail(`unknown ELF class ${bytes[4]}; rv-zoo runs RV32 (ELFCLASS32) firmware`);
  if (bytes[5] === 2) fail('big-endian ELF; RISC-V firmware is little-endian (ELFDATA2LSB)');
  if (bytes[5] !== 1) fail(`unknown ELF data encoding ${bytes[5]}; expected little-endian (ELFDATA2LSB)`);
  if (len < 52) fail(`truncated ELF header (${len} bytes, need 52)`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number): number => dv.getUint16(o, true);
  const u32 = (o: number): number => dv.getUint32(o, true);
  const eType = u16(16), machine = u16(18);
  if (machine !== EM_RISCV) fail(`e_machine ${machine}${MACHINES[machine] ? ` (${MACHINES[machine]})` : ''} is not RISC-V (EM_RISCV = 243)`);
  if (eType === 1) fail('relocatable object file (ET_REL), not a linked executable');
  if (eType !== 2 && eType !== 3) fail(`e_type ${eType} is not an executable (ET_EXEC)`);
  const entry = u32(24), phoff = u32(28), shoff = u32(32);
  const phentsize = u16(42), phnum = u16(44), shentsize = u16(46), shnum = u16(48), shstrndx = u16(50);

  // Program headers
  if (phnum > 0) {
    if (phentsize < 32) fail(`e_phentsize ${phentsize} is smaller than an Elf32_Phdr (32)`);
    if (phoff + phnum * phentsize > len) fail(`truncated: program headers [${hex(phoff)}, ${hex(phoff + phnum * phentsize)}) end past the end of the file (${len} bytes)`);
  }
  const rawPh: { type: number; flags: number }[] = [];
  for (let i = 0; i < phnum; i++) {
    const o = phoff + i * phentsize;
    const type = u32(o), offset = u32(o + 4), filesz = u32(o + 16), memsz = u32(o + 20), flags = u32(o + 24);
    if (type !== 0 && offset + filesz > len) fail(`truncated: segment ${i} data [${hex(offset)}, ${hex(offset + filesz)}) ends past the end of the file (${len} bytes)`);
    if (type === PT_LOAD) {
      if (filesz > memsz) fail(`segment ${i}: p_filesz ${hex(filesz)} is larger than p_memsz ${hex(memsz)}`);
    }
    rawPh.push({ type, flags });
  }

  // Section headers (elfy needs a string table for section names)
  let shCount = shnum;
  if (shnum > 0) {
    if (shentsize < 40) fail(`e_shentsize ${shentsize} is smaller than an Elf32_Shdr (40)`);
    if (shoff + shnum * shentsize > len) fail(`truncated: section headers [${hex(shoff)}, ${hex(shoff + shnum * shentsize)}) end past the end of the file (${len} bytes)`);
    if (shstrndx >= shnum || u32(shoff + shstrndx * shentsize + 4) !== 3) fail(`e_shstrndx ${shstrndx} does not name a string table section`);
    for (let i = 0; i < shnum; i++) {
      const o = shoff + i * shentsize;
      const type = u32(o + 4), off = u32(o + 16), size = u32(o + 20);
      if (type !== SHT_NOBITS && type !== 0 && off + size > len) {
        fail(`truncated: section ${i} data [${hex(off)}, ${hex(off + size)}) ends past the end of the file (${len} bytes)`);
      }
    }
  } else {
    shCount = 0;
  }

  let parsed: ReturnType<typeof elfy.parse> | null = null;
  if (shCount > 0) {
    try {
      parsed = elfy.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch (e) {
      fail(`malformed ELF (${(e as Error).message})`);
    }
  }

  // Segments: elfy's view (or the raw headers when there are no sections for elfy to name)
  const segments: ElfSegment[] = [];
  for (let i = 0; i < phnum; i++) {
    const o = phoff + i * phentsize;
    const p = parsed?.body.programs[i];
    const offset = p ? p.offset : u32(o + 4);
    const filesz = p ? p.filesz : u32(o + 16);
    segments.push({
      index: i,
      type: rawPh[i]!.type,
      offset,
      vaddr: p ? p.vaddr : u32(o + 8),
      paddr: p ? p.paddr : u32(o + 12),
      filesz,
      memsz: p ? p.memsz : u32(o + 20),
      flags: rawPh[i]!.flags,
      data: bytes.subarray(Math.min(offset, len), Math.min(offset + filesz, len)),
    });
  }

  const sections: ElfSection[] = (parsed?.body.sections ?? []).map((s, i) => ({
    index: i,
    name: s.name,
    type: u32(shoff + i * shentsize + 4),
    flags: u32(shoff + i * shentsize + 8),
    addr: s.addr >>> 0,
    offset: s.off,
    size: s.size,
  }));

  const symbols = readSymbols(bytes, dv, sections, fail);
  return makeImage(file, entry, segments, sections, symbols);
}

function readSymbols(bytes: Uint8Array, dv: DataView, sections: ElfSection[], fail: (m: string) => never): ElfSymbol[] {
  const symtab = sections.find((s) => s.type === SHT_SYMTAB);
  if (!symtab) return [];
  const shdrLink = (idx: number): number => {
    // sh_link of section idx, read from the header table (sections[] keeps only what we need)
    const shoff = dv.getUint32(32, true), shentsize = dv.getUint16(46, true);
    return dv.getUint32(shoff + idx * shentsize + 24, true);
  };
  const strIdx = shdrLink(symtab.index);
  const strtab = sections[strIdx];
  if (!strtab || strtab.type !== 3) fail(`symbol table's sh_link ${strIdx} is not a string table`);
  const strStart = strtab!.offset, strEnd = strtab!.offset + strtab!.size;
  const decoder = new TextDecoder();
  const nameAt = (off: number): string => {
    const start = strStart + off;
    if (off >= strtab!.size) return '';
    let end = start;
    while (end < strEnd && bytes[end] !== 0) end++;
    return decoder.decode(bytes.subarray(start, end));
  };
  const out: ElfSymbol[] = [];
  const count = Math.floor(symtab.size / 16);
  for (let i = 1; i < count; i++) {
    const o = symtab.offset + i * 16;
    const info = bytes[o + 12]!;
    const t = info & 0xf, b = info >> 4;
    if (t === 3 || t === 4) continue; // STT_SECTION, STT_FILE
    const name = nameAt(dv.getUint32(o, true));
    if (name === '') continue;
    out.push({
      name,
      value: dv.getUint32(o + 4, true),
      size: dv.getUint32(o + 8, true),
      type: t === 2 ? 'func' : t === 1 ? 'object' : 'other',
      bind: b === 1 ? 'global' : b === 2 ? 'weak' : 'local',
      section: dv.getUint16(o + 14, true),
    });
  }
  return out;
}

function makeImage(file: string, entry: number, segments: ElfSegment[], sections: ElfSection[], symbols: ElfSymbol[]): ElfImage {
  const byName = new Map<string, ElfSymbol>();
  const rank = (s: ElfSymbol): number => (s.bind === 'global' ? 2 : s.bind === 'weak' ? 1 : 0) + (s.section !== 0 ? 4 : 0);
  for (const s of symbols) {
    const prev = byName.get(s.name);
    if (!prev || rank(s) > rank(prev)) byName.set(s.name, s);
  }
  // Sized functions and objects sorted by address (ties: larger first) for symbolAt
  const sized = symbols.filter((s) => s.size > 0 && s.type !== 'other' && s.section !== 0)
    .sort((a, b) => a.value - b.value || b.size - a.size);
  const values = Float64Array.from(sized.map((s) => s.value));
  const maxSize = sized.reduce((m, s) => Math.max(m, s.size), 0);
  return {
    file, entry, segments, sections, symbols,
    symbol: (name) => byName.get(name),
    section: (name) => sections.find((s) => s.name === name),
    symbolAt(addr: number): ElfSymbol | undefined {
      addr >>>= 0;
      let lo = 0, hi = values.length - 1, idx = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (values[mid]! <= addr) { idx = mid; lo = mid + 1; } else hi = mid - 1;
      }
      // the innermost (latest-starting) symbol containing addr
      for (let i = idx; i >= 0 && addr - values[i]! < maxSize; i--) {
        const s = sized[i]!;
        if (addr < s.value + s.size) return s;
      }
      return undefined;
    },
  };
}
