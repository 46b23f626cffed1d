import { RvZooError, readUserFile } from '../errors.js';
import { parseElf } from '../loader/elf.js';
import {
  componentBreakdown, formatBerkeley, parseComponentRule, parseLinkerMap, staticFootprint, symbolsWithFiles,
  type Breakdown, type ComponentRule, type FootprintRegion, type StaticFootprint,
} from '../loader/footprint.js';
import type { MachineProfile } from '../soc/profiles.js';
import { machineFlag, parseCommandArgs, parseCount } from './args.js';
import { output } from './output.js';

export const SIZE_USAGE = `usage: rv-zoo size ELF [options]

Memory footprint of ELF: the Berkeley \`size\` line (text data bss dec hex, as binutils prints
it), then flash and RAM totals for the image's real layout on the machine (XIP: code, read-only
data and the .data load image in flash; RAM: .data, .bss, heap and stack reservations; a
RAM-only build has everything in RAM and 0 in flash), a breakdown and the largest symbols.

options:
  --json                print one JSON object with every figure instead of the tables
  --map FILE            GNU ld map file (-Wl,-Map=FILE) of this link: components from the
                        object files (libc, libgcc, bsp, model, inference, app)
  --by WHAT             breakdown: component (default), section, or symbol
  --component NAME=RE   put objects/sections (with --map) or symbols (without) matching the
                        regular expression RE in component NAME; tried before the defaults,
                        in order (repeatable)
  --top N               list the N largest symbols (default 10; 0: none)
  --machine NAME|FILE   memory map to place the image on: virt (default), mcu, or a JSON file

exit status: 0; 2 for bad arguments, a bad ELF or map file.
`;

export const SIZE_OPTIONS = {
  json: { type: 'boolean' },
  map: { type: 'string' },
  by: { type: 'string' },
  component: { type: 'string', multiple: true },
  top: { type: 'string' },
  machine: { type: 'string' },
} as const;

/** The memory regions of a machine profile, as the footprint code needs them. */
export function profileRegions(machine: MachineProfile): FootprintRegion[] {
  return machine.regions.map((r) => ({ name: r.name, base: r.base, size: r.size, writable: r.kind === 'ram' }));
}

function readOrFail(what: string, path: string): Promise<Uint8Array> {
  return readUserFile(path, `rv-zoo size: ${what}`);
}

const kib = (n: number): string =>
  n >= 1 << 20 && n % (1 << 20) === 0 ? `${n / (1 << 20)} MiB` : (n / 1024).toFixed(n % 1024 === 0 ? 0 : 1) + ' KiB';
const pct = (n: number, of: number): string => (of > 0 ? (100 * n / of).toFixed(of > 0 && 100 * n / of < 1 ? 2 : 1) + '%' : '-');
const hex8 = (n: number): string => '0x' + (n >>> 0).toString(16).padStart(8, '0');

