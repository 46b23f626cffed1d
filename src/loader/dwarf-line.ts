/**
 * A small reader of DWARF line tables (.debug_line, versions 2 to 5, 32- and 64-bit DWARF):
 * enough to say which source file and line an address belongs to, for trap and stop reports.
 * No npm package reads DWARF from JavaScript without bringing a whole debugger along, and the
 * line program is one short state machine (DWARF 5, section 6.2).
 *
 * Robust by construction: every read is bounds-checked, a malformed unit ends the parse of that
 * unit (what was read before stays), and nothing here throws to the caller.
 */
import type { ElfImage } from './elf.js';

export interface SourceLine { file: string; line: number }

/** One row range: addresses [addr, end) come from `file`:`line`. */
interface Row { addr: number; end: number; file: string; line: number }

export class LineTable {
  private constructor(private readonly rows: Row[]) {}

  /** The rows of every sequence, sorted by address. */
  static fromRows(rows: Row[]): LineTable {
    return new LineTable(rows.filter((r) => r.end > r.addr).sort((a, b) => a.addr - b.addr || a.end - b.end));
  }

  get size(): number { return this.rows.length; }

  /** The source line of the instruction at addr, or null. */
  lookup(addr: number): SourceLine | null {
    const a = addr >>> 0, rows = this.rows;
    let lo = 0, hi = rows.length - 1, best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (rows[mid]!.addr <= a) { best = mid; lo = mid + 1; } else hi = mid - 1;
    }
    // rows from different sequences may nest; look back a little for one that covers addr
    for (let i = best; i >= 0 && i > best - 8; i--) {
      const r = rows[i]!;
      if (r.addr <= a && a < r.end) return { file: r.file, line: r.line };
    }
    return null;
  }
}

class Reader {
  pos: number;
  constructor(readonly b: Uint8Array, start: number, readonly end: number) { this.pos = start; }
  need(n: number): void { if (this.pos + n > this.end) throw new RangeError('truncated'); }
  u8(): number { this.need(1); return this.b[this.pos++]!; }
  u16(): number { this.need(2); const v = this.b[this.pos]! | (this.b[this.pos + 1]! << 8); this.pos += 2; return v; }
  u32(): number { this.need(4); const p = this.pos; this.pos += 4; return (this.b[p]! | (this.b[p + 1]! << 8) | (this.b[p + 2]! << 16) | (this.b[p + 3]! << 24)) >>> 0; }
  u64(): number { const lo = this.u32(), hi = this.u32(); return hi * 4294967296 + lo; }
  uleb(): number {
    let v = 0, mul = 1;
    for (;;) {
      const b = this.u8();
      v += (b & 0x7f) * mul;
      if ((b & 0x80) === 0) return v;
      mul *= 128;
      if (mul > 2 ** 56) throw new RangeError('uleb too long');
    }
  }
  sleb(): number {
    let v = 0, mul = 1, b: number;
    do {
      b = this.u8();
      v += (b & 0x7f) * mul;
      mul *= 128;
      if (mul > 2 ** 56) throw new RangeError('sleb too long');
    } while ((b & 0x80) !== 0);
    if ((b & 0x40) !== 0) v -= mul;
    return v;
  }
  cstr(): string {
    const start = this.pos;
    while (this.pos < this.end && this.b[this.pos] !== 0) this.pos++;
    if (this.pos >= this.end) throw new RangeError('unterminated string');
    const s = Buffer.from(this.b.buffer, this.b.byteOffset + start, this.pos - start).toString('utf8');
    this.pos++;
    return s;
  }
  skip(n: number): void { this.need(n); this.pos += n; }
}

function sectionBytes(bytes: Uint8Array, elf: ElfImage, name: string): Uint8Array | null {
  const s = elf.section(name);
  if (!s || s.type === 8 /* NOBITS */ || s.offset + s.size > bytes.length) return null;
  return bytes.subarray(s.offset, s.offset + s.size);
}

/** A string at `off` in a string section, or '?' when out of range. */
function strAt(sec: Uint8Array | null, off: number): string {
  if (sec === null || off >= sec.length) return '?';
  let e = off;
  while (e < sec.length && sec[e] !== 0) e++;
  return Buffer.from(sec.buffer, sec.byteOffset + off, e - off).toString('utf8');
}

