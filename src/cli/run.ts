import { RvZooError, readUserFile } from '../errors.js';
import { Machine, type MachineOptions, type RunResult } from '../harness/machine.js';
import { parseCommandArgs, parseCount, hex } from './args.js';
import { describeCause } from '../cpu/causes.js';
import { attachFootprint, footprintJson, footprintLine } from '../harness/footprint.js';

export const RUN_USAGE = `usage: rv-zoo run ELF [options]

Boot ELF on the emulated machine, print its console to stdout as it arrives, and at the end a
summary (stop reason, instructions, stages, results) to stderr.

options:
  --json                  print nothing but one JSON object with the whole result on stdout
  --max-instructions N    instruction budget (default 1e9)
  --input SYMBOL=FILE     write FILE's bytes into the global SYMBOL after loading (repeatable)
  --stdin FILE            bytes the UART / semihosting console receives as input
                          (- reads them from standard input until end of file)
  --machine NAME|FILE     machine profile: virt (default), mcu, or a JSON machine description
  --ram SIZE              RAM size (e.g. 512K, 64M)
  --flash SIZE            flash size (e.g. 2M)
  --translate on|off|check  block translator (default on); off interprets every instruction;
                          check compares each translated block with the interpreter (slow)
  --trace N               print the first N instructions executed (pc, disassembly) to stderr
  --quiet                 no summary and no progress line; only the firmware's console

exit status: the firmware's exit code; 2 for bad arguments or a bad ELF; 3 when the run did not
complete (budget spent, trap loop, wfi with nothing to wake the hart).
`;

/** The options of every command that boots a machine (run, profile); see machineFromArgs. */
export const MACHINE_OPTIONS = {
  'max-instructions': { type: 'string' },
  input: { type: 'string', multiple: true },
  stdin: { type: 'string' },
  machine: { type: 'string' },
  ram: { type: 'string' },
  flash: { type: 'string' },
  translate: { type: 'string' },
} as const;

export const RUN_OPTIONS = {
  ...MACHINE_OPTIONS,
  json: { type: 'boolean' },
  trace: { type: 'string' },
  quiet: { type: 'boolean' },
} as const;

/** Exit status when the firmware did not finish on its own. */
export const EXIT_INCOMPLETE = 3;

function readInputFile(command: string, what: string, file: string): Promise<Uint8Array> {
  return readUserFile(file, `rv-zoo ${command}: ${what} `);
}

