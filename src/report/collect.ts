/**
 * The figures of a footprint report: for each ELF its static footprint (sizes, components,
 * largest symbols), a run (instructions per inference, per-layer costs, stack and heap
 * high-water marks) and optionally a profile (folded stacks for a flame graph); ELFs grouped
 * per model (NAME.elf, NAME_ram.elf, NAME_xip.elf are one model in two layouts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { RvZooError, readUserFile } from '../errors.js';
import { parseLinkerMap, type ComponentRule, type ComponentSize } from '../loader/footprint.js';
import { Machine } from '../harness/machine.js';
import { attachFootprint, footprintJson, profileRegions, sizeReport } from '../harness/footprint.js';
import type { RuleSet } from '../loader/components.js';
import { profileRun } from '../harness/profile.js';
import { layersFromConsole, type LayerRecord } from '../harness/layers.js';
import { resolveProfile, type MachineProfile } from '../soc/profiles.js';
import { referenceFor, type ReferenceRow } from './reference.js';

/** What the report states about the static image of one ELF (the figures of `rv-zoo size`). */
export interface SizeFigures {
  text: number;
  data: number;
  bss: number;
  /** Flash and RAM for this image's layout on the machine. */
  flash: number;
  ram: number;
  ramParts: { code: number; rodata: number; data: number; bss: number; heap: number; stack: number };
  /** Where the components come from: a linker map (its path) or symbol names. */
  source: 'map' | 'symbols';
  map: string | null;
  components: ComponentSize[];
  /** The largest symbols (at most SYMBOLS_KEPT), largest first. */
  symbols: { name: string; size: number; component: string; flash: number; ram: number }[];
}

/** What the report states about one run (the figures of `rv-zoo run --json`). */
export interface RunFigures {
  /** 'run' when the report ran the ELF, else the `rv-zoo run --json` file it read. */
  source: string;
  exitCode: number | null;
  stop: string;
  stopMessage: string;
  instructions: number;
  cycles: number;
  console: string;
  stackPeak: number | null;
  stackReserved: number | null;
  heapPeak: number | null;
  heapReserved: number | null;
  ramTouched: number | null;
  layers: LayerRecord[];
  /** One inference: the firmware's `# invoke instructions/cycles` lines, or the sum of its layers. */
  inference: { instructions: number; cycles: number; source: 'firmware' | 'layers' } | null;
  protocolErrors: string[];
}

export interface FlameFigures {
  /** 'profile' when the report profiled the ELF, else the folded-stacks file it read. */
  source: string;
  total: number;
  /** Folded stacks: "outer;inner;leaf" and its instructions. */
  stacks: [string, number][];
}

export interface BuildData {
  file: string;
  name: string;
  layout: 'xip' | 'ram';
  size: SizeFigures;
  run: RunFigures | null;
  flame: FlameFigures | null;
  /** Why there is no flame graph, when there is none. */
  flameNote: string | null;
}

export interface ModelData {
  name: string;
  /** How the firmware was made, as far as its console tells. */
  kind: 'tflite-exact' | 'iree' | 'firmware';
  reference: ReferenceRow | null;
  /** XIP build first. */
  builds: BuildData[];
}

export interface ReportData {
  title: string;
  machine: string;
  clockMHz: number;
  referenceSource: string;
  models: ModelData[];
}

export interface CollectOptions {
  machine?: string;
  maxInstructions?: number;
  /** Extra directories to look for `ELF.map` (besides the ELF's own). */
  mapDirs?: string[];
  rules?: ComponentRule[];
  /** Saved `rv-zoo run --json` output per ELF (keyed by its absolute path), used instead of running it. */
  runJson?: Map<string, string>;
  /** Saved folded stacks per ELF (absolute path), used instead of profiling the model. */
  folded?: Map<string, string>;
  /** Profile (single-step) the XIP build of a model only when its run took at most this many instructions. */
  profileMax?: number;
  reference: ReferenceRow[];
  referenceSource: string;
  title?: string;
  clockMHz?: number;
  /** Progress messages (one line each). */
  log?: (line: string) => void;
}

