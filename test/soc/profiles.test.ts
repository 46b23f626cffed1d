import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RvZooError } from '../../src/errors.js';
import { builtinProfile, loadMachineFile, parseMachineJson, parseSize, resolveProfile } from '../../src/soc/profiles.js';

describe('parseSize', () => {
  it('accepts integers, hex, decimal strings and K/M/G suffixes', () => {
    expect(parseSize(4096)).toBe(4096);
    expect(parseSize('4096')).toBe(4096);
    expect(parseSize('0x1000')).toBe(4096);
    expect(parseSize('0X80000000')).toBe(0x80000000);
    expect(parseSize('512K')).toBe(512 * 1024);
    expect(parseSize('2M')).toBe(2 * 1024 * 1024);
    expect(parseSize('128m')).toBe(128 * 1024 * 1024);
    expect(parseSize('1GiB')).toBe(1024 ** 3);
    expect(parseSize('64KB')).toBe(65536);
  });
  it('rejects junk with a message naming the field', () => {
    for (const bad of ['', '12Q', '-1', '1.5M', '0x', 'abc', -5, 1.5, Number.NaN]) {
      expect(() => parseSize(bad as string | number, '--ram')).toThrow(RvZooError);
    }
    expect(() => parseSize('12Q', '--ram')).toThrow(/^--ram: expected a size/);
  });
});

describe('built-in profiles', () => {
  it('virt is the QEMU virt map', () => {
    const p = builtinProfile('virt');
    expect(p.regions).toEqual([
      { name: 'flash', kind: 'flash', base: 0x20000000, size: 32 << 20 },
      { name: 'ram', kind: 'ram', base: 0x80000000, size: 128 << 20 },
    ]);
    expect(p.devices.map((d) => [d.type, d.base])).toEqual([
      ['test-finisher', 0x100000], ['clint', 0x2000000], ['plic', 0xc000000], ['uart16550', 0x10000000],
    ]);
  });
  it('mcu is the same map with 2 MiB flash and 512 KiB RAM', () => {
    const p = builtinProfile('mcu');
    expect(p.regions.map((r) => [r.base, r.size])).toEqual([[0x20000000, 2 << 20], [0x80000000, 512 << 10]]);
    expect(p.devices).toEqual(builtinProfile('virt').devices);
  });
  it('unknown names are an RvZooError', () => {
    expect(() => resolveProfile('sifive_u')).toThrow(/unknown machine 'sifive_u'/);
  });
});

describe('JSON machines', () => {
  const good = {
    name: 'tiny',
    regions: [{ name: 'rom', kind: 'flash', base: '0x20000000', size: '256K' }, { name: 'sram', kind: 'ram', base: 0x80000000, size: '64K' }],
    devices: [{ type: 'uart16550', base: '0x10000000' }, { type: 'test-finisher', base: '0x100000' }, { type: 'clint', base: '0x2000000' }, { type: 'plic', base: '0xc000000', numSources: 32 }],
  };
  it('parses a good file', () => {
    const p = parseMachineJson(JSON.stringify(good), 'tiny.json');
    expect(p.name).toBe('tiny');
    expect(p.regions[1]).toEqual({ name: 'sram', kind: 'ram', base: 0x80000000, size: 65536 });
    expect(p.devices[3]).toEqual({ type: 'plic', base: 0xc000000, numSources: 32 });
  });
  const cases: [string, unknown, RegExp][] = [
    ['bad json', '{', /^m\.json: not valid JSON/],
    ['top level', [], /^m\.json: \(top level\)/],
    ['regions missing', { name: 'x' }, /^m\.json: regions: expected an array/],
    ['kind', { regions: [{ kind: 'rom', base: 0, size: 4096 }] }, /^m\.json: regions\[0\]\.kind: expected "ram" or "flash", got "rom"/],
    ['size junk', { regions: [{ kind: 'ram', base: 0, size: 'big' }] }, /^m\.json: regions\[0\]\.size: expected a size/],
    ['size missing', { regions: [{ kind: 'ram', base: 0 }] }, /^m\.json: regions\[0\]\.size: missing/],
    ['unaligned', { regions: [{ kind: 'ram', base: '0x80000100', size: '4K' }] }, /^m\.json: regions\[0\]\.base: must be 4 KiB aligned/],
    ['size not page', { regions: [{ kind: 'ram', base: 0, size: 100 }] }, /^m\.json: regions\[0\]\.size: must be a non-zero multiple of 4 KiB/],
    ['past 4G', { regions: [{ kind: 'ram', base: '0xfffff000', size: '8K' }] }, /^m\.json: regions\[0\]: .* goes past the 32-bit address space/],
    ['overlap', { regions: [{ kind: 'ram', base: '0x80000000', size: '8K' }, { kind: 'flash', base: '0x80001000', size: '4K' }] }, /^m\.json: regions\[0\] \(ram\) \[0x80000000, 0x80002000\) overlaps regions\[1\] \(flash\)/],
    ['device type', { regions: [], devices: [{ type: 'gpio', base: 0 }] }, /^m\.json: devices\[0\]\.type: expected "uart16550"/],
    ['device base', { regions: [], devices: [{ type: 'clint' }] }, /^m\.json: devices\[0\]\.base: missing/],
    ['device overlap', { regions: [{ kind: 'ram', base: '0x2000000', size: '4K' }], devices: [{ type: 'clint', base: '0x2000000' }] }, /^m\.json: .*overlaps/],
    ['two clints', { regions: [], devices: [{ type: 'clint', base: '0x2000000' }, { type: 'clint', base: '0x3000000' }] }, /^m\.json: devices: more than one clint/],
    ['irq', { regions: [], devices: [{ type: 'uart16550', base: '0x10000000', irq: 0 }] }, /^m\.json: devices\[0\]\.irq/],
  ];
  for (const [what, doc, re] of cases) {
    it(`reports ${what} in one line naming file and field`, () => {
      const text = typeof doc === 'string' ? doc : JSON.stringify(doc);
      let err: unknown;
      try { parseMachineJson(text, 'm.json'); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(RvZooError);
      expect((err as Error).message).toMatch(re);
      expect((err as Error).message).not.toContain('\n');
    });
  }
  it('loads from a file path and names an unreadable file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rvzoo-machine-'));
    const path = join(dir, 'board.json');
    writeFileSync(path, JSON.stringify(good));
    expect(resolveProfile(path).name).toBe('tiny');
    expect(() => loadMachineFile(join(dir, 'missing.json'))).toThrow(/missing\.json: cannot read machine file \(ENOENT\)/);
  });
});
