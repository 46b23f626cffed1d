/**
 * ISA profiles: parsing ISA strings, misa, instructions outside the ISA raising illegal
 * instruction (mtval = the instruction), mstatus.FS and the FP CSRs, and the option reaching
 * the hart from Board, machine files, Machine.fromElf and `rv-zoo run --isa`.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingExtensions, parseIsa } from '../../src/cpu/isa-profile.js';
import { encode } from '../../src/cpu/encode.js';
import { RvZooError } from '../../src/errors.js';
import { parseMachineJson } from '../../src/soc/profiles.js';
import { machine, RAM, TRAP, writeHalves } from './testbus.js';
import { Board } from '../../dist/src/soc/board.js';
import { Machine } from '../../dist/src/harness/machine.js';
import { riscvArch } from '../../dist/src/loader/attributes.js';
import { parseElf } from '../../dist/src/loader/elf.js';
import { PREBUILT } from '../firmware-lib.js';
import { expectUsageError, rvzoo } from '../cli-lib.js';

const MISA_IMAC = 0x40101105, F_BIT = 1 << 5, D_BIT = 1 << 3, C_BIT = 1 << 2, M_BIT = 1 << 12, A_BIT = 1;

describe('parseIsa', () => {
  it('canonical names and misa', () => {
    expect(parseIsa('rv32imac')).toEqual({ name: 'rv32imac', exts: expect.any(Number), misa: MISA_IMAC });
    expect(parseIsa('rv32imafc').misa).toBe(MISA_IMAC | F_BIT);
    expect(parseIsa('rv32gc')).toMatchObject({ name: 'rv32imafdc', misa: MISA_IMAC | F_BIT | D_BIT });
    expect(parseIsa('RV32IMAFDC').name).toBe('rv32imafdc');
    expect(parseIsa('rv32imac_zba_zbb_zbs_zicond')).toMatchObject({ name: 'rv32imac_zba_zbb_zbs_zicond', misa: MISA_IMAC });
    expect(parseIsa('rv32imacb').name).toBe('rv32imac_zba_zbb_zbs');
    expect(parseIsa('rv32i').misa).toBe(0x40100100); // I and U
    expect(parseIsa('rv32ima').misa).toBe(MISA_IMAC & ~C_BIT);
    // as readelf -A prints Tag_RISCV_arch, with versions
    expect(parseIsa('rv32i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0').name).toBe('rv32imafdc');
    expect(parseIsa('rv32gc_zicsr_zifencei').name).toBe('rv32imafdc');
    expect(parseIsa('rv32imafc_zbb').name).toBe('rv32imafc_zbb');
  });
  it('rejects what is not an RV32 ISA rv-zoo implements, naming the setting', () => {
    const bad: Array<[string, RegExp]> = [
      ['rv64gc', /RV32 harts only/], ['rv32e', /RV32E/], ['rv32emc', /RV32E/], ['imac', /starts with rv32/],
      ['rv32imad', /'d' needs 'f'/], ['rv32imacv', /extension 'v' is not implemented/],
      ['rv32imac_zfoo', /extension 'zfoo' is not implemented/], ['rv32imm', /'m' appears twice/],
      ['rv32imac_', /empty extension/], ['rv32', /base must be i or g/], ['rv32gd', /'d' appears twice/],
    ];
    for (const [text, why] of bad) {
      expect(() => parseIsa(text, '--isa'), text).toThrow(RvZooError);
      expect(() => parseIsa(text, '--isa'), text).toThrow(why);
      expect(() => parseIsa(text, '--isa'), text).toThrow(/^--isa: /);
    }
  });
  it('missingExtensions names what an ELF needs beyond the hart (unknown extensions ignored)', () => {
    const imac = parseIsa('rv32imac');
    expect(missingExtensions('rv32i2p1_m2p0_a2p1_f2p2_c2p0_zicsr2p0_zifencei2p0_zmmul1p0', imac)).toEqual(['f']);
    expect(missingExtensions('rv32gc_zba_zbb', imac)).toEqual(['f', 'd', 'zba', 'zbb']);
    expect(missingExtensions('rv32imac', imac)).toEqual([]);
    expect(missingExtensions('not an isa', imac)).toEqual([]);
  });
});

/** Run one instruction (16- or 32-bit) on a hart with `isa`; FS on when the ISA has F. */
function step(isa: string, insn: number, fsOn = true): ReturnType<typeof machine> {
  const m = machine([], { isa });
  if ((insn & 3) === 3) writeHalves(m.bus.ram.bytes, 0, [insn & 0xffff, insn >>> 16]);
  else writeHalves(m.bus.ram.bytes, 0, [insn]);
  if (fsOn && (parseIsa(isa).misa & F_BIT) !== 0) m.hart.writeCsr(0x300, 1 << 13);
  m.hart.x[2] = RAM + 0x1000; // sp: loads through it find memory
  m.hart.run(1);
  return m;
}
function illegal(isa: string, insn: number, fsOn = true): boolean {
  const m = step(isa, insn, fsOn);
  if (m.hart.pc !== TRAP) return false;
  expect(m.hart.lastTrap, `${isa} ${insn.toString(16)}`).toEqual({ cause: 2, epc: RAM, tval: insn >>> 0 });
  return true;
}

