/** The report as Markdown: the same tables as the HTML page, without the charts. */
import type { ReportData } from './collect.js';
import { mdCell } from './format.js';
import {
  buildsTable, componentsTable, inferenceLine, kindText, layersTable, summaryTable, type Table,
} from './tables.js';

export function markdownTable(t: Table): string {
  const sep = [...t.align].map((a) => (a === 'r' ? '---:' : '---'));
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(t.head.map(mdCell)), line(sep), ...t.rows.map((r) => line(r.cells.map((c) => mdCell(c.text))))].join('\n') + '\n';
}

/** What the summary's columns mean (both reports print these). */
export function columnNotes(data: ReportData): string[] {
  return [
    '`text`, `data`, `bss`: as binutils `size` prints them (the same for both layouts).',
    '`flash (XIP)`: what the XIP build stores in flash (code, constants, the `.data` image); `RAM (XIP)`: its `.data` + `.bss` with the BSP\'s fixed heap and stack reservations; `RAM (RAM layout)`: the RAM build, everything in RAM.',
    '`stack peak`, `heap peak`: high-water marks of the run (stack painted at load and scanned); `RAM needed`: `.data` + `.bss` without the reservations, plus both peaks.',
    '`instructions / inference`: the firmware\'s own minstret count around the inference (`# invoke instructions`); identical under QEMU with `-icount shift=0`.',
    `\`est. ms @ ${data.clockMHz} MHz\`: the inference's cycles (mcycle, the machine's cycle model: one cycle per instruction unless configured, so an optimistic figure for a real core) at ${data.clockMHz} MHz.`,
    '`fits mcu`: every build of the model fits the `mcu` machine (2 MiB flash, 512 KiB RAM).',
    `STM32Cube.AI: ${data.referenceSource} (Arm Cortex-M parts and ST's runtime, so a reference point rather than a like-for-like comparison).`,
  ];
}

export function renderMarkdown(data: ReportData): string {
  const out: string[] = [];
  out.push(`# ${data.title}`, '');
  out.push(`Machine \`${data.machine}\`; ${data.models.length} model${data.models.length === 1 ? '' : 's'}; written by \`rv-zoo report\`.`, '');
  out.push('## Summary', '', markdownTable(summaryTable(data)));
  for (const note of columnNotes(data)) out.push(`- ${note}`);
  out.push('');
  for (const m of data.models) {
    out.push(`## ${m.name} (${kindText(m.kind)})`, '');
    out.push(markdownTable(buildsTable(m, data.clockMHz)));
    const b = m.builds[0]!;
    out.push(inferenceLine(b, data.clockMHz), '');
    out.push(`### Components of ${b.name} (${b.size.source === 'map' ? 'from its linker map' : 'by symbol names'})`, '');
    out.push(markdownTable(componentsTable(b)));
    if (b.run && b.run.layers.length > 0) {
      out.push(`### Layers of ${b.name} (the firmware's \`@layer\` lines)`, '');
      out.push(markdownTable(layersTable(b)));
    }
    out.push(b.flame
      ? `Flame graph: in the HTML report (${b.flame.source === 'profile' ? 'rv-zoo profile' : b.flame.source}, ${b.flame.stacks.length} stacks).`
      : `Flame graph: ${b.flameNote ?? 'none'}.`, '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
