import { RvZooError, readUserFile } from '../errors.js';
import {
  footprintHints, formatBerkeley, parseComponentRule, parseLinkerMap,
  type Breakdown, type ComponentRule, type StaticFootprint,
} from '../loader/footprint.js';
import { Machine } from '../harness/machine.js';
import { attachFootprint, profileRegions, sizeReport } from '../harness/footprint.js';
import { stopLine } from './run.js';
import { count, wrap } from './layout.js';
import type { MachineProfile } from '../soc/profiles.js';
import { machineFlag, parseCommandArgs, parseCount } from './args.js';
import { output } from './output.js';

export const SIZE_USAGE = `usage: rv-zoo size ELF [options]

Memory footprint of ELF: the Berkeley \`size\` line (text data bss dec hex, as binutils prints
it), then flash and RAM totals for the image's real layout on the machine (XIP: code, read-only
data and the .data load image in flash; RAM: .data, .bss, heap and stack reservations; a
RAM-only build has everything in RAM and 0 in flash), a breakdown, the largest symbols and
hints (constants in .data, stack or heap reserved far above what a run used).

Components: the default rules know the zoo firmware (model, inference, app, bsp, libc,
libgcc); firmware carrying IREE's runtime (iree_vm_* / iree_hal_* symbols, an executable
library query) gets the iree rules: iree-vm, iree-hal (HAL and the HAL module), iree-base
(base, allocators), emitc-module (functions and rodata of the EmitC module's name),
dispatches (*_dispatch_*, the library query function and its data), constants (initialised
objects of 1 KiB or more), app, bsp, rtos, libc, libgcc.

options:
  --json                print one JSON object with every figure instead of the tables
  --map FILE            GNU ld map file (-Wl,-Map=FILE) of this link: components from the
                        object files and input sections instead of symbol names
  --by WHAT             breakdown: component (default), section, or symbol
  --component NAME=RE   put objects/sections (with --map) or symbols (without) matching the
                        regular expression RE in component NAME; tried before the defaults,
                        in order (repeatable)
  --rules FILE          component rules from a JSON file, tried after --component and before
                        the preset: {"preset": "auto"|"iree"|"default", "constantsMinBytes": N,
                        "components": [{"name", "symbol", "file", "section", "kind",
                        "minSize"}]} (regular expressions; {module} = the EmitC module names)
  --run                 also run the firmware (as rv-zoo run does, quietly) to measure the
                        stack and heap high-water marks for the hints
  --max-instructions N  budget of --run (default 1e9)
  --top N               list the N largest symbols (default 10; 0: none)
  --machine NAME|FILE   memory map to place the image on: virt (default), mcu, or a JSON file

Per component: text (code + read-only data), data, bss; flash = text + the .data load image
(XIP), RAM = data + bss (a RAM-only build: text too).

exit status: 0; 2 for bad arguments, a bad ELF, map or rules file.
`;

