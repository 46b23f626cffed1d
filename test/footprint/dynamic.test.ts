/**
 * Dynamic footprint (stack high-water mark, heap peak, RAM touched, per stage). Emulation runs
 * from the compiled dist/ (see vitest.config.ts); the tests need `npx tsc -p .` first.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Machine } from '../../dist/src/harness/machine.js';
import { attachFootprint, footprintJson, PAINT_WORD } from '../../dist/src/harness/footprint.js';
import { PREBUILT, firmwareCases, needTool } from '../firmware-lib.js';

const OBJDUMP = 'riscv64-unknown-elf-objdump';

/** Bytes `fn` allocates in its prologue (`add[i] sp,sp,-N`), from objdump's disassembly. */
function frameSize(elf: string, fn: string): number {
  const text = execFileSync(OBJDUMP, ['-d', `--disassemble=${fn}`, elf], { encoding: 'utf8' });
  const m = /\badd(?:i)?\s+sp,\s*sp,\s*-(\d+)/.exec(text);
  if (!m) throw new Error(`no stack adjustment in ${fn} of ${elf}`);
  return Number(m[1]);
}

describe('stack high-water mark', () => {
  for (const name of ['stack_depth', 'stack_depth_xip']) {
    it(`${name}: the measured depth matches the recursion (within one frame)`, async () => {
      if (!needTool(OBJDUMP)) return;
      const elf = join(PREBUILT, `${name}.elf`);
      // firmware/apps/stack_depth.c: main calls recurse(DEPTH) with DEPTH = 100, so DEPTH + 1
      // frames of recurse() sit below main's frame at the deepest point
      const DEPTH = 100;
      const frame = frameSize(elf, 'recurse');
      const mainFrame = frameSize(elf, 'main');
      expect(frame).toBe(128); // what the firmware itself checks and prints
      const expected = mainFrame + (DEPTH + 1) * frame;

      const m = await Machine.fromElf(elf);
      const t = attachFootprint(m);
      const r = await m.run({ maxInstructions: 1e8 });
      expect(r.exitCode).toBe(0);
      const rep = t.report();
      expect(rep.stack).not.toBeNull();
      const s = rep.stack!;
      expect(s.reserved).toBe(m.symbol('__stack_top').value - m.symbol('__stack_bottom').value);
      expect(Math.abs(s.used - expected)).toBeLessThan(frame);
      expect(s.used).toBeLessThanOrEqual(expected);
      expect(s.reachedLimit).toBe(false);
      // the firmware prints its own deepest sp: the lowest write is at or above it
      const printed = Number(/deepest sp in recurse\(\) is (\d+) bytes below __stack_top/.exec(r.console)![1]);
      expect(printed).toBe(expected);
      expect(s.used).toBeLessThanOrEqual(printed);
      expect(s.lowest! % 4).toBe(0);
      expect(rep.heap!.used).toBe(0);
    });
  }

  it('a stack that reaches its limit is flagged', async () => {
    const m = await Machine.fromElf(join(PREBUILT, 'stack_depth.elf'));
    const t = attachFootprint(m);
    await m.run({ maxInstructions: 1e8 });
    // pretend the firmware wrote the bottom word
    m.write(m.symbol('__stack_bottom').value, Uint8Array.of(1, 2, 3, 4));
    const rep = t.report();
    expect(rep.stack!.reachedLimit).toBe(true);
    expect(rep.stack!.used).toBe(rep.stack!.reserved);
    expect(rep.warnings.join('\n')).toMatch(/stack reached its limit/);
  });
});