describe('instructions outside the ISA raise illegal instruction', () => {
  const A0 = 10, A1 = 11, A2 = 12;
  const samples: Record<string, number> = {
    mul: encode('mul', { rd: A0, rs1: A1, rs2: A2 }),
    'lr.w': encode('lr.w', { rd: A0, rs1: 2 }),
    'fadd.s': encode('fadd.s', { rd: 1, rs1: 2, rs2: 3, rm: 0 }),
    flw: encode('flw', { rd: 1, rs1: 2, imm: 0 }),
    'fadd.d': encode('fadd.d', { rd: 1, rs1: 2, rs2: 3, rm: 0 }),
    fld: encode('fld', { rd: 1, rs1: 2, imm: 0 }),
    sh1add: encode('sh1add', { rd: A0, rs1: A1, rs2: A2 }),
    clz: encode('clz', { rd: A0, rs1: A1 }),
    bset: encode('bset', { rd: A0, rs1: A1, rs2: A2 }),
    'czero.eqz': encode('czero.eqz', { rd: A0, rs1: A1, rs2: A2 }),
    'c.addi': 0x0505, 'c.flwsp': 0x6002, 'c.fldsp': 0x2002,
  };
  const has: Record<string, string[]> = {
    rv32imac: ['mul', 'lr.w', 'c.addi'],
    rv32imafc: ['mul', 'lr.w', 'c.addi', 'fadd.s', 'flw', 'c.flwsp'],
    rv32imafdc: ['mul', 'lr.w', 'c.addi', 'fadd.s', 'flw', 'c.flwsp', 'fadd.d', 'fld', 'c.fldsp'],
    rv32ima: ['mul', 'lr.w'],
    rv32i: [],
    rv32iac: ['lr.w', 'c.addi'],
    rv32imc_zba: ['mul', 'c.addi', 'sh1add'],
    rv32imac_zbb_zbs: ['mul', 'lr.w', 'c.addi', 'clz', 'bset'],
    rv32imac_zicond: ['mul', 'lr.w', 'c.addi', 'czero.eqz'],
    rv32gc_zba_zbb_zbs_zicond: Object.keys(samples),
  };
  for (const [isa, legal] of Object.entries(has)) {
    it(isa, () => {
      for (const [name, insn] of Object.entries(samples)) expect(illegal(isa, insn), `${name} on ${isa}`).toBe(!legal.includes(name));
    });
  }
});

describe('misa, mstatus.FS and the FP CSRs', () => {
  const csrr = (csr: number): number => encode('csrrs', { rd: 10, rs1: 0, imm: csr });
  it('misa is the profile\'s', () => {
    for (const isa of ['rv32imac', 'rv32imafc', 'rv32gc', 'rv32i']) {
      const m = step(isa, csrr(0x301));
      expect(m.hart.x[10]! >>> 0, isa).toBe(parseIsa(isa).misa >>> 0);
    }
  });
  it('without F: FS is read-only zero and fflags/frm/fcsr do not exist', () => {
    const m = machine([], {});
    m.hart.writeCsr(0x300, 3 << 13);
    expect(m.hart.readCsr(0x300) & (3 << 13)).toBe(0);
    for (const c of [1, 2, 3]) {
      expect(illegal('rv32imac', csrr(c)), c.toString()).toBe(true);
      expect(() => m.hart.readCsr(c)).toThrow(/not implemented/);
    }
  });
  it('with F: FS Off makes FP instructions and CSRs illegal; writes make it Dirty and set SD', () => {
    expect(illegal('rv32imafc', csrr(3), false)).toBe(true);
    expect(illegal('rv32imafc', encode('fadd.s', { rd: 1, rs1: 2, rs2: 3, rm: 0 }), false)).toBe(true);
    expect(illegal('rv32imafc', 0x6002, false)).toBe(true); // c.flwsp
    const m = step('rv32imafc', encode('csrrw', { rd: 0, rs1: 10, imm: 3 }));
    expect(m.hart.readCsr(0x300) >>> 13 & 3).toBe(3);
    expect(m.hart.readCsr(0x300) >>> 31).toBe(1);
    const r = step('rv32imafc', csrr(3)); // a read leaves FS alone
    expect(r.hart.readCsr(0x300) >>> 13 & 3).toBe(1);
    expect(r.hart.readCsr(0x300) >>> 31).toBe(0);
  });
  it('fcsr is frm:fflags; frm may hold 5-7, and a dyn instruction then is illegal', () => {
    const m = machine([], { isa: 'rv32imafc' });
    m.hart.writeCsr(0x003, 0xffffffff);
    expect([m.hart.readCsr(0x003), m.hart.readCsr(0x002), m.hart.readCsr(0x001)]).toEqual([0xff, 7, 0x1f]);
    for (const frm of [5, 6, 7]) {
      const s = machine([], { isa: 'rv32imafc' });
      writeHalves(s.bus.ram.bytes, 0, [0x7153, 0x0010]); // fadd.s ft2, ft0, ft1 (dyn)
      s.hart.writeCsr(0x300, 1 << 13);
      s.hart.writeCsr(0x002, frm);
      s.hart.run(1);
      expect(s.hart.lastTrap, `frm ${frm}`).toEqual({ cause: 2, epc: RAM, tval: 0x00107153 });
    }
  });
  it('snapshots carry the f registers and fcsr', () => {
    const m = machine([], { isa: 'rv32imafdc' });
    m.hart.fpu.setDoubleBits(5, 0x12345678, 0x9abcdef0);
    m.hart.writeCsr(0x003, 0x6a);
    const snap = m.hart.snapshot();
    m.hart.fpu.setDoubleBits(5, 0, 0);
    m.hart.writeCsr(0x003, 0);
    m.hart.restore(snap);
    expect([m.hart.fpu.lo(5) >>> 0, m.hart.fpu.hi(5) >>> 0, m.hart.readCsr(0x003)]).toEqual([0x12345678, 0x9abcdef0, 0x6a]);
  });
});

