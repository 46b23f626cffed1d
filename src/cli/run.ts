import { RvZooError, readUserFile } from '../errors.js';
import { Machine, describeLocation, type MachineOptions, type RunResult } from '../harness/machine.js';
import type { GdbServer } from '../harness/gdb/server.js';
import { DTYPE_BYTES, dtypesFilling, type DType } from '../harness/protocol.js';
import { parseOutputSpec, parseTypeAndShape, shapeCount, tensorBytes, type OutputSpec } from '../harness/tensor.js';
import { isNpy, parseNpy, type NpyArray } from '../harness/npy.js';
import { machineFlag, parseCommandArgs, parseCount, parseSizeFlag, hex } from './args.js';
import { describeCause } from '../cpu/causes.js';
import { attachFootprint, footprintJson, footprintLine } from '../harness/footprint.js';
import { resizeRegion, type MachineProfile } from '../soc/profiles.js';
import { parseIsa } from '../cpu/isa-profile.js';
import { EXIT_OUTPUT_CLOSED, output } from './output.js';
import { WIDTH, count, ellipsize, wrap } from './layout.js';
import { layersTable } from './layers.js';

export const RUN_USAGE = `usage: rv-zoo run ELF [options]

Boot ELF on the emulated machine, print its console to stdout as it arrives, and at the end a
summary (stop reason, instructions, stages, results) to stderr. Results: the firmware's
\`@result\` lines, IREE buffer-view text (\`1x10xf32=[...]\`: result0, result1, ...) and
--output buffers.

options:
  --json                  print nothing but one JSON object with the whole result on stdout
  --max-instructions N    budget (default 1e9): instructions retired plus instructions
                          that raised an exception
  --input SYMBOL=FILE     write FILE's bytes into the global SYMBOL after loading; FILE must
                          have the symbol's size (repeatable)
  --input SYMBOL@OFFSET=FILE  write FILE's bytes into SYMBOL from byte OFFSET on (a partial
                          write; they must fit)
  --input SYMBOL:DTYPE=FILE.npy  write a .npy array's elements (C order) converted to DTYPE
                          (f32 f64 i8 u8 i16 u16 i32 u32; a value that would change, like
                          0.5 or 300 for u8, is refused); without :DTYPE a .npy is written
                          in its own type; :DTYPE[SHAPE] also checks the element count
  --output [NAME=]WHERE:DTYPE[SHAPE][@WHEN]  read a buffer as result NAME, like an
                          @result line (argmax, top-5, JSON); WHERE is SYMBOL,
                          SYMBOL+OFFSET or an ADDRESS (0x80001234; needs [SHAPE]); WHEN is
                          @exit (default) or @stage=K (when stage K starts: its number or
                          label); without [SHAPE] the whole symbol (repeatable)
  --stdin FILE            bytes the UART / semihosting console receives as input
                          (- reads them from standard input until end of file)
  --machine NAME|FILE     machine profile: virt (default), mcu, or a JSON machine description
  --ram SIZE              RAM size (e.g. 512K, 64M)
  --flash SIZE            flash size (e.g. 2M)
  --isa ISA               the hart's ISA (default rv32imac, or the machine file's "isa"), e.g.
                          rv32imafc, rv32imafdc, rv32gc, rv32imac_zba_zbb_zbs_zicond;
                          instructions outside it raise illegal instruction
  --translate on|off|check  block translator (default on); off interprets every instruction;
                          check compares each translated block with the interpreter (slow)
  --trace N               print the first N instructions executed (pc, disassembly) to stderr
  --gdb [HOST:]PORT       serve GDB's remote protocol on PORT (HOST default 127.0.0.1):
                          target remote :PORT in gdb-multiarch; the firmware starts running
                          at once and stops when GDB connects
  --gdb-wait              with --gdb: wait for GDB before the first instruction (like QEMU -S)
  --quiet                 no summary and no progress line; only the firmware's console

exit status:
  0-255   the firmware's exit code (test finisher or semihosting); a code outside
          0..255 gives 255
  2       bad arguments, a bad ELF or input file
  122     wfi deadlock: the hart waits for an interrupt that cannot come
  123     trap loop
  124     instruction budget spent (as timeout(1) when time runs out)
  137     killed from GDB (kill)
  141     stdout or stderr was closed by its reader (e.g. piped into head)
`;