// DW_FORM_* used in DWARF 5 line table headers
const FORM_BLOCK = 0x09, FORM_DATA1 = 0x0b, FORM_DATA2 = 0x05, FORM_DATA4 = 0x06, FORM_DATA8 = 0x07,
  FORM_DATA16 = 0x1e, FORM_STRING = 0x08, FORM_STRP = 0x0e, FORM_LINE_STRP = 0x1f, FORM_UDATA = 0x0f,
  FORM_STRX = 0x1a, FORM_STRX1 = 0x25, FORM_STRX2 = 0x26, FORM_STRX3 = 0x27, FORM_STRX4 = 0x28;

/** Read the line tables of an ELF; null when it has none (stripped) or none could be read. */
export function readLineTable(bytes: Uint8Array, elf: ElfImage): LineTable | null {
  const sec = sectionBytes(bytes, elf, '.debug_line');
  if (sec === null) return null;
  const lineStr = sectionBytes(bytes, elf, '.debug_line_str');
  const str = sectionBytes(bytes, elf, '.debug_str');
  const rows: Row[] = [];
  let off = 0;
  while (off + 4 <= sec.length && rows.length < 5_000_000) {
    const r = new Reader(sec, off, sec.length);
    let unitLen: number, offSize = 4;
    try {
      unitLen = r.u32();
      if (unitLen === 0xffffffff) { unitLen = r.u64(); offSize = 8; }
    } catch { break; }
    const unitEnd = r.pos + unitLen;
    if (unitLen === 0 || unitEnd > sec.length) break;
    try {
      readUnit(new Reader(sec, r.pos, unitEnd), offSize, lineStr, str, rows);
    } catch {
      // a malformed unit: keep what was read, go on with the next one
    }
    off = unitEnd;
  }
  return rows.length > 0 ? LineTable.fromRows(rows) : null;
}