export const SIZE_OPTIONS = {
  json: { type: 'boolean' },
  map: { type: 'string' },
  by: { type: 'string' },
  component: { type: 'string', multiple: true },
  rules: { type: 'string' },
  run: { type: 'boolean' },
  'max-instructions': { type: 'string' },
  top: { type: 'string' },
  machine: { type: 'string' },
} as const;

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
export function formatFootprint(fp: StaticFootprint, bd: Breakdown, by: 'component' | 'section' | 'symbol', top: number | null, hints: readonly string[] = []): string {
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
    out.push(`by component (${bd.source === 'map' ? 'linker map' : 'symbol names'})${bd.preset === 'iree' ? ' with the IREE rules' : ''}; text = code + rodata:`);
    const rows: (string | number)[][] = bd.components.map((c) => [c.name, c.code + c.rodata, c.data, c.bss, c.flash, c.ram]);
    const sum = (k: 'code' | 'rodata' | 'data' | 'bss' | 'flash' | 'ram'): number => bd.components.reduce((n, c) => n + c[k], 0);
    rows.push(['total', sum('code') + sum('rodata'), sum('data'), sum('bss'), sum('flash'), sum('ram')]);
    out.push(table(['component', 'text', 'data', 'bss', 'flash', 'RAM'], rows, 'lrrrrr'));
  }
  const n = by === 'symbol' ? (top ?? bd.symbols.length) : (top ?? 10);
  if (n > 0 && bd.symbols.length > 0) {
    const list = bd.symbols.slice(0, n);
    out.push(by === 'symbol' ? `symbols by size${n < bd.symbols.length ? ` (largest ${n} of ${bd.symbols.length})` : ''}:` : `largest symbols:`);
    out.push(table(['size', 'kind', 'where', 'component', 'address', 'name'],
      list.map((s) => [s.size, s.kind, s.ram > 0 ? (s.flash > 0 ? 'flash+RAM' : 'RAM') : 'flash', s.component, hex8(s.addr), s.name]), 'rllllll'));
  }
  if (hints.length > 0) {
    if (!(out[out.length - 1] ?? '').endsWith('\n')) out.push('');
    out.push('hints:');
    for (const h of hints) out.push(...wrap(`- ${h}`, 2));
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

/** The --json object. */
export function footprintSizeJson(fp: StaticFootprint, bd: Breakdown, top: number | null, hints: readonly string[] = [], run: RunFigures | null = null): Record<string, unknown> {
  return {
    file: fp.file,
    berkeley: { ...fp.berkeley, hex: fp.berkeley.dec.toString(16) },
    flash: fp.flash,
    ram: fp.ram,
    stack: fp.stack,
    heap: fp.heap,
    sections: fp.sections,
    breakdown: { source: bd.source, preset: bd.preset, components: bd.components },
    symbols: bd.symbols.slice(0, top ?? 10),
    warnings: fp.warnings,
    hints,
    run,
  };
}

/** What `size --run` measured. */
export interface RunFigures {
  stop: string;
  instructions: number;
  stack: { used: number; reserved: number } | null;
  heap: { used: number; reserved: number } | null;
}

/** Run the firmware quietly with the footprint tracker: the stack and heap high-water marks. */
async function measure(file: string, machine: MachineProfile, budget: number | undefined): Promise<RunFigures> {
  const m = await Machine.fromElf(file, { machine });
  const tracker = attachFootprint(m);
  const r = await m.run({ maxInstructions: budget });
  const rep = tracker.report();
  return {
    stop: stopLine(r),
    instructions: r.instructions,
    stack: rep.stack ? { used: rep.stack.used, reserved: rep.stack.reserved } : null,
    heap: rep.heap ? { used: rep.heap.used, reserved: rep.heap.reserved } : null,
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
  const budget = values['max-instructions'] !== undefined ? parseCount('size', '--max-instructions', values['max-instructions'], 1) : undefined;
  if (budget !== undefined && !values.run) throw new RvZooError(`rv-zoo size: --max-instructions is the budget of --run; give --run too`);
  const rules: ComponentRule[] = [];
  for (const spec of values.component ?? []) {
    const r = parseComponentRule(spec);
    if (typeof r === 'string') throw new RvZooError(`rv-zoo size: ${r}`);
    rules.push(r);
  }
  const profile = machineFlag('size', values.machine);
  const regions = profileRegions(profile);
  const file = positionals[0]!;
  const bytes = await readOrFail('', file);
  let map;
  if (values.map !== undefined) {
    const text = new TextDecoder().decode(await readOrFail('--map ', values.map));
    map = parseLinkerMap(text);
    if (map.length === 0) throw new RvZooError(`rv-zoo size: --map ${values.map}: not a GNU ld map file (no "Linker script and memory map" contributions)`);
  }
  let rulesText: string | undefined;
  if (values.rules !== undefined) rulesText = new TextDecoder().decode(await readOrFail('--rules ', values.rules));
  const report = sizeReport(bytes, file, regions, { map, rules, rulesText, rulesFile: values.rules === undefined ? 'rules' : `rv-zoo size: --rules ${values.rules}` });
  if (typeof report === 'string') throw new RvZooError(report);
  const { elf, footprint: fp, breakdown: bd, ruleSet: set } = report;
  const run = values.run ? await measure(file, profile, budget) : null;
  const hints = footprintHints(elf, fp, bd, run, set.constantsMinBytes);
  if (values.json) {
    output.out(JSON.stringify(footprintSizeJson(fp, bd, top, hints, run), null, 2) + '\n');
  } else {
    let text = formatBerkeley(fp.berkeley, file) + '\n' + formatFootprint(fp, bd, by, top, hints);
    if (run) {
      const use = (u: { used: number; reserved: number } | null, what: string): string => (u ? `, ${what} ${u.used} of ${u.reserved}` : '');
      text += `run: ${run.stop}, ${count(run.instructions)} instructions${use(run.stack, 'stack')}${use(run.heap, 'heap')} bytes\n`;
    }
    output.out(text);
  }
  return 0;
}
