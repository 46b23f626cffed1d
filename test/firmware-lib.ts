/**
 * The committed firmware and its expectations, found by the conventions of
 * firmware/qemu-check.sh: program NAME (or NAME_xip / NAME_noc) is built from
 * firmware/{apps,tests,bench}/NAME.c, and beside that source live ELFNAME.expected (console
 * output, as QEMU printed it), ELFNAME.exitcode (only when non-zero) and ELFNAME.stdin.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const FIRMWARE = join(ROOT, 'firmware');
export const PREBUILT = join(FIRMWARE, 'prebuilt');

export interface FirmwareCase {
  name: string;
  elf: string;
  expected: string | null;
  exitCode: number;
  stdin: Uint8Array | undefined;
}

function sourceDir(name: string): string | null {
  const base = name.replace(/_xip$/, '').replace(/_noc$/, '');
  for (const d of ['apps', 'tests', 'bench']) {
    if (existsSync(join(FIRMWARE, d, `${base}.c`))) return join(FIRMWARE, d);
  }
  return null;
}

export function firmwareCases(): FirmwareCase[] {
  const out: FirmwareCase[] = [];
  for (const f of readdirSync(PREBUILT).sort()) {
    if (!f.endsWith('.elf')) continue;
    const name = f.slice(0, -4);
    const dir = sourceDir(name);
    const file = (ext: string): string | null => {
      const p = dir ? join(dir, `${name}.${ext}`) : null;
      return p && existsSync(p) ? p : null;
    };
    const exp = file('expected');
    const code = file('exitcode');
    const stdin = file('stdin');
    out.push({
      name,
      elf: join(PREBUILT, f),
      expected: exp ? readFileSync(exp, 'latin1') : null,
      exitCode: code ? Number(readFileSync(code, 'utf8').trim()) : 0,
      stdin: stdin ? readFileSync(stdin) : undefined,
    });
  }
  return out;
}

/** Whether an external tool is on PATH. */
export function haveTool(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Tests that need an external tool skip without it on a developer machine; CI sets
 * RVZOO_REQUIRE_TOOLS=1 so that a missing tool fails instead.
 */
export function needTool(cmd: string): boolean {
  if (haveTool(cmd)) return true;
  if (process.env.RVZOO_REQUIRE_TOOLS) throw new Error(`${cmd} is required (RVZOO_REQUIRE_TOOLS is set) but not installed`);
  return false;
}
