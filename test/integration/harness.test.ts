import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Machine } from '../../dist/src/harness/machine.js';
import { RvZooError } from '../../dist/src/errors.js';
import { profileRun, foldedText } from '../../dist/src/harness/profile.js';
import { PREBUILT } from '../firmware-lib.js';
import { heldOut } from '../mnist-digits.js';

const DEMO = join(PREBUILT, 'mnist_demo.elf');

describe('Machine: stages, results, symbols', () => {
  it('records stages whose counts sum to the total and parses the results', async () => {
    const m = await Machine.fromElf(DEMO);
    const stages: number[] = [];
    m.on('stage', (s) => stages.push(s.index));
    const r = await m.run();
    expect(r.stop.reason).toBe('exit');
    expect(r.exitCode).toBe(0);
    expect(stages).toEqual([1, 2, 3]);
    expect(r.stages.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    expect(r.stages.map((s) => s.label)).toEqual(['(boot)', 'loading model', 'preparing input', 'invoking']);
    expect(r.stages.reduce((a, s) => a + s.instructions, 0)).toBe(r.instructions);
    expect(r.stages.every((s) => s.instructions > 0)).toBe(true);
    expect(r.results['scores']!.shape).toEqual([1, 10]);
    expect(r.results['scores_q']!.dtype).toBe('i8');
    expect(r.results['scores']!.argmax()).toBe(r.results['scores_q']!.argmax());
    expect(r.inputs['zoo_input']).toEqual({ name: 'zoo_input', dtype: 'u8', shape: [1, 28, 28, 1] });
    // the firmware reports its own minstret delta for the invoke stage; the harness's stage
    // count must contain it (the stage also holds the printing after the invoke: results and
    // the @layer lines, ~100 k instructions of formatting).
    const own = Number(/# invoke instructions (\d+)/.exec(r.console)![1]);
    const invoke = r.stages[3]!.instructions;
    expect(invoke).toBeGreaterThanOrEqual(own);
    expect(invoke - own).toBeLessThan(150_000);
  });

  it('input injection changes the output', async () => {
    const [zero] = heldOut(1); // a held-out "0"
    const base = await (await Machine.fromElf(DEMO)).run();
    const m = await Machine.fromElf(DEMO);
    m.writeSymbol('zoo_input', zero!.image);
    expect(Array.from(m.readSymbol('zoo_input'))).toEqual(Array.from(zero!.image));
    const r = await m.run();
    expect(base.results['scores']!.argmax()).toBe(7);
    expect(r.results['scores']!.argmax()).toBe(0);
  });

  it('refuses unknown symbols and oversized writes with one clear line', async () => {
    const m = await Machine.fromElf(DEMO);
    expect(() => m.writeSymbol('no_such_symbol', new Uint8Array(1))).toThrow(/no symbol 'no_such_symbol'/);
    expect(() => m.writeSymbol('zoo_input', new Uint8Array(785))).toThrow(RvZooError);
    expect(() => m.writeSymbol('zoo_input', new Uint8Array(785))).toThrow(/785 bytes do not fit in symbol 'zoo_input' \(784 bytes\)/);
  });

  it('stops an infinite loop at the budget with a clear reason', async () => {
    const m = await Machine.fromElf(join(PREBUILT, 'spin.elf'));
    const r = await m.run({ maxInstructions: 100_000 });
    expect(r.stop.reason).toBe('budget');
    expect(r.stop.message).toMatch(/budget of 100000 exhausted at pc 0x[0-9a-f]{8}/);
    expect(r.exitCode).toBeNull();
    expect(r.instructions).toBe(100_000);
  });

  it('untilStage stops right after the stage line; the run continues from there', async () => {
    const m = await Machine.fromElf(DEMO);
    const a = await m.run({ untilStage: 'preparing input' });
    expect(a.stop.reason).toBe('stage');
    expect(a.console.trimEnd().split('\n').pop()).toBe('[2/3] preparing input');
    const b = await m.run();
    expect(b.stop.reason).toBe('exit');
    const fresh = await (await Machine.fromElf(DEMO)).run();
    expect(b.console).toBe(fresh.console);
    expect(b.instructions).toBe(fresh.instructions);
  });
});

describe('trap events', () => {
  it('reports each trap the firmware takes with mcause, mepc, mtval and the instruction count', async () => {
    // firmware/tests/timer.c takes 10 machine timer interrupts (it prints the count)
    const m = await Machine.fromElf(join(PREBUILT, 'timer.elf'));
    const traps: { cause: number; epc: number; instructions: number }[] = [];
    m.on('trap', (t) => traps.push(t));
    const r = await m.run();
    expect(r.exitCode).toBe(0);
    const timer = traps.filter((t) => t.cause === 0x80000007);
    expect(timer.length).toBe(10);
    expect(timer.every((t, i) => i === 0 || t.instructions > timer[i - 1]!.instructions)).toBe(true);
    // an illegal instruction: the traps test provokes one on purpose
    const t = await Machine.fromElf(join(PREBUILT, 'traps.elf'));
    const seen: number[] = [];
    t.on('trap', (e) => seen.push(e.cause));
    await t.run();
    expect(seen).toContain(2);
    expect(seen).toContain(3);
  });
});

describe('snapshot / restore', () => {
  it('gives an identical second run', async () => {
    const m = await Machine.fromElf(DEMO);
    const snap = m.snapshot();
    const first = await m.run();
    m.restore(snap);
    const second = await m.run();
    expect(second.console).toBe(first.console);
    expect(second.instructions).toBe(first.instructions);
    expect(second.stages).toEqual(first.stages);
  });

  it('classifies 200 digits after one boot, each as a fresh boot would', async () => {
    const digits = heldOut(20);
    expect(digits.length).toBe(200);
    const m = await Machine.fromElf(DEMO);
    await m.run({ untilStage: 2 }); // booted, model loaded; input not read yet
    const snap = m.snapshot();
    let correct = 0;
    const seen: number[] = [];
    for (const { label, image } of digits) {
      m.restore(snap);
      m.writeSymbol('zoo_input', image);
      const r = await m.run();
      expect(r.exitCode).toBe(0);
      const cls = r.results['scores']!.argmax();
      seen.push(cls);
      if (cls === label) correct++;
    }
    // the project's demo model reaches ~94% on the held-out split (tools/train_demo.py)
    expect(correct / digits.length).toBeGreaterThan(0.85);
    // spot-check: a fresh boot of the same inputs gives the same classes
    for (const i of [0, 57, 199]) {
      const f = await Machine.fromElf(DEMO);
      f.writeSymbol('zoo_input', digits[i]!.image);
      expect((await f.run()).results['scores']!.argmax()).toBe(seen[i]);
    }
  });
});

describe('profile', () => {
  it('attributes every instruction and finds the hot inference function', async () => {
    const m = await Machine.fromElf(DEMO);
    const { result, profile } = await profileRun(m);
    expect(result.exitCode).toBe(0);
    expect(profile.total).toBe(result.instructions);
    expect(profile.functions.reduce((a, f) => a + f.instructions, 0)).toBe(profile.total);
    expect(profile.stages.reduce((a, s) => a + s.instructions, 0)).toBe(profile.total);
    expect(profile.functions.find((f) => f.name === 'main')!.calls).toBe(1);
    // the layer kernels dominate an int8 inference (out of line: op_conv etc., GCC may suffix .isra.N)
    expect(profile.functions[0]!.name).toMatch(/^(zoo_|op_)/);
    const folded = foldedText(profile.folded);
    const sum = folded.trim().split('\n').reduce((a, l) => a + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
    expect(sum).toBe(profile.total);
    expect(folded).toMatch(/^_start;main;\S*zoo_\S* \d+$/m);
  });
});
