/** The executor's numeric case labels must agree with the Op enum of src/cpu/isa.ts. */
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as isa from '../../src/cpu/isa.js';

it('every `N /* NAME */` literal in hart.ts equals Op.NAME, and every executable op has a case', () => {
  const src = readFileSync(fileURLToPath(new URL('../../src/cpu/hart.ts', import.meta.url)), 'utf8');
  const Op = (isa as unknown as { Op: Record<string, number> }).Op;
  expect(Op, 'Op enum object is emitted').toBeDefined();
  const seen = new Set<string>();
  for (const m of src.matchAll(/\b(\d+) \/\* ([A-Z][A-Z0-9_]*) \*\//g)) {
    expect(Number(m[1]), m[2]).toBe(Op[m[2]!]);
    seen.add(m[2]!);
  }
  for (const s of isa.RV32_INSNS) {
    const name = Object.keys(Op).find((k) => Op[k] === s.op)!;
    expect(seen.has(name), `no case for ${name}`).toBe(true);
  }
});
