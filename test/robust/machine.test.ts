/**
 * The Machine API's robustness (issue 18): writeSymbol's data, foreign snapshots, one
 * definition of "instructions" (retired, as minstret) with exceptions counted beside it, and
 * stopping a run from a listener.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Machine } from '../../dist/src/harness/machine.js';
import { RvZooError } from '../../dist/src/errors.js';
import { profileRun } from '../../dist/src/harness/profile.js';
import { PREBUILT } from '../firmware-lib.js';
import { skipWithoutTools } from '../loader/build.js';
import { robustProgram } from './programs.js';

const DEMO = join(PREBUILT, 'mnist_demo.elf');

function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('did not throw');
}

describe('Machine.writeSymbol', () => {
  it('refuses data that is not bytes, with one line naming the symbol', async () => {
    const m = await Machine.fromElf(DEMO);
    const bad: [unknown, RegExp][] = [
      ['x'.repeat(784), /expected bytes .*, got a string/],
      [null, /got null/],
      [undefined, /got undefined/],
      [784, /got 784/],
      [{ length: 784 }, /got an object \(Object\)/],
      [Array(784).fill(300), /element 0 is 300/],
      [[...Array(783).fill(0), -1], /element 783 is -1/],
      [[...Array(783).fill(0), 0.5], /element 783 is 0\.5/],
      [[...Array(783).fill(0), '7'], /element 783 is a string/],
    ];
    for (const [data, re] of bad) {
      const e = thrown(() => m.writeSymbol('zoo_input', data as Uint8Array));
      expect(e).toBeInstanceOf(RvZooError);
      expect(e.message).toMatch(/^.*mnist_demo\.elf: writeSymbol\('zoo_input'\): /);
      expect(e.message).toMatch(re);
      expect(e.message).not.toContain('\n');
    }
  });

  it('accepts typed arrays, ArrayBuffers and arrays of bytes', async () => {
    const m = await Machine.fromElf(DEMO);
    m.writeSymbol('zoo_input', Array.from({ length: 784 }, (_, i) => i & 255));
    expect(m.readSymbol('zoo_input')[300]).toBe(300 & 255);
    m.writeSymbol('zoo_input', new Int8Array(784).fill(-1));
    expect(m.readSymbol('zoo_input')[0]).toBe(255);
    m.writeSymbol('zoo_input', new Uint16Array(392).fill(0x0102).buffer);
    expect(Array.from(m.readSymbol('zoo_input').subarray(0, 2))).toEqual([2, 1]);
  });

  it('refuses a size mismatch unless an offset asks for a partial write', async () => {
    const m = await Machine.fromElf(DEMO);
    expect(thrown(() => m.writeSymbol('zoo_input', new Uint8Array(100))).message)
      .toMatch(/100 bytes for symbol 'zoo_input' of 784 bytes \(pass an offset to write only part of it\)/);
    expect(thrown(() => m.writeSymbol('zoo_input', new Uint8Array(0))).message).toMatch(/0 bytes for symbol/);
    m.writeSymbol('zoo_input', new Uint8Array(784));
    m.writeSymbol('zoo_input', Uint8Array.of(9, 8), 782);
    expect(Array.from(m.readSymbol('zoo_input').subarray(780))).toEqual([0, 0, 9, 8]);
    expect(thrown(() => m.writeSymbol('zoo_input', Uint8Array.of(1, 2, 3), 782)).message).toMatch(/3 bytes at offset 782 do not fit in symbol 'zoo_input' \(784 bytes\)/);
    expect(thrown(() => m.writeSymbol('zoo_input', Uint8Array.of(1), -1)).message).toMatch(/offset must be a non-negative whole number, got -1/);
  });
});

describe('Machine.restore', () => {
  it('refuses anything but a snapshot this machine took', async () => {
    const a = await Machine.fromElf(DEMO);
    const b = await Machine.fromElf(DEMO);
    const other = await Machine.fromElf(join(PREBUILT, 'hello.elf'));
    await a.run({ untilStage: 2 });
    const snap = a.snapshot();
    for (const foreign of [{}, null, undefined, 42, b.snapshot(), other.snapshot(), { ...snap }, structuredClone(snap)]) {
      const e = thrown(() => a.restore(foreign as typeof snap));
      expect(e).toBeInstanceOf(RvZooError);
      expect(e.message).toMatch(/mnist_demo\.elf: restore: not a snapshot of this machine/);
    }
    expect(() => b.restore(snap)).toThrow(RvZooError);
    // the machine is untouched by the refusals, and its own snapshot still works
    const first = await a.run();
    a.restore(snap);
    const second = await a.run();
    expect(second.console).toBe(first.console);
    expect(second.instructions).toBe(first.instructions);
  });
});

describe('instructions: retired, as minstret counts them, everywhere', () => {
  it('traps.elf: run and profile agree; the 10 faulting instructions are counted apart', async () => {
    const elf = join(PREBUILT, 'traps.elf');
    const r = await (await Machine.fromElf(elf)).run();
    const { result, profile } = await profileRun(await Machine.fromElf(elf));
    expect(r.exitCode).toBe(0);
    expect(r.exceptions).toBe(10);
    expect(result.instructions).toBe(r.instructions);
    expect(profile.total).toBe(r.instructions);
    expect(profile.functions.reduce((n, f) => n + f.instructions, 0)).toBe(r.instructions);
  });

  it.skipIf(skipWithoutTools)('profile stages start where the run\'s stages start', async () => {
    const { bytes } = robustProgram('longStages');
    const r = await (await Machine.fromElf(bytes)).run();
    const { profile } = await profileRun(await Machine.fromElf(bytes));
    expect(r.stages).toHaveLength(5);
    expect(profile.stages.map((s) => [s.index, s.instructions])).toEqual(r.stages.map((s) => [s.index, s.instructions]));
  });

  /** Profile `m` and check that the straight-line function `handler` ran whole once per trap. */
  async function handlerRunsWhole(m: Machine, handler: string): Promise<void> {
    const sym = m.symbol(handler);
    let k = 0;
    for (let pc = sym.value; pc < sym.value + sym.size; pc += m.instructionAt(pc)!.length) k++;
    let traps = 0;
    m.on('trap', () => traps++);
    const { result, profile } = await profileRun(m);
    expect(result.exitCode).toBe(0);
    expect(traps).toBeGreaterThanOrEqual(5);
    expect(profile.functions.find((f) => f.name === handler)!.instructions).toBe(k * traps);
  }

  it('interrupt handlers are counted whole (taken between instructions)', async () => {
    await handlerRunsWhole(await Machine.fromElf(join(PREBUILT, 'timer.elf')), 'trap_entry');
  });

  it.skipIf(skipWithoutTools)('interrupt handlers are counted whole (taken as wfi wakes)', async () => {
    await handlerRunsWhole(await Machine.fromElf(robustProgram('wfiTimer').bytes), 'handler');
  });
});

