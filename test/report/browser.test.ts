/**
 * `rv-zoo report` on the five zoo models (the demo, committed, and the four shared models,
 * built now from ../shared/models) and the IREE demo, viewed in a real headless browser
 * (Debian's chromium driven by playwright-core): the page loads without errors and without
 * fetching anything, its tables hold what `rv-zoo size --json` and `rv-zoo run --json` give,
 * its charts are there and the flame graph zooms; a screenshot is written to
 * test/artifacts/report.png. The README's table is the report's summary.
 *
 * Needs chromium, the cross toolchain and the model tools: skips without them, fails under
 * RVZOO_REQUIRE_TOOLS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { parseReferenceTable } from '../../dist/src/report/reference.js';
import { PREBUILT, ROOT, haveTool } from '../firmware-lib.js';
import { BIN } from '../cli-lib.js';
import { MODELS_DIR, ZOO_BUILD, zooMake, zooToolsMissing } from '../zoo-lib.js';

const requireTools = !!process.env.RVZOO_REQUIRE_TOOLS;
const missing = [...zooToolsMissing(), ...(haveTool('chromium') ? [] : ['chromium (apt-get install chromium)'])];
const ARTIFACTS = join(ROOT, 'test', 'artifacts');

/** The models of the report, each with its XIP and RAM build. */
const MODELS: { name: string; xip: string; ram: string; cubeai: string | null }[] = [
  { name: 'mnist_demo', xip: join(PREBUILT, 'mnist_demo.elf'), ram: join(PREBUILT, 'mnist_demo_ram.elf'), cubeai: null },
  ...['st_mnist', 'har_gmp', 'miniresnet', 'mobilenet'].map((n, i) => ({
    name: n, xip: join(ZOO_BUILD, `${n}.elf`), ram: join(ZOO_BUILD, `${n}_ram.elf`),
    cubeai: ['ST MNIST int8', 'GMP wl 24 int8', 'MiniResNet 1 stack int8', 'MobileNet v1 0.25 96 int8'][i]!,
  })),
  { name: 'iree_mnist_demo', xip: join(PREBUILT, 'iree_mnist_demo_xip.elf'), ram: join(PREBUILT, 'iree_mnist_demo.elf'), cubeai: null },
];
/** The report profiles models whose run takes at most this many instructions (st_mnist, har_gmp). */
const PROFILE_MAX = 12e6;

interface SizeJson { berkeley: { text: number; data: number; bss: number }; flash: { total: number }; ram: { total: number }; breakdown: { components: { name: string; flash: number; ram: number }[] } }
interface RunJson { instructions: number; console: string; footprint: { stack: { used: number } | null; heap: { used: number } | null }; layers: { op: string; instructions: number }[] }

