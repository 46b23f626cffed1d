/**
 * ELF-mutation fuzzing (issue 18): seeded mutants of the prebuilt ELFs are parsed, sized,
 * disassembled, loaded and run with a small budget through the library, and a few through the
 * CLI. Allowed outcomes: an RvZooError (one line), or a run that stops cleanly. Anything else
 * (another exception, a hang, a stack trace) fails and names the mutant: rerun it with
 * RVZOO_FUZZ_SEED and the index. RVZOO_FUZZ_MUTANTS sets how many (default 300; e.g. 6400).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Machine } from '../../dist/src/harness/machine.js';
import { RvZooError } from '../../dist/src/errors.js';
import { parseElf, SHF_EXECINSTR, SHT_NOBITS } from '../../dist/src/loader/elf.js';
import { componentBreakdown, staticFootprint, symbolsWithFiles } from '../../dist/src/loader/footprint.js';
import { disassembleRange } from '../../dist/src/cli/disasm.js';
import { footprintSizeJson, formatFootprint } from '../../dist/src/cli/size.js';
import { PREBUILT, ROOT } from '../firmware-lib.js';
import { BIN } from '../cli-lib.js';
import { mutate } from './mutate.js';

const MUTANTS = Number(process.env.RVZOO_FUZZ_MUTANTS ?? 300);
const SEED = Number(process.env.RVZOO_FUZZ_SEED ?? 18);
const BUDGET = 20_000;
const BASES = ['hello.elf', 'hello_xip.elf', 'traps.elf', 'mnist_demo.elf', 'sched_xip.elf', 'semihost_hello.elf', 'compressed.elf', 'umode.elf']
  .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(PREBUILT, f))) }));
const REGIONS = [
  { name: 'flash', base: 0x2000_0000, size: 32 << 20, writable: false },
  { name: 'ram', base: 0x8000_0000, size: 128 << 20, writable: true },
];
const STOPS = ['exit', 'budget', 'trap-loop', 'wfi-deadlock'];

/** What went wrong with mutant `index`, or null when every outcome was allowed. */
async function tryMutant(index: number): Promise<string | null> {
  const base = BASES[index % BASES.length]!;
  const { bytes, what } = mutate(base.bytes, SEED, index);
  const name = `mutant ${index} of ${base.name} (seed ${SEED}: ${what})`;
  const allowed = (e: unknown): string | null =>
    e instanceof RvZooError && !e.message.includes('\n') ? null : `${name}: ${(e as Error)?.stack ?? String(e)}`;
  try {
    const elf = parseElf(bytes, 'mutant.elf');
    const fp = staticFootprint(elf, REGIONS);
    const bd = componentBreakdown(elf, fp, { symbols: symbolsWithFiles(bytes, elf) });
    formatFootprint(fp, bd, 'section', 10);
    JSON.stringify(footprintSizeJson(fp, bd, 10));
    for (const sec of elf.sections) {
      if ((sec.flags & SHF_EXECINSTR) === 0 || sec.type === SHT_NOBITS || sec.size === 0) continue;
      const start = sec.addr >>> 0;
      disassembleRange(elf, bytes.subarray(sec.offset, sec.offset + Math.min(sec.size, 4096)), start, start, start + Math.min(sec.size, 4096));
    }
  } catch (e) {
    const bad = allowed(e);
    if (bad) return bad;
  }
  let machine: Machine;
  try {
    machine = await Machine.fromElf(bytes, { file: 'mutant.elf' });
  } catch (e) {
    return allowed(e);
  }
  try {
    const r = await machine.run({ maxInstructions: BUDGET });
    if (!STOPS.includes(r.stop.reason)) return `${name}: stop reason ${r.stop.reason}`;
    if (r.instructions + r.exceptions > 2 * BUDGET) return `${name}: ran ${r.instructions} + ${r.exceptions} steps on a budget of ${BUDGET}`;
    if (r.consoleBytes.length > 4 * BUDGET) return `${name}: ${r.consoleBytes.length} console bytes`;
  } catch (e) {
    return allowed(e);
  }
  return null;
}

describe('ELF mutation fuzzing', () => {
  it(`${MUTANTS} mutants through the library: only RvZooErrors and clean stops, bounded memory`, async () => {
    const failures: string[] = [];
    let peak = 0;
    for (let i = 0; i < MUTANTS; i++) {
      const bad = await tryMutant(i);
      if (bad) failures.push(bad);
      if (i % 50 === 49) peak = Math.max(peak, process.memoryUsage().rss);
    }
    expect(failures).toEqual([]);
    // each machine maps 160 MiB of RAM and flash that the OS backs only where written
    expect(peak).toBeLessThan(2 * 1024 ** 3);
  }, Math.max(120_000, MUTANTS * 200));

  it('a few mutants through the CLI: no stack trace, one line for an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rvzoo-fuzz-'));
    for (let i = 0; i < 8; i++) {
      const base = BASES[i % BASES.length]!;
      const { bytes, what } = mutate(base.bytes, SEED + 1, i);
      const file = join(dir, `m${i}.elf`);
      writeFileSync(file, bytes);
      for (const args of [['run', '--max-instructions', String(BUDGET), file], ['size', file], ['disasm', file]]) {
        const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 });
        const label = `${args[0]} on mutant ${i} of ${base.name} (seed ${SEED + 1}: ${what})`;
        expect(r.stderr, label).not.toMatch(/at .*\.js:\d+|TypeError|RangeError|ReferenceError/);
        expect(r.status, label).not.toBeNull();
        expect(r.status! >= 0 && r.status! <= 255, label).toBe(true);
        if (r.status === 2) expect(r.stderr.trimEnd().split('\n'), label).toHaveLength(1);
      }
    }
  });
});
