/**
 * The Machine API: one firmware image on one board, run from tests or the CLI.
 *
 *   const m = await Machine.fromElf('st_mnist.elf');
 *   m.writeSymbol('zoo_input', digit);
 *   const r = await m.run({ maxInstructions: 5e8 });
 *   r.results.scores.argmax();
 */
import { EventEmitter } from 'node:events';
import type TypedEmitterModule from 'typed-emitter';
import { RvZooError, readUserFile } from '../errors.js';
import { Board, type BoardOptions, type BoardSnapshot, type BoardStop } from '../soc/board.js';
import { parseSize, type MachineProfile } from '../soc/profiles.js';
import type { CycleModel } from '../cpu/hart.js';
import { BUS_FAULT } from '../cpu/bus.js';
import { disassemble } from '../cpu/disasm.js';
import { parseElf, loadElf, type ElfImage, type ElfSymbol } from '../loader/index.js';
import {
  DTYPE_BYTES, LineSplitter, dtypesFilling, MAX_LINE_BYTES, ResultTensor, parseStageLine,
  type ConsoleLine, type DType, type InputAnnouncement, type LineSplitterState,
} from './protocol.js';
import { ByteLog } from './bytelog.js';
import { parseLayerLine, type LayerRecord } from './layers.js';
import type { IreeNumbering } from './iree-text.js';
import { applyResultLine, restartIreeNumbering } from './results.js';
import {
  decodeValues, parseOutputSpec, shapeCount, tensorBytes,
  type OutputSpec, type OutputStop, type TensorLocation, type TensorSource,
} from './tensor.js';
import { missingExtensions, type IsaProfile } from '../cpu/isa-profile.js';
import { riscvArch } from '../loader/attributes.js';
import { readLineTable, type LineTable } from '../loader/dwarf-line.js';
import { GdbServer, type GdbServerOptions } from './gdb/server.js';
import type { GdbStub } from './gdb/stub.js';

export interface MachineOptions {
  /** 'virt' (default, QEMU's map), 'mcu', the path of a JSON machine description, or a parsed one. */
  machine?: string | MachineProfile;
  /** RAM / flash size override in bytes or as text ("512K", "2M"). */
  ramSize?: number | string;
  flashSize?: number | string;
  /** Default instruction budget of run(). */
  maxInstructions?: number;
  cycleModel?: CycleModel;
  /** mtime ratio: retired instructions per timer tick (default 10). */
  instructionsPerTick?: number;
  /** Bytes the UART and semihosting receive as input. */
  stdin?: Uint8Array | string;
  /** Name used in messages when the ELF is given as bytes. */
  file?: string;
  /**
   * Translation tier: 'on' (default) runs code in a WebAssembly interpreter and compiles hot
   * regions to WebAssembly; 'off' interprets every instruction in JavaScript; 'check' runs each
   * compiled region and each interpreted block against the JavaScript interpreter and throws on
   * the first difference (slow; for debugging the emulator).
   */
  translate?: 'off' | 'on' | 'check';
  /** Block starts in the tier's interpreter before a region is compiled (default 2000). */
  hotThreshold?: number;
  /**
   * The hart's ISA: an ISA string ('rv32imafc', 'rv32imafdc', 'rv32gc',
   * 'rv32imac_zba_zbb_zbs_zicond', ...) or a parsed profile; default the machine's own (a JSON
   * machine's "isa"), else rv32imac. Instructions outside it raise illegal instruction.
   */
  isa?: string | IsaProfile;
  /**
   * Longest console line parsed for the protocol (default MAX_LINE_BYTES, 8 MiB). A longer
   * line stays whole in the console, is cut to this length for the `line` event and is not
   * parsed as a stage or result (a protocol error says so).
   */
  maxLineBytes?: number;
}

export interface RunOptions {
  /** Budget for this call: steps, i.e. instructions retired plus instructions that raised an exception. */
  maxInstructions?: number;
  /** Stop as soon as the firmware starts this stage (its number k, or its label). */
  untilStage?: number | string;
  /**
   * Single-step mode: called before each instruction with its pc (tracing, profiling). Return
   * false to leave single-step mode and continue at full speed. Much slower than a plain run.
   */
  onStep?: (pc: number) => boolean | void;
  /** Called about every `progressInterval` instructions with the total so far. */
  onProgress?: (instructions: number) => void;
  progressInterval?: number;
}

/**
 * Why run() returned: the board's reasons, 'stage' (untilStage reached), 'stopped'
 * (requestStop()) or 'killed' (GDB's kill command).
 */
