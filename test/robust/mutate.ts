/**
 * Seeded ELF mutations for the fuzz test: bit flips, truncation, corrupted header fields,
 * huge or overlapping segments, bad section tables, random code. The same (seed, index) gives
 * the same mutant, so a failure names what to rerun.
 */

/** A small seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Mutant { bytes: Uint8Array; what: string }

const INTERESTING = [0, 1, 2, 3, 4, 0x7f, 0x80, 0xff, 0x100, 0x1000, 0xffff, 0x10000, 0x7fffffff, 0x80000000,
  0xfffffffe, 0xffffffff, 0x20000000, 0x22000000, 0x7ffff000, 0x87fffffc, 0x88000000, 0x10000000, 0x100000, 0x2000000];

const PHDR_FIELDS = ['p_type', 'p_offset', 'p_vaddr', 'p_paddr', 'p_filesz', 'p_memsz', 'p_flags', 'p_align'];
const SHDR_FIELDS = ['sh_name', 'sh_type', 'sh_flags', 'sh_addr', 'sh_offset', 'sh_size', 'sh_link', 'sh_info', 'sh_addralign', 'sh_entsize'];
const EHDR_FIELDS: [string, number, 2 | 4][] = [
  ['e_type', 16, 2], ['e_machine', 18, 2], ['e_entry', 24, 4], ['e_phoff', 28, 4], ['e_shoff', 32, 4], ['e_flags', 36, 4],
  ['e_ehsize', 40, 2], ['e_phentsize', 42, 2], ['e_phnum', 44, 2], ['e_shentsize', 46, 2], ['e_shnum', 48, 2], ['e_shstrndx', 50, 2],
];

/** The mutant number `index` of `base` under `seed`. */
export function mutate(base: Uint8Array, seed: number, index: number): Mutant {
  const r = rng((seed * 0x9e3779b1 + index * 0x85ebca6b) >>> 0);
  const int = (n: number): number => Math.floor(r() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const value = (): number => (r() < 0.6 ? pick(INTERESTING) : int(2 ** 32)) >>> 0;
  const b = base.slice();
  const dv = new DataView(b.buffer);
  const u16 = (o: number): number => (o + 2 <= b.length ? dv.getUint16(o, true) : 0);
  const u32 = (o: number): number => (o + 4 <= b.length ? dv.getUint32(o, true) : 0);
  const set32 = (o: number, v: number): void => { if (o >= 0 && o + 4 <= b.length) dv.setUint32(o, v >>> 0, true); };
  const phoff = u32(28), phnum = u16(44), shoff = u32(32), shnum = u16(48);
  const ph = (i: number, field: number): number => phoff + 32 * i + 4 * field;
  const loads = Array.from({ length: phnum }, (_, i) => i).filter((i) => u32(ph(i, 0)) === 1);
  const flips = (from: number, to: number, n: number): string => {
    const at: number[] = [];
    for (let k = 0; k < n && to > from; k++) {
      const o = from + int(to - from);
      b[o]! ^= 1 << int(8);
      at.push(o);
    }
    return at.map((o) => '0x' + o.toString(16)).join(',');
  };
  const ops: (() => string)[] = [
    () => `bit flips at ${flips(0, b.length, 1 + int(8))}`,
    () => `header bit flips at ${flips(0, Math.min(52, b.length), 1 + int(4))}`,
    () => `program header bit flips at ${flips(phoff, Math.min(b.length, phoff + 32 * phnum), 1 + int(4))}`,
    () => `section header bit flips at ${flips(shoff, Math.min(b.length, shoff + 40 * shnum), 1 + int(6))}`,
    () => {
      const n = int(b.length);
      return `truncated to ${n} bytes`;
    },
    () => {
      const [name, off, size] = pick(EHDR_FIELDS);
      const v = value();
      if (size === 2) dv.setUint16(off, v & 0xffff, true);
      else set32(off, v);
      return `${name} = 0x${(size === 2 ? v & 0xffff : v).toString(16)}`;
    },
    () => {
      if (phnum === 0) return 'no program headers';
      const i = int(phnum), f = int(8), v = value();
      set32(ph(i, f), v);
      return `segment ${i} ${PHDR_FIELDS[f]} = 0x${v.toString(16)}`;
    },
    () => {
      if (loads.length === 0) return 'no PT_LOAD';
      const i = pick(loads), memsz = pick([0x7fffffff, 0xffffffff, 0x80000000, 0x10000000, 0xfffff000]);
      set32(ph(i, 5), memsz);
      if (r() < 0.5) set32(ph(i, 4), Math.min(memsz, pick([memsz, 0x7fffffff, 0xffffffff])));
      return `segment ${i} huge p_filesz/p_memsz (memsz 0x${memsz.toString(16)})`;
    },
    () => {
      if (loads.length < 2) return 'fewer than two PT_LOAD';
      const i = pick(loads), j = pick(loads.filter((x) => x !== i));
      const d = int(64);
      set32(ph(j, 2), u32(ph(i, 2)) + d);
      set32(ph(j, 3), u32(ph(i, 3)) + d);
      return `segment ${j} moved over segment ${i} (+${d})`;
    },
    () => {
      if (shnum === 0) return 'no section headers';
      const i = int(shnum), f = int(10), v = value();
      set32(shoff + 40 * i + 4 * f, v);
      return `section ${i} ${SHDR_FIELDS[f]} = 0x${v.toString(16)}`;
    },
    () => {
      if (loads.length === 0) return 'no PT_LOAD';
      const i = pick(loads), off = u32(ph(i, 1)), filesz = u32(ph(i, 4));
      const end = Math.min(b.length, off + filesz);
      for (let k = 0; k < 16 + int(64) && end > off; k++) b[off + int(end - off)] = int(256);
      return `random bytes in segment ${i}`;
    },
    () => {
      if (loads.length === 0) return 'no PT_LOAD';
      const i = pick(loads);
      set32(ph(i, 3), u32(ph(i, 3)) ^ (1 << int(32)));
      return `segment ${i} p_paddr bit flip`;
    },
  ];
  const op = int(ops.length);
  const what = ops[op]!();
  if (what.startsWith('truncated to ')) return { bytes: b.subarray(0, Number(what.slice(13, what.indexOf(' ', 13)))), what };
  return { bytes: b, what };
}
