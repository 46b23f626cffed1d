/**
 * Component rules for footprint breakdowns: which part of a firmware a symbol (or, with a
 * linker map, an input section of an object file) belongs to.
 *
 * A rule names a component and tests any of: the symbol names (`symbol`), the object file or
 * source file (`file`: the map's `/path/libx.a(member.o)`, or the STT_FILE name of a local
 * symbol), the section (`section`: the map's input section, else the output section), the
 * section kind (`kind`) and a minimum size (`minSize`). All tests it gives must pass; the first
 * rule that matches wins. Rules come from the user (a JSON file, `rv-zoo size --rules FILE`),
 * then from a preset: `iree` for firmware that carries IREE's runtime (chosen automatically
 * when the ELF has IREE's symbols), `default` otherwise (the built-in rules of footprint.ts).
 *
 * Rules file:
 *
 *   { "preset": "auto" | "iree" | "default",      optional, default "auto"
 *     "constantsMinBytes": 1024,                   optional: what a "large blob" is (iree preset)
 *     "components": [
 *       { "name": "tflm", "symbol": "^_ZN6tflite", "file": "libtflm\\.a" },
 *       { "name": "weights", "section": "\\.rodata\\.g_model", "minSize": 4096 } ] }
 *
 * In a pattern, `{module}` stands for the EmitC module names found in the ELF (each module
 * `M` has the symbols `M_create` and `M_descriptor_`), as a regular-expression alternation.
 */
import type { ElfSymbol } from './elf.js';

export type SectionKind = 'code' | 'rodata' | 'data' | 'bss';
const KINDS: readonly SectionKind[] = ['code', 'rodata', 'data', 'bss'];

/** A rule as written in a rules file. */
export interface RuleSpec {
  name: string;
  symbol?: string;
  file?: string;
  section?: string;
  kind?: SectionKind | SectionKind[];
  minSize?: number;
}

export interface RulesFile {
  preset?: 'auto' | 'iree' | 'default';
  constantsMinBytes?: number;
  components?: RuleSpec[];
}

/** A compiled rule. */
export interface ComponentMatcher {
  name: string;
  symbol?: RegExp;
  file?: RegExp;
  section?: RegExp;
  kinds?: readonly SectionKind[];
  minSize?: number;
  /** The thing must have a name (a symbol): an anonymous blob of strings is not a "constant". */
  named?: boolean;
}

/** What a rule is tested against: one symbol, or one input section of a linker map. */
export interface Candidate {
  names: readonly string[];
  file: string | null;
  section: string;
  kind: SectionKind;
  size: number;
}

export function matches(m: ComponentMatcher, c: Candidate): boolean {
  if (m.kinds && !m.kinds.includes(c.kind)) return false;
  if (m.minSize !== undefined && c.size < m.minSize) return false;
  if (m.named && c.names.length === 0) return false;
  if (m.symbol && !c.names.some((n) => m.symbol!.test(n))) return false;
  if (m.file && (c.file === null || !m.file.test(c.file))) return false;
  if (m.section && !m.section.test(c.section)) return false;
  return true;
}

/** The component of the first matching rule, or null. */
export function firstMatch(rules: readonly ComponentMatcher[], c: Candidate): string | null {
  for (const r of rules) if (matches(r, c)) return r.name;
  return null;
}

/** The default size from which an initialised object counts as model constants (iree preset). */
export const CONSTANTS_MIN_BYTES = 1024;

/** Components of the iree preset, in the order the table lists them. */
export const IREE_COMPONENTS = ['iree-vm', 'iree-hal', 'iree-base', 'emitc-module', 'dispatches', 'constants', 'app', 'bsp', 'rtos'] as const;

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * EmitC module names: M such that the ELF has both `M_create` and `M_descriptor_`, except
 * IREE's own native modules (iree_hal_module, ...), which are named the same way.
 */
export function emitcModuleNames(symbols: readonly Pick<ElfSymbol, 'name'>[]): string[] {
  const names = new Set(symbols.map((s) => s.name));
  const out: string[] = [];
  for (const n of names) {
    const m = /^(\w+)_descriptor_$/.exec(n);
    if (m && !m[1]!.startsWith('iree_') && names.has(`${m[1]}_create`)) out.push(m[1]!);
  }
  return out.sort();
}