export type StopReason = BoardStop['reason'] | 'stage' | 'stopped' | 'killed';

/** Where an address is in the firmware: its function (ELF symbols) and source line (DWARF). */
export interface SourceLocation {
  /** The function or object containing the address, or null. */
  function: string | null;
  /** Bytes from the start of `function`. */
  offset: number;
  /** Source file and line from the DWARF line table, when the ELF has one. */
  file: string | null;
  line: number | null;
}

export interface Stop {
  reason: StopReason;
  pc: number;
  cause: number | null;
  tval: number | null;
  message: string;
  /** Where pc is (for a trap loop, the trapping instruction); null when nothing is known about it. */
  location?: SourceLocation | null;
}

export interface StageRecord {
  /** k of `[k/N]`; 0 for the instructions before the first stage line ("boot"). */
  index: number;
  total: number;
  label: string;
  /** Instruction count when the stage began (at the end of its console line). */
  start: number;
  /** Cycle count when the stage began. */
  startCycle: number;
  /** Instructions the stage took (up to the next stage, or to the stop for the last one). */
  instructions: number;
  cycles: number;
}

export interface RunResult {
  exitCode: number | null;
  stop: Stop;
  /** Instructions retired since reset: what minstret counts (stages and profiles count the same). */
  instructions: number;
  /**
   * Instructions that raised an exception instead of retiring (faults, illegal instructions,
   * ecall, ebreak) since reset: not in `instructions`, but the budget counts them.
   */
  exceptions: number;
  cycles: number;
  /**
   * Everything the firmware wrote to the console, as text: UTF-8 decoded, CR and all (a byte
   * sequence that is not UTF-8 becomes U+FFFD; `consoleBytes` has the exact bytes).
   */
  console: string;
  /** Everything the firmware wrote to the console, byte for byte. */
  consoleBytes: Uint8Array;
  stages: StageRecord[];
  results: Record<string, ResultTensor>;
  inputs: Record<string, InputAnnouncement>;
  /** The firmware's `@layer` lines: per-layer costs it measured (see layers.ts). */
  layers: LayerRecord[];
  /** Malformed protocol lines the firmware printed. */
  protocolErrors: string[];
}

export interface TrapEvent {
  /** mcause (bit 31 set for interrupts). */
  cause: number;
  epc: number;
  tval: number;
  /** Instructions retired when the trap was taken. */
  instructions: number;
}

export type MachineEvents = {
  console: (bytes: Uint8Array) => void;
  line: (line: string) => void;
  stage: (stage: StageRecord) => void;
  result: (tensor: ResultTensor) => void;
  layer: (layer: LayerRecord) => void;
  /** A trap taken by the hart (exception or interrupt; mcause bit 31 = interrupt). */
  trap: (trap: TrapEvent) => void;
  exit: (result: RunResult) => void;
};

/** Harness-side state that a snapshot must carry besides the board and the console. */
interface SessionState {
  stages: StageRecord[];
  results: Record<string, ResultTensor>;
  inputs: Record<string, InputAnnouncement>;
  layers: LayerRecord[];
  protocolErrors: string[];
  exitCode: number | null;
  lastStop: Stop | null;
  /** Numbering of IREE buffer-view results (result0, result1, ...). */
  iree: IreeNumbering;
  /** Names of the outputs (addOutput) read so far. */
  outputsRead: string[];
}

export interface MachineSnapshot {
  readonly board: BoardSnapshot;
  readonly session: SessionState;
  readonly console: Uint8Array;
  readonly line: LineSplitterState;
}

const DEFAULT_BUDGET = 1e9;

const hex = (n: number): string => '0x' + (n >>> 0).toString(16).padStart(8, '0');

/** What writeSymbol accepts as bytes. */
export type ByteSource = Uint8Array | ArrayBufferView | ArrayBuffer | readonly number[];

/** `data` as bytes, or an RvZooError naming `what` and what is wrong with it. */
export function toBytes(data: unknown, what: string): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  const expected = 'expected bytes (a Uint8Array or Buffer, another typed array, an ArrayBuffer, or an array of integers 0..255)';
  if (Array.isArray(data)) {
    const out = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i++) {
      const v: unknown = data[i];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 255) {
        throw new RvZooError(`${what}: ${expected}; element ${i} is ${describeValue(v)}`);
      }
      out[i] = v;
    }
    return out;
  }
  throw new RvZooError(`${what}: ${expected}, got ${describeValue(data)}`);
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return `a string (${JSON.stringify(v.length > 20 ? v.slice(0, 20) + '...' : v)})`;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object') return `an object (${Object.prototype.toString.call(v).slice(8, -1)})`;
  return v === undefined ? 'undefined' : `a ${typeof v}`;
}