/** The options of every command that boots a machine (run, profile); see machineFromArgs. */
export const MACHINE_OPTIONS = {
  'max-instructions': { type: 'string' },
  input: { type: 'string', multiple: true },
  stdin: { type: 'string' },
  machine: { type: 'string' },
  ram: { type: 'string' },
  flash: { type: 'string' },
  isa: { type: 'string' },
  translate: { type: 'string' },
} as const;

export const RUN_OPTIONS = {
  ...MACHINE_OPTIONS,
  output: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  trace: { type: 'string' },
  quiet: { type: 'boolean' },
  gdb: { type: 'string' },
  'gdb-wait': { type: 'boolean' },
} as const;

/** Exit statuses of runs that did not end with the firmware's own exit (see RUN_USAGE). */
export const EXIT_STATUS: Readonly<Record<Exclude<RunResult['stop']['reason'], 'exit'>, number>> = {
  'wfi-deadlock': 122,
  'trap-loop': 123,
  budget: 124,
  stage: 124,
  stopped: EXIT_OUTPUT_CLOSED,
  debug: 133, // a host breakpoint with no GDB stub to report it to (only through the library)
  killed: 137,
};

/** All of the process's standard input (for `--stdin -`). */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

type MachineValues = { 'max-instructions'?: string; input?: string[]; stdin?: string; machine?: string; ram?: string; flash?: string; isa?: string; translate?: string };

/** The machine the flags describe, every error naming the command and the flag. */
function machineProfile(command: string, values: MachineValues): MachineProfile | undefined {
  if (values.machine === undefined && values.ram === undefined && values.flash === undefined) return undefined;
  let profile = machineFlag(command, values.machine);
  for (const [flag, kind] of [['ram', 'ram'], ['flash', 'flash']] as const) {
    const text = values[flag];
    if (text === undefined) continue;
    profile = resizeRegion(profile, kind, parseSizeFlag(command, `--${flag}`, text), `rv-zoo ${command}: --${flag} ${text}`);
  }
  return profile;
}

interface InputSpec {
  spec: string; symbol: string; offset: number | undefined; file: string;
  dtype: DType | null; shape: number[] | null;
}

function parseInputSpec(command: string, spec: string): InputSpec {
  const m = /^([^=@:]+)(?:@([^=:]+))?(?::([^=]+))?=(.+)$/.exec(spec);
  if (!m) throw new RvZooError(`rv-zoo ${command}: --input needs SYMBOL=FILE, SYMBOL@OFFSET=FILE or SYMBOL:DTYPE=FILE.npy, got '${spec}'`);
  const offset = m[2] === undefined ? undefined : parseCount(command, `--input ${m[1]}@OFFSET`, m[2]);
  let dtype: DType | null = null, shape: number[] | null = null;
  if (m[3] !== undefined) {
    const ts = parseTypeAndShape(m[3]);
    if (typeof ts === 'string') throw new RvZooError(`rv-zoo ${command}: --input ${spec}: ${ts}`);
    ({ dtype, shape } = ts);
  }
  return { spec, symbol: m[1]!, offset, file: m[4]!, dtype, shape };
}

/**
 * The bytes an --input writes: a raw file as it is; a .npy file's elements (C order) converted
 * to the given dtype, or in their own type without one. Errors name the flag and the file.
 */
