/**
 * The report's charts as self-contained SVG, laid out here with d3-hierarchy (squarified
 * treemap, partition for the flame graph) so that the page needs no script to draw them:
 *
 * - treemapSvg: flash and RAM of one image by component, each component by its largest symbols;
 * - layerBarsSvg: instructions per layer (the firmware's `@layer` lines);
 * - flameSvg: folded stacks from `rv-zoo profile` (root at the bottom; the page's script zooms
 *   into a frame on click, from the data-x0/data-x1 fractions each frame carries).
 */
import { hierarchy, partition, treemap, treemapSquarify, type HierarchyRectangularNode } from 'd3-hierarchy';
import type { LayerRecord } from '../harness/layers.js';
import type { FlameFigures, SizeFigures } from './collect.js';
import { escapeHtml as esc, grouped, millions } from './format.js';

const FONT = "font-family='ui-monospace, SFMono-Regular, Menlo, Consolas, monospace'";
/** Width of one character of the 11 px monospace labels, to cut labels to their box. */
const CHAR_W = 6.7;

const COMPONENT_COLOURS: Record<string, string> = {
  model: '#4e79a7', inference: '#f28e2b', app: '#e15759', bsp: '#76b7b2', libc: '#59a14f',
  libgcc: '#edc948', heap: '#bab0ac', stack: '#9c755f', '(padding)': '#d4d4d4', '(other)': '#b07aa1',
  dispatches: '#ff9da7', 'emitc module': '#86bcb6', 'micro runtime': '#d37295',
};
const SPARE_COLOURS = ['#8cd17d', '#b6992d', '#499894', '#f1ce63', '#a0cbe8', '#ffbe7d', '#d4a6c8', '#fabfd2'];

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function componentColour(name: string): string {
  return COMPONENT_COLOURS[name] ?? SPARE_COLOURS[hash(name) % SPARE_COLOURS.length]!;
}

/** `text` cut to what fits in `width` pixels of labels ('' when not even 3 characters do). */
function fit(text: string, width: number): string {
  const n = Math.floor((width - 6) / CHAR_W);
  if (n < 3) return '';
  return text.length <= n ? text : text.slice(0, n - 1) + '…';
}

const r1 = (n: number): string => String(Math.round(n * 10) / 10);

interface TreeDatum { name: string; value?: number; component?: string; children?: TreeDatum[] }

/** Symbols shown per component in the treemap; the rest is one "other" box. */
const SYMBOLS_PER_COMPONENT = 12;

/** The tree of one region ('flash' or 'ram') of an image: components, then their largest symbols. */
function regionTree(size: SizeFigures, region: 'flash' | 'ram'): TreeDatum {
  const children: TreeDatum[] = [];
  for (const c of size.components) {
    const total = c[region];
    if (total <= 0) continue;
    const syms = size.symbols.filter((s) => s.component === c.name && s[region] > 0).slice(0, SYMBOLS_PER_COMPONENT);
    const listed = syms.reduce((n, s) => n + s[region], 0);
    const kids: TreeDatum[] = syms.map((s) => ({ name: s.name, value: s[region], component: c.name }));
    if (total - listed > 0) kids.push({ name: kids.length ? `other ${c.name}` : c.name, value: total - listed, component: c.name });
    children.push({ name: c.name, component: c.name, children: kids });
  }
  return { name: region === 'flash' ? 'flash' : 'RAM', children };
}

/** Treemap of an image's flash and RAM by component and symbol. */
export function treemapSvg(size: SizeFigures, width = 920, height = 440): string {
  const regions = (['flash', 'ram'] as const).filter((r) => size.components.some((c) => c[r] > 0)).map((r) => regionTree(size, r));
  const root = hierarchy<TreeDatum>({ name: 'image', children: regions })
    .sum((d) => d.value ?? 0)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  treemap<TreeDatum>().tile(treemapSquarify).size([width, height]).round(true)
    .paddingOuter(2).paddingInner(2).paddingTop((n) => (n.depth === 1 ? 18 : n.depth === 2 ? 15 : 0))(root);
  const out: string[] = [];
  out.push(`<svg class="treemap" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT} font-size="11" role="img" aria-label="footprint treemap">`);
  for (const n of root.descendants() as HierarchyRectangularNode<TreeDatum>[]) {
    if (n.depth === 0) continue;
    const w = n.x1 - n.x0, h = n.y1 - n.y0;
    if (w <= 0 || h <= 0) continue;
    const path = n.ancestors().reverse().slice(1).map((a) => a.data.name).join(' › ');
    const title = `<title>${esc(path)}: ${grouped(n.value ?? 0)} B</title>`;
    if (n.depth === 1) {
      out.push(`<g class="region"><rect x="${n.x0}" y="${n.y0}" width="${w}" height="${h}" fill="#fafafa" stroke="#555"/>${title}`
        + `<text x="${n.x0 + 4}" y="${n.y0 + 13}" font-weight="bold">${esc(fit(`${n.data.name} ${grouped(n.value ?? 0)} B`, w))}</text></g>`);
    } else if (n.depth === 2) {
      const colour = componentColour(n.data.name);
      out.push(`<g class="component" data-component="${esc(n.data.name)}"><rect x="${n.x0}" y="${n.y0}" width="${w}" height="${h}" fill="${colour}" fill-opacity="0.25" stroke="${colour}"/>${title}`
        + (h >= 14 ? `<text x="${n.x0 + 3}" y="${n.y0 + 11}">${esc(fit(`${n.data.name} ${grouped(n.value ?? 0)}`, w))}</text>` : '') + '</g>');
    } else {
      const colour = componentColour(n.data.component ?? '');
      const label = w >= 30 && h >= 13 ? fit(n.data.name, w) : '';
      out.push(`<g class="symbol"><rect x="${n.x0}" y="${n.y0}" width="${w}" height="${h}" fill="${colour}" fill-opacity="0.8"/>${title}`
        + (label ? `<text x="${n.x0 + 3}" y="${n.y0 + 11}" fill="#111">${esc(label)}</text>` : '') + '</g>');
    }
  }
  out.push('</svg>');
  return out.join('\n');
}

