import type { LayerRecord } from '../harness/layers.js';
import { WIDTH, count, ellipsize } from './layout.js';

/**
 * The per-layer table of `rv-zoo run`'s summary (from the firmware's `@layer` lines), every
 * line within 80 columns: index, operation, shapes, weight bytes, instructions and their share
 * of all the layers' instructions.
 */
export function layersTable(layers: readonly LayerRecord[]): string[] {
  if (layers.length === 0) return [];
  const total = layers.reduce((n, l) => n + l.instructions, 0) || 1;
  const rows = layers.map((l) => ({
    i: String(l.index),
    op: l.op,
    shapes: l.shapes,
    w: l.weights === null ? '-' : count(l.weights),
    n: count(l.instructions),
    pct: `${(100 * l.instructions / total).toFixed(1)}%`,
  }));
  const iW = Math.max(1, ...rows.map((r) => r.i.length));
  const wW = Math.max(7, ...rows.map((r) => r.w.length));
  const nW = Math.max(12, ...rows.map((r) => r.n.length));
  const pctW = 6;
  const room = WIDTH - 2 - iW - 2 - 2 - wW - 2 - nW - 2 - pctW;
  const opW = Math.min(Math.max(2, ...rows.map((r) => r.op.length)), Math.max(8, Math.floor(room * 0.45)));
  const shW = Math.max(6, room - opW - 2);
  const line = (i: string, op: string, sh: string, w: string, n: string, pct: string): string =>
    `  ${i.padStart(iW)}  ${ellipsize(op, opW).padEnd(opW)}  ${ellipsize(sh, shW).padEnd(shW)}  ${w.padStart(wW)}  ${n.padStart(nW)}  ${pct.padStart(pctW)}`.trimEnd();
  return [
    `layers (the firmware's own minstret counts, ${count(total)} instructions in all):`,
    line('#', 'op', 'shapes', 'weights', 'instructions', 'share'),
    ...rows.map((r) => line(r.i, r.op, r.shapes, r.w, r.n, r.pct)),
  ];
}