/** The bytes an --input file gives (a .npy file converted, with its parsed array; a raw file as it is). */
export function inputBytes(where: string, input: { file: string; dtype: DType | null; shape: number[] | null }, bytes: Uint8Array): { bytes: Uint8Array; npy: NpyArray | null } {
  const wantCount = input.shape ? shapeCount(input.shape) : null;
  if (!isNpy(bytes)) {
    if (input.dtype !== null) {
      const size = DTYPE_BYTES[input.dtype];
      if (bytes.length % size !== 0) throw new RvZooError(`${where}: ${input.file} has ${bytes.length} bytes, not a whole number of ${input.dtype} values (a raw file holds the values as they are; use a .npy file to convert)`);
      if (wantCount !== null && bytes.length / size !== wantCount) throw new RvZooError(`${where}: ${input.file} holds ${bytes.length / size} ${input.dtype} values, [${input.shape!.join('x')}] needs ${wantCount}`);
    }
    return { bytes, npy: null };
  }
  const a = parseNpy(bytes, input.file);
  if (typeof a === 'string') throw new RvZooError(`${where}: ${a}`);
  if (wantCount !== null && a.values.length !== wantCount) {
    throw new RvZooError(`${where}: ${input.file} has shape (${a.shape.join(', ')}), ${a.values.length} values; [${input.shape!.join('x')}] needs ${wantCount}`);
  }
  const t = tensorBytes(a, input.dtype ?? undefined);
  if (typeof t === 'string') throw new RvZooError(`${where}: ${input.file}: ${t}`);
  return { bytes: t.bytes, npy: a };
}

/** Write an --input file into its symbol: the whole symbol, or a part from an explicit offset. */
async function injectInput(command: string, machine: Machine, input: InputSpec): Promise<void> {
  const where = `rv-zoo ${command}: --input ${input.spec}`;
  const sym = machine.elf.symbol(input.symbol);
  if (!sym) throw new RvZooError(`${where}: ${machine.elf.file} has no symbol '${input.symbol}'`);
  const raw = await readUserFile(input.file, `rv-zoo ${command}: --input `);
  const { bytes, npy } = inputBytes(where, input, raw);
  const what = npy ? `${input.file} gives ${bytes.length} bytes` : `the file has ${bytes.length} bytes`;
  const n = bytes.length, size = sym.size;
  if (input.offset !== undefined) {
    if (input.offset + n > size) throw new RvZooError(`${where}: ${n} bytes at offset ${input.offset} do not fit in symbol '${sym.name}' (${size} bytes)`);
  } else if (!npy && n > size) {
    throw new RvZooError(`${where}: ${n} bytes do not fit in symbol '${sym.name}' (${size} bytes)`);
  } else if (n !== size) {
    let hint = n < size && !npy ? ` (to write only part of it: --input ${sym.name}@0=${input.file})` : '';
    if (npy && input.dtype === null) {
      const a = npy;
      const fits = dtypesFilling(a.values.length, size);
      const ok = fits.find((d) => typeof tensorBytes(a, d) !== 'string');
      if (ok) hint = ` (to convert them: --input ${sym.name}:${ok}=${input.file})`;
      else if (fits.length) hint = ` (as ${fits.join(' or ')} they would fit, but ${(tensorBytes(a, fits[0]) as string).replace(/ cannot be stored.*/, '')} cannot be converted exactly)`;
    }
    throw new RvZooError(`${where}: ${what}, symbol '${sym.name}' has ${size}${hint}`);
  }
  machine.writeSymbol(sym.name, bytes, input.offset);
}

/**
 * The machine options of the flags shared by run, profile and verify, the budget, and a
 * function that writes the --input files into a loaded machine. Errors name the command and flag.
 */