/** Bar colour by the kind of operation (TFLite operator or IREE dispatch). */
export function opColour(op: string): string {
  const o = op.toLowerCase();
  if (/depthwise/.test(o)) return '#76b7b2';
  if (/conv/.test(o)) return '#4e79a7';
  if (/pool/.test(o)) return '#f28e2b';
  if (/fully|matmul|batch_matmul/.test(o)) return '#e15759';
  if (/softmax/.test(o)) return '#b07aa1';
  if (/mean|reduce|generic/.test(o)) return '#59a14f';
  if (/add|elementwise|quantize/.test(o)) return '#edc948';
  return '#bab0ac';
}

/** Horizontal bars of instructions per layer, labelled with the layer, its shapes and its share. */
export function layerBarsSvg(layers: readonly LayerRecord[], width = 920): string {
  const rowH = 18, top = 6, labelW = 360, valueW = 150;
  const barW = width - labelW - valueW - 10;
  const total = layers.reduce((n, l) => n + l.instructions, 0) || 1;
  const max = Math.max(1, ...layers.map((l) => l.instructions));
  const height = top * 2 + rowH * layers.length;
  const out: string[] = [];
  out.push(`<svg class="bars" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT} font-size="11" role="img" aria-label="instructions per layer">`);
  layers.forEach((l, i) => {
    const y = top + i * rowH;
    const w = Math.max(l.instructions > 0 ? 1 : 0, (barW * l.instructions) / max);
    const label = fit(`${l.index} ${l.op}${l.shapes ? ` ${l.shapes}` : ''}`, labelW - 6);
    const share = (100 * l.instructions) / total;
    out.push(`<g class="bar" data-layer="${l.index}" data-instructions="${l.instructions}">`
      + `<title>${esc(`${l.index} ${l.name}${l.shapes ? ` (${l.shapes})` : ''}: ${grouped(l.instructions)} instructions, ${share.toFixed(1)}%${l.weights !== null ? `, ${grouped(l.weights)} B of weights` : ''}`)}</title>`
      + `<text x="0" y="${y + 13}">${esc(label)}</text>`
      + `<rect x="${labelW}" y="${y + 3}" width="${r1(w)}" height="${rowH - 5}" fill="${opColour(l.op)}"/>`
      + `<text x="${r1(labelW + w + 5)}" y="${y + 13}">${esc(`${millions(l.instructions)} ${share.toFixed(1)}%`)}</text></g>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

interface FlameDatum { name: string; self: number; children: FlameDatum[] }

function flameTree(stacks: readonly [string, number][]): FlameDatum {
  const root: FlameDatum = { name: 'all', self: 0, children: [] };
  for (const [stack, n] of stacks) {
    let node = root;
    for (const frame of stack.split(';')) {
      let child = node.children.find((c) => c.name === frame);
      if (!child) {
        child = { name: frame, self: 0, children: [] };
        node.children.push(child);
      }
      node = child;
    }
    node.self += n;
  }
  return root;
}

function flameColour(name: string): string {
  const h = hash(name);
  return `hsl(${h % 50 + 5},${75 + (h >>> 8) % 20}%,${55 + (h >>> 16) % 12}%)`;
}

/** A flame graph of folded stacks (root at the bottom), with the fractions the page's zoom uses. */
export function flameSvg(flame: FlameFigures, width = 920): string {
  const rowH = 17;
  const root = hierarchy<FlameDatum>(flameTree(flame.stacks), (d) => d.children)
    .sum((d) => d.self)
    .sort((a, b) => (a.data.name < b.data.name ? -1 : a.data.name > b.data.name ? 1 : 0));
  const depth = root.height + 1;
  const height = depth * rowH + 4;
  partition<FlameDatum>().size([1, depth])(root);
  const total = root.value || 1;
  const out: string[] = [];
  out.push(`<svg class="flame" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT} font-size="11" role="img" aria-label="flame graph" data-width="${width}">`);
  for (const n of root.descendants() as HierarchyRectangularNode<FlameDatum>[]) {
    const x = n.x0 * width, w = (n.x1 - n.x0) * width;
    if (w < 0.3) continue;
    const y = height - 2 - (n.depth + 1) * rowH;
    const name = n.depth === 0 ? `all (${grouped(total)} instructions)` : n.data.name;
    const value = n.value ?? 0;
    const label = fit(name, w);
    out.push(`<g class="frame" data-x0="${n.x0}" data-x1="${n.x1}" data-name="${esc(name)}">`
      + `<title>${esc(`${name}: ${grouped(value)} instructions (${((100 * value) / total).toFixed(2)}%), ${grouped(n.data.self)} in the function itself`)}</title>`
      + `<rect x="${r1(x)}" y="${y}" width="${r1(w)}" height="${rowH - 1}" fill="${n.depth === 0 ? '#d9a441' : flameColour(n.data.name)}" rx="1"/>`
      + `<text x="${r1(x + 3)}" y="${y + 12}">${esc(label)}</text></g>`);
  }
  out.push('</svg>');
  return out.join('\n');
}