describe('the ISA option reaches the hart', () => {
  it('Board option, machine file "isa" (validated), Board option over the file', () => {
    expect(new Board({}).hart.isa.name).toBe('rv32imac');
    expect(new Board({ isa: 'rv32gc' }).hart.isa.name).toBe('rv32imafdc');
    const json = (isa: unknown): string => JSON.stringify({ name: 'm', isa, regions: [{ kind: 'ram', base: 0x80000000, size: '64K' }], devices: [] });
    const p = parseMachineJson(json('rv32imafc'), 'm.json');
    expect(p.isa).toBe('rv32imafc');
    expect(new Board({ profile: p }).hart.isa.name).toBe('rv32imafc');
    expect(new Board({ profile: p, isa: 'rv32imac' }).hart.isa.name).toBe('rv32imac');
    expect(() => parseMachineJson(json('rv32imaq'), 'm.json')).toThrow(/^m\.json: isa: extension 'q' is not implemented/);
    expect(() => parseMachineJson(json(32), 'm.json')).toThrow(/^m\.json: isa: expected a non-empty string/);
  });
  it('Machine.fromElf: the ELF\'s Tag_RISCV_arch, and a warning when the hart lacks its extensions', async () => {
    const elf = join(PREBUILT, 'fpu_d.elf');
    const bytes = readFileSync(elf);
    expect(riscvArch(bytes, parseElf(bytes, elf))).toMatch(/^rv32i2p1_m2p0_a2p1_f2p2_d2p2_c2p0/);
    const plain = await Machine.fromElf(elf);
    expect(plain.loadWarnings.join('\n')).toMatch(/built for rv32i2p1_m2p0_a2p1_f2p2_d2p2.*implements rv32imac: its F, D instructions will raise illegal instruction/);
    const right = await Machine.fromElf(elf, { isa: 'rv32imafdc' });
    expect(right.loadWarnings).toEqual([]);
    const r = await right.run({ maxInstructions: 1e7 });
    expect(r.exitCode).toBe(0);
    expect(r.console).toContain('misa: I M A F D C');
  });
  it('rv-zoo run --isa', () => {
    const elf = join(PREBUILT, 'fpu_f.elf');
    const ok = rvzoo('run', elf, '--isa', 'rv32imafc', '--quiet');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('fpu: all ok');
    const without = rvzoo('run', elf, '--quiet');
    expect(without.status).toBe(126); // the bsp's unexpected-trap exit: crt0's first FP instruction
    expect(without.stdout).toMatch(/unexpected trap: mcause=0x00000002 \(illegal instruction\)/);
    expectUsageError(rvzoo('run', elf, '--isa', 'rv64gc'), /^rv-zoo run: --isa: rv-zoo emulates RV32 harts only/);
    const dir = mkdtempSync(join(tmpdir(), 'rvzoo-isa-'));
    const file = join(dir, 'mcu-f.json');
    writeFileSync(file, JSON.stringify({ name: 'mcu-f', isa: 'rv32imafc', regions: [{ kind: 'ram', base: '0x80000000', size: '1M' }],
      devices: [{ type: 'uart16550', base: '0x10000000' }, { type: 'test-finisher', base: '0x100000' }] }));
    const viaFile = rvzoo('run', elf, '--machine', file, '--quiet');
    expect(viaFile.status).toBe(0);
    expect(viaFile.stdout).toContain('misa: I M A F C');
  });
});
