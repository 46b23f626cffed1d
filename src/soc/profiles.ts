import { readFileSync } from 'node:fs';
import { RvZooError } from '../errors.js';
import { parseIsa } from '../cpu/isa-profile.js';

export interface RegionSpec { name: string; kind: 'ram' | 'flash'; base: number; size: number }

export type DeviceSpec =
  | { type: 'uart16550'; name?: string; base: number; size?: number; irq?: number }
  | { type: 'clint'; name?: string; base: number; size?: number }
  | { type: 'plic'; name?: string; base: number; size?: number; numSources?: number; numPriorities?: number }
  | { type: 'test-finisher'; name?: string; base: number; size?: number };

export interface MachineProfile {
  name: string;
  regions: RegionSpec[];
  devices: DeviceSpec[];
  /** mtime frequency in Hz (virt: 10 MHz). */
  timebaseHz?: number;
  /** The hart's ISA string (default rv32imac; see src/cpu/isa-profile.ts). */
  isa?: string;
}

export const KiB = 1024;
export const MiB = 1024 * 1024;

const VIRT_DEVICES: DeviceSpec[] = [
  { type: 'test-finisher', base: 0x0010_0000, size: 0x1000 },
  { type: 'clint', base: 0x0200_0000, size: 0x1_0000 },
  { type: 'plic', base: 0x0c00_0000, size: 0x60_0000, numSources: 96, numPriorities: 7 },
  { type: 'uart16550', base: 0x1000_0000, size: 0x100, irq: 10 },
];

function virtLike(name: string, flashSize: number, ramSize: number): MachineProfile {
  return {
    name,
    regions: [
      { name: 'flash', kind: 'flash', base: 0x2000_0000, size: flashSize },
      { name: 'ram', kind: 'ram', base: 0x8000_0000, size: ramSize },
    ],
    devices: VIRT_DEVICES.map((d) => ({ ...d })),
    timebaseHz: 10_000_000,
  };
}

/** Built-in machines: 'virt' = qemu-system-riscv32 -M virt (32 MiB flash, 128 MiB RAM); 'mcu' = same map, 2 MiB flash, 512 KiB RAM. */
export function builtinProfile(name: string): MachineProfile {
  if (name === 'virt') return virtLike('virt', 32 * MiB, 128 * MiB);
  if (name === 'mcu') return virtLike('mcu', 2 * MiB, 512 * KiB);
  throw new RvZooError(`unknown machine '${name}' (built-in machines: virt, mcu; or a JSON machine file)`);
}

export const BUILTIN_PROFILES = ['virt', 'mcu'] as const;

const SIZE_RE = /^(\d+)\s*([KMG])(?:i?B)?$/i;

/**
 * A byte count or address: a non-negative integer, "0x..." hex, decimal, or a size with a
 * K/M/G suffix ("512K", "2M", "1GiB"). Throws RvZooError naming `what`.
 */
export function parseSize(value: string | number, what = 'size'): number {
  const bad = (): never => {
    throw new RvZooError(`${what}: expected a size or address like 512K, 2M, 0x1000 or 4096, got ${JSON.stringify(value)}`);
  };
  let n: number;
  if (typeof value === 'number') {
    n = value;
  } else {
    const s = value.trim();
    const m = SIZE_RE.exec(s);
    if (m) n = Number(m[1]) * { K: KiB, M: MiB, G: 1024 * MiB }[m[2]!.toUpperCase() as 'K' | 'M' | 'G'];
    else if (/^0x[0-9a-f]+$/i.test(s)) n = parseInt(s.slice(2), 16);
    else if (/^\d+$/.test(s)) n = Number(s);
    else return bad();
  }
  if (!Number.isSafeInteger(n) || n < 0) return bad();
  return n;
}

const hex = (n: number): string => '0x' + n.toString(16);

