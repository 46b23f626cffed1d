/**
 * Every prebuilt firmware ELF under the block translator: in 'check' mode (each translated trace
 * replayed and compared against the interpreter; the long benches and FP vectors skipped there), and
 * identical console output, exit code, instret and cycles with translation 'on' and 'off' for all
 * of them. Runs the compiled code from dist through Board directly (the hart option is a Board
 * pass-through).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Board } from '../../dist/src/soc/board.js';
import { parseElf } from '../../dist/src/loader/elf.js';
import { loadElf } from '../../dist/src/loader/load.js';
import { firmwareCases, type FirmwareCase } from '../firmware-lib.js';

const cases = firmwareCases();
// too long for 'check' mode in the suite (fpvec_f and fpvec_d pass it: 56 s and 138 s by hand);
// bench_fmlp_f and bench_fmlp_d, whose F/D instructions now run in compiled regions, are in it
const LONG = new Set(['bench_crc32', 'bench_matmul', 'bench_softfloat', 'fpvec_f', 'fpvec_d']);

function boot(c: FirmwareCase, translate: 'off' | 'on' | 'check') {
  const chunks: Buffer[] = [];
  const board = new Board({ translate, isa: c.isa, hotThreshold: 16, ...(c.stdin ? { stdin: c.stdin } : {}), onConsole: (b) => chunks.push(Buffer.from(b)) });
  loadElf(parseElf(readFileSync(c.elf), c.elf), board);
  const stop = board.run(Math.max(c.maxInstructions, 1e6) * 2);
  const h = board.hart;
  return {
    result: {
      console: Buffer.concat(chunks).toString('latin1'), reason: stop.reason, exitCode: stop.exitCode,
      instret: h.instret, cycle: h.cycle, pc: h.pc, x: Array.from(h.x),
    },
    hart: h,
  };
}

describe('prebuilt firmware under the block translator', () => {
  it('has the firmware', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const c of cases) {
    it(`${c.name}: same console, exit code, instret and cycles with translation on and off`, () => {
      const off = boot(c, 'off');
      const on = boot(c, 'on');
      expect(on.result).toEqual(off.result);
      if (c.expected !== null) expect(on.result.console).toBe(c.expected);
      if (c.exitCode !== null) expect(on.result.exitCode).toBe(c.exitCode);
    }, 120_000);
  }

  for (const c of cases.filter((k) => !LONG.has(k.name))) {
    it(`${c.name}: every translated trace agrees with the interpreter ('check' mode)`, () => {
      const off = boot(c, 'off');
      const chk = boot(c, 'check');
      expect(chk.result).toEqual(off.result);
      if (off.result.instret > 2000) expect(chk.hart.checkStats.compared).toBeGreaterThan(0);
    }, 120_000);
  }
});
