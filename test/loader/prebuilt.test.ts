import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseElf, PT_LOAD } from '../../src/loader/elf.js';
import { builtinProfile } from '../../src/soc/profiles.js';

const DIR = join(import.meta.dirname, '../../firmware/prebuilt');
const elfs = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.elf')) : [];

describe.skipIf(elfs.length === 0)('committed firmware ELFs', () => {
  it.each(elfs)('%s parses; segments fit the virt map; entry is in executable memory', (name) => {
    const img = parseElf(new Uint8Array(readFileSync(join(DIR, name))), name);
    const mems = builtinProfile('virt').regions;
    const inside = (a: number, n: number) => mems.some((r) => a >= r.base && a + n <= r.base + r.size);
    for (const s of img.segments.filter((s) => s.type === PT_LOAD && s.memsz > 0)) expect(inside(s.paddr, s.memsz)).toBe(true);
    expect(inside(img.entry, 2)).toBe(true);
    expect(img.symbols.length).toBeGreaterThan(0);
    const entrySym = img.symbolAt(img.entry);
    if (entrySym) expect(entrySym.type).toBe('func');
  });
});
