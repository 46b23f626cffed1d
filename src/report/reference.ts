/**
 * STM32Cube.AI reference footprints of the shared models, the figures the STM32 model zoo
 * publishes for ST's own deployment tool. Source: the "Footprints published by the model zoo
 * for STM32Cube.AI" table of ../shared/models/README.md, copied below as it stands there (a
 * test checks that the copy equals the table in that file); `rv-zoo report --reference FILE`
 * reads the table from another copy instead.
 */
import { RvZooError } from '../errors.js';

export const REFERENCE_SOURCE = '../shared/models/README.md: footprints published by the STM32 model zoo for STM32Cube.AI';

/** The table as ../shared/models/README.md has it. */
export const CUBEAI_TABLE = `| model | total RAM | total flash | notes |
| --- | --- | --- | --- |
| ST MNIST int8 | ~19 KiB (14.13 activations + ~5 runtime) | ~56 KiB (10.08 weights + ~46 code) | 4.718 ms on STM32H747 @ 400 MHz |
| GMP wl 24 int8 | 7.48 KiB | 39.39 KiB | STM32L4 |
| MiniResNet 1 stack int8 | 66.0 kB | 176.7 kB | STM32U5 |
| MobileNet v1 0.25 96 int8 | 60.49 KiB | 295.76 KiB | STM32H7 |
`;

/** The model names of that table for each firmware of firmware/zoo (IREE builds: `iree_` + the name). */
export const REFERENCE_MODEL: Readonly<Record<string, string>> = {
  st_mnist: 'ST MNIST int8',
  har_gmp: 'GMP wl 24 int8',
  miniresnet: 'MiniResNet 1 stack int8',
  mobilenet: 'MobileNet v1 0.25 96 int8',
};

/** A size as the table writes it: `~56 KiB (10.08 weights + ~46 code)`. */
export interface ReferenceSize {
  text: string;
  /** The leading figure in bytes (KiB = 1024, kB = 1000). */
  bytes: number;
  approximate: boolean;
}

export interface ReferenceRow {
  model: string;
  ram: ReferenceSize;
  flash: ReferenceSize;
  notes: string;
  /** Inference time the notes give (`4.718 ms on STM32H747 @ 400 MHz`), or null. */
  ms: number | null;
  /** The board the notes name (STM32H747), or null. */
  board: string | null;
  mhz: number | null;
}

const UNIT: Record<string, number> = { B: 1, KiB: 1024, kB: 1000, KB: 1000, MiB: 1 << 20, MB: 1e6 };

/** `~19 KiB (...)` -> bytes of the leading figure; null when the cell has none. */
export function parseReferenceSize(text: string): ReferenceSize | null {
  const m = /^\s*(~)?\s*(\d+(?:\.\d+)?)\s*(B|KiB|kB|KB|MiB|MB)\b/.exec(text);
  if (!m) return null;
  return { text: text.trim(), bytes: Math.round(Number(m[2]) * UNIT[m[3]!]!), approximate: m[1] !== undefined };
}

const cells = (line: string): string[] => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());

/**
 * The rows of the first Markdown table in `markdown` whose header is `model | total RAM |
 * total flash | notes` (the column order may differ). Throws RvZooError naming `what` when there
 * is no such table or a size cannot be read.
 */
export function parseReferenceTable(markdown: string, what = 'reference table'): ReferenceRow[] {
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.trim().startsWith('|')) continue;
    const head = cells(lines[i]!).map((c) => c.toLowerCase());
    const col = (name: string): number => head.indexOf(name);
    if (col('model') < 0 || col('total ram') < 0 || col('total flash') < 0) continue;
    if (!/^\s*\|?\s*:?-{3,}/.test(lines[i + 1]!)) continue;
    const rows: ReferenceRow[] = [];
    for (let j = i + 2; j < lines.length && lines[j]!.trim().startsWith('|'); j++) {
      const c = cells(lines[j]!);
      const model = c[col('model')] ?? '';
      const ram = parseReferenceSize(c[col('total ram')] ?? '');
      const flash = parseReferenceSize(c[col('total flash')] ?? '');
      if (!ram || !flash) throw new RvZooError(`${what}: row '${model}': cannot read the RAM or flash size`);
      const notes = col('notes') >= 0 ? (c[col('notes')] ?? '') : '';
      const ms = /(\d+(?:\.\d+)?)\s*ms\b/.exec(notes);
      const board = /\bSTM32\w+/.exec(notes);
      const mhz = /(\d+(?:\.\d+)?)\s*MHz\b/.exec(notes);
      rows.push({ model, ram, flash, notes, ms: ms ? Number(ms[1]) : null, board: board ? board[0] : null, mhz: mhz ? Number(mhz[1]) : null });
    }
    return rows;
  }
  throw new RvZooError(`${what}: no table with the columns model, total RAM, total flash`);
}

/** The reference row for a firmware name (st_mnist, iree_st_mnist, ...), or null. */
export function referenceFor(rows: readonly ReferenceRow[], firmware: string): ReferenceRow | null {
  const key = REFERENCE_MODEL[firmware.replace(/^iree_/, '')];
  return key === undefined ? null : rows.find((r) => r.model === key) ?? null;
}
