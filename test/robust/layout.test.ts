import { describe, expect, it } from 'vitest';
import { count, ellipsize, wrap } from '../../src/cli/layout.js';

describe('80-column layout', () => {
  it('wraps at spaces with a hanging indent, keeping every word', () => {
    const text = 'stop:         ' + Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const lines = wrap(text, 14);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
    for (const l of lines.slice(1)) expect(l).toMatch(/^ {14}\S/);
    expect(lines.join(' ').split(/ +/).join(' ')).toBe(text.split(/ +/).join(' '));
  });

  it('prefers the given separator, and cuts a word longer than a line', () => {
    const parts = ['flash 30536', 'RAM 89912', 'stack 528/16384', 'heap 0/65536', 'RAM touched 12288 bytes'];
    const lines = wrap('footprint:    ' + parts.join(', '), 14, ', ', 60);
    expect(lines).toEqual(['footprint:    flash 30536, RAM 89912, stack 528/16384,', '              heap 0/65536, RAM touched 12288 bytes']);
    const long = wrap('x: ' + 'y'.repeat(200), 4);
    expect(long.map((l) => l.length)).toEqual([80, 80, 51]);
    expect(long.join('').replace(/ /g, '')).toBe('x:' + 'y'.repeat(200));
  });

  it('short text is one line; ellipsize cuts with …', () => {
    expect(wrap('short', 2)).toEqual(['short']);
    expect(ellipsize('abcdef', 4)).toBe('abc…');
    expect(ellipsize('abc', 4)).toBe('abc');
  });
});

describe('count', () => {
  it('groups digits like toLocaleString("en-US") does', () => {
    for (const n of [0, 7, 999, 1000, 65536, 123456, 1234567, 69962124, -1234567, 2 ** 53 - 1]) {
      expect(count(n)).toBe(n.toLocaleString('en-US'));
    }
  });
});
