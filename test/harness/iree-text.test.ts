/**
 * IREE's buffer-view text as results (issue 13, item 2), on text IREE's own runtime wrote:
 * test/harness/fixtures/iree-text/identity.txt is what iree-base-runtime 3.1.0's
 * iree-run-module printed for 17 results of many shapes and element types, and
 * identity.expected.json what its Python runtime (iree.runtime) returned for the same call
 * (tools/iree_text_fixtures.py made both).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIreeLine } from '../../src/harness/iree-text.js';
import { applyResultLine, emptyResultState, restartIreeNumbering, type ResultState } from '../../src/harness/results.js';

const DIR = join(import.meta.dirname, 'fixtures', 'iree-text');
interface Expected { runtime: string; results: { name: string; type: string; shape: number[]; values: (number | string)[] }[] }
const expected = JSON.parse(readFileSync(join(DIR, 'identity.expected.json'), 'utf8')) as Expected;

function collect(text: string, state: ResultState = emptyResultState()): ResultState {
  for (const line of text.split('\n')) applyResultLine(state, line);
  return state;
}

const num = (v: number | string): number => (v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : (v as number));

/** IREE prints floats with %G: 6 significant digits. */
function close(got: number, want: number, type: string): boolean {
  if (Number.isNaN(want)) return Number.isNaN(got);
  if (!Number.isFinite(want)) return got === want;
  if (!/^b?f/.test(type)) return got === want;
  return Math.abs(got - want) <= 5e-6 * Math.abs(want) + 1e-300;
}

const DTYPE_OF: Record<string, string> = {
  si8: 'i8', ui8: 'u8', si16: 'i16', ui16: 'u16', si32: 'i32', i32: 'i32', si64: 'f64', f16: 'f32', f32: 'f32', f64: 'f64', i1: 'u8',
};

describe('IREE buffer-view text written by iree-base-runtime 3.1.0', () => {
  const state = collect(readFileSync(join(DIR, 'identity.txt'), 'utf8'));

  it('fixtures come from the runtime they claim', () => {
    expect(expected.runtime).toBe('iree-base-runtime 3.1.0');
    expect(expected.results).toHaveLength(17);
  });

  it('every result, named result0..result16, with the runtime\'s shape and values', () => {
    expect(state.protocolErrors).toEqual([]);
    expect(Object.keys(state.results).sort()).toEqual(expected.results.map((r) => r.name).sort());
    for (const want of expected.results) {
      const got = state.results[want.name]!;
      expect(got.source, want.name).toBe('iree');
      expect(got.shape, want.name).toEqual(want.shape);
      expect(got.dtype, `${want.name} ${want.type}`).toBe(DTYPE_OF[want.type]);
      expect(got.values.length, want.name).toBe(want.values.length);
      want.values.forEach((v, i) => expect(close(got.values[i]!, num(v), want.type), `${want.name}[${i}]: ${got.values[i]} vs ${v}`).toBe(true));
    }
  });

  it('nested brackets of rank 3 and 4 are read in C order; -0, NAN, INF and 1E+300 as numbers', () => {
    expect(Array.from(state.results.result0!.values)).toEqual(Array.from({ length: 24 }, (_, i) => i - 12));
    expect(Array.from(state.results.result13!.values)).toEqual(Array.from({ length: 12 }, (_, i) => i / 8 - 0.5));
    const special = Array.from(state.results.result10!.values);
    expect(special.slice(0, 3)).toEqual([NaN, Infinity, -Infinity]);
    expect(Object.is(special[3], -0)).toBe(true);
    expect(state.results.result12!.values[1]).toBe(1e300);
    expect(state.results.result9!.shape).toEqual([0, 3]);
    expect(state.results.result4!.shape).toEqual([]); // f32=1.5E-07: a scalar
    expect(state.results.result15!.values[0]).toBe(42); // result[15]: i32=42, inline
    expect(state.results.result1!.argmax()).toBe(6);
  });

  it('elided views (--output_max_element_count=5) are reported, not taken as results', () => {
    const elided = collect(readFileSync(join(DIR, 'identity_elided.txt'), 'utf8'));
    // the views with more than 5 elements are elided; the others are whole
    expect(Object.keys(elided.results).sort()).toEqual(['result10', 'result11', 'result12', 'result14', 'result15', 'result16', 'result3', 'result4', 'result7', 'result8', 'result9']);
    expect(elided.protocolErrors[0]).toMatch(/^result0: IREE printed 5 of the 24 values of its 2x3x4xsi8 buffer view and elided the rest/);
    expect(elided.protocolErrors.map((e) => e.split(':')[0])).toEqual(['result0', 'result1', 'result2', 'result5', 'result6', 'result13']);
  });
});

describe('buffer-view lines as firmware prints them', () => {
  it('the micro runtime\'s 1xKxf32=[...] without a header, numbered in order', () => {
    const s = collect('[8/8] Invoking\n1x10xf32=[0 0.0117188 0 0 0 0 0 0.980469 0 0]\n2xsi32=3 -4\nclass 7\n');
    expect(Object.keys(s.results)).toEqual(['result0', 'result1']);
    expect(s.results.result0!.argmax()).toBe(7);
    expect(Array.from(s.results.result1!.values)).toEqual([3, -4]);
  });

  it('EXEC @fn and stage lines start the numbering again; result[k] headers set it', () => {
    const s = collect('EXEC @main\nresult[0]: hal.buffer_view\n2xf32=1 2\nEXEC @main\n2xf32=5 6\nresult[3]: hal.buffer_view\n1xf32=9\n1xf32=10\n');
    expect(Array.from(s.results.result0!.values)).toEqual([5, 6]);
    expect(s.results.result3!.values[0]).toBe(9);
    expect(s.results.result4!.values[0]).toBe(10);
    restartIreeNumbering(s);
    applyResultLine(s, '1xf32=11');
    expect(s.results.result0!.values[0]).toBe(11);
  });

  it('an @result line owns its name: the IREE result of that name moves to iree_NAME, either order', () => {
    const a = collect('1xf32=7\n@result result0 f32[1] 1\n');
    expect(a.results.result0!.source).toBe('console');
    expect(a.results.iree_result0!.values[0]).toBe(7);
    const b = collect('@result result0 f32[1] 1\n1xf32=7\n');
    expect(b.results.result0!.values[0]).toBe(1);
    expect(b.results.iree_result0!.source).toBe('iree');
  });

  it('lines that are not buffer views are left alone; broken ones are reported', () => {
    for (const line of ['x=1', 'f32 = 3', '1x2xf32=hello', '1x10xq8=1 2', 'i=5', 'result: 7', 'score=0.5', '1x2=3 4', 'f1=3']) {
      expect(parseIreeLine(line), line).toBeNull();
    }
    const s = collect('1x3xf32=[1 2]\n2xsi8=1 300\n1xsi64=9007199254740993\n2x2xf32=[1 2][3 4\n');
    expect(s.results).toEqual({});
    expect(s.protocolErrors).toEqual([
      'result0: IREE buffer view 1x3xf32: shape holds 3 values, the line has 2',
      "result1: IREE buffer view 2xsi8: value 1 '300' is not a valid si8",
      "result2: IREE buffer view 1xsi64: value 0 '9007199254740993' is not exactly representable (64-bit integers are kept as f64, exact up to 2^53)",
      "result3: IREE buffer view 2x2xf32: unbalanced brackets in '[1 2][3 4'",
    ]);
  });
});