/** A location as text: `main+0x12 (app.c:42)`, `main+0x12`, `app.c:42` or `?`. */
export function describeLocation(l: SourceLocation | null | undefined): string {
  if (!l) return '?';
  const fn = l.function !== null ? `${l.function}+0x${l.offset.toString(16)}` : '';
  const src = l.file !== null ? `${l.file}:${l.line}` : '';
  return fn && src ? `${fn} (${src})` : fn || src || '?';
}

function cloneSession(s: SessionState): SessionState {
  return {
    stages: s.stages.map((st) => ({ ...st })),
    results: { ...s.results },
    inputs: { ...s.inputs },
    layers: [...s.layers],
    protocolErrors: [...s.protocolErrors],
    exitCode: s.exitCode,
    lastStop: s.lastStop ? { ...s.lastStop } : null,
    iree: { ...s.iree },
    outputsRead: [...s.outputsRead],
  };
}

/** ' (as u8 they would fit)' when another dtype makes `count` values exactly `room` bytes. */
export function sizeHint(count: number, room: number, dtype: DType): string {
  const fits = dtypesFilling(count, room);
  if (fits.includes(dtype)) return '';
  const other = fits.filter((d) => d !== 'f64');
  return other.length ? ` (as ${other.join(' or ')} they would fit)` : '';
}

function emptySession(): SessionState {
  return {
    stages: [], results: {}, inputs: {}, layers: [], protocolErrors: [], exitCode: null, lastStop: null,
    iree: { next: 0, pending: null }, outputsRead: [],
  };
}

export type { TensorSource } from './tensor.js';

/** A registered output, resolved against the ELF: where to read and how much. */
interface ResolvedOutput { spec: OutputSpec; address: number; shape: number[] }

export class Machine extends (EventEmitter as new () => TypedEmitterModule.default<MachineEvents>) {
  readonly board: Board;
  readonly elf: ElfImage;
  /** What the loader left out (sections outside RAM and flash, as QEMU drops them). */
  readonly loadWarnings: readonly string[];
  private readonly options: MachineOptions;
  private readonly lines: LineSplitter;
  private readonly consoleLog = new ByteLog();
  private session: SessionState = emptySession();
  /** Snapshots this machine took: the only ones restore() accepts. */
  private readonly taken = new WeakSet<object>();
  private stopWanted = false;
  /** Set by the console handler when run({untilStage}) reached its stage. */
  private stageStopWanted: number | string | null = null;
  private stageStopHit: StageRecord | null = null;
  /** Outputs registered with addOutput(), read at their stop point into the results. */
  private readonly outputs: ResolvedOutput[] = [];
  private readonly elfBytes: Uint8Array;
  private lineTable: LineTable | null | undefined = undefined;
  private gdb: GdbStub | null = null;

  private constructor(elf: ElfImage, board: Board, options: MachineOptions, loadWarnings: string[], elfBytes: Uint8Array) {
    super();
    this.elfBytes = elfBytes;
    this.elf = elf;
    this.loadWarnings = loadWarnings;
    this.board = board;
    this.options = options;
    this.lines = new LineSplitter(options.maxLineBytes ?? MAX_LINE_BYTES);
    // The board reports traps only while someone listens.
    const hart = board.hart;
    const report = (cause: number, epc: number, tval: number): void => {
      this.emit('trap', { cause, epc, tval, instructions: hart.instret });
    };
    const emitter = this as unknown as EventEmitter;
    emitter.on('newListener', (event: string | symbol) => { if (event === 'trap') board.onTrap = report; });
    emitter.on('removeListener', (event: string | symbol) => {
      if (event === 'trap' && this.listenerCount('trap') === 0) board.onTrap = null;
    });
  }

