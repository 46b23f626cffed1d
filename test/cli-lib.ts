/** Running the real `rv-zoo` binary (bin/rv-zoo.js on the compiled dist/) from tests. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './firmware-lib.js';

export const BIN = join(ROOT, 'bin', 'rv-zoo.js');

export interface CliResult { status: number | null; stdout: string; stderr: string }

export function rvzoo(...args: string[]): CliResult {
  return rvzooWithInput(undefined, ...args);
}

export function rvzooWithInput(input: string | undefined, ...args: string[]): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT, timeout: 120_000, input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The binary with extra environment variables. */
export function rvzooEnv(env: Record<string, string>, ...args: string[]): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT, timeout: 120_000, env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Exactly one line on stderr, naming `what`, and exit status 2. */
export function expectUsageError(r: CliResult, what: RegExp): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr.trimEnd()).toMatch(what);
  expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
}