export async function machineOptionsFromArgs(
  command: string,
  values: MachineValues,
): Promise<{ options: MachineOptions; budget: number | undefined; inject: (machine: Machine) => Promise<void> }> {
  const options: MachineOptions = {};
  const profile = machineProfile(command, values);
  if (profile !== undefined) options.machine = profile;
  if (values.isa !== undefined) options.isa = parseIsa(values.isa, `rv-zoo ${command}: --isa`);
  if (values.translate !== undefined) {
    const t = values.translate;
    if (t !== 'on' && t !== 'off' && t !== 'check') throw new RvZooError(`rv-zoo ${command}: --translate takes on, off or check, got '${t}'`);
    options.translate = t;
  }
  const budget = values['max-instructions'] !== undefined
    ? parseCount(command, '--max-instructions', values['max-instructions'], 1) : undefined;
  const inputs = (values.input ?? []).map((spec) => parseInputSpec(command, spec));
  if (values.stdin !== undefined) {
    options.stdin = values.stdin === '-' ? await readStdin() : await readUserFile(values.stdin, `rv-zoo ${command}: --stdin `);
  }
  const inject = async (machine: Machine): Promise<void> => {
    for (const input of inputs) await injectInput(command, machine, input);
  };
  return { options, budget, inject };
}

/** Options shared by run and profile: build the machine and inject inputs. */
export async function machineFromArgs(
  command: string,
  elfPath: string,
  values: MachineValues,
): Promise<{ machine: Machine; budget: number | undefined }> {
  const { options, budget, inject } = await machineOptionsFromArgs(command, values);
  const machine = await Machine.fromElf(elfPath, options);
  await inject(machine);
  return { machine, budget };
}

/**
 * Register `--output` specs on the machine (results read at exit or at a stage start); every
 * error names the command, the flag and the spec.
 */
export function addOutputs(command: string, machine: Machine, specs: readonly string[]): OutputSpec[] {
  const names = new Set<string>();
  return specs.map((text) => {
    const where = `rv-zoo ${command}: --output ${text}`;
    const spec = parseOutputSpec(text);
    if (typeof spec === 'string') throw new RvZooError(`${where}: ${spec}`);
    if (names.has(spec.name)) throw new RvZooError(`${where}: another --output is named '${spec.name}' (give NAME=)`);
    names.add(spec.name);
    try {
      return machine.addOutput(spec);
    } catch (err) {
      if (!(err instanceof RvZooError)) throw err;
      const prefix = `${machine.elf.file}: output '${text}': `;
      const why = err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
      throw new RvZooError(`${where}: ${why.replace(/^no symbol/, `${machine.elf.file} has no symbol`)}`);
    }
  });
}

/** `pc: word  disassembly  <symbol+off>` for --trace. */
export function traceLine(machine: Machine, pc: number): string {
  const insn = machine.instructionAt(pc);
  const sym = machine.elf.symbolAt(pc);
  const where = sym ? `  <${sym.name}+${pc - sym.value}>` : '';
  if (!insn) return `${hex(pc)}: (cannot fetch)${where}`;
  const word = insn.length === 2 ? insn.word.toString(16).padStart(4, '0').padEnd(8) : insn.word.toString(16).padStart(8, '0');
  return `${hex(pc)}: ${word}  ${insn.text.padEnd(32)}${where}`;
}

/**
 * The process exit status for a run: the firmware's exit code when it exited (a code outside
 * 0..255, which the status byte cannot hold, gives 255: never 0 for a nonzero code), else the
 * status of the stop reason (EXIT_STATUS).
 */
export function exitStatus(r: RunResult): number {
  if (r.stop.reason === 'exit') {
    const code = r.exitCode ?? 255;
    return code >= 0 && code <= 255 ? code : 255;
  }
  return EXIT_STATUS[r.stop.reason];
}

export function stopLine(r: RunResult): string {
  const s = r.stop;
  if (s.reason === 'exit') return `exit code ${r.exitCode}`;
  let text = `${s.reason}: ${s.message}`;
  if (s.cause !== null && !s.message.includes('mcause')) text += ` (${describeCause(s.cause)}, mcause ${s.cause})`;
  if (s.location) text += ` in ${describeLocation(s.location)}`;
  return text;
}