  /** Load an ELF (path or bytes) onto a fresh board. Throws RvZooError for bad input. */
  static async fromElf(pathOrBytes: string | Uint8Array, options: MachineOptions = {}): Promise<Machine> {
    let bytes: Uint8Array;
    let file: string;
    if (typeof pathOrBytes === 'string') {
      file = pathOrBytes;
      bytes = await readUserFile(pathOrBytes);
    } else {
      bytes = pathOrBytes;
      file = options.file ?? '<elf>';
    }
    const elf = parseElf(bytes, file);
    if (options.maxLineBytes !== undefined && !(Number.isSafeInteger(options.maxLineBytes) && options.maxLineBytes > 0)) {
      throw new RvZooError(`maxLineBytes must be a positive whole number, got ${String(options.maxLineBytes)}`);
    }
    let machine: Machine | undefined;
    const boardOptions: BoardOptions = {
      profile: options.machine,
      ramSize: options.ramSize === undefined ? undefined : parseSize(options.ramSize, 'ramSize'),
      flashSize: options.flashSize === undefined ? undefined : parseSize(options.flashSize, 'flashSize'),
      instructionsPerTick: options.instructionsPerTick,
      cycleModel: options.cycleModel,
      translate: options.translate,
      isa: options.isa,
      hotThreshold: options.hotThreshold,
      stdin: typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : options.stdin,
      onConsole: (chunk) => machine!.onConsole(chunk),
    };
    const board = new Board(boardOptions);
    const warnings = loadElf(elf, board);
    const builtFor = riscvArch(bytes, elf);
    const missing = builtFor === undefined ? [] : missingExtensions(builtFor, board.hart.isa);
    if (missing.length > 0) {
      warnings.push(`${file} was built for ${builtFor} (.riscv.attributes), but the hart implements ${board.hart.isa.name}: ` +
        `its ${missing.map((n) => n.length === 1 ? n.toUpperCase() : n[0]!.toUpperCase() + n.slice(1)).join(', ')} instructions will raise illegal instruction (choose the ISA with --isa, MachineOptions.isa or the machine file's "isa")`);
    }
    machine = new Machine(elf, board, options, warnings, bytes);
    return machine;
  }

  // ---------------------------------------------------------------- console protocol

  private onConsole(chunk: Uint8Array): void {
    const copy = chunk.slice();
    this.consoleLog.append(copy);
    this.emit('console', copy);
    for (const line of this.lines.push(copy)) this.onLine(line);
  }

  private onLine({ text: line, length, cut }: ConsoleLine): void {
    const s = this.session;
    this.emit('line', line);
    if (cut) {
      s.protocolErrors.push(`console line of ${length} bytes is longer than the ${this.lines.maxLineBytes}-byte limit: `
        + `not parsed as a stage or result (it starts '${line.slice(0, 40)}')`);
      return;
    }
    const stage = parseStageLine(line);
    if (stage) {
      const now = this.board.hart.instret;
      const cyc = this.board.hart.cycle;
      this.closeOpenStage(now, cyc);
      if (s.stages.length === 0 && now > 0) {
        s.stages.push({ index: 0, total: stage.total, label: '(boot)', start: 0, startCycle: 0, instructions: now, cycles: cyc });
      }
      const rec: StageRecord = { ...stage, start: now, startCycle: cyc, instructions: 0, cycles: 0 };
      s.stages.push(rec);
      restartIreeNumbering(s);
      this.readOutputs((at) => at.kind === 'stage' && (at.stage === stage.index || at.stage === stage.label));
      this.emit('stage', rec);
      const want = this.stageStopWanted;
      if (want !== null && (want === stage.index || want === stage.label)) {
        this.stageStopHit = rec;
        this.board.hart.requestYield();
      }
      return;
    }
    if (line.startsWith('@layer ') || line === '@layer') {
      const l = parseLayerLine(line);
      if (typeof l === 'string') s.protocolErrors.push(l);
      else {
        s.layers.push(l);
        this.emit('layer', l);
      }
      return;
    }
    for (const r of applyResultLine(s, line)) this.emit('result', r);
  }

  private addResult(r: ResultTensor): void {
    this.session.results[r.name] = r;
    this.emit('result', r);
  }

  /** Give the currently open stage its instruction and cycle counts up to `now`. */
  private closeOpenStage(now: number, cycles: number): void {
    const open = this.session.stages[this.session.stages.length - 1];
    if (!open || open.index === 0) return;
    open.instructions = now - open.start;
    open.cycles = cycles - open.startCycle;
  }

  // ---------------------------------------------------------------- running

