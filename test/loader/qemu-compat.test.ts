/**
 * The loader loads what QEMU's `-kernel` loader loads (issue 18, item 5): segment bytes outside
 * RAM and flash are dropped, not refused; what QEMU refuses (overlapping segments, a segment
 * running past the end of RAM) rv-zoo refuses too. Checked against qemu-system-riscv32 when it
 * is installed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RvZooError } from '../../src/errors.js';
import { parseElf, PT_LOAD } from '../../src/loader/elf.js';
import { loadElf } from '../../src/loader/load.js';
import { Board } from '../../src/soc/board.js';
import { needTool } from '../firmware-lib.js';
import { GCC, skipWithoutTools } from './build.js';

const PROGRAM = `
  .globl _start
_start:
  li t0, 0x10000000
  la t1, msg
1: lbu t2, 0(t1)
  beqz t2, 2f
  sb t2, 0(t0)
  addi t1, t1, 1
  j 1b
2: li t0, 0x100000
  li t1, (7 << 16) | 0x3333
  sw t1, 0(t0)
3: j 3b
  .data
msg: .asciz "loaded\\n"
  .section .far, "aw"
  .word 0x12345678
`;

const dir = mkdtempSync(join(tmpdir(), 'rvzoo-qemu-compat-'));

/** A plain link, no linker script: `gcc -nostdlib -Ttext=0x80000000 [extra]`. */
function plainLink(name: string, extra: string[] = []): { path: string; bytes: Uint8Array } {
  const src = join(dir, `${name}.S`), out = join(dir, `${name}.elf`);
  writeFileSync(src, PROGRAM);
  execFileSync(GCC, ['-march=rv32imac_zicsr_zifencei', '-mabi=ilp32', '-nostdlib', '-Ttext=0x80000000', ...extra, src, '-o', out], { stdio: 'pipe' });
  return { path: out, bytes: new Uint8Array(readFileSync(out)) };
}

/** Run on a virt board: console text and exit code (or the RvZooError message). */
function runOnBoard(bytes: Uint8Array, file: string): { console: string; exitCode: number | null; warnings: string[] } {
  let text = '';
  const board = new Board({ onConsole: (b) => { text += Buffer.from(b).toString('latin1'); } });
  const warnings = loadElf(parseElf(bytes, file), board);
  const stop = board.run(100_000);
  return { console: text, exitCode: stop.exitCode, warnings };
}

/** The program headers' PT_LOAD entries: offset in the file of each. */
function loadHeaders(bytes: Uint8Array): number[] {
  const dv = new DataView(bytes.buffer, bytes.byteOffset);
  const phoff = dv.getUint32(28, true), phentsize = dv.getUint16(42, true), phnum = dv.getUint16(44, true);
  const out: number[] = [];
  for (let i = 0; i < phnum; i++) if (dv.getUint32(phoff + i * phentsize, true) === PT_LOAD) out.push(phoff + i * phentsize);
  return out;
}

describe.skipIf(skipWithoutTools)('loading as QEMU -kernel does', () => {
  let plain: { path: string; bytes: Uint8Array };
  beforeAll(() => {
    plain = plainLink('plain');
  });

  it('a plain -Ttext=0x80000000 link: the headers below RAM are dropped, the program runs', () => {
    const image = parseElf(plain.bytes, 'plain.elf');
    const first = image.segments.find((s) => s.type === PT_LOAD)!;
    expect(first.paddr >>> 0).toBeLessThan(0x8000_0000); // ELF and program headers, at 0x7ffff000
    const r = runOnBoard(plain.bytes, 'plain.elf');
    expect(r).toEqual({ console: 'loaded\n', exitCode: 7, warnings: [] });
  });

  it('a section outside RAM and flash is not loaded: the program runs and a warning names it', () => {
    const far = plainLink('far', ['-Wl,--section-start=.far=0x90000000']);
    const r = runOnBoard(far.bytes, 'far.elf');
    expect(r.exitCode).toBe(7);
    expect(r.console).toBe('loaded\n');
    expect(r.warnings).toEqual([expect.stringMatching(/^far\.elf: segment \d+ \[0x90000000, 0x90000004\) is partly or wholly outside RAM and flash: \.far not loaded \(QEMU drops it too\)$/)]);
  });

  it('refuses overlapping segments and a segment running past the end of RAM', () => {
    const two = plainLink('two', ['-Tdata=0x80002000']);
    const [, data] = loadHeaders(two.bytes);
    const overlap = two.bytes.slice();
    const dv = new DataView(overlap.buffer);
    dv.setUint32(data! + 8, 0x8000_0010, true);
    dv.setUint32(data! + 12, 0x8000_0010, true);
    expect(() => runOnBoard(overlap, 'overlap.elf')).toThrow(RvZooError);
    expect(() => runOnBoard(overlap, 'overlap.elf')).toThrow(/^overlap\.elf: segments \d and \d overlap at \[0x80000010, 0x8000001c\) \(QEMU refuses overlapping segments too\)$/);
    const past = two.bytes.slice();
    new DataView(past.buffer).setUint32(data! + 20, 0x1000_0000, true); // p_memsz 256 MiB
    expect(() => runOnBoard(past, 'past.elf')).toThrow(/^past\.elf: segment \d \[0x80002000, 0x90002000\) does not fit in RAM \[0x80000000, 0x88000000\)$/);
  });

  it('QEMU runs the same ELFs with the same console and exit status, and refuses overlaps', () => {
    if (!needTool('qemu-system-riscv32')) return;
    const qemu = (path: string) => spawnSync('qemu-system-riscv32',
      ['-M', 'virt', '-display', 'none', '-serial', 'stdio', '-monitor', 'none', '-bios', 'none', '-kernel', path],
      { encoding: 'latin1', timeout: 60_000 });
    const far = plainLink('far2', ['-Wl,--section-start=.far=0x90000000']);
    for (const elf of [plain, far]) {
      const q = qemu(elf.path);
      const r = runOnBoard(elf.bytes, elf.path);
      expect(q.stdout, elf.path).toBe(r.console);
      expect(q.status, elf.path).toBe(r.exitCode);
    }
    const two = plainLink('two2', ['-Tdata=0x80002000']);
    const [, data] = loadHeaders(two.bytes);
    const dv = new DataView(two.bytes.buffer, two.bytes.byteOffset);
    dv.setUint32(data! + 8, 0x8000_0010, true);
    dv.setUint32(data! + 12, 0x8000_0010, true);
    writeFileSync(two.path, two.bytes);
    const q = qemu(two.path);
    expect(q.status).toBe(1);
    expect(q.stderr).toMatch(/overlap/);
  });
});