/** Whether an ELF carries IREE's runtime (or one named like it): iree_vm_* / iree_hal_* or an executable library query. */
export function looksLikeIree(symbols: readonly Pick<ElfSymbol, 'name'>[]): boolean {
  return symbols.some((s) => /^iree_(vm|hal)_|_library_query$/.test(s.name));
}

/**
 * The iree preset. IREE's runtime by symbol prefix and, with a map, by IREE's library and
 * source paths (CMake names its archives libiree_vm_*.a, libiree_hal_*.a, ...); the rv-zoo micro
 * runtime's own functions (rvz_*) and sources (vm.c, hal.c) go with the part they implement.
 */
export function ireeRuleSpecs(constantsMinBytes = CONSTANTS_MIN_BYTES): (RuleSpec & { named?: boolean })[] {
  return [
    // the library's query function and its data (header, entry point tables, names)
    { name: 'dispatches', symbol: '_library_query(_v\\d+\\w*)?$' },
    // model constants: initialised blobs from constantsMinBytes on (weights, lookup tables)
    { name: 'constants', kind: ['rodata', 'data'], minSize: constantsMinBytes, named: true },
    { name: 'dispatches', symbol: '_dispatch_|^__constant_|_linked_' },
    { name: 'dispatches', file: '_linked(_llvm_cpu)?(\\.c|\\.o|\\.obj)?$' },
    { name: 'emitc-module', symbol: '^({module})_|^iree_emitc_' },
    // IREE's names first (the micro runtime defines iree_allocator_* in vm.c), then its files
    { name: 'iree-hal', symbol: '^iree_(hal|modules_hal)_|^rvz_hal_' },
    { name: 'iree-vm', symbol: '^iree_vm_|^flatcc_|^iree_VM|^rvz_(vm|module|context|native|ref|type)_' },
    { name: 'iree-base', symbol: '^iree_|^rvz_' },
    { name: 'iree-hal', file: '(^|/)iree/(hal|modules/hal)/|libiree_(hal|modules_hal)\\w*\\.a\\b|(^|/)hal\\.(c|o)$' },
    { name: 'iree-vm', file: '(^|/)iree/vm/|libiree_vm\\w*\\.a\\b|libflatcc\\w*\\.a\\b|(^|/)vm\\.(c|o)$' },
    { name: 'iree-base', file: '(^|/)iree/base/|libiree_base\\w*\\.a\\b' },
    // RTOS kernels some boards run the model under
    { name: 'rtos', symbol: '^(x|v|ux|pv|pc|prv|ul)(Task|Queue|Port|Timer|EventGroup|Semaphore|StreamBuffer|List|Idle)|^(k|z)_[a-z]' },
    { name: 'rtos', file: 'FreeRTOS|(^|/)zephyr/|libkernel\\.a\\b' },
  ];
}

/** Compile rule specs; returns a message naming the bad rule instead of throwing. */
export function compileRules(specs: readonly (RuleSpec & { named?: boolean })[], modules: readonly string[], where: string): ComponentMatcher[] | string {
  const out: ComponentMatcher[] = [];
  const alternation = modules.map(esc).join('|');
  for (let i = 0; i < specs.length; i++) {
    const r = specs[i]!;
    const at = `${where}: rule ${i + 1}${typeof r?.name === 'string' ? ` (${r.name})` : ''}`;
    if (typeof r !== 'object' || r === null || Array.isArray(r)) return `${at}: expected an object with "name" and "symbol", "file" or "section"`;
    for (const k of Object.keys(r)) {
      if (!['name', 'symbol', 'file', 'section', 'kind', 'minSize', 'named'].includes(k)) return `${at}: unknown key "${k}" (name, symbol, file, section, kind, minSize)`;
    }
    if (typeof r.name !== 'string' || r.name === '') return `${at}: "name" must be a non-empty string`;
    const m: ComponentMatcher = { name: r.name };
    let usesModule = false;
    for (const key of ['symbol', 'file', 'section'] as const) {
      const src = r[key];
      if (src === undefined) continue;
      if (typeof src !== 'string') return `${at}: "${key}" must be a regular expression in a string`;
      if (src.includes('{module}')) usesModule = true;
      try {
        m[key] = new RegExp(src.split('{module}').join(alternation));
      } catch (e) {
        return `${at}: bad regular expression in "${key}": ${(e as Error).message.split('\n')[0]}`;
      }
    }
    if (usesModule && modules.length === 0) continue; // no EmitC module in this ELF
    if (r.kind !== undefined) {
      const kinds = Array.isArray(r.kind) ? r.kind : [r.kind];
      const bad = kinds.find((k) => !KINDS.includes(k));
      if (bad !== undefined) return `${at}: "kind" takes ${KINDS.join(', ')}, got ${JSON.stringify(bad)}`;
      m.kinds = kinds;
    }
    if (r.minSize !== undefined) {
      if (!Number.isSafeInteger(r.minSize) || r.minSize < 0) return `${at}: "minSize" must be a whole number of bytes`;
      m.minSize = r.minSize;
    }
    if (r.named) m.named = true;
    if (!m.symbol && !m.file && !m.section && !m.kinds && m.minSize === undefined) return `${at}: give "symbol", "file", "section", "kind" or "minSize"`;
    out.push(m);
  }
  return out;
}