  /**
   * Run until the firmware exits, the budget is spent, the machine stops (trap loop, wfi with
   * nothing to wake it), or the stage given by `untilStage` begins. May be called again to
   * continue after a budget or stage stop.
   */
  async run(opts: RunOptions = {}): Promise<RunResult> {
    const budget = opts.maxInstructions ?? this.options.maxInstructions ?? DEFAULT_BUDGET;
    if (!(budget > 0)) throw new RvZooError(`maxInstructions must be positive, got ${budget}`);
    if (this.session.exitCode !== null && this.session.lastStop?.reason === 'exit') {
      return this.result();
    }
    this.stageStopWanted = opts.untilStage ?? null;
    this.stageStopHit = null;
    this.stopWanted = false;
    const interval = opts.progressInterval ?? 1 << 24;
    let nextProgress = this.board.hart.instret + interval;
    const onSlice = (): boolean => {
      if (opts.onProgress && this.board.hart.instret >= nextProgress) {
        nextProgress = this.board.hart.instret + interval;
        opts.onProgress(this.board.hart.instret);
      }
      return this.stageStopHit === null && !this.stopWanted;
    };
    let stop: BoardStop | null = null;
    let left = budget;
    if (opts.onStep) {
      while (left > 0) {
        if (opts.onStep(this.board.hart.pc >>> 0) === false) break;
        const st = this.board.run(1, onSlice);
        left--;
        if (st.reason !== 'budget' || this.stageStopHit !== null || this.stopWanted || left === 0) {
          stop = st;
          break;
        }
      }
    }
    let killed = false;
    if (stop === null && this.gdb !== null) {
      const end = await this.gdb.drive(left, onSlice);
      if ('killed' in end) killed = true;
      else stop = end.stop;
    } else if (stop === null) stop = this.board.run(left, onSlice);
    this.stageStopWanted = null;
    const hit = this.stageStopHit as StageRecord | null;
    const hart = this.board.hart;
    this.closeOpenStage(hart.instret, hart.cycle);
    let s: Stop;
    if (stop === null || killed) {
      s = { reason: 'killed', pc: hart.pc, cause: null, tval: null, message: `killed by the debugger at pc ${hex(hart.pc)}` };
    } else if (hit && stop.reason === 'budget') {
      s = { reason: 'stage', pc: hart.pc, cause: null, tval: null,
        message: `stopped at the start of stage [${hit.index}/${hit.total}] ${hit.label}` };
    } else if (this.stopWanted && stop.reason === 'budget') {
      s = { reason: 'stopped', pc: hart.pc, cause: null, tval: null, message: `stopped by the host at pc ${hex(hart.pc)}` };
    } else {
      s = { reason: stop.reason, pc: stop.pc, cause: stop.cause, tval: stop.tval, message: stop.message };
    }
    s.location = this.location(s.pc);
    this.stopWanted = false;
    this.session.lastStop = s;
    if (stop?.reason === 'exit') {
      this.session.exitCode = stop.exitCode;
      const rest = this.lines.flush();
      if (rest !== null) this.onLine(rest);
      this.readOutputs((at) => at.kind === 'exit');
      for (const o of this.outputs) {
        if (o.spec.at.kind === 'stage' && !this.session.outputsRead.includes(o.spec.name)) {
          this.session.protocolErrors.push(`output ${o.spec.name}: stage ${o.spec.at.stage} never started, so ${o.spec.text} was not read`);
        }
      }
    }
    const result = this.result();
    if (stop?.reason === 'exit') this.emit('exit', result);
    return result;
  }

  // ---------------------------------------------------------------- debugging

  /**
   * Serve GDB's remote protocol on TCP port `port` (0: any free one; the server's `port` says
   * which) of `options.host` (default 127.0.0.1). While a client is attached, run() goes through
   * it: GDB stops, steps and continues the firmware, sets breakpoints and watchpoints, reads and
   * writes registers and memory; with `wait`, run() waits for GDB before the first instruction.
   * Close the server to detach (the firmware runs on).
   */
  async gdbServer(port: number, options: GdbServerOptions = {}): Promise<GdbServer> {
    if (this.gdb !== null) throw new RvZooError(`${this.elf.file}: a GDB server is already attached`);
    const server = await GdbServer.listen(this, port, options);
    this.gdb = server.stub;
    const close = server.close.bind(server);
    server.close = async () => { this.gdb = null; await close(); };
    return server;
  }

  /** Where `addr` is: function+offset from the symbols, file:line from DWARF line info (if any). */
  location(addr: number): SourceLocation | null {
    const a = addr >>> 0;
    const sym = this.elf.symbolAt(a);
    if (this.lineTable === undefined) {
      try {
        this.lineTable = readLineTable(this.elfBytes, this.elf);
      } catch {
        this.lineTable = null;
      }
    }
    const src = this.lineTable?.lookup(a) ?? null;
    if (!sym && !src) return null;
    return { function: sym ? sym.name : null, offset: sym ? a - sym.value : 0, file: src ? src.file : null, line: src ? src.line : null };
  }

