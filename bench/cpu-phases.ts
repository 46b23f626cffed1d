/**
 * Where the time of a cold run goes: Machine.fromElf, then run, per repetition, with the hart's
 * translator statistics. `node dist/bench/cpu-phases.js [elf] [reps]` (default st_mnist, 5).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Machine } from '../src/harness/machine.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const elf = process.argv[2] ?? join(ROOT, 'firmware', 'build', 'zoo', 'st_mnist.elf');
const reps = Number(process.argv[3] ?? 5);
const pause = Number(process.env.PAUSE ?? 0);
for (let i = 0; i < reps; i++) {
  if (pause > 0) await new Promise((r) => setTimeout(r, pause));
  const t0 = performance.now();
  const m = await Machine.fromElf(elf);
  const t1 = performance.now();
  const r = await m.run({ maxInstructions: 5e9 });
  const t2 = performance.now();
  const h = m.board.hart;
  console.log(`load ${(t1 - t0).toFixed(1)} ms, run ${(t2 - t1).toFixed(1)} ms, ${r.instructions} insns, ${(r.instructions / (t2 - t0) / 1e3).toFixed(1)} MIPS overall; compiled ${h.translateStats.compiled}, invalidated ${h.translateStats.invalidated}`);
}