/** `--gdb [HOST:]PORT` */
export function parseGdbAddress(command: string, text: string): { host: string; port: number } {
  const m = /^(?:(.*):)?(\d+)$/.exec(text.trim());
  const port = m ? Number(m[2]) : NaN;
  if (!m || !Number.isInteger(port) || port > 65535) {
    throw new RvZooError(`rv-zoo ${command}: --gdb needs [HOST:]PORT with PORT 0..65535, got '${text}'`);
  }
  let host = m[1] ?? '';
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  return { host: host === '' ? '127.0.0.1' : host, port };
}

/** The stages table, labels cut with an ellipsis so that a row fits in 80 columns. */
function stagesTable(r: RunResult): string[] {
  const total = r.instructions || 1;
  const rows = r.stages.map((st) => ({
    tag: st.index === 0 ? '' : `[${st.index}/${st.total}]`,
    label: st.label,
    n: count(st.instructions),
    pct: `${(100 * st.instructions / total).toFixed(1)}%`,
  }));
  const tagW = Math.max(5, ...rows.map((x) => x.tag.length));
  const nW = Math.max(...rows.map((x) => x.n.length));
  const pctW = 6;
  const room = WIDTH - 2 - tagW - 1 - 1 - nW - 2 - pctW;
  const labelW = Math.max(8, Math.min(room, Math.max(28, ...rows.map((x) => x.label.length))));
  return rows.map((x) => `  ${x.tag.padEnd(tagW)} ${ellipsize(x.label, labelW).padEnd(labelW)} ${x.n.padStart(nW)}  ${x.pct.padStart(pctW)}`);
}

/** The summary `rv-zoo run` prints on stderr: every line within 80 columns. */
function summary(r: RunResult, wallMs: number, footprint: string): string {
  const out: string[] = [];
  const field = (label: string, text: string): void => { out.push(...wrap(label.padEnd(14) + text, 14)); };
  const stop = stopLine(r);
  field('stop:', `${stop}${stop.includes(hex(r.stop.pc)) ? '' : ` at pc ${hex(r.stop.pc)}`}`);
  const mips = wallMs > 0 ? (r.instructions / wallMs / 1000).toFixed(1) : '-';
  field('instructions:', `${count(r.instructions)} retired (${(wallMs / 1000).toFixed(3)} s, ${mips} MIPS)`);
  if (r.exceptions > 0) field('exceptions:', `${count(r.exceptions)} instructions trapped instead of retiring (the budget counts them too)`);
  field('cycles:', count(r.cycles));
  if (r.stages.length > 0) out.push('stages:', ...stagesTable(r));
  out.push(...layersTable(r.layers));
  for (const [name, t] of Object.entries(r.results)) {
    const top = t.topK(5).map((e) => `${e.index}:${Number(e.value.toPrecision(6))}`).join(' ');
    out.push(...wrap(`result ${name} ${t.dtype}[${t.shape.join('x')}]: argmax ${t.argmax()}; top-5 ${top}`, 2));
  }
  for (const e of r.protocolErrors) out.push(...wrap(`warning: ${e}`, 2));
  out.push(...wrap(footprint, 14, ', '));
  return out.join('\n') + '\n';
}

export function resultJson(r: RunResult, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    exitCode: r.exitCode,
    stop: {
      reason: r.stop.reason, pc: r.stop.pc, cause: r.stop.cause, tval: r.stop.tval, message: r.stop.message,
      location: r.stop.location ?? null,
    },
    instructions: r.instructions,
    exceptions: r.exceptions,
    cycles: r.cycles,
    console: r.console,
    consoleBase64: Buffer.from(r.consoleBytes.buffer, r.consoleBytes.byteOffset, r.consoleBytes.byteLength).toString('base64'),
    stages: r.stages.map((s) => ({ index: s.index, total: s.total, label: s.label, instructions: s.instructions, cycles: s.cycles })),
    results: Object.fromEntries(Object.entries(r.results).map(([k, v]) => [k, v.toJSON()])),
    layers: r.layers,
    protocolErrors: r.protocolErrors,
    ...extra,
  }, null, 2) + '\n';
}