  /** `main+0x12 (app.c:42)`, `main+0x12`, `app.c:42` or `?` for addr. */
  describeAddress(addr: number): string {
    return describeLocation(this.location(addr));
  }

  /** The stages seen so far (the last one still running). */
  stages(): StageRecord[] {
    return this.session.stages.map((st) => ({ ...st }));
  }

  /**
   * Ask the running run() to return as soon as possible (after the current instruction), with
   * stop reason 'stopped'; e.g. from a console listener whose output went away. Ignored when
   * no run is in progress.
   */
  requestStop(): void {
    this.stopWanted = true;
    this.board.hart.requestYield();
  }

  /** The state of the session so far, as a result object. */
  result(): RunResult {
    const s = this.session;
    const hart = this.board.hart;
    return {
      exitCode: s.exitCode,
      stop: s.lastStop ?? { reason: 'budget', pc: hart.pc, cause: null, tval: null, message: 'not run yet' },
      instructions: hart.instret,
      exceptions: this.board.exceptions,
      cycles: hart.cycle,
      console: this.consoleLog.text(),
      consoleBytes: this.consoleLog.bytes(),
      stages: s.stages.map((st) => ({ ...st })),
      results: { ...s.results },
      inputs: { ...s.inputs },
      layers: [...s.layers],
      protocolErrors: [...s.protocolErrors],
    };
  }

  /** The instruction at `pc` disassembled (`.word`/`?` when it cannot be fetched). */
  instructionAt(pc: number): { word: number; length: 2 | 4; text: string } | null {
    const bus = this.board.bus;
    const lo = bus.fetch16(pc >>> 0);
    if (lo === BUS_FAULT) return null;
    if ((lo & 3) !== 3) return { word: lo, length: 2, text: disassemble(lo, pc >>> 0) };
    const hi = bus.fetch16((pc + 2) >>> 0);
    if (hi === BUS_FAULT) return null;
    const word = (lo | (hi << 16)) >>> 0;
    return { word, length: 4, text: disassemble(word, pc >>> 0) };
  }

  // ---------------------------------------------------------------- memory and symbols

  /** Look up a symbol or throw a clear error naming it. */
  symbol(name: string): ElfSymbol {
    const sym = this.elf.symbol(name);
    if (!sym) throw new RvZooError(`${this.elf.file}: no symbol '${name}'`);
    return sym;
  }

  read(address: number, length: number): Uint8Array {
    return this.board.peek(address >>> 0, length);
  }

  write(address: number, bytes: Uint8Array): void {
    this.board.poke(address >>> 0, bytes);
  }

  readSymbol(name: string): Uint8Array {
    const sym = this.symbol(name);
    return this.read(sym.value, sym.size);
  }

  /**
   * Write bytes into a data symbol: without `offset`, exactly the symbol's size (refuses a
   * size mismatch); with `offset`, any number of bytes that fit from there (a partial write).
   * `data`: a Uint8Array (or Buffer), another typed array or DataView (its bytes, little-endian
   * as on the guest), an ArrayBuffer, or an array of integers 0..255. When the symbol lives in
   * initialised data whose load image is elsewhere (XIP: .data in flash copied to RAM by the
   * startup code), the load image is written too, so the value survives the copy.
   */
  writeSymbol(name: string, data: ByteSource, offset?: number): void {
    const what = `${this.elf.file}: writeSymbol('${name}')`;
    const bytes = toBytes(data, what);
    const sym = this.symbol(name);
    let at = 0;
    if (offset === undefined) {
      if (bytes.length > sym.size) {
        throw new RvZooError(`${this.elf.file}: ${bytes.length} bytes do not fit in symbol '${name}' (${sym.size} bytes)`);
      }
      if (bytes.length !== sym.size) {
        throw new RvZooError(`${this.elf.file}: ${bytes.length} bytes for symbol '${name}' of ${sym.size} bytes (pass an offset to write only part of it)`);
      }
    } else {
      if (!Number.isSafeInteger(offset) || offset < 0) throw new RvZooError(`${what}: offset must be a non-negative whole number, got ${String(offset)}`);
      if (offset + bytes.length > sym.size) {
        throw new RvZooError(`${this.elf.file}: ${bytes.length} bytes at offset ${offset} do not fit in symbol '${name}' (${sym.size} bytes)`);
      }
      at = offset;
    }
    const addr = (sym.value + at) >>> 0;
    this.write(addr, bytes);
    const lma = this.loadAddressOf(addr, bytes.length);
    if (lma !== null && lma !== addr) this.write(lma, bytes);
  }

