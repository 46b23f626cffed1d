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

/** Extensions rv-zoo implements by name, with their decoder bits (0: always there). */
const KNOWN: Record<string, number> = {
  m: EXT.M, a: EXT.A, f: EXT.F, d: EXT.D, c: EXT.C,
  zicsr: 0, zifencei: 0, zba: EXT.Zba, zbb: EXT.Zbb, zbs: EXT.Zbs, zicond: EXT.Zicond,
};
const SHORTHANDS: Record<string, string[]> = { g: ['m', 'a', 'f', 'd', 'zicsr', 'zifencei'], b: ['zba', 'zbb', 'zbs'] };
const SUPPORTED = 'rv32i or rv32g, then any of m a f d c b, then _zba _zbb _zbs _zicond (_zicsr, _zifencei accepted)';

/**
 * The extension names of an ISA string after "rv32": the base letter first, then single
 * letters and multi-letter names, version numbers (2p1) dropped, shorthands kept. Throws a
 * message (no prefix) when the text is not an ISA string at all.
 */
function extensionNames(s: string): string[] {
  if (!s.startsWith('rv32')) throw new Error(s.startsWith('rv64') ? 'rv-zoo emulates RV32 harts only' : 'an ISA string starts with rv32');
  const names: string[] = [];
  s.slice(4).split('_').forEach((token, i) => {
    if (i === 0 && token === '') return; // no base: the caller says so
    const name = token.replace(/\d+(p\d+)?/g, '');
    if (name === '') throw new Error(token === '' ? 'an empty extension name' : `malformed extension '${token}'`);
    if (i === 0 || name.length === 1) names.push(...name); // base + single letters
    else names.push(name);
  });
  return names;
}

/** Parse an ISA string; `what` names the setting in errors (e.g. "--isa"). */
export function parseIsa(text: string, what = 'isa'): IsaProfile {
  const bad = (why: string): never => { throw new RvZooError(`${what}: ${why} in ${JSON.stringify(text)} (expected ${SUPPORTED})`); };
  let names: string[];
  try { names = extensionNames(text.trim().toLowerCase()); } catch (e) { return bad((e as Error).message); }
  const base = names.shift();
  if (base === 'e') return bad('RV32E is not supported');
  if (base !== 'i' && base !== 'g') return bad('the base must be i or g');
  if (base === 'g') names.unshift('g');
  let exts = 0;
  const seen = new Set<string>();
  for (const n of names.flatMap((x) => SHORTHANDS[x] ?? [x])) {
    const bits = KNOWN[n];
    if (bits === undefined) return bad(`extension '${n}' is not implemented`);
    if (seen.has(n) && bits !== 0) return bad(`'${n}' appears twice`);
    seen.add(n);
    exts |= bits;
  }
  if ((exts & EXT.D) !== 0 && (exts & EXT.F) === 0) return bad("'d' needs 'f'");
  let name = 'rv32i', misa = 0x40000000 | misaBit('i') | misaBit('u');
  for (const l of 'mafdc') {
    if ((exts & KNOWN[l]!) !== 0) { name += l; misa |= misaBit(l); }
  }
  for (const z of ['zba', 'zbb', 'zbs', 'zicond']) if ((exts & KNOWN[z]!) !== 0) name += '_' + z;
  return { name, exts, misa: misa | 0 };
}

/** misa bit of a letter. */
function misaBit(letter: string): number { return 1 << (letter.charCodeAt(0) - 97); }

/** The profile of an ISA option: a string to parse, a parsed profile, or undefined (rv32imac). */
export function resolveIsa(isa: string | IsaProfile | undefined, what = 'isa'): IsaProfile {
  if (isa === undefined) return parseIsa(DEFAULT_ISA, what);
  return typeof isa === 'string' ? parseIsa(isa, what) : isa;
}

/**
 * Extensions (by name) that the ISA string `builtFor` (e.g. an ELF's Tag_RISCV_arch) uses and
 * the hart does not implement; extensions rv-zoo does not know are ignored.
 */
export function missingExtensions(builtFor: string, hart: IsaProfile): string[] {
  let names: string[];
  try { names = extensionNames(builtFor.trim().toLowerCase()); } catch { return []; }
  return [...new Set(names.flatMap((x) => SHORTHANDS[x] ?? [x]))]
    .filter((n) => KNOWN[n] !== undefined && (KNOWN[n]! & ~hart.exts) !== 0);
}