/** The rules a breakdown uses: the user's (from a file), then the chosen preset's. */
export interface RuleSet {
  preset: 'iree' | 'default';
  /** EmitC module names found (iree preset). */
  modules: string[];
  matchers: ComponentMatcher[];
  /** Component names in table order (user rules first). */
  order: string[];
  constantsMinBytes: number;
}

/**
 * Parse a rules file's text and choose the rules for an ELF with these symbols. Returns a
 * message (naming `file`) for a malformed file.
 */
export function ruleSet(symbols: readonly Pick<ElfSymbol, 'name'>[], text?: string, file = 'rules'): RuleSet | string {
  let spec: RulesFile = {};
  if (text !== undefined) {
    try {
      spec = JSON.parse(text) as RulesFile;
    } catch (e) {
      return `${file}: not JSON (${(e as Error).message.split('\n')[0]})`;
    }
    if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) return `${file}: expected an object {"components": [...]}`;
    for (const k of Object.keys(spec)) {
      if (!['preset', 'constantsMinBytes', 'components'].includes(k)) return `${file}: unknown key "${k}" (preset, constantsMinBytes, components)`;
    }
    if (spec.preset !== undefined && !['auto', 'iree', 'default'].includes(spec.preset)) return `${file}: "preset" takes auto, iree or default, got ${JSON.stringify(spec.preset)}`;
    if (spec.constantsMinBytes !== undefined && !(Number.isSafeInteger(spec.constantsMinBytes) && spec.constantsMinBytes >= 0)) {
      return `${file}: "constantsMinBytes" must be a whole number of bytes`;
    }
    if (spec.components !== undefined && !Array.isArray(spec.components)) return `${file}: "components" must be a list of rules`;
  }
  const preset = spec.preset === undefined || spec.preset === 'auto' ? (looksLikeIree(symbols) ? 'iree' : 'default') : spec.preset;
  const modules = preset === 'iree' ? emitcModuleNames(symbols) : [];
  const constantsMinBytes = spec.constantsMinBytes ?? CONSTANTS_MIN_BYTES;
  const user = compileRules(spec.components ?? [], modules, file);
  if (typeof user === 'string') return user;
  const builtin = preset === 'iree' ? compileRules(ireeRuleSpecs(constantsMinBytes), modules, 'iree preset') : [];
  if (typeof builtin === 'string') throw new Error(builtin); // a bug in the preset
  const order = [...new Set([...user.map((r) => r.name), ...(preset === 'iree' ? IREE_COMPONENTS : [])])];
  return { preset, modules, matchers: [...user, ...builtin], order, constantsMinBytes };
}

/** A symbol-like name carried by an input section (`.text.main_dispatch_3` -> main_dispatch_3), or null. */
export function sectionSymbolName(input: string): string | null {
  const m = /^\.(?:text|rodata|srodata|data|sdata|bss|sbss|tbss|tdata|data\.rel\.ro(?:\.local)?)\.(.+)$/.exec(input);
  return m && /^[A-Za-z_$][\w$]*$/.test(m[1]!) ? m[1]! : null;
}