  // ---------------------------------------------------------------- tensors in memory

  /**
   * Read a tensor from guest memory now, as a result (argmax, topK, toJSON like an `@result`).
   *
   *   m.readTensor('scores=model_output:f32[1x10]')          // a spec, as --output takes it
   *   m.readTensor('model_output', 'f32', [1, 10])             // a symbol
   *   m.readTensor(0x80001234, 'i8', [1, 10], { name: 'q' })   // an address
   *
   * Without a shape the whole symbol is read as a vector. Throws an RvZooError naming the
   * symbol when it is missing or smaller than the tensor, or the address when it is unmapped.
   */
  readTensor(spec: string): ResultTensor;
  readTensor(where: string | number, dtype: DType, shape?: readonly number[], options?: { name?: string; offset?: number }): ResultTensor;
  readTensor(where: string | number, dtype?: DType, shape?: readonly number[], options: { name?: string; offset?: number } = {}): ResultTensor {
    let spec: OutputSpec;
    if (dtype === undefined) {
      if (typeof where !== 'string') throw new RvZooError(`${this.elf.file}: readTensor(${String(where)}): give a dtype`);
      const p = parseOutputSpec(where);
      if (typeof p === 'string') throw new RvZooError(`${this.elf.file}: readTensor('${where}'): ${p}`);
      if (p.at.kind !== 'exit') throw new RvZooError(`${this.elf.file}: readTensor('${where}'): reads now; a stop point (@stage) is for addOutput`);
      spec = p;
    } else {
      const loc: TensorLocation = typeof where === 'number' ? { address: where >>> 0 } : { symbol: where, offset: options.offset ?? 0 };
      const text = typeof where === 'number' ? hex(where) : where;
      if (typeof where === 'number' && shape === undefined) throw new RvZooError(`${this.elf.file}: readTensor(${text}): an address needs a shape`);
      spec = { name: options.name ?? text, where: loc, dtype, shape: shape ? [...shape] : null, at: { kind: 'exit' }, text };
    }
    const o = this.resolveOutput(spec, `readTensor('${spec.text}')`);
    return this.readResolved(o);
  }

  /**
   * Read a buffer into the results at a stop point, as if the firmware had printed it: when it
   * exits (the default), or when a stage starts (`@stage=K`: the moment its `[K/N]` line ends).
   * `spec` is an OutputSpec or its text, as `rv-zoo run --output` takes it
   * (`NAME=SYMBOL:DTYPE[SHAPE][@stage=K]`). A result of the same name the firmware printed is
   * replaced. Throws an RvZooError for a bad spec, a missing symbol or one too small.
   */
  addOutput(spec: OutputSpec | string): OutputSpec {
    let s: OutputSpec;
    if (typeof spec === 'string') {
      const p = parseOutputSpec(spec);
      if (typeof p === 'string') throw new RvZooError(`${this.elf.file}: output '${spec}': ${p}`);
      s = p;
    } else s = spec;
    if (this.outputs.some((o) => o.spec.name === s.name)) throw new RvZooError(`${this.elf.file}: output '${s.text}': there is already an output named '${s.name}'`);
    this.outputs.push(this.resolveOutput(s, `output '${s.text}'`));
    return s;
  }

