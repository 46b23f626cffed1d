import { parseArgs, type ParseArgsConfig } from 'node:util';
import { RvZooError } from '../errors.js';

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
 * Parse a subcommand's arguments strictly. Unknown flags, missing values and extra positionals
 * become one-line RvZooErrors (exit 2) naming the offending argument.
 */
export function parseCommandArgs<O extends Options>(
  command: string, args: string[], options: O, positionals: string[],
): ParsedCommand<O> {
  const config = {
    args,
    options: { ...options, help: { type: 'boolean', short: 'h' } } as O & { help: { type: 'boolean'; short: 'h' } },
    allowPositionals: true as const,
    strict: true as const,
  };
  let parsed: { values: unknown; positionals: string[] };
  try {
    parsed = parseArgs(config);
  } catch (err) {
    const e = err as Error & { code?: string };
    const m = /'([^']+)'/.exec(e.message);
    switch (e.code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
        throw new RvZooError(`rv-zoo ${command}: unknown option '${m ? m[1] : args.join(' ')}' (see rv-zoo ${command} --help)`);
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        throw new RvZooError(`rv-zoo ${command}: ${e.message.split('\n')[0]}`);
      default:
        throw new RvZooError(`rv-zoo ${command}: ${e.message.split('\n')[0]}`);
    }
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

/** A non-negative integer flag value ("1e6", "1000000", "0x100" accepted). */
export function parseCount(command: string, flag: string, text: string): number {
  const v = Number(text);
  if (!Number.isFinite(v) || v < 0 || !Number.isInteger(v)) {
    throw new RvZooError(`rv-zoo ${command}: ${flag} needs a non-negative whole number, got '${text}'`);
  }
  return v;
}

export function hex(n: number): string {
  return '0x' + (n >>> 0).toString(16).padStart(8, '0');
}
