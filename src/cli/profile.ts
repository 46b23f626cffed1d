import { writeFileSync } from 'node:fs';
import { count } from './layout.js';
import { RvZooError } from '../errors.js';
import { foldedText, profileRun, type FunctionProfile } from '../harness/profile.js';
import { parseCommandArgs, parseCount } from './args.js';
import { MACHINE_OPTIONS, exitStatus, machineFromArgs, stopLine } from './run.js';
import { output } from './output.js';

export const PROFILE_USAGE = `usage: rv-zoo profile ELF [options]

Run ELF instruction by instruction and print the functions that executed the most
instructions (self time), with call counts, overall and per stage.

options:
  --top N                 functions to list (default 15)
  --folded FILE           also write folded stacks (flamegraph.pl / speedscope) to FILE
  --max-instructions N    instruction budget (default 1e9)
  --input SYMBOL=FILE     write FILE's bytes into the global SYMBOL after loading (repeatable)
  --stdin FILE            bytes the UART / semihosting console receives as input (- for stdin)
  --machine NAME|FILE     machine profile: virt (default), mcu, or a JSON machine description
  --ram SIZE, --flash SIZE
  --isa ISA               the hart's ISA (default rv32imac), e.g. rv32imafc, rv32gc
  --json                  print the profile as JSON on stdout

The firmware's console goes to stderr; the profile to stdout.
`;

const OPTIONS = {
  ...MACHINE_OPTIONS,
  top: { type: 'string' },
  folded: { type: 'string' },
  json: { type: 'boolean' },
} as const;

function table(fns: FunctionProfile[], total: number, top: number, indent: string): string[] {
  const rows = fns.slice(0, top);
  const width = Math.max(8, ...rows.map((f) => f.name.length));
  return rows.map((f) =>
    `${indent}${f.name.padEnd(width)} ${count(f.instructions).padStart(14)} ${(100 * f.instructions / (total || 1)).toFixed(2).padStart(6)}%  ${count(f.calls).padStart(10)} calls`);
}

export async function profileCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('profile', args, OPTIONS, ['ELF']);
  if (values.help) {
    output.out(PROFILE_USAGE);
    return 0;
  }
  const top = values.top !== undefined ? parseCount('profile', '--top', values.top) : 15;
  const { machine, budget } = await machineFromArgs('profile', positionals[0]!, values);
  machine.on('console', (bytes) => output.err(bytes));
  output.onClose(() => machine.requestStop());
  const { result, profile } = await profileRun(machine, { maxInstructions: budget });
  if (values.folded !== undefined) {
    try {
      writeFileSync(values.folded, foldedText(profile.folded));
    } catch (err) {
      throw new RvZooError(`rv-zoo profile: cannot write ${values.folded}: ${(err as Error).message}`);
    }
  }
  if (values.json) {
    output.out(JSON.stringify({
      stop: result.stop, exitCode: result.exitCode, total: profile.total,
      functions: profile.functions, stages: profile.stages,
    }, null, 2) + '\n');
    return exitStatus(result);
  }
  const out: string[] = [];
  out.push(`${positionals[0]}: ${count(profile.total)} instructions; ${stopLine(result)}`);
  out.push('', 'top functions (self instructions):');
  out.push(...table(profile.functions, profile.total, top, '  '));
  for (const st of profile.stages) {
    const tag = st.index === 0 ? st.label : `[${st.index}] ${st.label}`;
    out.push('', `stage ${tag}: ${count(st.instructions)} instructions`);
    out.push(...table(st.functions, st.instructions, Math.min(top, 5), '  '));
  }
  output.out(out.join('\n') + '\n');
  return exitStatus(result);
}