describe('heap and RAM touched', () => {
  it('malloc: heap peak from the painted heap; RAM touched counts written pages only', async () => {
    const m = await Machine.fromElf(join(PREBUILT, 'malloc.elf'));
    const t = attachFootprint(m);
    const r = await m.run({ maxInstructions: 1e8 });
    expect(r.exitCode).toBe(0);
    const rep = t.report();
    const h = rep.heap!;
    expect(h.start).toBe(m.symbol('__heap_start').value);
    expect(h.used).toBeGreaterThan(0);
    expect(h.used).toBeLessThanOrEqual(h.reserved);
    // the highest word written is the last word of the measured range
    expect(m.read(h.highest!, 4)).not.toEqual(new Uint8Array([0xde, 0xc0, 0xad, 0xde]));
    if (h.highest! + 4 < h.end) expect(m.read(h.highest! + 4, 4)).toEqual(new Uint8Array([0xde, 0xc0, 0xad, 0xde]));
    expect(rep.ramTouched % 4096).toBe(0);
    expect(rep.ramTouched).toBeGreaterThan(0);
  });

  it('hello_xip: painting does not count as touching; touched RAM is far below the reservation', async () => {
    const m = await Machine.fromElf(join(PREBUILT, 'hello_xip.elf'));
    const t = attachFootprint(m);
    await m.run({ maxInstructions: 1e8 });
    const rep = t.report();
    const j = footprintJson(t, rep);
    expect(j.static.ram).toBe(82072);
    expect(j.static.flash).toBe(10992);
    // .data/.bss page + the top stack page(s); not the 20 painted heap/stack pages
    expect(rep.ramTouched).toBeGreaterThanOrEqual(2 * 4096);
    expect(rep.ramTouched).toBeLessThanOrEqual(4 * 4096);
    expect(rep.stack!.used).toBeGreaterThan(0);
    expect(rep.stack!.used).toBeLessThan(4096);
  });
});

describe('per stage and JSON', () => {
  it('mnist_demo: one entry per stage, invoke is the deepest; JSON shape', async () => {
    const m = await Machine.fromElf(join(PREBUILT, 'mnist_demo.elf'));
    const t = attachFootprint(m);
    const r = await m.run({ maxInstructions: 1e9 });
    expect(r.exitCode).toBe(0);
    const j = footprintJson(t);
    expect(Object.keys(j)).toEqual(['static', 'stack', 'heap', 'ramTouched', 'stages', 'warnings']);
    expect(Object.keys(j.static)).toEqual(['flash', 'ram', 'text', 'data', 'bss', 'flashParts', 'ramParts']);
    expect(j.stages.map((s) => s.index)).toEqual(r.stages.map((s) => s.index));
    expect(j.stages.map((s) => s.label)).toEqual(r.stages.map((s) => s.label));
    const invoke = j.stages.find((s) => /invok/.test(s.label))!;
    for (const s of j.stages) {
      expect(s.stackUsed!).toBeLessThanOrEqual(j.stack!.used);
      expect(s.ramTouched).toBeLessThanOrEqual(j.ramTouched);
    }
    expect(Math.max(...j.stages.map((s) => s.stackUsed!))).toBe(j.stack!.used);
    expect(invoke.stackUsed).toBe(j.stack!.used);
    // the activation arena (.bss) is written during inference
    const arena = m.symbol('mnist_demo_arena');
    expect(j.ramTouched).toBeGreaterThanOrEqual(arena.size);
    expect(j.stages.reduce((n, s) => n + s.ramTouchedNew, 0)).toBe(j.ramTouched);
    expect(j.stack!.percent).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
    expect(PAINT_WORD >>> 0).toBe(0xdeadc0de);
  });
});

describe('painting does not change what firmware prints', () => {
  const cases = firmwareCases().filter((c) => c.expected !== null);
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(20));
  for (const c of cases) {
    it(`${c.name}: same console and exit code when painted`, async () => {
      const m = await Machine.fromElf(c.elf, { stdin: c.stdin, isa: c.isa });
      const t = attachFootprint(m);
      const r = await m.run({ maxInstructions: 2e9 });
      expect(r.stop.reason, r.stop.message).toBe('exit');
      expect(r.console).toBe(c.expected);
      expect(r.exitCode).toBe(c.exitCode);
      const rep = t.report();
      if (rep.stack) expect(rep.stack.reachedLimit, c.name).toBe(false);
    });
  }
});