export const SYMBOLS_KEPT = 400;
export const DEFAULT_PROFILE_MAX = 30_000_000;

/** Components of an IREE build on our micro runtime, from its linker map (as firmware/zoo/README.md names them). */
const IREE_RULES: readonly ComponentRule[] = [
  { name: 'dispatches', pattern: /_lib\.o$/ },
  { name: 'emitc module', pattern: /\/module\.o$/ },
  { name: 'micro runtime', pattern: /rt\/(vm|hal)\.o$/ },
];

/** NAME.elf, NAME_ram.elf and NAME_xip.elf belong to model NAME. */
export function modelKey(file: string): string {
  return basename(file).replace(/\.elf$/i, '').replace(/_(ram|xip)$/, '');
}

/** `ELF.map` beside the ELF or in one of `dirs` (NAME.elf.map as firmware/zoo's links write it, or NAME.map). */
export function findMap(elf: string, dirs: readonly string[] = []): string | null {
  const base = basename(elf);
  for (const d of [dirname(elf), ...dirs]) {
    for (const f of [`${base}.map`, `${base.replace(/\.elf$/i, '')}.map`]) {
      const p = join(d, f);
      if (existsSync(p)) return p;
    }
  }
  return null;
}

async function sizeFigures(file: string, profile: MachineProfile, opts: CollectOptions): Promise<{ size: SizeFigures; layout: 'xip' | 'ram'; iree: boolean }> {
  const bytes = await readUserFile(file, 'rv-zoo report: ');
  const mapFile = findMap(file, opts.mapDirs);
  const map = mapFile ? parseLinkerMap(readFileSync(mapFile, 'utf8')) : undefined;
  // The same rules as `rv-zoo size` (the preset chosen from the symbols: IREE's components for
  // firmware on IREE's runtime), after the report's own (or the user's).
  const rules = (set: RuleSet): ComponentRule[] =>
    opts.rules && opts.rules.length > 0 ? opts.rules : set.preset === 'iree' && map ? [...IREE_RULES] : [];
  const report = sizeReport(bytes, file, profileRegions(profile), { map, rules });
  if (typeof report === 'string') throw new RvZooError(`rv-zoo report: ${report}`);
  const { elf, footprint: fp, breakdown: bd } = report;
  const iree = report.ruleSet.preset === 'iree';
  const entryInFlash = profile.regions.some((r) => r.kind === 'flash' && elf.entry >= r.base && elf.entry < r.base + r.size);
  return {
    layout: entryInFlash || fp.flash.total > 0 ? 'xip' : 'ram',
    iree,
    size: {
      text: fp.berkeley.text, data: fp.berkeley.data, bss: fp.berkeley.bss,
      flash: fp.flash.total, ram: fp.ram.total,
      ramParts: { code: fp.ram.code, rodata: fp.ram.rodata, data: fp.ram.data, bss: fp.ram.bss, heap: fp.ram.heap, stack: fp.ram.stack },
      source: bd.source, map: bd.source === 'map' ? mapFile : null,
      components: bd.components,
      symbols: bd.symbols.slice(0, SYMBOLS_KEPT).map((s) => ({ name: s.name, size: s.size, component: s.component, flash: s.flash, ram: s.ram })),
    },
  };
}

