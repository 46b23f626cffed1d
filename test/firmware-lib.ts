/**
 * The committed firmware and its expectations, from firmware/prebuilt/manifest.json (written
 * by `make -C firmware`): each ELF with its expected console output (as QEMU printed it), exit
 * code and UART input.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { have as haveTool } from '../bench/tools.js';

export const ROOT = resolve(import.meta.dirname, '..');
export const FIRMWARE = join(ROOT, 'firmware');
export const PREBUILT = join(FIRMWARE, 'prebuilt');

export interface FirmwareCase {
  name: string;
  elf: string;
  expected: string | null;
  exitCode: number;
  stdin: Uint8Array | undefined;
  maxInstructions: number;
  /** The ISA it was built for (manifest "arch", an ISA string for Machine/Board options). */
  isa: string;
}

interface ManifestEntry {
  name: string; elf: string; kind: string; expected: string | null; exitCode: number; stdin: string | null; maxInstructions: number; arch: string;
  source: string | null; compiler?: string; opt?: string;
}

function manifestPrograms(): ManifestEntry[] {
  return (JSON.parse(readFileSync(join(PREBUILT, 'manifest.json'), 'utf8')) as { programs: ManifestEntry[] }).programs;
}

/**
 * Every committed firmware except the benchmark suite (kind "suite": 21 programs of 100-200 M
 * instructions each, too long for the tests that run every firmware several ways; suiteCases()).
 */
export function firmwareCases(): FirmwareCase[] {
  return toCases(manifestPrograms().filter((p) => p.kind !== 'suite'));
}

export interface SuiteCase extends FirmwareCase { source: string; compiler: string; opt: string }

/** The firmware/suite benchmark programs (third-party-shaped code, one ELF per compiler and flags). */
export function suiteCases(): SuiteCase[] {
  const suite = manifestPrograms().filter((p) => p.kind === 'suite');
  return toCases(suite).map((c, i) => ({ ...c, source: suite[i].source ?? '', compiler: suite[i].compiler ?? '', opt: suite[i].opt ?? '' }));
}

function toCases(programs: ManifestEntry[]): FirmwareCase[] {
  return programs.map((p) => ({
    name: p.name,
    elf: join(FIRMWARE, p.elf),
    expected: p.expected ? readFileSync(join(FIRMWARE, p.expected), 'latin1') : null,
    exitCode: p.exitCode,
    stdin: p.stdin ? readFileSync(join(FIRMWARE, p.stdin)) : undefined,
    maxInstructions: p.maxInstructions,
    isa: p.arch,
  }));
}

/** Whether an external tool is on PATH. */
export { haveTool };

/**
 * Tests that need an external tool skip without it on a developer machine; CI sets
 * RVZOO_REQUIRE_TOOLS=1 so that a missing tool fails instead.
 */
export function needTool(cmd: string): boolean {
  if (haveTool(cmd)) return true;
  if (process.env.RVZOO_REQUIRE_TOOLS) throw new Error(`${cmd} is required (RVZOO_REQUIRE_TOOLS is set) but not installed`);
  return false;
}
