/**
 * `rv-zoo report` on the committed firmware (no tools needed): the figures it writes are those
 * `rv-zoo size --json` and `rv-zoo run --json` give, saved runs and folded stacks are taken
 * as they are, bad input is one error line; and the STM32Cube.AI reference table it carries is
 * the one in ../shared/models/README.md.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CUBEAI_TABLE, parseReferenceSize, parseReferenceTable, referenceFor } from '../../dist/src/report/reference.js';
import { findMap, modelKey, parseFolded, type ReportData } from '../../dist/src/report/collect.js';
import { PREBUILT, ROOT } from '../firmware-lib.js';
import { expectUsageError, rvzoo } from '../cli-lib.js';

const SHARED_README = join(ROOT, '..', 'shared', 'models', 'README.md');

describe('STM32Cube.AI reference figures', () => {
  it('the built-in table reads as bytes, approximations, times and boards', () => {
    const rows = parseReferenceTable(CUBEAI_TABLE);
    expect(rows.map((r) => r.model)).toEqual(['ST MNIST int8', 'GMP wl 24 int8', 'MiniResNet 1 stack int8', 'MobileNet v1 0.25 96 int8']);
    expect(rows[0]).toMatchObject({ ms: 4.718, board: 'STM32H747', mhz: 400 });
    expect(rows[0]!.flash).toEqual({ text: '~56 KiB (10.08 weights + ~46 code)', bytes: 56 * 1024, approximate: true });
    expect(rows[0]!.ram.bytes).toBe(19 * 1024);
    expect(rows[1]!.ram).toEqual({ text: '7.48 KiB', bytes: Math.round(7.48 * 1024), approximate: false });
    expect(rows[2]!.flash.bytes).toBe(176_700);   // kB: 1000 bytes
    expect(rows[3]!.flash.bytes).toBe(Math.round(295.76 * 1024));
    expect(rows[1]).toMatchObject({ ms: null, board: 'STM32L4' });
    expect(referenceFor(rows, 'st_mnist')!.model).toBe('ST MNIST int8');
    expect(referenceFor(rows, 'iree_st_mnist')!.model).toBe('ST MNIST int8');
    expect(referenceFor(rows, 'mnist_demo')).toBeNull();
    expect(parseReferenceSize('about 3 KiB')).toBeNull();
    expect(() => parseReferenceTable('| a | b |\n| --- | --- |\n')).toThrow(/no table with the columns model, total RAM, total flash/);
    expect(() => parseReferenceTable('| model | total RAM | total flash |\n| --- | --- | --- |\n| x | lots | 3 KiB |\n', 'ref.md'))
      .toThrow(/ref.md: row 'x': cannot read the RAM or flash size/);
  });

  it('is the table of ../shared/models/README.md', () => {
    if (!existsSync(SHARED_README)) {
      if (process.env.RVZOO_REQUIRE_TOOLS) throw new Error(`${SHARED_README} is required (RVZOO_REQUIRE_TOOLS is set)`);
      return;
    }
    expect(parseReferenceTable(readFileSync(SHARED_README, 'utf8'))).toEqual(parseReferenceTable(CUBEAI_TABLE));
  });
});

describe('report helpers', () => {
  it('groups layouts into models and finds linker maps beside the ELF or in --map-dir', () => {
    expect(['mnist_demo.elf', 'mnist_demo_ram.elf', 'iree_mnist_demo_xip.elf', 'a/b/st_mnist.elf'].map(modelKey))
      .toEqual(['mnist_demo', 'mnist_demo', 'iree_mnist_demo', 'st_mnist']);
    const dir = mkdtempSync(join(tmpdir(), 'rvzoo-report-map-'));
    expect(findMap(join(PREBUILT, 'mnist_demo.elf'), [dir])).toBeNull();
    writeFileSync(join(dir, 'mnist_demo.elf.map'), '');
    expect(findMap(join(PREBUILT, 'mnist_demo.elf'), [dir])).toBe(join(dir, 'mnist_demo.elf.map'));
  });

  it('reads folded stacks and names the bad line', () => {
    expect(parseFolded('main;f 10\nmain 5\n\n', 'x')).toEqual({ source: 'x', total: 15, stacks: [['main;f', 10], ['main', 5]] });
    expect(() => parseFolded('main;f 10\nmain five\n', 'p.folded')).toThrow(/p.folded:2: not a folded stack line/);
  });
});

interface SizeJson { berkeley: { text: number; data: number; bss: number }; flash: { total: number }; ram: { total: number } }
interface RunJson { console: string; footprint: { stack: { used: number } | null }; layers: { instructions: number; op: string }[] }

function json<T>(...args: string[]): T {
  const r = rvzoo(...args);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

const cellsOf = (md: string, key: string): string[] => {
  const line = md.split('\n').find((l) => l.startsWith(`| ${key} |`));
  expect(line, `row ${key}`).toBeDefined();
  return line!.split('|').slice(1, -1).map((c) => c.trim());
};
const num = (s: string): number => Number(s.replace(/,/g, ''));

describe('rv-zoo report on the committed demo firmware', () => {
  it('writes Markdown, HTML and JSON whose figures are those of rv-zoo size and run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rvzoo-report-'));
    const folded = join(dir, 'demo.folded');
    writeFileSync(folded, '_start;main;zoo_run_layer;op_conv 90\n_start;main 10\n');
    const elfs = ['mnist_demo.elf', 'mnist_demo_ram.elf', 'iree_mnist_demo.elf', 'iree_mnist_demo_xip.elf'].map((f) => join(PREBUILT, f));
    const r = rvzoo('report', ...elfs, '--out', dir, '--data', join(dir, 'data.json'), '--profile-max', '0', '--quiet',
      '--folded', `${elfs[1]}=${folded}`, '--title', 'demo report');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${join(dir, 'report.md')}\n${join(dir, 'report.html')}\n${join(dir, 'data.json')}\n`);
    const md = readFileSync(join(dir, 'report.md'), 'utf8');
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    const data = JSON.parse(readFileSync(join(dir, 'data.json'), 'utf8')) as ReportData;
    expect(md.startsWith('# demo report\n')).toBe(true);
    expect(data.models.map((m) => [m.name, m.kind, m.builds.map((b) => b.layout)]))
      .toEqual([['mnist_demo', 'tflite-exact', ['xip', 'ram']], ['iree_mnist_demo', 'iree', ['xip', 'ram']]]);

    for (const [model, xip, ram] of [['mnist_demo', 'mnist_demo.elf', 'mnist_demo_ram.elf'], ['iree_mnist_demo', 'iree_mnist_demo_xip.elf', 'iree_mnist_demo.elf']]) {
      const sx = json<SizeJson>('size', join(PREBUILT, xip!), '--json');
      const sr = json<SizeJson>('size', join(PREBUILT, ram!), '--json');
      const run = json<RunJson>('run', join(PREBUILT, xip!), '--json');
      const c = cellsOf(md, model!);
      expect(c.slice(2, 8).map(num), model).toEqual([sx.berkeley.text, sx.berkeley.data, sx.berkeley.bss, sx.flash.total, sx.ram.total, sr.ram.total]);
      expect(num(c[8]!)).toBe(run.footprint.stack!.used);
      const invoke = Number(/^# invoke instructions (\d+)$/m.exec(run.console)![1]);
      expect(num(c[11]!)).toBe(invoke);
      expect(c[12]).toBe((invoke / 400e3).toFixed(1));   // one cycle per instruction, 400 MHz
      expect(c[13]).toBe('yes');
      expect(c.slice(14)).toEqual(['—', '—', '—']);      // the project's own model: no STM32Cube.AI figures
      // the layers table holds the run's @layer records
      const m = data.models.find((x) => x.name === model)!;
      expect(m.builds[0]!.run!.layers.map((l) => [l.op, l.instructions])).toEqual(run.layers.map((l) => [l.op, l.instructions]));
    }
    // the flame graph of the demo comes from the folded file given for its RAM build
    expect(data.models[0]!.builds[0]!.flame).toEqual({ source: folded, total: 100, stacks: [['_start;main;zoo_run_layer;op_conv', 90], ['_start;main', 10]] });
    expect(md).toMatch(/Flame graph: not profiled \(--profile-max 0\)/);
    expect(md).toMatch(/^\| 3 \| CONV_2D \| 1x14x14x16 -> 1x14x14x32 \| 4,736 \| [\d,]+ \| [\d.]+% \| [\d,]+ \|$/m);
    expect(md).toMatch(/^### Components of mnist_demo\.elf \(by symbol names\)$/m);
    // the page: one file, charts inline, nothing fetched
    expect(html).toMatch(/<svg class="treemap"/);
    expect(html).toMatch(/<svg class="bars"/);
    expect((html.match(/<svg class="flame"/g) ?? []).length).toBe(1);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="(?!data:)[^"#]/);
  }, 120_000);

  it('takes runs from saved rv-zoo run --json output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rvzoo-report-json-'));
    const elf = join(PREBUILT, 'mnist_demo.elf');
    const saved = rvzoo('run', elf, '--json');
    // a saved run whose counts were edited shows them: the report did not run the ELF itself
    writeFileSync(join(dir, 'run.json'), saved.stdout.replace(/# invoke instructions \d+/, '# invoke instructions 1234567'));
    const r = rvzoo('report', elf, '--run-json', `${elf}=${join(dir, 'run.json')}`, '--md', join(dir, 'r.md'), '--html', join(dir, 'r.html'), '--quiet', '--profile-max', '0');
    expect(r.status, r.stderr).toBe(0);
    expect(cellsOf(readFileSync(join(dir, 'r.md'), 'utf8'), 'mnist_demo')[11]).toBe('1,234,567');
  }, 60_000);

  it('exits 1 for a firmware that fails, and writes the report all the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rvzoo-report-fail-'));
    const r = rvzoo('report', join(PREBUILT, 'exitcode.elf'), '--out', dir, '--quiet');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/exitcode\.elf: exit code 42/);
    const md = readFileSync(join(dir, 'report.md'), 'utf8');
    expect(md).toMatch(/\| exit 42 \|/);
    expect(md).toMatch(/no inference count/);
  }, 60_000);

  it('bad arguments and files: one line, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rvzoo-report-bad-'));
    const demo = join(PREBUILT, 'mnist_demo.elf');
    writeFileSync(join(dir, 'bad.json'), '{"nope": 1}');
    writeFileSync(join(dir, 'bad.folded'), 'main x\n');
    expectUsageError(rvzoo('report'), /rv-zoo report: missing ELF/);
    expectUsageError(rvzoo('report', join(dir, 'none.elf'), '--out', dir), /rv-zoo report: .*none\.elf: no such file/);
    expectUsageError(rvzoo('report', demo, '--bogus'), /rv-zoo report: unknown option '--bogus'/);
    expectUsageError(rvzoo('report', demo, '--run-json', 'x'), /--run-json needs ELF=FILE, got 'x'/);
    expectUsageError(rvzoo('report', demo, '--run-json', `${demo}=${join(dir, 'bad.json')}`, '--out', dir), /bad\.json: not the output of rv-zoo run --json/);
    expectUsageError(rvzoo('report', demo, '--folded', `${demo}=${join(dir, 'bad.folded')}`, '--out', dir), /bad\.folded:1: not a folded stack line/);
    expectUsageError(rvzoo('report', demo, '--reference', join(dir, 'bad.json'), '--out', dir), /--reference .*bad\.json: no table with the columns/);
    expectUsageError(rvzoo('report', demo, '--profile-max', '-1'), /--profile-max needs a whole number/);
    expectUsageError(rvzoo('report', demo, '--component', 'x'), /rv-zoo report: .*x/);
  }, 60_000);
});
