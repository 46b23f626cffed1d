/**
 * A minimal WebAssembly binary writer: just what the translation tier emits (one type section,
 * imports of memory/table/functions, functions with i32/i64 locals, exports). See the
 * WebAssembly core specification, "Binary Format".
 */

/** Opcodes used by the translator (WebAssembly core spec, section 5.4). */
export const enum W {
  unreachable = 0x00, nop = 0x01, block = 0x02, loop = 0x03, if_ = 0x04, else_ = 0x05, end = 0x0b,
  br = 0x0c, br_if = 0x0d, br_table = 0x0e, return_ = 0x0f, call = 0x10, call_indirect = 0x11,
  return_call = 0x12, return_call_indirect = 0x13,
  drop = 0x1a, select = 0x1b,
  local_get = 0x20, local_set = 0x21, local_tee = 0x22, global_get = 0x23, global_set = 0x24,
  i32_load = 0x28, i64_load = 0x29, f32_load = 0x2a, f64_load = 0x2b,
  i32_load8_s = 0x2c, i32_load8_u = 0x2d, i32_load16_s = 0x2e, i32_load16_u = 0x2f,
  i32_store = 0x36, i64_store = 0x37, f32_store = 0x38, f64_store = 0x39, i32_store8 = 0x3a, i32_store16 = 0x3b,
  i32_const = 0x41, i64_const = 0x42, f32_const = 0x43, f64_const = 0x44,
  i32_eqz = 0x45, i32_eq = 0x46, i32_ne = 0x47, i32_lt_s = 0x48, i32_lt_u = 0x49, i32_gt_s = 0x4a, i32_gt_u = 0x4b,
  i32_le_s = 0x4c, i32_le_u = 0x4d, i32_ge_s = 0x4e, i32_ge_u = 0x4f,
  i64_eqz = 0x50, i64_eq = 0x51, i64_ne = 0x52,
  f32_eq = 0x5b, f32_ne = 0x5c, f32_lt = 0x5d, f32_gt = 0x5e, f32_le = 0x5f, f32_ge = 0x60,
  f64_eq = 0x61, f64_ne = 0x62, f64_lt = 0x63, f64_gt = 0x64, f64_le = 0x65, f64_ge = 0x66,
  i32_clz = 0x67, i32_ctz = 0x68, i32_popcnt = 0x69,
  i32_add = 0x6a, i32_sub = 0x6b, i32_mul = 0x6c, i32_div_s = 0x6d, i32_div_u = 0x6e, i32_rem_s = 0x6f, i32_rem_u = 0x70,
  i32_and = 0x71, i32_or = 0x72, i32_xor = 0x73, i32_shl = 0x74, i32_shr_s = 0x75, i32_shr_u = 0x76,
  i32_rotl = 0x77, i32_rotr = 0x78,
  i64_add = 0x7c, i64_sub = 0x7d, i64_mul = 0x7e, i64_and = 0x83, i64_or = 0x84, i64_xor = 0x85,
  i64_shl = 0x86, i64_shr_s = 0x87, i64_shr_u = 0x88,
  f32_abs = 0x8b, f32_neg = 0x8c, f32_trunc = 0x8f, f32_nearest = 0x90, f32_sqrt = 0x91,
  f32_add = 0x92, f32_sub = 0x93, f32_mul = 0x94, f32_div = 0x95, f32_min = 0x96, f32_max = 0x97,
  f64_abs = 0x99, f64_neg = 0x9a, f64_trunc = 0x9d, f64_nearest = 0x9e, f64_sqrt = 0x9f,
  f64_add = 0xa0, f64_sub = 0xa1, f64_mul = 0xa2, f64_div = 0xa3, f64_min = 0xa4, f64_max = 0xa5,
  i32_wrap_i64 = 0xa7, i32_trunc_f64_s = 0xaa, i32_trunc_f64_u = 0xab, i64_extend_i32_s = 0xac, i64_extend_i32_u = 0xad,
  f32_convert_i32_s = 0xb2, f32_convert_i32_u = 0xb3, f32_demote_f64 = 0xb6,
  f64_convert_i32_s = 0xb7, f64_convert_i32_u = 0xb8, f64_promote_f32 = 0xbb,
  i32_reinterpret_f32 = 0xbc, i64_reinterpret_f64 = 0xbd, f32_reinterpret_i32 = 0xbe, f64_reinterpret_i64 = 0xbf,
  i32_extend8_s = 0xc0, i32_extend16_s = 0xc1,
}

/** Value types. */
export const I32 = 0x7f, I64 = 0x7e, F32 = 0x7d, F64 = 0x7c, FUNCREF = 0x70;
/** Block type "no result". */
export const VOID = 0x40;

/** A growable byte buffer with LEB128 helpers. */
export class Bytes {
  private buf: Uint8Array;
  length = 0;

  /** `capacity`: the expected size (the buffer doubles when it runs out). */
  constructor(capacity = 256) {
    this.buf = new Uint8Array(capacity);
  }