/** One inference's cost from the console: the firmware's own lines, else the sum of its layers. */
export function inferenceCost(console: string, layers: readonly LayerRecord[], runInstructions: number, runCycles: number): RunFigures['inference'] {
  const ins = /^# invoke instructions (\d+)\r?$/m.exec(console);
  const cyc = /^# invoke cycles (\d+)\r?$/m.exec(console);
  const ratio = runInstructions > 0 ? runCycles / runInstructions : 1;
  if (ins) {
    const n = Number(ins[1]);
    return { instructions: n, cycles: cyc ? Number(cyc[1]) : Math.round(n * ratio), source: 'firmware' };
  }
  if (layers.length > 0) {
    const n = layers.reduce((a, l) => a + l.instructions, 0);
    const c = layers.every((l) => l.cycles !== null) ? layers.reduce((a, l) => a + l.cycles!, 0) : Math.round(n * ratio);
    return { instructions: n, cycles: c, source: 'layers' };
  }
  return null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** RunFigures from a saved `rv-zoo run --json` object (older ones without `layers`: parsed from the console). */
export function runFiguresFromJson(obj: unknown, source: string): RunFigures {
  const o = obj as Record<string, unknown>;
  if (typeof o !== 'object' || o === null || typeof o['instructions'] !== 'number' || typeof o['console'] !== 'string') {
    throw new RvZooError(`rv-zoo report: ${source}: not the output of rv-zoo run --json (no instructions and console)`);
  }
  const consoleText = o['console'] as string;
  const parsed = layersFromConsole(consoleText);
  const layers = Array.isArray(o['layers']) ? (o['layers'] as LayerRecord[]) : parsed.layers;
  const fp = (o['footprint'] ?? {}) as Record<string, Record<string, unknown> | null>;
  const stop = (o['stop'] ?? {}) as Record<string, unknown>;
  const instructions = o['instructions'] as number;
  const cycles = num(o['cycles']) ?? instructions;
  return {
    source,
    exitCode: num(o['exitCode']),
    stop: String(stop['reason'] ?? ''),
    stopMessage: String(stop['message'] ?? ''),
    instructions, cycles,
    console: consoleText,
    stackPeak: num(fp['stack']?.['used']), stackReserved: num(fp['stack']?.['reserved']),
    heapPeak: num(fp['heap']?.['used']), heapReserved: num(fp['heap']?.['reserved']),
    ramTouched: num((fp as Record<string, unknown>)['ramTouched']),
    layers,
    inference: inferenceCost(consoleText, layers, instructions, cycles),
    protocolErrors: Array.isArray(o['protocolErrors']) ? (o['protocolErrors'] as string[]) : parsed.errors,
  };
}

async function runFigures(file: string, opts: CollectOptions): Promise<RunFigures> {
  const m = await Machine.fromElf(file, { machine: opts.machine });
  const tracker = attachFootprint(m);
  const r = await m.run({ maxInstructions: opts.maxInstructions });
  const fp = footprintJson(tracker);
  return {
    source: 'run',
    exitCode: r.exitCode, stop: r.stop.reason, stopMessage: r.stop.message,
    instructions: r.instructions, cycles: r.cycles, console: r.console,
    stackPeak: fp.stack?.used ?? null, stackReserved: fp.stack?.reserved ?? null,
    heapPeak: fp.heap?.used ?? null, heapReserved: fp.heap?.reserved ?? null,
    ramTouched: fp.ramTouched,
    layers: r.layers,
    inference: inferenceCost(r.console, r.layers, r.instructions, r.cycles),
    protocolErrors: r.protocolErrors,
  };
}

/** Folded-stack text (`a;b;c 123` per line) as stacks; malformed lines are an RvZooError naming the file. */
export function parseFolded(text: string, source: string): FlameFigures {
  const stacks: [string, number][] = [];
  let total = 0;
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const m = /^(.*\S)\s+(\d+)$/.exec(line);
    if (!m) throw new RvZooError(`rv-zoo report: ${source}:${i + 1}: not a folded stack line ('stack;frames COUNT')`);
    stacks.push([m[1]!, Number(m[2])]);
    total += Number(m[2]);
  });
  return { source, total, stacks };
}

async function flameFigures(file: string, opts: CollectOptions): Promise<FlameFigures> {
  const m = await Machine.fromElf(file, { machine: opts.machine });
  const { profile } = await profileRun(m, { maxInstructions: opts.maxInstructions });
  return { source: 'profile', total: profile.total, stacks: [...profile.folded.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)) };
}

