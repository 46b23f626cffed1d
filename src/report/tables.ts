/**
 * The report's tables, built once and rendered both as Markdown and as HTML (where every
 * numeric cell also carries its exact value in data-value, and its meaning in data-field).
 */
import { builtinProfile } from '../soc/profiles.js';
import type { BuildData, ModelData, ReportData } from './collect.js';
import { grouped, millions, msText } from './format.js';

export interface Cell {
  text: string;
  /** The exact number behind the text, when it is one. */
  value?: number;
  /** What the cell holds (HTML data-field), e.g. flash_xip. */
  field?: string;
}

export interface Table {
  head: string[];
  /** 'l' or 'r' per column. */
  align: string;
  rows: { key: string; cells: Cell[] }[];
}

const DASH: Cell = { text: '—' };

function n(value: number | null | undefined, field: string, text?: (v: number) => string): Cell {
  if (value === null || value === undefined) return { ...DASH, field };
  return { text: text ? text(value) : grouped(value), value, field };
}

const KIND: Record<ModelData['kind'], string> = {
  'tflite-exact': 'C kernels, TFLite-exact',
  iree: 'IREE 3.1, micro runtime',
  firmware: 'firmware',
};

export function kindText(kind: ModelData['kind']): string {
  return KIND[kind];
}

function xipOf(m: ModelData): BuildData | undefined { return m.builds.find((b) => b.layout === 'xip'); }
function ramOf(m: ModelData): BuildData | undefined { return m.builds.find((b) => b.layout === 'ram'); }

/** RAM the run really needed: .data + .bss (without the heap and stack reservations) + stack and heap peaks. */
export function ramNeeded(b: BuildData): number | null {
  if (!b.run || b.run.stackPeak === null) return null;
  return b.size.ramParts.data + b.size.ramParts.bss + b.run.stackPeak + (b.run.heapPeak ?? 0);
}

/** Estimated milliseconds per inference at `mhz`, from the inference's cycles (the machine's cycle model). */
export function inferenceMs(b: BuildData, mhz: number): number | null {
  const c = b.run?.inference?.cycles;
  return c === undefined ? null : c / (mhz * 1e3);
}

/** Whether every build of the model fits the `mcu` machine's flash and RAM (static sizes). */
export function fitsMcu(m: ModelData): boolean {
  const mcu = builtinProfile('mcu');
  const size = (kind: 'flash' | 'ram'): number => mcu.regions.filter((r) => r.kind === kind).reduce((a, r) => a + r.size, 0);
  return m.builds.every((b) => b.size.flash <= size('flash') && b.size.ram <= size('ram'));
}

/** One row per model: the seed's figures next to STM32Cube.AI's. */
export function summaryTable(data: ReportData): Table {
  const mhz = data.clockMHz;
  return {
    head: ['model', 'made with', 'text', 'data', 'bss', 'flash (XIP)', 'RAM (XIP)', 'RAM (RAM layout)', 'stack peak', 'heap peak',
      'RAM needed', 'instructions / inference', `est. ms @ ${mhz} MHz`, 'fits mcu', 'STM32Cube.AI flash', 'STM32Cube.AI RAM', 'STM32Cube.AI ms'],
    align: 'llrrrrrrrrrrrlrrr',
    rows: data.models.map((m) => {
      const x = xipOf(m), r = ramOf(m), first = m.builds[0]!;
      const ref = m.reference;
      const ms = inferenceMs(x ?? first, mhz);
      return {
        key: m.name,
        cells: [
          { text: m.name, field: 'model' },
          { text: kindText(m.kind), field: 'kind' },
          n(first.size.text, 'text'), n(first.size.data, 'data'), n(first.size.bss, 'bss'),
          n(x?.size.flash, 'flash_xip'), n(x?.size.ram, 'ram_xip'), n(r?.size.ram, 'ram_ramlayout'),
          n((x ?? first).run?.stackPeak, 'stack_peak'), n((x ?? first).run?.heapPeak, 'heap_peak'),
          n(ramNeeded(x ?? first), 'ram_needed'),
          n((x ?? first).run?.inference?.instructions, 'instructions'),
          n(ms, 'ms', msText),
          { text: fitsMcu(m) ? 'yes' : 'no', field: 'fits_mcu' },
          ref ? { text: ref.flash.text, value: ref.flash.bytes, field: 'cubeai_flash' } : { ...DASH, field: 'cubeai_flash' },
          ref ? { text: ref.ram.text, value: ref.ram.bytes, field: 'cubeai_ram' } : { ...DASH, field: 'cubeai_ram' },
          ref && ref.ms !== null ? { text: `${ref.ms}${ref.board ? ` (${ref.board})` : ''}`, value: ref.ms, field: 'cubeai_ms' } : { ...DASH, field: 'cubeai_ms' },
        ],
      };
    }),
  };
}