/** All of the process's standard input (for `--stdin -`). */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Options shared by run and profile: build the machine and inject inputs. */
export async function machineFromArgs(
  command: string,
  elfPath: string,
  values: { 'max-instructions'?: string; input?: string[]; stdin?: string; machine?: string; ram?: string; flash?: string; translate?: string },
): Promise<{ machine: Machine; budget: number | undefined }> {
  const options: MachineOptions = {};
  if (values.machine !== undefined) options.machine = values.machine;
  if (values.ram !== undefined) options.ramSize = values.ram;
  if (values.flash !== undefined) options.flashSize = values.flash;
  if (values.translate !== undefined) {
    const t = values.translate;
    if (t !== 'on' && t !== 'off' && t !== 'check') throw new RvZooError(`rv-zoo ${command}: --translate takes on, off or check, got '${t}'`);
    options.translate = t;
  }
  if (values.stdin !== undefined) {
    options.stdin = values.stdin === '-' ? await readStdin() : await readInputFile(command, '--stdin', values.stdin);
  }
  const budget = values['max-instructions'] !== undefined
    ? parseCount(command, '--max-instructions', values['max-instructions']) : undefined;
  if (budget === 0) throw new RvZooError(`rv-zoo ${command}: --max-instructions must be at least 1`);
  const inputs: [string, string][] = [];
  for (const spec of values.input ?? []) {
    const eq = spec.indexOf('=');
    if (eq <= 0 || eq === spec.length - 1) throw new RvZooError(`rv-zoo ${command}: --input needs SYMBOL=FILE, got '${spec}'`);
    inputs.push([spec.slice(0, eq), spec.slice(eq + 1)]);
  }
  const machine = await Machine.fromElf(elfPath, options);
  for (const [sym, file] of inputs) {
    machine.symbol(sym); // unknown symbol: clear error before reading the file
    machine.writeSymbol(sym, await readInputFile(command, '--input', file));
  }
  return { machine, budget };
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

export function exitStatus(r: RunResult): number {
  if (r.stop.reason === 'exit' && r.exitCode !== null) return r.exitCode & 0xff;
  return EXIT_INCOMPLETE;
}

export function stopLine(r: RunResult): string {
  const s = r.stop;
  if (s.reason === 'exit') return `exit code ${r.exitCode}`;
  let text = `${s.reason}: ${s.message}`;
  if (s.cause !== null && !s.message.includes('mcause')) text += ` (${describeCause(s.cause)}, mcause ${s.cause})`;
  return text;
}

function summary(r: RunResult, wallMs: number): string {
  const out: string[] = [];
  const line = stopLine(r);
  out.push(`stop:         ${line}${line.includes(hex(r.stop.pc)) ? '' : ` at pc ${hex(r.stop.pc)}`}`);
  const mips = wallMs > 0 ? (r.instructions / wallMs / 1000).toFixed(1) : '-';
  out.push(`instructions: ${r.instructions.toLocaleString('en-US')} (${(wallMs / 1000).toFixed(3)} s, ${mips} MIPS)`);
  out.push(`cycles:       ${r.cycles.toLocaleString('en-US')}`);
  if (r.stages.length > 0) {
    out.push('stages:');
    const total = r.instructions || 1;
    for (const st of r.stages) {
      const tag = st.index === 0 ? '     ' : `[${st.index}/${st.total}]`;
      out.push(`  ${tag} ${st.label.padEnd(28)} ${st.instructions.toLocaleString('en-US').padStart(15)}  ${(100 * st.instructions / total).toFixed(1).padStart(5)}%`);
    }
  }
  for (const [name, t] of Object.entries(r.results)) {
    const top = t.topK(5).map((e) => `${e.index}:${Number(e.value.toPrecision(6))}`).join(' ');
    out.push(`result ${name} ${t.dtype}[${t.shape.join('x')}]: argmax ${t.argmax()}; top-5 ${top}`);
  }
  for (const e of r.protocolErrors) out.push(`warning: ${e}`);
  return out.join('\n') + '\n';
}

export function resultJson(r: RunResult, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    exitCode: r.exitCode,
    stop: { reason: r.stop.reason, pc: r.stop.pc, cause: r.stop.cause, tval: r.stop.tval, message: r.stop.message },
    instructions: r.instructions,
    cycles: r.cycles,
    console: r.console,
    stages: r.stages.map((s) => ({ index: s.index, total: s.total, label: s.label, instructions: s.instructions, cycles: s.cycles })),
    results: Object.fromEntries(Object.entries(r.results).map(([k, v]) => [k, v.toJSON()])),
    protocolErrors: r.protocolErrors,
    ...extra,
  }, null, 2) + '\n';
}

export async function runCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('run', args, RUN_OPTIONS, ['ELF']);
  if (values.help) {
    process.stdout.write(RUN_USAGE);
    return 0;
  }
  const trace = values.trace !== undefined ? parseCount('run', '--trace', values.trace) : 0;
  const { machine, budget } = await machineFromArgs('run', positionals[0]!, values);
  const json = values.json === true;
  const quiet = values.quiet === true;
  const footprint = attachFootprint(machine);
  if (!json) machine.on('console', (bytes) => process.stdout.write(bytes));
  const t0 = performance.now();
  const progress = !json && !quiet && process.stderr.isTTY === true;
  let shown = false;
  let traced = 0;
  const r = await machine.run({
    maxInstructions: budget,
    onStep: trace > 0 ? (pc) => {
      if (traced++ >= trace) return false;
      process.stderr.write(traceLine(machine, pc) + '\n');
      return true;
    } : undefined,
    onProgress: progress ? (n) => {
      const ms = performance.now() - t0;
      process.stderr.write(`\r\x1b[K${n.toLocaleString('en-US')} instructions, ${(n / ms / 1000).toFixed(0)} MIPS`);
      shown = true;
    } : undefined,
  });
  const wall = performance.now() - t0;
  if (shown) process.stderr.write('\r\x1b[K');
  if (json) {
    process.stdout.write(resultJson(r, { footprint: footprintJson(footprint) }));
  } else if (!quiet) {
    if (r.console !== '' && !r.console.endsWith('\n')) process.stdout.write('\n');
    process.stderr.write(summary(r, wall));
    process.stderr.write(footprintLine(footprint) + '\n');
  }
  return exitStatus(r);
}
