/**
 * The benchmark suite (firmware/suite, `npm run bench -- --suite`): its shape, and every
 * program's console under rv-zoo (translator on) against the committed expectation, which is
 * QEMU's output (firmware/qemu-check.sh, run by firmware.test.ts, checks QEMU against it).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Machine } from '../../dist/src/harness/machine.js';
import { parseElf } from '../../dist/src/loader/elf.js';
import { suiteCases } from '../firmware-lib.js';

const cases = suiteCases();

describe('benchmark suite: shape', () => {
  it('has at least 14 programs, 6 per compiler, -O2 and -Os, every one with an expectation', () => {
    expect(new Set(cases.map((c) => c.source)).size).toBeGreaterThanOrEqual(14);
    for (const cc of ['gcc', 'clang']) {
      const mine = cases.filter((c) => c.compiler === cc);
      expect(mine.length, cc).toBeGreaterThanOrEqual(6);
      expect(new Set(mine.map((c) => c.opt)), cc).toEqual(new Set(['-O2', '-Os']));
    }
    for (const c of cases) {
      expect(c.name).toMatch(/^suite_[a-z0-9]+_(gcc|clang)_O[2s]$/);
      expect(c.expected, c.name).not.toBeNull();
    }
  });

  it('superloop: globals written in the loop share a 4 KiB page with the code of the loop', () => {
    const loops = cases.filter((c) => c.name.startsWith('suite_superloop_'));
    expect(loops.length).toBeGreaterThan(0);
    for (const c of loops) {
      const elf = parseElf(readFileSync(c.elf), c.elf);
      const page = (name: string) => Math.floor(elf.symbol(name)!.value / 4096);
      for (const data of ['adc_seed', 'tick', 'filtered', 'checksum', 'ring']) {
        for (const code of ['sample', 'controller', 'drain']) expect(page(data), `${c.name}: ${data} / ${code}`).toBe(page(code));
      }
    }
  });
});

describe('benchmark suite under rv-zoo', () => {
  for (const c of cases) {
    it(`${c.name}: same console and exit code as on QEMU (translator on)`, async () => {
      const m = await Machine.fromElf(c.elf, { translate: 'on' });
      const r = await m.run({ maxInstructions: c.maxInstructions });
      expect(r.stop.reason, r.stop.message).toBe('exit');
      expect(r.console).toBe(c.expected);
      expect(r.exitCode).toBe(c.exitCode);
    }, 300_000);
  }
});