  private grow(n: number): void {
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.length));
    this.buf = b;
  }

  byte(b: number): this {
    if (this.length === this.buf.length) this.grow(1);
    this.buf[this.length++] = b;
    return this;
  }

  bytes(bs: ArrayLike<number>): this {
    if (this.length + bs.length > this.buf.length) this.grow(bs.length);
    for (let i = 0; i < bs.length; i++) this.buf[this.length++] = bs[i]!;
    return this;
  }

  /** Unsigned LEB128 (values up to 2^32 - 1). */
  u32(v: number): this {
    v >>>= 0;
    if (v < 0x80) return this.byte(v);
    do {
      let b = v & 0x7f;
      v >>>= 7;
      if (v !== 0) b |= 0x80;
      this.byte(b);
    } while (v !== 0);
    return this;
  }

  /** Signed LEB128 of a 32-bit integer. */
  s32(v: number): this {
    v |= 0;
    if (v >= -64 && v < 64) return this.byte(v & 0x7f);
    for (;;) {
      const b = v & 0x7f;
      v >>= 7;
      if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0)) { this.byte(b); return this; }
      this.byte(b | 0x80);
    }
  }

  name(s: string): this {
    const enc = new TextEncoder().encode(s);
    return this.u32(enc.length).bytes(enc);
  }

  /** Append another buffer's bytes (no length prefix). */
  append(b: Bytes): this {
    if (this.length + b.length > this.buf.length) this.grow(b.length);
    this.buf.set(b.buf.subarray(0, b.length), this.length);
    this.length += b.length;
    return this;
  }

  /** Append another buffer prefixed by its length (a section or function body). */
  sized(b: Bytes): this {
    return this.u32(b.length).append(b);
  }

  toUint8Array(): Uint8Array { return this.buf.slice(0, this.length); }
}

/** The code of one function: instructions plus helpers for the common immediates. */
export class Code extends Bytes {
  op(o: W): this { return this.byte(o); }
  i32(v: number): this { return this.byte(W.i32_const).s32(v); }
  /** i64.const of the 64-bit pattern hi:lo. */
  i64(hi: number, lo: number): this {
    // Signed LEB128 of hi * 2^32 + lo, seven bits at a time from the low end.
    let h = hi | 0, l = lo >>> 0;
    this.byte(W.i64_const);
    for (;;) {
      const b = l & 0x7f;
      l = ((l >>> 7) | (h << 25)) >>> 0;
      h >>= 7;
      if ((h === 0 && l === 0 && (b & 0x40) === 0) || (h === -1 && l === 0xffffffff && (b & 0x40) !== 0)) return this.byte(b);
      this.byte(b | 0x80);
    }
  }
  /** f64.const (the value's IEEE bits, little-endian). */
  f64(v: number): this {
    const b = new Uint8Array(new Float64Array([v]).buffer);
    return this.byte(W.f64_const).bytes(b);
  }
  get(l: number): this { return this.byte(W.local_get).u32(l); }
  set(l: number): this { return this.byte(W.local_set).u32(l); }
  tee(l: number): this { return this.byte(W.local_tee).u32(l); }
  /** A load or store with memarg (alignment exponent, offset). */
  mem(o: W, align: number, offset: number): this { return this.byte(o).u32(align).u32(offset); }
  br(depth: number): this { return this.byte(W.br).u32(depth); }
  brIf(depth: number): this { return this.byte(W.br_if).u32(depth); }
}

export interface FuncType { params: number[]; results: number[] }
export interface ImportFunc { module: string; name: string; type: number }
export interface ModuleSpec {
  types: FuncType[];
  /** Imported memory (module "e", name "mem") of exactly this many 64 KiB pages (min = max). */
  memoryPages: number;
  /** Import the funcref table "e"."tbl" (min size 1). */
  table: boolean;
  importFuncs: ImportFunc[];
  /** Defined functions: type index, local declarations beyond the params, body (without the final end). */
  funcs: { type: number; locals: { count: number; type: number }[]; body: Code }[];
  exports: { name: string; func: number }[];
}

/** Encode a module. Function indices: imported functions first, then defined ones. */
export function encodeModule(m: ModuleSpec): Uint8Array {
  const out = new Bytes(m.funcs.reduce((n, f) => n + f.body.length, 256)).bytes([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
  const section = (id: number, body: Bytes): void => { out.byte(id).sized(body); };

  const types = new Bytes().u32(m.types.length);
  for (const t of m.types) {
    types.byte(0x60).u32(t.params.length).bytes(t.params).u32(t.results.length).bytes(t.results);
  }
  section(1, types);

  const imports = new Bytes();
  let nImports = 0;
  const imp = new Bytes();
  imp.name('e').name('mem').byte(0x02).byte(0x01).u32(m.memoryPages).u32(m.memoryPages);
  nImports++;
  if (m.table) { imp.name('e').name('tbl').byte(0x01).byte(FUNCREF).byte(0x00).u32(1); nImports++; }
  for (const f of m.importFuncs) { imp.name(f.module).name(f.name).byte(0x00).u32(f.type); nImports++; }
  imports.u32(nImports);
  section(2, imports.append(imp));

  const funcs = new Bytes().u32(m.funcs.length);
  for (const f of m.funcs) funcs.u32(f.type);
  section(3, funcs);

  const exps = new Bytes().u32(m.exports.length);
  for (const e of m.exports) exps.name(e.name).byte(0x00).u32(e.func);
  section(7, exps);

  const code = new Bytes(m.funcs.reduce((n, f) => n + f.body.length + 64, 16)).u32(m.funcs.length);
  for (const f of m.funcs) {
    const body = new Bytes(f.body.length + 64).u32(f.locals.length);
    for (const l of f.locals) body.u32(l.count).byte(l.type);
    body.append(f.body).byte(W.end);
    code.sized(body);
  }
  section(10, code);
  return out.toUint8Array();
}