function readUnit(r: Reader, offSize: number, lineStr: Uint8Array | null, str: Uint8Array | null, rows: Row[]): void {
  const version = r.u16();
  if (version < 2 || version > 5) return;
  if (version >= 5) { r.u8(); r.u8(); } // address_size, segment_selector_size
  const headerLen = offSize === 8 ? r.u64() : r.u32();
  const programStart = r.pos + headerLen;
  if (programStart > r.end) return;
  const minInsn = r.u8();
  if (version >= 4) r.u8(); // maximum_operations_per_instruction (VLIW only)
  const defaultIsStmt = r.u8() !== 0;
  const lineBase = (r.u8() << 24) >> 24;
  const lineRange = r.u8();
  const opcodeBase = r.u8();
  if (lineRange === 0) return;
  const stdLengths: number[] = [0];
  for (let i = 1; i < opcodeBase; i++) stdLengths.push(r.u8());
  const dirs: string[] = [];
  const files: { name: string; dir: number }[] = [];
  if (version >= 5) {
    const entries = (kinds: [number, number][], count: number, out: (vals: Map<number, string | number>) => void): void => {
      for (let i = 0; i < count; i++) {
        const vals = new Map<number, string | number>();
        for (const [type, form] of kinds) vals.set(type, readForm(r, form, offSize, lineStr, str));
        out(vals);
      }
    };
    const formats = (): [number, number][] => {
      const n = r.u8();
      const f: [number, number][] = [];
      for (let i = 0; i < n; i++) f.push([r.uleb(), r.uleb()]);
      return f;
    };
    const dirFormat = formats();
    entries(dirFormat, r.uleb(), (v) => dirs.push(String(v.get(1) ?? '')));
    const fileFormat = formats();
    entries(fileFormat, r.uleb(), (v) => files.push({ name: String(v.get(1) ?? '?'), dir: Number(v.get(2) ?? 0) }));
  } else {
    dirs.push(''); // index 0: the compilation directory
    for (;;) { const d = r.cstr(); if (d === '') break; dirs.push(d); }
    files.push({ name: '?', dir: 0 }); // file numbers start at 1 before DWARF 5
    for (;;) {
      const name = r.cstr();
      if (name === '') break;
      const dir = r.uleb(); r.uleb(); r.uleb();
      files.push({ name, dir });
    }
  }
  const fileName = (i: number): string => {
    const f = files[i];
    if (f === undefined) return '?';
    if (f.name.startsWith('/') || f.dir === 0) return f.name;
    const d = dirs[f.dir];
    return d ? `${d}/${f.name}` : f.name;
  };

  r.pos = programStart;
  let addr = 0, file = 1, line = 1, stmt = defaultIsStmt;
  let prev: { addr: number; file: number; line: number; stmt: boolean } | null = null;
  // Of several rows at one address the last statement row wins (as GDB shows it; addr2line
  // takes the last row).
  const emit = (): void => {
    if (prev !== null && addr > prev.addr) rows.push({ addr: prev.addr, end: addr, file: fileName(prev.file), line: prev.line });
    else if (prev !== null && prev.stmt && !stmt) return;
    prev = { addr, file, line, stmt };
  };
  const reset = (): void => { addr = 0; file = 1; line = 1; stmt = defaultIsStmt; prev = null; };
  while (r.pos < r.end) {
    const op = r.u8();
    if (op >= opcodeBase) {
      const adj = op - opcodeBase;
      addr = (addr + Math.floor(adj / lineRange) * minInsn) >>> 0;
      line += lineBase + (adj % lineRange);
      emit();
      continue;
    }
    switch (op) {
      case 0: { // extended
        const len = r.uleb();
        const start = r.pos;
        if (len === 0) break;
        const sub = r.u8();
        if (sub === 1) { // end_sequence
          emit();
          reset();
        } else if (sub === 2) { // set_address
          const n = len - 1;
          addr = n >= 4 ? r.u32() : 0;
        } else if (sub === 3 && version < 5) { // define_file
          const name = r.cstr();
          const dir = r.uleb(); r.uleb(); r.uleb();
          files.push({ name, dir });
        }
        r.pos = start;
        r.skip(len);
        break;
      }
      case 1: emit(); break; // copy
      case 2: addr = (addr + r.uleb() * minInsn) >>> 0; break; // advance_pc
      case 3: line += r.sleb(); break; // advance_line
      case 4: file = r.uleb(); break; // set_file
      case 5: r.uleb(); break; // set_column
      case 6: stmt = !stmt; break; // negate_stmt
      case 7: case 10: case 11: break; // basic_block, prologue_end, epilogue_begin
      case 8: addr = (addr + Math.floor((255 - opcodeBase) / lineRange) * minInsn) >>> 0; break; // const_add_pc
      case 9: addr = (addr + r.u16()) >>> 0; break; // fixed_advance_pc
      case 12: r.uleb(); break; // set_isa
      default: // an unknown standard opcode: skip its operands
        for (let i = 0; i < (stdLengths[op] ?? 0); i++) r.uleb();
        break;
    }
  }
}

function readForm(r: Reader, form: number, offSize: number, lineStr: Uint8Array | null, str: Uint8Array | null): string | number {
  switch (form) {
    case FORM_STRING: return r.cstr();
    case FORM_LINE_STRP: return strAt(lineStr, offSize === 8 ? r.u64() : r.u32());
    case FORM_STRP: return strAt(str, offSize === 8 ? r.u64() : r.u32());
    case FORM_UDATA: return r.uleb();
    case FORM_DATA1: return r.u8();
    case FORM_DATA2: return r.u16();
    case FORM_DATA4: return r.u32();
    case FORM_DATA8: return r.u64();
    case FORM_DATA16: r.skip(16); return 0;
    case FORM_BLOCK: r.skip(r.uleb()); return 0;
    case FORM_STRX: case FORM_STRX1: case FORM_STRX2: case FORM_STRX3: case FORM_STRX4:
      // indexes into .debug_str_offsets: not needed for line tables GCC writes; read and drop
      if (form === FORM_STRX) r.uleb(); else r.skip(form === FORM_STRX1 ? 1 : form === FORM_STRX2 ? 2 : form === FORM_STRX3 ? 3 : 4);
      return '?';
    default: throw new RangeError(`form ${form}`);
  }
}
