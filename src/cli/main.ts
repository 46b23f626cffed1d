import { RvZooError } from '../errors.js';
import { runCommand } from './run.js';
import { sizeCommand } from './size.js';
import { profileCommand } from './profile.js';
import { disasmCommand } from './disasm.js';
import { reportCommand } from './report.js';
import { verifyCommand } from './verify.js';
import { EXIT_OUTPUT_CLOSED, output } from './output.js';

export const USAGE = `usage: rv-zoo <command> [options]

commands:
  run ELF       boot the firmware, print its console, report stages, results and counts
  size ELF      flash / RAM footprint of an ELF (XIP-aware)
  profile ELF   instructions per function and per stage
  verify ELF    compare the firmware's outputs with the TFLite reference on many inputs
  disasm ELF    disassemble an ELF
  report ELF... footprint report (Markdown + HTML): sizes, layers, flame graphs

options:
  -h, --help    show this help
  --version     print the version

Run \`rv-zoo <command> --help\` for the options of one command.
`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  run: runCommand,
  size: sizeCommand,
  profile: profileCommand,
  disasm: disasmCommand,
  report: reportCommand,
  verify: verifyCommand,
};

/**
 * Run the CLI with `argv` (without node and script path); resolves to the process exit code.
 * All output goes through `output` (synchronous writes); when stdout or stderr turns out to be
 * closed (EPIPE), the command stops and the status is EXIT_OUTPUT_CLOSED, without a message.
 */
export async function main(argv: string[]): Promise<number> {
  let status: number;
  try {
    status = await dispatch(argv);
  } catch (err) {
    if (!(err instanceof RvZooError)) throw err;
    output.err(err.message + '\n');
    status = err.exitCode;
  }
  output.flush();
  return output.closed ? EXIT_OUTPUT_CLOSED : status;
}

async function dispatch(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    output.out(USAGE);
    return first === undefined ? 2 : 0;
  }
  if (first === '--version') {
    output.out('rv-zoo 0.1.0\n');
    return 0;
  }
  if (first.startsWith('-')) throw new RvZooError(`rv-zoo: unknown option '${first}' (see rv-zoo --help)`);
  const cmd = COMMANDS[first];
  if (!cmd) throw new RvZooError(`rv-zoo: unknown command '${first}' (see rv-zoo --help)`);
  return await cmd(rest);
}
