/**
 * The console through the Machine: kept byte for byte, split into protocol lines with work
 * linear in its length and a bounded buffer for one line (issue 18, items 1 and 17).
 */
import { describe, expect, it } from 'vitest';
import { Machine } from '../../dist/src/harness/machine.js';
import { skipWithoutTools } from '../loader/build.js';
import { robustProgram } from './programs.js';

describe.skipIf(skipWithoutTools)('console', () => {
  it('a 200,000-byte line without a newline: console exact, line buffer bounded', async () => {
    const { bytes } = robustProgram('longLine');
    const m = await Machine.fromElf(bytes, { file: 'longLine.elf', maxLineBytes: 1000 });
    const lines: string[] = [];
    m.on('line', (l) => lines.push(l));
    const r = await m.run();
    expect(r.stop.reason).toBe('exit');
    expect(r.consoleBytes).toHaveLength(200_000);
    expect(r.consoleBytes.every((b) => b === 0x78)).toBe(true);
    expect(r.console).toBe('x'.repeat(200_000));
    // the unterminated rest is delivered at the exit, cut to the limit and reported
    expect(lines).toEqual(['x'.repeat(1000)]);
    expect(r.protocolErrors).toEqual([expect.stringMatching(/^console line of 200000 bytes is longer than the 1000-byte limit: not parsed as a stage or result/)]);
  });

  it('a 100,000-value @result line is parsed (the default limit holds it)', async () => {
    const m = await Machine.fromElf(robustProgram('bigResult').bytes, { file: 'bigResult.elf' });
    const r = await m.run();
    expect(r.exitCode).toBe(0);
    expect(r.protocolErrors).toEqual([]);
    const t = r.results['big']!;
    expect(t.shape).toEqual([100_000]);
    expect(t.values).toHaveLength(100_000);
    expect(Array.from(t.values.subarray(0, 12))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]);
    expect(t.values[99_999]).toBe(9);
    expect(r.consoleBytes.length).toBe('@result big u8[100000] '.length + 200_000 + 1);
  });

  it('keeps CR and bytes that are not UTF-8; stage lines still parse', async () => {
    const m = await Machine.fromElf(robustProgram('rawBytes').bytes, { file: 'rawBytes.elf' });
    const r = await m.run();
    const want = Uint8Array.of(0x61, 13, 10, 0xff, 0xfe, 0x62, 10, ...new TextEncoder().encode('[1/1] stage\r\n'));
    expect(Array.from(r.consoleBytes)).toEqual(Array.from(want));
    expect(r.console).toBe('a\r\n\ufffd\ufffdb\n[1/1] stage\r\n');
    expect(r.stages.map((s) => s.label)).toEqual(['(boot)', 'stage']);
  });

  it('a snapshot carries the console and the unfinished line', async () => {
    const m = await Machine.fromElf(robustProgram('rawBytes').bytes, { file: 'rawBytes.elf' });
    const fresh = await m.run({ maxInstructions: 1 });
    expect(fresh.consoleBytes).toHaveLength(0);
    const snap = m.snapshot();
    const full = await m.run();
    m.restore(snap);
    expect(m.result().consoleBytes).toHaveLength(0);
    const again = await m.run();
    expect(Array.from(again.consoleBytes)).toEqual(Array.from(full.consoleBytes));
    expect(again.stages.map((s) => s.label)).toEqual(full.stages.map((s) => s.label));
  });
});