/** What is wrong with a memory region of `size` bytes at `base`, or null. */
export function regionSizeProblem(base: number, size: number): string | null {
  if (size === 0 || size % 4096 !== 0) return `must be a non-zero multiple of 4 KiB, got ${size < 4096 ? String(size) : hex(size)}`;
  if (base + size > 2 ** 32) return `[${hex(base)}, ${hex(base + size)}) goes past the 32-bit address space`;
  return null;
}

/**
 * A copy of `profile` with its first RAM (or flash) region resized; `what` names the setting in
 * errors (e.g. "ramSize", "rv-zoo run: --ram 0").
 */
export function resizeRegion(profile: MachineProfile, kind: 'ram' | 'flash', size: number, what: string): MachineProfile {
  const copy: MachineProfile = { ...profile, regions: profile.regions.map((r) => ({ ...r })), devices: profile.devices.map((d) => ({ ...d })) };
  const region = copy.regions.find((r) => r.kind === kind);
  if (!region) throw new RvZooError(`${what}: machine ${profile.name} has no ${kind === 'ram' ? 'RAM' : 'flash'} region to resize`);
  const problem = regionSizeProblem(region.base, size);
  if (problem) throw new RvZooError(`${what}: ${problem}`);
  region.size = size;
  validateProfile(copy, `${what}: machine ${profile.name}`);
  return copy;
}

/** Check a profile (built-in or parsed): sizes, alignment, overlaps, device kinds. `where` prefixes messages. */
export function validateProfile(p: MachineProfile, where: string): void {
  const spans: { what: string; base: number; end: number }[] = [];
  p.regions.forEach((r, i) => {
    const f = `${where}: regions[${i}]`;
    if (r.base % 4096 !== 0) throw new RvZooError(`${f}.base: must be 4 KiB aligned, got ${hex(r.base)}`);
    const problem = regionSizeProblem(r.base, r.size);
    if (problem) throw new RvZooError(`${f}${problem.startsWith('must') ? '.size' : ''}: ${problem}`);
    spans.push({ what: `regions[${i}] (${r.name})`, base: r.base, end: r.base + r.size });
  });
  p.devices.forEach((d, i) => {
    const size = d.size ?? defaultDeviceSize(d.type);
    if (d.base + size > 2 ** 32) throw new RvZooError(`${where}: devices[${i}]: [${hex(d.base)}, ${hex(d.base + size)}) goes past the 32-bit address space`);
    spans.push({ what: `devices[${i}] (${d.type})`, base: d.base, end: d.base + size });
  });
  spans.sort((a, b) => a.base - b.base);
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1]!, b = spans[i]!;
    if (a.end > b.base) throw new RvZooError(`${where}: ${a.what} [${hex(a.base)}, ${hex(a.end)}) overlaps ${b.what} [${hex(b.base)}, ${hex(b.end)})`);
  }
  for (const type of ['clint', 'plic', 'test-finisher'] as const) {
    if (p.devices.filter((d) => d.type === type).length > 1) throw new RvZooError(`${where}: devices: more than one ${type}`);
  }
}

export function defaultDeviceSize(type: DeviceSpec['type']): number {
  switch (type) {
    case 'uart16550': return 0x100;
    case 'clint': return 0x10000;
    case 'plic': return 0x600000;
    case 'test-finisher': return 0x1000;
  }
}