/** Columns padded to width; `align` has 'l' or 'r' per column. */
function table(head: string[], rows: (string | number)[][], align: string): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const w = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells.map((r) => r.map((c, i) => (align[i] === 'l' ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ').trimEnd()).join('\n') + '\n';
}

/** The human-readable report (everything after the Berkeley lines). */
export function formatFootprint(fp: StaticFootprint, bd: Breakdown, by: 'component' | 'section' | 'symbol', top: number | null): string {
  const out: string[] = [];
  const regionText = (r: { name: string; used: number; size: number }): string => `${r.name} ${pct(r.used, r.size)} of ${kib(r.size)}`;
  const f = fp.flash, r = fp.ram;
  const flashParts = [['code', f.code], ['rodata', f.rodata], ['.data image', f.dataLoad], ['padding', f.padding]]
    .filter(([, n]) => (n as number) > 0).map(([k, n]) => `${k} ${n}`).join(' + ');
  const ramParts = [['code', r.code], ['rodata', r.rodata], ['data', r.data], ['bss', r.bss], ['heap', r.heap], ['stack', r.stack]]
    .filter(([, n]) => (n as number) > 0).map(([k, n]) => `${k} ${n}`).join(' + ');
  out.push(`flash: ${String(f.total).padStart(9)} bytes (${kib(f.total)})${flashParts ? ` = ${flashParts}` : ''}${f.regions.length ? `; ${f.regions.map(regionText).join(', ')}` : ''}`);
  out.push(`RAM:   ${String(r.total).padStart(9)} bytes (${kib(r.total)})${ramParts ? ` = ${ramParts}` : ''}${r.regions.length ? `; ${r.regions.map(regionText).join(', ')}` : ''}`);
  for (const w of fp.warnings) out.push(`warning: ${w}`);
  out.push('');
  if (by === 'section') {
    out.push(table(['section', 'kind', 'size', 'vma', 'lma', 'flash', 'RAM'],
      fp.sections.map((s) => [s.name, s.kind, s.size, hex8(s.vma), hex8(s.lma), s.flash, s.ram]), 'llrrrrr'));
  } else if (by === 'component') {
    out.push(`by component (${bd.source === 'map' ? 'linker map' : 'symbol names'}):`);
    const rows: (string | number)[][] = bd.components.map((c) => [c.name, c.code, c.rodata, c.data, c.bss, c.flash, c.ram]);
    const sum = (k: 'code' | 'rodata' | 'data' | 'bss' | 'flash' | 'ram'): number => bd.components.reduce((n, c) => n + c[k], 0);
    rows.push(['total', sum('code'), sum('rodata'), sum('data'), sum('bss'), sum('flash'), sum('ram')]);
    out.push(table(['component', 'code', 'rodata', 'data', 'bss', 'flash', 'RAM'], rows, 'lrrrrrr'));
  }
  const n = by === 'symbol' ? (top ?? bd.symbols.length) : (top ?? 10);
  if (n > 0 && bd.symbols.length > 0) {
    const list = bd.symbols.slice(0, n);
    out.push(by === 'symbol' ? `symbols by size${n < bd.symbols.length ? ` (largest ${n} of ${bd.symbols.length})` : ''}:` : `largest symbols:`);
    out.push(table(['size', 'kind', 'where', 'component', 'address', 'name'],
      list.map((s) => [s.size, s.kind, s.ram > 0 ? (s.flash > 0 ? 'flash+RAM' : 'RAM') : 'flash', s.component, hex8(s.addr), s.name]), 'rllllll'));
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

/** The --json object. */
export function footprintSizeJson(fp: StaticFootprint, bd: Breakdown, top: number | null): Record<string, unknown> {
  return {
    file: fp.file,
    berkeley: { ...fp.berkeley, hex: fp.berkeley.dec.toString(16) },
    flash: fp.flash,
    ram: fp.ram,
    stack: fp.stack,
    heap: fp.heap,
    sections: fp.sections,
    breakdown: { source: bd.source, components: bd.components },
    symbols: bd.symbols.slice(0, top ?? 10),
    warnings: fp.warnings,
  };
}

export async function sizeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('size', args, SIZE_OPTIONS, ['ELF']);
  if (values.help) {
    output.out(SIZE_USAGE);
    return 0;
  }
  const by = values.by ?? 'component';
  if (by !== 'component' && by !== 'section' && by !== 'symbol') {
    throw new RvZooError(`rv-zoo size: --by must be component, section or symbol, got '${by}'`);
  }
  const top = values.top !== undefined ? parseCount('size', '--top', values.top) : null;
  const rules: ComponentRule[] = [];
  for (const spec of values.component ?? []) {
    const r = parseComponentRule(spec);
    if (typeof r === 'string') throw new RvZooError(`rv-zoo size: ${r}`);
    rules.push(r);
  }
  const regions = profileRegions(machineFlag('size', values.machine));
  const file = positionals[0]!;
  const bytes = await readOrFail('', file);
  const elf = parseElf(bytes, file);
  let map;
  if (values.map !== undefined) {
    const text = new TextDecoder().decode(await readOrFail('--map ', values.map));
    map = parseLinkerMap(text);
    if (map.length === 0) throw new RvZooError(`rv-zoo size: --map ${values.map}: not a GNU ld map file (no "Linker script and memory map" contributions)`);
  }
  const fp = staticFootprint(elf, regions);
  const bd = componentBreakdown(elf, fp, { map, rules, symbols: symbolsWithFiles(bytes, elf) });
  if (values.json) {
    output.out(JSON.stringify(footprintSizeJson(fp, bd, top), null, 2) + '\n');
  } else {
    output.out(formatBerkeley(fp.berkeley, file) + '\n' + formatFootprint(fp, bd, by, top));
  }
  return 0;
}
