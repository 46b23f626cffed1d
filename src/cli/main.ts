import { RvZooError } from '../errors.js';
import { runCommand } from './run.js';
import { sizeCommand } from './size.js';
import { profileCommand } from './profile.js';
import { disasmCommand } from './disasm.js';

export const USAGE = `usage: rv-zoo <command> [options]

commands:
  run ELF       boot the firmware, print its console, report stages, results and counts
  size ELF      flash / RAM footprint of an ELF (XIP-aware)
  profile ELF   instructions per function and per stage
  disasm ELF    disassemble an ELF

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
};

/** Run the CLI with `argv` (without node and script path); resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
      process.stdout.write(USAGE);
      return first === undefined ? 2 : 0;
    }
    if (first === '--version') {
      process.stdout.write('rv-zoo 0.1.0\n');
      return 0;
    }
    if (first.startsWith('-')) throw new RvZooError(`rv-zoo: unknown option '${first}' (see rv-zoo --help)`);
    const cmd = COMMANDS[first];
    if (!cmd) throw new RvZooError(`rv-zoo: unknown command '${first}' (see rv-zoo --help)`);
    return await cmd(rest);
  } catch (err) {
    if (err instanceof RvZooError) {
      process.stderr.write(err.message + '\n');
      return err.exitCode;
    }
    throw err;
  }
}