/** Parse and validate a JSON machine description; `file` names it in every error. */
export function parseMachineJson(text: string, file: string): MachineProfile {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new RvZooError(`${file}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  const err = (field: string, msg: string): never => { throw new RvZooError(`${file}: ${field}: ${msg}`); };
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObj(doc)) return err('(top level)', 'expected an object with "name", "regions" and "devices"');
  const num = (v: unknown, field: string, required = true): number | undefined => {
    if (v === undefined) return required ? err(field, 'missing') : undefined;
    if (typeof v !== 'number' && typeof v !== 'string') return err(field, `expected an integer, "0x.." string or size like "512K", got ${JSON.stringify(v)}`);
    try { return parseSize(v, field); } catch (e) { return err(field, (e as Error).message.replace(`${field}: `, '')); }
  };
  const str = (v: unknown, field: string): string => (typeof v === 'string' && v !== '' ? v : err(field, `expected a non-empty string, got ${JSON.stringify(v)}`));

  const name = doc.name === undefined ? file : str(doc.name, 'name');
  if (!Array.isArray(doc.regions)) return err('regions', 'expected an array');
  const regions: RegionSpec[] = doc.regions.map((r: unknown, i: number) => {
    const f = `regions[${i}]`;
    if (!isObj(r)) return err(f, 'expected an object');
    const kind = r.kind;
    if (kind !== 'ram' && kind !== 'flash') return err(`${f}.kind`, `expected "ram" or "flash", got ${JSON.stringify(kind)}`);
    return { name: r.name === undefined ? kind : str(r.name, `${f}.name`), kind, base: num(r.base, `${f}.base`)!, size: num(r.size, `${f}.size`)! };
  });
  const devicesRaw = doc.devices ?? [];
  if (!Array.isArray(devicesRaw)) return err('devices', 'expected an array');
  const devices: DeviceSpec[] = devicesRaw.map((d: unknown, i: number) => {
    const f = `devices[${i}]`;
    if (!isObj(d)) return err(f, 'expected an object');
    const base = num(d.base, `${f}.base`)!;
    const size = num(d.size, `${f}.size`, false);
    const nm = d.name === undefined ? undefined : str(d.name, `${f}.name`);
    const common = { base, ...(size !== undefined ? { size } : {}), ...(nm !== undefined ? { name: nm } : {}) };
    switch (d.type) {
      case 'uart16550': {
        const irq = num(d.irq, `${f}.irq`, false);
        if (irq !== undefined && (irq < 1 || irq > 1023)) err(`${f}.irq`, `expected a PLIC source 1..1023, got ${irq}`);
        return { type: 'uart16550', ...common, ...(irq !== undefined ? { irq } : {}) };
      }
      case 'clint': return { type: 'clint', ...common };
      case 'test-finisher': return { type: 'test-finisher', ...common };
      case 'plic': {
        const numSources = num(d.numSources, `${f}.numSources`, false);
        const numPriorities = num(d.numPriorities, `${f}.numPriorities`, false);
        if (numSources !== undefined && (numSources < 2 || numSources > 1024)) err(`${f}.numSources`, `expected 2..1024, got ${numSources}`);
        return { type: 'plic', ...common, ...(numSources !== undefined ? { numSources } : {}), ...(numPriorities !== undefined ? { numPriorities } : {}) };
      }
      default:
        return err(`${f}.type`, `expected "uart16550", "clint", "plic" or "test-finisher", got ${JSON.stringify(d.type)}`);
    }
  });
  const timebaseHz = num(doc.timebaseHz, 'timebaseHz', false);
  if (timebaseHz === 0) err('timebaseHz', 'must be positive');
  let isa: string | undefined;
  if (doc.isa !== undefined) {
    isa = str(doc.isa, 'isa');
    parseIsa(isa, `${file}: isa`);
  }
  const profile: MachineProfile = { name, regions, devices, ...(timebaseHz !== undefined ? { timebaseHz } : {}), ...(isa !== undefined ? { isa } : {}) };
  validateProfile(profile, file);
  return profile;
}

/** Read and parse a JSON machine file. */
export function loadMachineFile(path: string): MachineProfile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new RvZooError(`${path}: cannot read machine file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseMachineJson(text, path);
}

/** 'virt', 'mcu', a path ending in .json, or a profile object. */
export function resolveProfile(p: MachineProfile | string | undefined): MachineProfile {
  if (p === undefined) return builtinProfile('virt');
  if (typeof p !== 'string') return p;
  if (p.endsWith('.json')) return loadMachineFile(p);
  return builtinProfile(p);
}
