/** Fitting the CLI's text reports into 80 columns. */

export const WIDTH = 80;

export { count } from '../format.js';

/** `s` cut to `n` characters, the last one an ellipsis when it was cut. */
export function ellipsize(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, Math.max(0, n - 1)) + '…';
}

/**
 * Break `text` into lines of at most `width` characters: between the pieces `text.split(sep)`
 * gives when possible (the separator stays at the end of the line), else at spaces, else
 * anywhere. Lines after the first are indented by `indent` spaces.
 */
export function wrap(text: string, indent: number, sep = ' ', width = WIDTH): string[] {
  const lines: string[] = [];
  const pad = ' '.repeat(indent);
  const gapAfterSep = sep.endsWith(' ') ? ' ' : '';
  let line = '';
  const pieces = text.split(sep);
  pieces.forEach((p, i) => {
    const piece = i < pieces.length - 1 ? p + sep.trimEnd() : p;
    const gap = line.trim() === '' ? '' : gapAfterSep;
    if (line.length + gap.length + piece.length <= width) {
      line += gap + piece;
      return;
    }
    if (pad.length + piece.length <= width) {
      // fits on a line of its own
      lines.push(line);
      line = pad + piece;
    } else if (sep !== ' ') {
      // too long for any line: wrap it at its spaces, from where the line stands
      const sub = wrap(line + gap + piece, indent, ' ', width);
      lines.push(...sub.slice(0, -1));
      line = sub[sub.length - 1]!;
    } else {
      // one word longer than a line: cut it
      let rest = gap + piece;
      while (line.length + rest.length > width) {
        const n = Math.max(1, width - line.length);
        lines.push(line + rest.slice(0, n));
        line = pad;
        rest = rest.slice(n);
      }
      line += rest;
    }
  });
  if (line.trim() !== '' || lines.length === 0) lines.push(line);
  return lines;
}
