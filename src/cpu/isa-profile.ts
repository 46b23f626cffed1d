/**
 * ISA profiles: which extensions a hart implements, from an ISA string as compilers and
 * `readelf -A` write them (rv32imac, rv32imafdc, rv32gc, rv32imac_zba_zbb_zbs_zicond,
 * rv32i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0). The decoder turns instructions of
 * other extensions into illegal instructions, and misa shows the single-letter ones, as a
 * microcontroller built for that ISA would.
 *
 * Zicsr, Zifencei, machine and user mode are always there. `g` is imafd_zicsr_zifencei and `b`
 * is zba_zbb_zbs. Without `c` the compressed encodings are illegal; jump targets still only
 * need 2-byte alignment (the hart keeps IALIGN = 16), so a jump to an address that is not a
 * multiple of 4 does not raise the misaligned-fetch exception a C-less core would.
 * misa.B stays 0 even with Zba, Zbb and Zbs, as on QEMU 7.2.
 */
import { RvZooError } from '../errors.js';
import { EXT } from './isa.js';

export interface IsaProfile {
  /** Canonical string: rv32i, the single letters in order, then _z... extensions. */
  readonly name: string;
  /** EXT bits the decoder accepts. */
  readonly exts: number;
  /** Value of the misa CSR. */
  readonly misa: number;
}

export const DEFAULT_ISA = 'rv32imac';

const LETTERS: Record<string, number> = { m: EXT.M, a: EXT.A, f: EXT.F, d: EXT.D, c: EXT.C };
const MULTI: Record<string, number> = { zicsr: 0, zifencei: 0, zba: EXT.Zba, zbb: EXT.Zbb, zbs: EXT.Zbs, zicond: EXT.Zicond };
const SUPPORTED = 'rv32i or rv32g, then any of m a f d c b, then _zba _zbb _zbs _zicond (_zicsr, _zifencei accepted)';

/** misa bit of a letter. */
const misaBit = (letter: string): number => 1 << (letter.charCodeAt(0) - 97);

/** Parse an ISA string; `what` names the setting in errors (e.g. "--isa"). */
export function parseIsa(text: string, what = 'isa'): IsaProfile {
  const bad = (why: string): never => { throw new RvZooError(`${what}: ${why} in ${JSON.stringify(text)} (expected ${SUPPORTED})`); };
  const s = text.trim().toLowerCase();
  if (!s.startsWith('rv32')) return bad(s.startsWith('rv64') ? 'rv-zoo emulates RV32 harts only' : 'an ISA string starts with rv32');
  const tokens = s.slice(4).split('_');
  let exts = 0;
  const seen = new Set<string>();
  const add = (name: string, bits: number): void => {
    if (seen.has(name)) bad(`'${name}' appears twice`);
    seen.add(name);
    exts |= bits;
  };
  // The first token is the base and the single-letter extensions, each with an optional version (2p1).
  const first = tokens[0]!;
  const base = first[0];
  if (base === 'e') return bad('RV32E is not supported');
  if (base !== 'i' && base !== 'g') return bad('the base must be i or g');
  const letters = first.replace(/\d+(p\d+)?/g, '');
  if (/\d/.test(letters) || letters.length === 0) return bad('malformed version number');
  const single = (ch: string): void => {
    if (ch === 'g') { for (const l of 'mafd') add(l, LETTERS[l]!); return; }
    if (ch === 'b') { for (const z of ['zba', 'zbb', 'zbs']) add(z, MULTI[z]!); return; }
    const bits = LETTERS[ch];
    if (bits === undefined) bad(`extension '${ch}' is not implemented`);
    add(ch, bits!);
  };
  for (const ch of letters.slice(1)) single(ch);
  if (base === 'g') single('g');
  for (const t of tokens.slice(1)) {
    const name = t.replace(/\d+(p\d+)?$/, '');
    if (name.length === 1) { single(name); continue; }
    const bits = MULTI[name];
    if (bits === undefined) return bad(name === '' ? 'an empty extension name' : `extension '${name}' is not implemented`);
    add(name, bits);
  }
  if ((exts & EXT.D) !== 0 && (exts & EXT.F) === 0) return bad("'d' needs 'f'");
  let name = 'rv32i', misa = 0x40000000 | misaBit('i') | misaBit('u');
  for (const l of 'mafdc') {
    if ((exts & LETTERS[l]!) !== 0) { name += l; misa |= misaBit(l); }
  }
  for (const z of ['zba', 'zbb', 'zbs', 'zicond']) if ((exts & MULTI[z]!) !== 0) name += '_' + z;
  return { name, exts, misa: misa | 0 };
}

/** The profile of an ISA option: a string to parse, a parsed profile, or undefined (rv32imac). */
export function resolveIsa(isa: string | IsaProfile | undefined, what = 'isa'): IsaProfile {
  if (isa === undefined) return parseIsa(DEFAULT_ISA, what);
  return typeof isa === 'string' ? parseIsa(isa, what) : isa;
}
