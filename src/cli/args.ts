import { parseArgs, type ParseArgsConfig } from 'node:util';
import { RvZooError } from '../errors.js';
import { parseSize, resolveProfile, type MachineProfile } from '../soc/profiles.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The values parseArgs gives for an options table (booleans, strings, repeated strings). */
export type ParsedValues<O extends Options> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : O[K]['multiple'] extends true ? string[] : string;
} & { help?: boolean };

export interface ParsedCommand<O extends Options> {
  values: ParsedValues<O>;
  positionals: string[];
}

/**
 * `--flag VALUE` where VALUE starts with a dash (a negative number) is joined into
 * `--flag=VALUE`, so that it reaches the flag's own check ("needs a whole number ... got '-1'")
 * instead of parseArgs' "argument is ambiguous". A value-taking flag followed by another
 * option, or by nothing, needs a value.
 */
function joinDashValues(command: string, args: string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      out.push(...args.slice(i));
      break;
    }
    const spec = a.startsWith('--') && !a.includes('=') ? options[a.slice(2)] : undefined;
    if (spec?.type === 'string') {
      const next = args[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-' && !/^-[\d.]/.test(next))) {
        throw new RvZooError(`rv-zoo ${command}: ${a} needs a value (see rv-zoo ${command} --help)`);
      }
      if (next.startsWith('-') && next !== '-') {
        out.push(`${a}=${next}`);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * Parse a subcommand's arguments strictly. Unknown flags, missing values and extra positionals
 * become one-line RvZooErrors (exit 2) naming the command and the offending argument.
 */
export function parseCommandArgs<O extends Options>(
  command: string, args: string[], options: O, positionals: string[],
): ParsedCommand<O> {
  const all = { ...options, help: { type: 'boolean', short: 'h' } } as O & { help: { type: 'boolean'; short: 'h' } };
  const config = {
    args: joinDashValues(command, args, all),
    options: all,
    allowPositionals: true as const,
    strict: true as const,
  };
  let parsed: { values: unknown; positionals: string[] };
  try {
    parsed = parseArgs(config);
  } catch (err) {
    const e = err as Error & { code?: string };
    const m = /'([^']+)'/.exec(e.message);
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new RvZooError(`rv-zoo ${command}: unknown option '${m ? m[1] : args.join(' ')}' (see rv-zoo ${command} --help)`);
    }
    throw new RvZooError(`rv-zoo ${command}: ${e.message.split('\n')[0]}`);
  }
  const values = parsed.values as ParsedValues<O>;
  if (!values.help) {
    if (parsed.positionals.length < positionals.length) {
      throw new RvZooError(`rv-zoo ${command}: missing ${positionals[parsed.positionals.length]} (see rv-zoo ${command} --help)`);
    }
    if (parsed.positionals.length > positionals.length) {
      throw new RvZooError(`rv-zoo ${command}: unexpected argument '${parsed.positionals[positionals.length]}'`);
    }
  }
  return { values, positionals: parsed.positionals };
}

/**
 * A whole-number flag value from `min` up to 2^53 - 1 ("1e6", "1000000", "0x100" accepted).
 * Larger values (1e99) are refused rather than silently rounded.
 */
export function parseCount(command: string, flag: string, text: string, min = 0): number {
  const v = text.trim() === '' ? NaN : Number(text);
  if (!Number.isSafeInteger(v) || v < min) {
    throw new RvZooError(`rv-zoo ${command}: ${flag} needs a whole number from ${min} to ${Number.MAX_SAFE_INTEGER}, got '${text}'`);
  }
  return v;
}

/** A size flag value: 512K, 64M, 0x100000 or 4096. */
export function parseSizeFlag(command: string, flag: string, text: string): number {
  try {
    return parseSize(text);
  } catch {
    throw new RvZooError(`rv-zoo ${command}: ${flag} needs a size like 512K, 64M, 0x100000 or 4096, got '${text}'`);
  }
}

/** The machine `--machine NAME|FILE` names (virt when absent); errors name the command and flag. */
export function machineFlag(command: string, value: string | undefined): MachineProfile {
  try {
    return resolveProfile(value);
  } catch (err) {
    if (err instanceof RvZooError) throw new RvZooError(`rv-zoo ${command}: --machine: ${err.message}`);
    throw err;
  }
}

export function hex(n: number): string {
  return '0x' + (n >>> 0).toString(16).padStart(8, '0');
}
