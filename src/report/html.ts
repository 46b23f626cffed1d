/**
 * The report as one self-contained HTML page: styles, SVG charts and the little script that
 * zooms the flame graphs are all inline; the page loads nothing else, so it views offline.
 */
import type { ModelData, ReportData } from './collect.js';
import { escapeHtml as esc } from './format.js';
import { columnNotes } from './markdown.js';
import { flameSvg, layerBarsSvg, treemapSvg } from './svg.js';
import {
  buildsTable, componentsTable, inferenceLine, kindText, layersTable, summaryTable, type Table,
} from './tables.js';

/** `code` spans for the Markdown backticks of the notes. */
const inline = (s: string): string => esc(s).replace(/`([^`]+)`/g, '<code>$1</code>');

export function htmlTable(t: Table, cls: string, model?: string): string {
  const out: string[] = [];
  out.push(`<table class="${cls}"${model ? ` data-model="${esc(model)}"` : ''}><thead><tr>`);
  t.head.forEach((h, i) => out.push(`<th class="${t.align[i] === 'r' ? 'num' : ''}">${inline(h)}</th>`));
  out.push('</tr></thead><tbody>');
  for (const r of t.rows) {
    out.push(`<tr data-key="${esc(r.key)}">`);
    r.cells.forEach((c, i) => {
      const attrs = [c.field ? ` data-field="${esc(c.field)}"` : '', c.value !== undefined ? ` data-value="${c.value}"` : '',
        t.align[i] === 'r' ? ' class="num"' : ''].join('');
      out.push(`<td${attrs}>${esc(c.text)}</td>`);
    });
    out.push('</tr>');
  }
  out.push('</tbody></table>');
  return out.join('');
}

const STYLE = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #222; background: #fff; }
header, main, footer { max-width: 1500px; margin: 0 auto; padding: 0 24px; }
header { border-bottom: 1px solid #ddd; padding-bottom: 8px; }
h1 { font-size: 24px; margin: 20px 0 4px; }
h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 1px solid #eee; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 20px 0 6px; }
nav a { margin-right: 14px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: 6px 0 10px; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid #ddd; padding: 3px 7px; vertical-align: top; }
th { background: #f3f3f3; text-align: left; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
tbody tr:nth-child(even) { background: #fafafa; }
table.summary { font-size: 13px; }
table.summary td:first-child { font-weight: 600; }
table.summary td { white-space: nowrap; }
code { background: #f3f3f3; padding: 0 3px; border-radius: 3px; font-size: 90%; }
ul.notes { color: #444; font-size: 13px; }
p.note { color: #555; }
.chart { margin: 8px 0 16px; }
svg text { pointer-events: none; }
svg.flame g.frame { cursor: pointer; }
svg.flame g.frame:hover rect, svg.treemap g.symbol:hover rect { stroke: #000; stroke-width: 0.8; }
`;

/** Zoom a flame graph into the frame clicked (the bottom frame zooms back out). */
const SCRIPT = `
(function () {
  var CHAR_W = ${6.7};
  function fit(name, width) {
    var n = Math.floor((width - 6) / CHAR_W);
    return n < 3 ? '' : name.length <= n ? name : name.slice(0, n - 1) + '\\u2026';
  }
  document.querySelectorAll('svg.flame').forEach(function (svg) {
    var W = Number(svg.getAttribute('data-width'));
    var frames = Array.prototype.slice.call(svg.querySelectorAll('g.frame'));
    function zoom(z0, z1) {
      frames.forEach(function (g) {
        var x0 = Number(g.getAttribute('data-x0')), x1 = Number(g.getAttribute('data-x1'));
        var a = Math.max(0, (x0 - z0) / (z1 - z0)), b = Math.min(1, (x1 - z0) / (z1 - z0));
        if ((b - a) * W < 0.3) { g.style.display = 'none'; return; }
        g.style.display = '';
        var rect = g.querySelector('rect'), text = g.querySelector('text');
        rect.setAttribute('x', String(a * W));
        rect.setAttribute('width', String((b - a) * W));
        text.setAttribute('x', String(a * W + 3));
        text.textContent = fit(g.getAttribute('data-name'), (b - a) * W);
      });
    }
    svg.addEventListener('click', function (e) {
      var g = e.target.closest ? e.target.closest('g.frame') : null;
      if (g) zoom(Number(g.getAttribute('data-x0')), Number(g.getAttribute('data-x1')));
    });
  });
})();
`;

function modelSection(m: ModelData, data: ReportData): string {
  const out: string[] = [];
  const b = m.builds[0]!;
  out.push(`<section class="model" id="model-${esc(m.name)}" data-model="${esc(m.name)}">`);
  out.push(`<h2>${esc(m.name)} <small>(${esc(kindText(m.kind))})</small></h2>`);
  out.push(`<div class="scroll">${htmlTable(buildsTable(m, data.clockMHz), 'builds', m.name)}</div>`);
  out.push(`<p class="inference">${inline(inferenceLine(b, data.clockMHz))}</p>`);
  out.push(`<h3>Footprint of ${esc(b.name)} by component (${b.size.source === 'map' ? `linker map ${esc(b.size.map ?? '')}` : 'symbol names'})</h3>`);
  out.push(`<div class="scroll">${htmlTable(componentsTable(b), 'components', m.name)}</div>`);
  out.push(`<div class="chart">${treemapSvg(b.size)}</div>`);
  if (b.run && b.run.layers.length > 0) {
    out.push(`<h3>Instructions per layer (${esc(b.name)}, the firmware's <code>@layer</code> lines)</h3>`);
    out.push(`<div class="chart">${layerBarsSvg(b.run.layers)}</div>`);
    out.push(`<div class="scroll">${htmlTable(layersTable(b), 'layers', m.name)}</div>`);
  }
  out.push(`<h3>Flame graph of ${esc(b.name)}</h3>`);
  if (b.flame) {
    out.push(`<p class="note">Retired instructions by call stack (${b.flame.source === 'profile' ? '<code>rv-zoo profile</code>' : esc(b.flame.source)}); click a frame to zoom in, the bottom one to zoom out.</p>`);
    out.push(`<div class="chart">${flameSvg(b.flame)}</div>`);
  } else {
    out.push(`<p class="note flame-note">${inline(b.flameNote ?? 'none')}</p>`);
  }
  out.push('</section>');
  return out.join('\n');
}

export function renderHtml(data: ReportData): string {
  const out: string[] = [];
  out.push('<!doctype html>', '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(data.title)}</title>`, '<link rel="icon" href="data:,">', `<style>${STYLE}</style>`, '</head><body>');
  out.push('<header>', `<h1>${esc(data.title)}</h1>`,
    `<p>Machine <code>${esc(data.machine)}</code>; ${data.models.length} model${data.models.length === 1 ? '' : 's'}; written by <code>rv-zoo report</code>.</p>`,
    `<nav>${data.models.map((m) => `<a href="#model-${esc(m.name)}">${esc(m.name)}</a>`).join('')}</nav>`, '</header>');
  out.push('<main>', '<h2 id="summary">Summary</h2>');
  out.push(`<div class="scroll">${htmlTable(summaryTable(data), 'summary')}</div>`);
  out.push(`<ul class="notes">${columnNotes(data).map((n) => `<li>${inline(n)}</li>`).join('')}</ul>`);
  for (const m of data.models) out.push(modelSection(m, data));
  out.push('</main>', `<script>${SCRIPT}</script>`, '</body></html>');
  return out.join('\n') + '\n';
}