function kindOf(builds: BuildData[], iree: boolean): ModelData['kind'] {
  if (iree) return 'iree';
  return builds.some((b) => b.run && /^model \S+: \d+ layers/m.test(b.run.console)) ? 'tflite-exact' : 'firmware';
}

const mega = (n: number): string => `${(n / 1e6).toFixed(1)} M`;

/** Collect everything the report shows for `files` (ELF paths), in the order given (models by first appearance). */
export async function collectReport(files: readonly string[], opts: CollectOptions): Promise<ReportData> {
  const profile = resolveProfile(opts.machine);
  const log = opts.log ?? (() => {});
  // saved runs and stacks first: a bad file stops the report before anything runs
  const savedRuns = new Map<string, RunFigures>();
  for (const [elf, saved] of opts.runJson ?? []) {
    const text = new TextDecoder().decode(await readUserFile(saved, 'rv-zoo report: --run-json '));
    let obj: unknown;
    try { obj = JSON.parse(text); } catch { throw new RvZooError(`rv-zoo report: --run-json ${saved}: not JSON`); }
    savedRuns.set(elf, runFiguresFromJson(obj, saved));
  }
  const savedFlames = new Map<string, FlameFigures>();
  for (const [elf, saved] of opts.folded ?? []) {
    savedFlames.set(elf, parseFolded(new TextDecoder().decode(await readUserFile(saved, 'rv-zoo report: --folded ')), saved));
  }
  const groups = new Map<string, { builds: BuildData[]; iree: boolean }>();
  for (const file of files) {
    const { size, layout, iree } = await sizeFigures(file, profile, opts);
    let run: RunFigures;
    const saved = savedRuns.get(resolve(file));
    if (saved !== undefined) {
      run = saved;
    } else {
      log(`report: running ${file}`);
      run = await runFigures(file, opts);
      log(`report: ${basename(file)}: ${mega(run.instructions)} instructions, ${run.stop === 'exit' ? `exit code ${run.exitCode}` : run.stopMessage}`);
    }
    const key = modelKey(file);
    const g = groups.get(key) ?? { builds: [], iree: false };
    g.iree ||= iree;
    g.builds.push({ file, name: basename(file), layout, size, run, flame: null, flameNote: null });
    groups.set(key, g);
  }
  const models: ModelData[] = [];
  for (const [name, g] of groups) {
    g.builds.sort((a, b) => (a.layout === b.layout ? 0 : a.layout === 'xip' ? -1 : 1));
    // one flame graph per model: from a --folded file given for any of its builds, else by
    // profiling its first build (XIP when there is one)
    const b = g.builds[0]!;
    const folded = g.builds.map((x) => savedFlames.get(resolve(x.file))).find((x) => x !== undefined);
    const limit = opts.profileMax ?? DEFAULT_PROFILE_MAX;
    if (folded !== undefined) {
      b.flame = folded;
    } else if (b.run && b.run.instructions <= limit) {
      log(`report: profiling ${b.file} (single-stepping ${mega(b.run.instructions)} instructions)`);
      b.flame = await flameFigures(b.file, opts);
    } else {
      b.flameNote = limit === 0
        ? 'not profiled (--profile-max 0)'
        : `not profiled: its run takes ${mega(b.run?.instructions ?? 0)} instructions, more than --profile-max ${mega(limit)} `
          + '(profiling single-steps at about 1.5 M instructions per second); '
          + `rv-zoo profile ${b.name} --folded FILE, then rv-zoo report --folded ${b.name}=FILE`;
    }
    models.push({ name, kind: kindOf(g.builds, g.iree), reference: referenceFor(opts.reference, name), builds: g.builds });
  }
  return {
    title: opts.title ?? 'rv-zoo footprint report',
    machine: profile.name,
    clockMHz: opts.clockMHz ?? 400,
    referenceSource: opts.referenceSource,
    models,
  };
}
