import { describe, expect, it } from 'vitest';
import { LineSplitter, parseInputLine, parseResultLine, parseStageLine, ResultTensor } from '../../src/harness/protocol.js';

describe('stage lines', () => {
  it('parses [k/N] text', () => {
    expect(parseStageLine('[2/3] preparing input')).toEqual({ index: 2, total: 3, label: 'preparing input' });
    expect(parseStageLine('[10/12]')).toEqual({ index: 10, total: 12, label: '' });
  });
  it('rejects lines that only look similar', () => {
    expect(parseStageLine(' [1/3] indented')).toBeNull();
    expect(parseStageLine('[0/3] zero')).toBeNull();
    expect(parseStageLine('[4/3] past the end')).toBeNull();
    expect(parseStageLine('[a/3] x')).toBeNull();
    expect(parseStageLine('text [1/3]')).toBeNull();
  });
});

describe('@result lines', () => {
  it('parses a float tensor with shape', () => {
    const r = parseResultLine('@result scores f32[1x4] 0.125 -2.5 3 1e-3');
    expect(r).toBeInstanceOf(ResultTensor);
    const t = r as ResultTensor;
    expect(t.name).toBe('scores');
    expect(t.shape).toEqual([1, 4]);
    expect(t.values).toBeInstanceOf(Float32Array);
    expect(Array.from(t.values)).toEqual([0.125, -2.5, 3, Math.fround(1e-3)]);
    expect(t.argmax()).toBe(2);
    expect(t.topK(2)).toEqual([{ index: 2, value: 3 }, { index: 0, value: 0.125 }]);
  });
  it('parses int8 and keeps ties in index order', () => {
    const t = parseResultLine('@result q i8[3] -128 127 127') as ResultTensor;
    expect(t.values).toBeInstanceOf(Int8Array);
    expect(t.argmax()).toBe(1);
    expect(t.topK(3).map((e) => e.index)).toEqual([1, 2, 0]);
  });
  it('reports malformed lines instead of throwing', () => {
    expect(parseResultLine('@result x f32[2] 1')).toMatch(/needs 2 values, the line has 1/);
    expect(parseResultLine('@result x q7[2] 1 2')).toMatch(/unknown dtype 'q7'/);
    expect(parseResultLine('@result x i8[2] 1 300')).toMatch(/not a valid i8/);
    expect(parseResultLine('@result x f32[2] 1 abc')).toMatch(/not a number/);
    expect(parseResultLine('@result')).toMatch(/malformed/);
    expect(parseResultLine('@result x u8[1x] 1')).toMatch(/bad shape/);
  });
  it('serialises to the JSON shape the CLI prints', () => {
    const t = parseResultLine('@result s u8[2] 5 9') as ResultTensor;
    expect(t.toJSON()).toEqual({ dtype: 'u8', shape: [2], values: [5, 9], argmax: 1 });
  });
});

describe('@input lines', () => {
  it('parses an announcement', () => {
    expect(parseInputLine('@input zoo_input u8[1x28x28x1]')).toEqual({ name: 'zoo_input', dtype: 'u8', shape: [1, 28, 28, 1] });
  });
});

describe('LineSplitter', () => {
  it('splits across chunks, drops CR, keeps the unterminated rest', () => {
    const s = new LineSplitter();
    const enc = new TextEncoder();
    expect(s.push(enc.encode('ab'))).toEqual([]);
    expect(s.push(enc.encode('c\r\nde\nf'))).toEqual(['abc', 'de']);
    expect(s.pending).toBe('f');
    expect(s.flush()).toBe('f');
    expect(s.flush()).toBeNull();
  });
  it('does not split a multi-byte UTF-8 character across chunks', () => {
    const s = new LineSplitter();
    const bytes = new TextEncoder().encode('µs\n');
    expect(s.push(bytes.subarray(0, 1))).toEqual([]);
    expect(s.push(bytes.subarray(1))).toEqual(['µs']);
  });
});
