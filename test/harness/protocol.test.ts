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
    expect(t.toJSON()).toEqual({ dtype: 'u8', shape: [2], values: [5, 9], argmax: 1, source: 'console' });
  });
});

describe('@input lines', () => {
  it('parses an announcement', () => {
    expect(parseInputLine('@input zoo_input u8[1x28x28x1]')).toEqual({ name: 'zoo_input', dtype: 'u8', shape: [1, 28, 28, 1] });
  });
});

describe('LineSplitter', () => {
  const enc = new TextEncoder();
  const texts = (lines: { text: string }[]) => lines.map((l) => l.text);

  it('splits across chunks, drops CR, keeps the unterminated rest', () => {
    const s = new LineSplitter();
    expect(s.push(enc.encode('ab'))).toEqual([]);
    expect(texts(s.push(enc.encode('c\r\nde\nf')))).toEqual(['abc', 'de']);
    expect(s.pendingBytes).toBe(1);
    expect(s.flush()).toEqual({ text: 'f', length: 1, cut: false });
    expect(s.flush()).toBeNull();
  });

  it('does not split a multi-byte UTF-8 character across chunks', () => {
    const s = new LineSplitter();
    const bytes = enc.encode('µs\n');
    expect(s.push(bytes.subarray(0, 1))).toEqual([]);
    expect(texts(s.push(bytes.subarray(1)))).toEqual(['µs']);
  });

  it('does work linear in the bytes pushed, one byte at a time (as the UART delivers them)', () => {
    // 200,000 bytes without a newline, then a 100,000-value @result line: the old splitter
    // re-joined and re-split the unfinished line for every byte (quadratic)
    const s = new LineSplitter();
    let pushed = 0;
    const feed = (text: string) => {
      const lines: string[] = [];
      for (const b of enc.encode(text)) {
        lines.push(...texts(s.push(Uint8Array.of(b))));
        pushed++;
      }
      return lines;
    };
    expect(feed('x'.repeat(200_000))).toEqual([]);
    const values = Array.from({ length: 100_000 }, (_, i) => String(i % 251)).join(' ');
    const lines = feed(`\n@result big u8[100000] ${values}\n`);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveLength(200_000);
    expect((parseResultLine(lines[1]!) as ResultTensor).values[250]).toBe(250);
    // each byte is looked at once, copied once, decoded once, plus the copies the buffer's
    // doubling makes (less than twice the longest line): at most 5 per byte (the old
    // splitter's work grew with the square of the line length: about 10^11 here)
    expect(s.work).toBeLessThanOrEqual(5 * pushed);
  });

  it('holds at most maxLineBytes of one line; a longer line is cut and flagged', () => {
    const s = new LineSplitter(1000);
    for (let i = 0; i < 5000; i++) {
      expect(s.push(enc.encode('y'.repeat(40)))).toEqual([]);
      expect(s.pendingBytes).toBeLessThanOrEqual(1000);
      expect(s.capacity).toBeLessThanOrEqual(1000);
    }
    const [line] = s.push(enc.encode('\r\nnext\n'));
    expect(line).toEqual({ text: 'y'.repeat(1000), length: 200_001, cut: true });
    expect(texts(s.push(enc.encode('a\n')))).toEqual(['a']);
  });

  it('saves and restores the unfinished line', () => {
    const s = new LineSplitter();
    s.push(enc.encode('done\nhalf'));
    const saved = s.save();
    s.push(enc.encode(' and more\n'));
    s.load(saved);
    expect(texts(s.push(enc.encode(' way\n')))).toEqual(['half way']);
  });
});