  /** Where a spec's tensor is and its shape, checked against the symbol table and the memory map. */
  private resolveOutput(spec: OutputSpec, what: string): ResolvedOutput {
    const esize = DTYPE_BYTES[spec.dtype];
    let address: number, shape: number[];
    if ('address' in spec.where) {
      address = spec.where.address;
      shape = spec.shape ?? [];
    } else {
      const sym = this.elf.symbol(spec.where.symbol);
      if (!sym) throw new RvZooError(`${this.elf.file}: ${what}: no symbol '${spec.where.symbol}'`);
      const room = sym.size - spec.where.offset;
      if (spec.shape === null) {
        if (room <= 0 || room % esize !== 0) {
          throw new RvZooError(`${this.elf.file}: ${what}: symbol '${sym.name}' has ${sym.size} bytes${spec.where.offset ? ` (${room} from offset ${spec.where.offset})` : ''}, not a whole number of ${spec.dtype} values; give a shape`);
        }
        shape = [room / esize];
      } else shape = spec.shape;
      const need = shapeCount(shape) * esize;
      if (need > room) {
        throw new RvZooError(`${this.elf.file}: ${what}: ${spec.dtype}[${shape.join('x')}] needs ${need} bytes, symbol '${sym.name}' has ${Math.max(0, room)}${spec.where.offset ? ` from offset ${spec.where.offset}` : ''}`);
      }
      address = (sym.value + spec.where.offset) >>> 0;
    }
    const bytes = shapeCount(shape) * esize;
    try {
      if (bytes > 0) this.read(address, bytes);
    } catch (err) {
      if (err instanceof RvZooError) throw new RvZooError(`${this.elf.file}: ${what}: ${bytes} bytes at ${hex(address)} are not all in RAM or flash`);
      throw err;
    }
    return { spec, address, shape };
  }

  private readResolved(o: ResolvedOutput): ResultTensor {
    const count = shapeCount(o.shape);
    const bytes = count > 0 ? this.read(o.address, count * DTYPE_BYTES[o.spec.dtype]) : new Uint8Array(0);
    return new ResultTensor(o.spec.name, o.spec.dtype, o.shape, decodeValues(bytes, o.spec.dtype, count), 'memory');
  }

  /** Read the registered outputs whose stop point `when` accepts. */
  private readOutputs(when: (at: OutputStop) => boolean): void {
    for (const o of this.outputs) {
      if (!when(o.spec.at)) continue;
      this.addResult(this.readResolved(o));
      if (!this.session.outputsRead.includes(o.spec.name)) this.session.outputsRead.push(o.spec.name);
    }
  }

  /**
   * Write a tensor into a data symbol, element by element in C order: an array from a .npy
   * file (parseNpy / loadNpy), a typed array, or plain numbers. With `dtype` the values are
   * converted to it and refused when it cannot hold one exactly (a fraction or an out-of-range
   * value for an integer dtype); without, they are written in their own type (a number[] needs
   * one). The bytes must fill the symbol (or fit from `offset`), as writeSymbol checks.
   */
  writeTensor(name: string, tensor: TensorSource, options: { dtype?: DType; offset?: number } = {}): void {
    const what = `${this.elf.file}: writeTensor('${name}')`;
    const t = tensorBytes(tensor, options.dtype);
    if (typeof t === 'string') throw new RvZooError(`${what}: ${t}`);
    const { bytes, dtype, count: n } = t;
    const sym = this.symbol(name);
    const at = options.offset ?? 0;
    if (options.offset === undefined ? bytes.length !== sym.size : at + bytes.length > sym.size) {
      const fits = sizeHint(n, sym.size - at, dtype);
      throw new RvZooError(`${what}: ${n} ${dtype} values are ${bytes.length} bytes, symbol '${name}' has ${sym.size}`
        + `${options.offset !== undefined ? ` (${Math.max(0, sym.size - at)} from offset ${at})` : ''}${fits}`);
    }
    this.writeSymbol(name, bytes, options.offset);
  }

  /** The load address (LMA) of [vaddr, vaddr+len) when a segment's file image covers it. */
  private loadAddressOf(vaddr: number, len: number): number | null {
    for (const seg of this.elf.segments) {
      if (seg.type !== 1) continue;
      if (vaddr >= seg.vaddr && vaddr + len <= seg.vaddr + seg.filesz) return seg.paddr + (vaddr - seg.vaddr);
    }
    return null;
  }

  // ---------------------------------------------------------------- snapshots

  snapshot(): MachineSnapshot {
    const snap: MachineSnapshot = {
      board: this.board.snapshot(), session: cloneSession(this.session),
      console: this.consoleLog.bytes(), line: this.lines.save(),
    };
    this.taken.add(snap);
    return snap;
  }

  /** Go back to a snapshot this machine took (refuses any other: another ELF, machine or a copy). */
  restore(snap: MachineSnapshot): void {
    if (typeof snap !== 'object' || snap === null || !this.taken.has(snap)) {
      throw new RvZooError(`${this.elf.file}: restore: not a snapshot of this machine (a snapshot restores only into the Machine that took it)`);
    }
    this.board.restore(snap.board);
    this.session = cloneSession(snap.session);
    this.consoleLog.reset(snap.console);
    this.lines.load(snap.line);
  }
}
