/**
 * Disassembler output. The literal expectations are GNU objdump 2.40 `-d -M no-aliases` output for
 * the same words (branch targets rewritten as 0x-addresses, no symbols); compressed words print as
 * their 32-bit expansion. When the GNU toolchain is installed, random encodings of every 32-bit
 * table entry are also compared against objdump (required if RVZOO_REQUIRE_TOOLS is set).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { disassemble } from '../../src/cpu/disasm.js';
import { RV32_INSNS } from '../../src/cpu/isa.js';
import { encode } from '../../src/cpu/encode.js';

const PC = 0x80000000;

describe('disassemble: known encodings', () => {
  const cases: Array<[number, number, string]> = [
    [0x00150513, 0, 'addi a0,a0,1'],
    [0x00c12783, 0, 'lw a5,12(sp)'],
    [0xfef42e23, 0, 'sw a5,-4(s0)'],
    [0x00b50063, 0xc, 'beq a0,a1,0x8000000c'],
    [0xffdff0ef, 0x10, 'jal ra,0x8000000c'],
    [0x000500e7, 0, 'jalr ra,0(a0)'],
    [0x00428067, 0, 'jalr zero,4(t0)'],
    [0x80000537, 0, 'lui a0,0x80000'],
    [0x00001297, 0, 'auipc t0,0x1'],
    [0x00351513, 0, 'slli a0,a0,0x3'],
    [0x41f65593, 0, 'srai a1,a2,0x1f'],
    [0x30551073, 0, 'csrrw zero,mtvec,a0'],
    [0x30002573, 0, 'csrrs a0,mstatus,zero'],
    [0x7c02d073, 0, 'csrrwi zero,0x7c0,5'],
    [0x30447573, 0, 'csrrci a0,mie,8'],
    [0x0ff0000f, 0, 'fence iorw,iorw'],
    [0x0210000f, 0, 'fence r,w'],
    [0x0000100f, 0, 'fence.i'],
    [0x8330000f, 0, 'fence.tso'],
    [0x00000073, 0, 'ecall'],
    [0x00100073, 0, 'ebreak'],
    [0x30200073, 0, 'mret'],
    [0x10500073, 0, 'wfi'],
    [0x06b6252f, 0, 'amoadd.w.aqrl a0,a1,(a2)'],
    [0x08b6252f, 0, 'amoswap.w a0,a1,(a2)'],
    [0x1005a52f, 0, 'lr.w a0,(a1)'],
    [0x1ac5a52f, 0, 'sc.w.rl a0,a2,(a1)'],
    [0x02c5a533, 0, 'mulhsu a0,a1,a2'],
    [0xc0002573, 0, 'csrrs a0,cycle,zero'],
    [0xc8102573, 0, 'csrrs a0,timeh,zero'],
    // F, D (rounding mode printed unless dyn), Zba/Zbb/Zbs, Zicond (not in binutils 2.40)
    [0xfe853c27, 0, 'fsd fs0,-8(a0)'],
    [0x68c5c543, 0, 'fmadd.s fa0,fa1,fa2,fa3,rmm'],
    [0x1a20f04b, 0, 'fnmsub.d ft0,ft1,ft2,ft3'],
    [0xc0051553, 0, 'fcvt.w.s a0,fa0,rtz'],
    [0xd0157553, 0, 'fcvt.s.wu fa0,a0'],
    [0xe00f8553, 0, 'fmv.x.w a0,ft11'],
    [0xe20d95d3, 0, 'fclass.d a1,fs11'],
    [0xa2b52553, 0, 'feq.d a0,fa0,fa1'],
    [0x20b5a553, 0, 'fsgnjx.s fa0,fa1,fa1'],
    [0x4015b553, 0, 'fcvt.s.d fa0,fa1,rup'],
    [0x42058553, 0, 'fcvt.d.s fa0,fa1'],
    [0x42059553, 0, 'fcvt.d.s fa0,fa1,rtz'], // objdump 2.40 knows only rm = 0 (.4byte)
    [0x5a05f553, 0, 'fsqrt.d fa0,fa1'],
    [0x20c5c533, 0, 'sh2add a0,a1,a2'],
    [0x60031293, 0, 'clz t0,t1'],
    [0x29f51513, 0, 'bseti a0,a0,0x1f'],
    [0x6984d413, 0, 'rev8 s0,s1'],
    [0x0ec5d533, 0, 'czero.eqz a0,a1,a2'],
    [0x0ec5f533, 0, 'czero.nez a0,a1,a2'],
    [0x6532, 0, 'flw fa0,12(sp)'],
    [0x2462, 0, 'fld fs0,24(sp)'],
    [0xe15c, 0, 'fsw fa5,4(a0)'],
    [0x0010d153, 0, '.word 0x0010d153'], // fadd.s with the reserved rm 5
    // compressed, shown as the expansion
    [0x0808, 0, 'addi a0,sp,16'],
    [0x4532, 0, 'lw a0,12(sp)'],
    [0x8082, 0, 'jalr zero,0(ra)'],
    [0xb779, 0x7e, 'jal zero,0x8000000c'],
    [0x0001, 0, 'addi zero,zero,0'],
    [0x5575, 0, 'addi a0,zero,-3'],
    [0x657d, 0, 'lui a0,0x1f'],
    [0xc606, 0, 'sw ra,12(sp)'],
    // reserved
    [0x0000, 0, '.short 0x0000'],
    [0xffffffff, 0, '.word 0xffffffff'],
  ];
  for (const [w, off, text] of cases) {
    it(text, () => { expect(disassemble(w, PC + off)).toBe(text); });
  }
  it('every table entry disassembles to its mnemonic', () => {
    for (const s of RV32_INSNS) expect(disassemble(s.match, PC).split(' ')[0]!.startsWith(s.name === 'fence' ? 'fence' : s.name)).toBe(true);
  });
});

function haveTools(): boolean {
  try {
    execFileSync('riscv64-unknown-elf-objdump', ['--version'], { stdio: 'ignore' });
    execFileSync('riscv64-unknown-elf-as', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const tools = haveTools();
const required = process.env.RVZOO_REQUIRE_TOOLS !== undefined && process.env.RVZOO_REQUIRE_TOOLS !== '';

describe('disassemble vs GNU objdump', () => {
  it('toolchain present when required', () => {
    if (required) expect(tools, 'riscv64-unknown-elf-as/objdump not found').toBe(true);
  });
  it.skipIf(!tools)('random encodings of every 32-bit entry match objdump -M no-aliases', () => {
    const csrs = [0x300, 0x301, 0x304, 0x305, 0x306, 0x340, 0x341, 0x342, 0x343, 0x344, 0xb00, 0xb02, 0xb80, 0xb82,
      0xc00, 0xc01, 0xc02, 0xc80, 0xf14, 0xf11, 0x3a0, 0x3b3, 0x7c0];
    const rnd = (n: number): number => Math.floor(Math.random() * n);
    const words: number[] = [];
    // binutils 2.40 has no Zicond
    for (const s of RV32_INSNS.filter((e) => e.ext !== 'Zicond')) {
      for (let i = 0; i < 8; i++) {
        const o = { rd: rnd(32), rs1: rnd(32), rs2: rnd(32), imm: 0 };
        switch (s.format) {
          case 'I': case 'L': case 'JALR': case 'S': o.imm = rnd(4096) - 2048; break;
          case 'SH': o.imm = rnd(32); break;
          case 'B': o.imm = (rnd(4096) - 2048) * 2; break;
          case 'U': o.imm = rnd(1 << 20) << 12; break;
          case 'J': o.imm = (rnd(1 << 20) - (1 << 19)) * 2; break;
          case 'CSR': case 'CSRI': o.imm = csrs[rnd(csrs.length)]!; break;
          case 'AMO': case 'LR': o.imm = rnd(4); break;
          case 'FENCE': o.imm = ((1 + rnd(15)) << 4) | (1 + rnd(15)); break;
          case 'FL': case 'FS': o.imm = rnd(4096) - 2048; break;
          case 'FR4': o.imm = [0, 1, 2, 3, 4, 7][rnd(6)]! | (rnd(32) << 3); break;
          case 'FR': case 'FR1': case 'FX': case 'XF':
            // objdump 2.40 prints fcvt.d.s/fcvt.d.w/fcvt.d.wu only with rm = 0
            o.imm = s.rm !== true ? 0 : ['fcvt.d.s', 'fcvt.d.w', 'fcvt.d.wu'].includes(s.name) ? 0 : [0, 1, 2, 3, 4, 7][rnd(6)]!;
            break;
          default: break;
        }
        words.push(encode(s.name, o));
      }
    }
    const dir = mkdtempSync(join(tmpdir(), 'rvzoo-disasm-'));
    try {
      writeFileSync(join(dir, 'a.s'), '.option norvc\n' + words.map((w) => `.insn 0x${w.toString(16)}`).join('\n') + '\n');
      execFileSync('riscv64-unknown-elf-as', ['-march=rv32imafdc_zicsr_zifencei_zba_zbb_zbs', '-mabi=ilp32', '-o', join(dir, 'a.o'), join(dir, 'a.s')]);
      const out = execFileSync('riscv64-unknown-elf-objdump', ['-d', '-M', 'no-aliases', join(dir, 'a.o')], { encoding: 'utf8' });
      const lines = out.split('\n').map((l) => /^\s*([0-9a-f]+):\s+([0-9a-f]{8})\s+(.*)$/.exec(l)).filter((m) => m !== null);
      expect(lines.length).toBe(words.length);
      for (const m of lines) {
        const addr = parseInt(m[1]!, 16), word = parseInt(m[2]!, 16);
        let want = m[3]!.replace(/\t/, ' ').replace(/\s+#.*$/, '').trim();
        // objdump prints branch/jump targets as bare hex plus a symbol; we print 0x-addresses
        want = want.replace(/([, ])([0-9a-f]+) <[^>]*>$/, (_s, sep: string, hex: string) => `${sep}0x${hex}`);
        const got = disassemble(word, addr);
        if (/^(beq|bne|blt|bge|bltu|bgeu|jal) /.test(want) && !/ <|0x/.test(want)) {
          // no symbol printed: convert the bare target
          want = want.replace(/,([0-9a-f]+)$/, (_s, hex: string) => `,0x${hex}`);
        }
        expect(got, `word 0x${word.toString(16)}`).toBe(want);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