/**
 * The progress line on a terminal: redrawn on stderr about every 16 M instructions while the
 * console is at the start of a line, and erased before anything else is printed (console
 * output, trace lines, the summary), so that nothing is glued to it.
 */
class Progress {
  private shown = false;
  private atLineStart = true;
  private readonly t0 = performance.now();

  constructor(readonly enabled: boolean) {}

  update(n: number): void {
    if (!this.enabled || !this.atLineStart) return;
    const ms = performance.now() - this.t0;
    output.err(`\r\x1b[K${count(n)} instructions, ${(n / ms / 1000).toFixed(0)} MIPS`);
    output.stderr.flush();
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    output.err('\r\x1b[K');
    this.shown = false;
  }

  console(bytes: Uint8Array): void {
    this.clear();
    output.out(bytes);
    if (bytes.length > 0) this.atLineStart = bytes[bytes.length - 1] === 10;
  }
}

export async function runCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('run', args, RUN_OPTIONS, ['ELF']);
  if (values.help) {
    output.out(RUN_USAGE);
    return 0;
  }
  const trace = values.trace !== undefined ? parseCount('run', '--trace', values.trace) : 0;
  const gdbAt = values.gdb !== undefined ? parseGdbAddress('run', values.gdb) : null;
  if (gdbAt === null && values['gdb-wait']) throw new RvZooError('rv-zoo run: --gdb-wait needs --gdb [HOST:]PORT');
  if (gdbAt !== null && trace > 0) throw new RvZooError('rv-zoo run: --trace and --gdb cannot be used together');
  const { machine, budget } = await machineFromArgs('run', positionals[0]!, values);
  addOutputs('run', machine, values.output ?? []);
  const json = values.json === true;
  const quiet = values.quiet === true;
  // The footprint (stack painting, page scans) is only for the summary and --json.
  const footprint = json || !quiet ? attachFootprint(machine) : null;
  output.onClose(() => machine.requestStop());
  if (!json && !quiet) for (const w of machine.loadWarnings) output.err(wrap(`warning: ${w}`, 2).join('\n') + '\n');
  const progress = new Progress(!json && !quiet && output.stderr.tty);
  if (!json) machine.on('console', (bytes) => progress.console(bytes));
  let gdb: GdbServer | null = null;
  if (gdbAt !== null) {
    const note = (line: string): void => { if (!quiet) { progress.clear(); output.err(line + '\n'); output.stderr.flush(); } };
    gdb = await machine.gdbServer(gdbAt.port, { host: gdbAt.host, wait: values['gdb-wait'] === true, ...(footprint ? { footprint } : {}), log: note });
    note(`gdb: listening on ${gdbAt.host}:${gdb.port}${values['gdb-wait'] ? ', waiting for GDB to connect' : ''} (target remote ${gdbAt.host === '127.0.0.1' ? '' : gdbAt.host}:${gdb.port})`);
  }
  const t0 = performance.now();
  let traced = 0;
  const r = await machine.run({
    maxInstructions: budget,
    onStep: trace > 0 ? (pc) => {
      if (traced++ >= trace || output.closed) return false;
      progress.clear();
      output.err(traceLine(machine, pc) + '\n');
      return true;
    } : undefined,
    onProgress: progress.enabled ? (n) => progress.update(n) : undefined,
  });
  const wall = performance.now() - t0;
  await gdb?.close();
  progress.clear();
  if (json) {
    output.out(resultJson(r, { loadWarnings: machine.loadWarnings, footprint: footprintJson(footprint!) }));
  } else if (!quiet) {
    const c = r.consoleBytes;
    if (c.length > 0 && c[c.length - 1] !== 10) output.out('\n');
    output.err(summary(r, wall, footprintLine(footprint!)));
  }
  return exitStatus(r);
}
