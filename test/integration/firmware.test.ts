import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Machine } from '../../dist/src/harness/machine.js';
import { FIRMWARE, firmwareCases, needTool } from '../firmware-lib.js';

const cases = firmwareCases();
const checked = cases.filter((c) => c.expected !== null);

describe('committed firmware under rv-zoo', () => {
  it('has firmware with expectations to check', () => {
    expect(checked.length).toBeGreaterThanOrEqual(20);
    // both linker layouts are exercised
    expect(checked.some((c) => c.name.endsWith('_xip'))).toBe(true);
    expect(checked.some((c) => !c.name.endsWith('_xip'))).toBe(true);
  });

  for (const c of checked) {
    it(`${c.name}: same console output and exit code as on QEMU`, async () => {
      const m = await Machine.fromElf(c.elf, { stdin: c.stdin, isa: c.isa });
      const r = await m.run({ maxInstructions: Math.max(c.maxInstructions, 1e6) * 2 });
      expect(r.stop.reason, r.stop.message).toBe('exit');
      expect(r.console).toBe(c.expected);
      expect(r.exitCode).toBe(c.exitCode);
    });
  }
});

describe('committed firmware under QEMU', () => {
  it('qemu-check.sh passes for every prebuilt ELF with an expectation', () => {
    if (!needTool('qemu-system-riscv32') || !needTool('riscv64-unknown-elf-objcopy')) return;
    const out = execFileSync('bash', [join(FIRMWARE, 'qemu-check.sh')], { encoding: 'utf8', timeout: 600_000 });
    expect(out).not.toMatch(/FAIL/);
    expect(out).toMatch(/PASS|ok/i);
  }, 600_000);
});