function cli<T>(...args: string[]): T {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT, timeout: 300_000, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`rv-zoo ${args.join(' ')}: status ${r.status}\n${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

const mapOf = (elf: string): string => join(elf.includes('iree') ? join(ZOO_BUILD, 'iree') : ZOO_BUILD, `${elf.split('/').pop()}.map`);

interface CellText { text: string; value: string | null }
type Row = Record<string, CellText>;

async function tableRows(page: Page, selector: string): Promise<{ key: string; cells: Row }[]> {
  return page.$$eval(`${selector} tbody tr`, (trs) => trs.map((tr) => ({
    key: tr.getAttribute('data-key') ?? '',
    cells: Object.fromEntries([...tr.querySelectorAll('td')].map((td) => [td.getAttribute('data-field') ?? '', { text: td.textContent ?? '', value: td.getAttribute('data-value') }])),
  })));
}

/** A numeric cell: its visible text (digit groups) and its data-value both equal `want`. */
function expectNumber(cell: CellText | undefined, want: number, what: string): void {
  expect(cell, what).toBeDefined();
  expect(Number(cell!.text.replace(/,/g, '')), `${what}: text '${cell!.text}'`).toBe(want);
  expect(Number(cell!.value), `${what}: data-value`).toBe(want);
}

describe.skipIf(missing.length > 0 && !requireTools)('rv-zoo report in a headless browser (five models + the IREE demo)', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  const problems: string[] = [];

  beforeAll(async () => {
    expect(missing, 'tools the report test needs').toEqual([]);
    zooMake('all-models');
    // The prebuilt IREE demo's link maps (the report and the size checks below read them): link
    // it again into a scratch directory, which always writes build/zoo/iree/iree_mnist_demo*.map
    // (a clean clone has the committed ELFs but no maps).
    const scratch = mkdtempSync(join(tmpdir(), 'rvzoo-iree-demo-'));
    zooMake('-C', 'iree', 'demo', `P=${scratch}`);
    rmSync(scratch, { recursive: true, force: true });
    dir = mkdtempSync(join(tmpdir(), 'rvzoo-report-browser-'));
    const elfs = MODELS.flatMap((m) => [m.xip, m.ram]);
    const r = spawnSync(process.execPath, [BIN, 'report', ...elfs, '--out', dir, '--map-dir', ZOO_BUILD, '--map-dir', join(ZOO_BUILD, 'iree'),
      '--profile-max', String(PROFILE_MAX), '--reference', join(MODELS_DIR, 'README.md'), '--quiet'], { encoding: 'utf8', cwd: ROOT, timeout: 900_000 });
    expect(r.status, r.stderr).toBe(0);
    const executablePath = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
    page.on('request', (q) => { if (!/^(file|data):/.test(q.url())) problems.push(`request: ${q.url()}`); });
    await page.goto(pathToFileURL(join(dir, 'report.html')).href, { waitUntil: 'load' });
  }, 900_000);

  afterAll(async () => { await browser?.close(); });

  it('loads without console errors, page errors or any request beyond the file itself', async () => {
    expect(await page.title()).toBe('rv-zoo footprint report');
    expect(problems).toEqual([]);
  });

  it('summary: the sizes of rv-zoo size, the run figures of rv-zoo run, STM32Cube.AI\'s figures', async () => {
    const rows = await tableRows(page, 'table.summary');
    expect(rows.map((r) => r.key)).toEqual(MODELS.map((m) => m.name));
    const reference = parseReferenceTable(readFileSync(join(MODELS_DIR, 'README.md'), 'utf8'));
    for (const [i, m] of MODELS.entries()) {
      const c = rows[i]!.cells;
      const sx = cli<SizeJson>('size', m.xip, '--json');
      const sr = cli<SizeJson>('size', m.ram, '--json');
      const run = cli<RunJson>('run', m.xip, '--json');
      expectNumber(c['text'], sx.berkeley.text, `${m.name} text`);
      expectNumber(c['data'], sx.berkeley.data, `${m.name} data`);
      expectNumber(c['bss'], sx.berkeley.bss, `${m.name} bss`);
      expectNumber(c['flash_xip'], sx.flash.total, `${m.name} flash (XIP)`);
      expectNumber(c['ram_xip'], sx.ram.total, `${m.name} RAM (XIP)`);
      expectNumber(c['ram_ramlayout'], sr.ram.total, `${m.name} RAM (RAM layout)`);
      expectNumber(c['stack_peak'], run.footprint.stack!.used, `${m.name} stack peak`);
      const invoke = Number(/^# invoke instructions (\d+)$/m.exec(run.console)![1]);
      expectNumber(c['instructions'], invoke, `${m.name} instructions / inference`);
      expect(Number(c['ms']!.value)).toBeCloseTo(invoke / 400e3, 9);   // one cycle per instruction at 400 MHz
      expect(c['fits_mcu']!.text).toBe('yes');
      const ref = m.cubeai ? reference.find((x) => x.model === m.cubeai)! : null;
      expect(c['cubeai_flash']!.text).toBe(ref ? ref.flash.text : '—');
      expect(c['cubeai_ram']!.text).toBe(ref ? ref.ram.text : '—');
      // the layers table of the model's section holds the run's @layer records
      const layers = await tableRows(page, `table.layers[data-model="${m.name}"]`);
      expect(layers.map((l) => [l.cells['op']!.text, Number(l.cells['instructions']!.value)]), m.name)
        .toEqual(run.layers.map((l) => [l.op, l.instructions]));
      const bars = await page.$$eval(`#model-${m.name} svg.bars g.bar`, (gs) => gs.map((g) => Number(g.getAttribute('data-instructions'))));
      expect(bars).toEqual(run.layers.map((l) => l.instructions));
      // the treemap has a box for every component of the linker map that is not too small to draw
      const size = cli<SizeJson>('size', m.xip, '--json', '--map', mapOf(m.xip), ...(m.name.startsWith('iree') ? ['--component', 'dispatches=_lib\\.o', '--component', 'emitc module=/module\\.o', '--component', 'micro runtime=rt/(vm|hal)\\.o'] : []));
      const boxes = await page.$$eval(`#model-${m.name} svg.treemap g.component`, (gs) => gs.map((g) => g.getAttribute('data-component')));
      const visible = size.breakdown.components.filter((x) => x.flash > 0.01 * size.flash.total || x.ram > 0.01 * size.ram.total);
      expect(visible.length, m.name).toBeGreaterThanOrEqual(5);
      for (const comp of visible) expect(boxes, `${m.name} treemap`).toContain(comp.name);
    }
  }, 600_000);

  it('flame graphs: the profiled models\' stacks add up to their runs, a click zooms into a frame', async () => {
    for (const m of MODELS) {
      const run = cli<RunJson>('run', m.xip, '--json');
      const root = page.locator(`#model-${m.name} svg.flame g.frame`).first();
      if (run.instructions <= PROFILE_MAX) {
        // profile counts the run's retired instructions, every one of them in some stack
        expect(await root.getAttribute('data-name'), m.name).toBe(`all (${run.instructions.toLocaleString('en-US')} instructions)`);
        const kernel = page.locator(`#model-${m.name} svg.flame g.frame[data-name^="op_conv"]`).first();
        expect(Number(await kernel.getAttribute('data-x1')) - Number(await kernel.getAttribute('data-x0'))).toBeLessThan(1);
        await kernel.click();
        expect(Number(await kernel.locator('rect').getAttribute('width'))).toBeCloseTo(920, 3);
      } else {
        expect(await root.count(), m.name).toBe(0);
        expect(await page.locator(`#model-${m.name} .flame-note`).textContent()).toMatch(/more than --profile-max/);
      }
    }
  }, 600_000);

  it('a screenshot of the whole page (test/artifacts/report.png)', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'report.png');
    await page.screenshot({ path: file, fullPage: true });
    console.log(`report screenshot: ${file} (the page: ${join(dir, 'report.html')})`);
    expect(statSync(file).size).toBeGreaterThan(50_000);
  });

  it('the README shows the report\'s summary table', () => {
    const md = readFileSync(join(dir, 'report.md'), 'utf8');
    const table = md.split('\n## Summary\n\n')[1]!.split('\n\n')[0]!.trim();
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- report-table:begin -->\n([^]*?)\n<!-- report-table:end -->/.exec(readme);
    expect(block, 'README report-table markers').not.toBeNull();
    expect(block![1]!.trim(), 'README table (regenerate: see README, "Footprint of the zoo firmware")').toBe(table);
  });
});
