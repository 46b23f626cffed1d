/** The DWARF line-table reader: agrees with binutils' addr2line, survives damaged input. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseElf } from '../../dist/src/loader/elf.js';
import { readLineTable } from '../../dist/src/loader/dwarf-line.js';
import { PREBUILT, needTool } from '../firmware-lib.js';

const ELF = join(PREBUILT, 'debuggee.elf');

describe('DWARF line tables', () => {
  it('every code address of the debuggee maps to the file and line GDB gives (info line)', () => {
    const bytes = readFileSync(ELF);
    const elf = parseElf(bytes, ELF);
    const table = readLineTable(bytes, elf)!;
    expect(table).not.toBeNull();
    expect(table.lookup(elf.symbol('main')!.value)?.file).toBe('tests/debuggee.c');
    if (!needTool('gdb-multiarch')) return;
    const text = elf.section('.text')!;
    const addrs: number[] = [];
    for (let a = text.addr; a < text.addr + text.size; a += 2) addrs.push(a);
    const script = join(mkdtempSync(join(tmpdir(), 'rvzoo-lines-')), 'lines.gdb');
    writeFileSync(script, addrs.map((a) => `info line *0x${a.toString(16)}`).join('\n') + '\n');
    const out = execFileSync('gdb-multiarch', ['-nx', '-batch', '-x', script, ELF], { maxBuffer: 1 << 26 }).toString().trim().split('\n');
    expect(out).toHaveLength(addrs.length);
    let withLine = 0;
    for (let i = 0; i < addrs.length; i++) {
      const m = /^Line (\d+) of "([^"]+)"/.exec(out[i]!);
      const mine = table.lookup(addrs[i]!);
      const where = `${addrs[i]!.toString(16)}: gdb says ${out[i]}`;
      if (!m) { expect(mine, where).toBeNull(); continue; }
      expect(mine?.line, where).toBe(Number(m[1]));
      expect(mine?.file.split('/').pop(), where).toBe(m[2]!.split('/').pop());
      withLine++;
    }
    expect(withLine).toBeGreaterThan(1000);
  });

  it('no line table in a stripped ELF; damaged tables never throw', () => {
    const hello = readFileSync(join(PREBUILT, 'hello.elf'));
    expect(readLineTable(hello, parseElf(hello, 'hello.elf'))).toBeNull();
    const bytes = readFileSync(ELF);
    const elf = parseElf(bytes, ELF);
    const sec = elf.section('.debug_line')!;
    let seed = 7;
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let k = 0; k < 200; k++) {
      const b = Uint8Array.from(bytes);
      for (let j = 0; j < 1 + rnd(20); j++) b[sec.offset + rnd(Math.min(sec.size, k < 100 ? 200 : sec.size))] = rnd(256);
      const t = readLineTable(b, elf);
      if (t !== null) t.lookup(elf.symbol('main')!.value);
    }
  });
});