/** Each build of a model (layouts) with its static and dynamic figures. */
export function buildsTable(m: ModelData, mhz: number): Table {
  return {
    head: ['build', 'layout', 'text', 'data', 'bss', 'flash', 'RAM', 'stack peak', 'heap peak', 'RAM touched',
      'instructions (whole run)', 'instructions / inference', `est. ms @ ${mhz} MHz`, 'stop'],
    align: 'llrrrrrrrrrrrl',
    rows: m.builds.map((b) => ({
      key: b.name,
      cells: [
        { text: b.name, field: 'build' }, { text: b.layout === 'xip' ? 'XIP' : 'RAM', field: 'layout' },
        n(b.size.text, 'text'), n(b.size.data, 'data'), n(b.size.bss, 'bss'), n(b.size.flash, 'flash'), n(b.size.ram, 'ram'),
        n(b.run?.stackPeak, 'stack_peak'), n(b.run?.heapPeak, 'heap_peak'), n(b.run?.ramTouched, 'ram_touched'),
        n(b.run?.instructions, 'run_instructions'), n(b.run?.inference?.instructions, 'instructions'),
        n(inferenceMs(b, mhz), 'ms', msText),
        { text: !b.run ? '—' : b.run.stop === 'exit' ? `exit ${b.run.exitCode}` : `${b.run.stop}: ${b.run.stopMessage}`, field: 'stop' },
      ],
    })),
  };
}

/** The components of one build (from its linker map, else from symbol names). */
export function componentsTable(b: BuildData): Table {
  const rows = b.size.components.map((c) => ({
    key: c.name,
    cells: [{ text: c.name, field: 'component' }, n(c.code, 'code'), n(c.rodata, 'rodata'), n(c.data, 'data'), n(c.bss, 'bss'), n(c.flash, 'flash'), n(c.ram, 'ram')],
  }));
  const sum = (k: 'code' | 'rodata' | 'data' | 'bss' | 'flash' | 'ram'): number => b.size.components.reduce((a, c) => a + c[k], 0);
  rows.push({ key: '(total)', cells: [{ text: 'total', field: 'component' }, n(sum('code'), 'code'), n(sum('rodata'), 'rodata'), n(sum('data'), 'data'), n(sum('bss'), 'bss'), n(sum('flash'), 'flash'), n(sum('ram'), 'ram')] });
  return { head: ['component', 'code', 'rodata', 'data', 'bss', 'flash', 'RAM'], align: 'lrrrrrr', rows };
}

/** The layers of one build's run, from the firmware's `@layer` lines. */
export function layersTable(b: BuildData): Table {
  const layers = b.run?.layers ?? [];
  const total = layers.reduce((a, l) => a + l.instructions, 0) || 1;
  const groups = layers.some((l) => l.fields['workgroups'] !== undefined);
  const head = ['#', 'op', 'shapes', 'weights', 'instructions', 'share', 'cycles'];
  if (groups) head.push('workgroups', 'dispatch');
  return {
    head, align: groups ? 'rllrrrrll' : 'rllrrrr',
    rows: layers.map((l) => {
      const cells: Cell[] = [
        n(l.index, 'index', String), { text: l.op, field: 'op' }, { text: l.shapes || '—', field: 'shapes' },
        n(l.weights, 'weights'), n(l.instructions, 'instructions'),
        { text: `${((100 * l.instructions) / total).toFixed(1)}%`, value: l.instructions / total, field: 'share' },
        n(l.cycles, 'cycles'),
      ];
      if (groups) cells.push({ text: l.fields['workgroups'] ?? '—', field: 'workgroups' }, { text: l.name, field: 'name' });
      return { key: String(l.index), cells };
    }),
  };
}

/** One line on a model's inference: its instructions and how the layers share them. */
export function inferenceLine(b: BuildData, mhz: number): string {
  const inf = b.run?.inference;
  if (!inf) return 'no inference count (the firmware printed neither `# invoke instructions` nor `@layer` lines)';
  const layers = b.run!.layers;
  const inLayers = layers.reduce((a, l) => a + l.instructions, 0);
  const ms = inferenceMs(b, mhz)!;
  let s = `${millions(inf.instructions)} instructions per inference (${grouped(inf.cycles)} cycles: ${msText(ms)} ms at ${mhz} MHz)`;
  if (layers.length > 0) s += `; ${layers.length} layers account for ${grouped(inLayers)} of them (${((100 * inLayers) / (inf.instructions || 1)).toFixed(1)}%)`;
  return s + '.';
}