describe.skipIf(skipWithoutTools)('budget and stop', () => {
  it('the budget counts retired and faulting instructions, and the stop message says both', async () => {
    const m = await Machine.fromElf(robustProgram('trapEveryOther').bytes, { file: 'trapEveryOther.elf' });
    const r = await m.run({ maxInstructions: 10_000 });
    expect(r.stop.reason).toBe('budget');
    expect(r.instructions + r.exceptions).toBe(10_000);
    expect(r.exceptions).toBeGreaterThan(1000);
    expect(r.stop.message).toBe(`instruction budget of 10000 exhausted at pc 0x${r.stop.pc.toString(16).padStart(8, '0')}: `
      + `${r.instructions} retired, ${r.exceptions} raised an exception (the budget counts both)`);
    // a second call continues with a fresh budget; the counts are totals since reset
    const r2 = await m.run({ maxInstructions: 10_000 });
    expect(r2.instructions + r2.exceptions).toBe(20_000);
  });

  it('requestStop() from a listener ends the run after the current instruction', async () => {
    const m = await Machine.fromElf(robustProgram('longLine').bytes, { file: 'longLine.elf' });
    let seen = 0;
    m.on('console', () => { if (++seen === 10) m.requestStop(); });
    const r = await m.run();
    expect(r.stop.reason).toBe('stopped');
    expect(r.stop.message).toMatch(/^stopped by the host at pc 0x8/);
    expect(r.consoleBytes).toHaveLength(10);
    const rest = await m.run();
    expect(rest.stop.reason).toBe('exit');
    expect(rest.consoleBytes).toHaveLength(200_000);
  });
});
