/**
 * The WebAssembly translation tier of one hart: compiled regions in a funcref table, an entry
 * table in guest memory that maps a pc to its function, and a dispatcher (itself wasm) that runs
 * region after region without returning to JavaScript until a pc has no compiled region, an
 * instruction needs the interpreter, or the step budget is spent.
 *
 * Registers, pc and the exit code live in the guest memory's state area (src/cpu/guest-memory.ts),
 * which the hart's register file views directly, so handing over between the interpreter and
 * compiled code copies nothing.
 *
 * Compiled modules are cached for the whole process by what their code is made of (configuration
 * and instructions), so a second machine running the same firmware skips code generation and
 * V8's compilation; each machine instantiates them over its own memory.
 */
import { HASH_BASE, HASH_ENTRIES, type GuestMemory } from '../guest-memory.js';
import { encodeModule, I32, type ModuleSpec } from './encoder.js';
import { codegenImports, genFunction, type CodegenConfig } from './codegen.js';
import { dispatcherModule, type DispatcherConfig } from './dispatcher.js';
import type { Region } from './region.js';

const MASK = HASH_ENTRIES - 1;
/** Entry-table slot of a pc (the dispatcher computes the same). */
export function hashSlot(pc: number): number { return ((pc >>> 1) ^ (pc >>> 17)) & MASK; }

const moduleCache = new Map<string, WebAssembly.Module>();
const MODULE_CACHE_ENTRIES = 8192;

/** @internal Statistics of the process-wide module cache (tests). */
export function moduleCacheStats(): { entries: number } { return { entries: moduleCache.size }; }

function cachedModule(key: string, make: () => Uint8Array): WebAssembly.Module {
  const hit = moduleCache.get(key);
  if (hit !== undefined) {
    moduleCache.delete(key);
    moduleCache.set(key, hit);
    return hit;
  }
  const m = new WebAssembly.Module(make());
  moduleCache.set(key, m);
  if (moduleCache.size > MODULE_CACHE_ENTRIES) moduleCache.delete(moduleCache.keys().next().value as string);
  return m;
}

type TraceFn = (ir: number, lim: number) => number;

export class WasmTier {
  /** The state area as i32s (STATE offsets / 4). */
  readonly state: Int32Array;
  private readonly hash: Int32Array;
  private readonly table: WebAssembly.Table;
  private readonly runFn: (lim: number) => number;
  private readonly stepFn: (lim: number) => number;
  private readonly free: number[] = [];
  private nextIdx = 1;
  private readonly key: string;
  private readonly imports: WebAssembly.Imports;

  /**
   * `journal` is the check mode's store hook (a, width); `fp` runs an F/D instruction the tier
   * does not compute itself (decode word, imm, x[rs1]) -> x result (see TierDriver.fpExec).
   */
  constructor(private readonly gm: GuestMemory, private readonly cfg: CodegenConfig, dcfg: DispatcherConfig,
    journal: ((a: number, w: number) => void) | null, fp: (w: number, imm: number, xv: number) => number) {
    const buf = gm.memory.buffer;
    this.state = new Int32Array(buf, 0, 0x1000 >>> 2);
    this.hash = new Int32Array(buf, HASH_BASE, HASH_ENTRIES * 2);
    this.table = new WebAssembly.Table({ element: 'anyfunc', initial: 256 });
    this.key = `${gm.pages}|${JSON.stringify(cfg)}|`;
    const e: Record<string, unknown> = { mem: gm.memory, tbl: this.table, fp };
    if (cfg.journal && journal !== null) e.jw = journal;
    this.imports = { e: e as WebAssembly.ModuleImports };
    const core = new WebAssembly.Instance(cachedModule(`dispatcher|${JSON.stringify(dcfg)}`, () => dispatcherModule(dcfg)), this.imports);
    this.runFn = core.exports.run as (lim: number) => number;
    this.stepFn = core.exports.step as (lim: number) => number;
    this.clear();
  }

  /** Run from STATE.PC (interpreter and compiled regions) for at most `lim` steps; returns the steps taken. */
  run(lim: number): number { return this.runFn(lim); }

  /** Interpret one basic block from STATE.PC (no regions; the 'check' mode). */
  step(lim: number): number { return this.stepFn(lim); }

  /** Compile (or fetch from the cache) and install a region; returns its function index. */
  install(r: Region): number {
    let key = this.key;
    for (const nd of r.nodes) for (const i of nd.insns) key += `${i.pc},${i.op},${i.len},${i.rd},${i.rs1},${i.rs2},${i.imm};`;
    key += `@${r.entry}`;
    const cfg = this.cfg;
    const mod = cachedModule(key, () => {
      const fn = genFunction(r, cfg);
      const imports = codegenImports(cfg);
      const spec: ModuleSpec = {
        types: [{ params: [I32, I32], results: [I32] }, { params: [I32, I32], results: [] }, { params: [I32, I32, I32], results: [I32] }],
        memoryPages: this.gm.pages, table: true,
        importFuncs: imports.map((name) => ({ module: 'e', name, type: name === 'jw' ? 1 : 2 })),
        funcs: [{ type: 0, locals: fn.locals, body: fn.body }],
        exports: [{ name: 'f', func: imports.length }],
      };
      return encodeModule(spec);
    });
    const inst = new WebAssembly.Instance(mod, this.imports);
    const idx = this.free.pop() ?? this.nextIdx++;
    if (idx >= this.table.length) this.table.grow(this.table.length);
    this.table.set(idx, inst.exports.f as TraceFn);
    return idx;
  }

  /** Call one compiled function directly (the 'check' mode). */
  call(idx: number, ir: number, lim: number): number {
    return (this.table.get(idx) as TraceFn)(ir, lim);
  }

  /** Make `pc` enter function `idx` (replacing whatever shared its slot). */
  link(pc: number, idx: number): void {
    const s = hashSlot(pc) << 1;
    this.hash[s] = pc | 0;
    this.hash[s + 1] = idx;
  }

  /** Forget function `idx` (entered at `pc`) and recycle its index. */
  release(pc: number, idx: number): void {
    const s = hashSlot(pc) << 1;
    if (this.hash[s] === (pc | 0) && this.hash[s + 1] === idx) { this.hash[s] = -1; this.hash[s + 1] = 0; }
    this.table.set(idx, null);
    this.free.push(idx);
  }

  /** Forget every function. */
  clear(): void {
    this.hash.fill(-1);
    for (let i = 1; i < this.nextIdx; i++) this.table.set(i, null);
    this.free.length = 0;
    this.nextIdx = 1;
  }
}
