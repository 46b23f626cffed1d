/**
 * The harness on firmware shaped like a user's IREE firmware (issue 13): the ireelike fixture
 * (firmware/zoo/ireelike: IREE-named runtime in IREE-named archives, an EmitC-style module, a
 * static dispatch library; prints IREE's stage lines and buffer-view text, no @result lines).
 * Its kernels are TFLite-exact, so its scores equal the reference vectors of the demo model.
 *
 *   1. outputs read from memory (readTensor, addOutput, run --output) and .npy inputs
 *   2. its buffer-view text as result0
 *   3. rv-zoo size names the IREE components (XIP and RAM layouts, symbols and map), hints
 *   4. rv-zoo verify against the TFLite reference (Python with ai-edge-litert)
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Machine } from '../../dist/src/harness/machine.js';
import { encodeNpy, parseNpy, type NpyArray } from '../../dist/src/harness/npy.js';
import { FIRMWARE, PREBUILT, ROOT, needTool } from '../firmware-lib.js';
import { expectUsageError, rvzoo, rvzooEnv } from '../cli-lib.js';
import { haveReferencePython } from '../iree-lib.js';

const XIP = join(PREBUILT, 'ireelike_xip.elf');
const RAM = join(PREBUILT, 'ireelike.elf');
const MODEL = join(FIRMWARE, 'zoo', 'models', 'mnist_demo.tflite');
interface Vector { label: number; input_hex: string; output: number[] }
const vectors = (JSON.parse(readFileSync(join(ROOT, 'test', 'zoo', 'vectors', 'mnist_demo.json'), 'utf8')) as { vectors: Vector[] }).vectors;
const digit = (v: Vector): Uint8Array => Buffer.from(v.input_hex, 'hex');
const tmp = (): string => mkdtempSync(join(tmpdir(), 'rvzoo-ireelike-'));

describe('ireelike: IREE-shaped console, results from text and memory', () => {
  it('prints IREE\'s lines only; its buffer view becomes result0; model_output holds the same scores', async () => {
    const m = await Machine.fromElf(XIP);
    const r = await m.run({ maxInstructions: 2e8 });
    expect(r.exitCode).toBe(0);
    expect(r.console).toBe(readFileSync(join(FIRMWARE, 'zoo', 'ireelike', 'ireelike_xip.expected'), 'latin1'));
    expect(r.console).not.toMatch(/^@/m);
    expect(r.stages.map((s) => s.label)[8]).toBe("Invoking 'main'...");
    expect(Object.keys(r.results)).toEqual(['result0']);
    const text = r.results.result0!;
    expect(text.source).toBe('iree');
    expect(text.shape).toEqual([1, 10]);
    expect(text.argmax()).toBe(7);
    const mem = m.readTensor('model_output', 'f32', [1, 10]);
    expect(mem.source).toBe('memory');
    expect(mem.argmax()).toBe(7);
    Array.from(mem.values).forEach((v, i) => expect(Math.abs(v - text.values[i]!)).toBeLessThanOrEqual(5e-6 * Math.abs(v)));
    expect(r.protocolErrors).toEqual([]);
  });

  it('writeSymbol + readTensor classify held-out digits exactly as the TFLite reference (boot once, restore)', async () => {
    const m = await Machine.fromElf(RAM);
    await m.run({ untilStage: 8 });
    const snap = m.snapshot();
    for (const v of [vectors[0]!, vectors[13]!, vectors[29]!]) {
      m.restore(snap);
      m.writeSymbol('model_input', digit(v));
      const r = await m.run({ maxInstructions: 2e8 });
      expect(r.exitCode).toBe(0);
      expect(Array.from(m.readTensor('scores=model_output:f32[1x10]').values)).toEqual(v.output.map(Math.fround));
      expect(r.results.result0!.argmax()).toBe(v.label);
    }
  });

  it('addOutput reads a buffer when a stage starts or at the exit; addresses and offsets too', async () => {
    const m = await Machine.fromElf(XIP);
    const out = m.elf.symbol('model_output')!;
    m.addOutput('before=model_output:f32[1x10]@stage=8');
    m.addOutput(`after=0x${out.value.toString(16)}:f32[1x10]`);
    m.addOutput('seven=model_output+28:f32[]');
    m.addOutput('pixels=model_input:u8[28x28]@stage=Wrapping input buffer view...');
    m.addOutput('never=model_output:f32[1]@stage=9');
    const r = await m.run({ maxInstructions: 2e8 });
    expect(Array.from(r.results.before!.values)).toEqual(new Array(10).fill(0)); // .bss, before the invocation
    expect(r.results.after!.argmax()).toBe(7);
    expect(r.results.after!.source).toBe('memory');
    expect(r.results.seven!.values[0]).toBe(r.results.after!.values[7]);
    expect(r.results.pixels!.shape).toEqual([28, 28]);
    expect(r.protocolErrors).toEqual(['output never: stage 9 never started, so never=model_output:f32[1]@stage=9 was not read']);
  });

  it('refuses bad outputs and tensors with one line naming the symbol or address', async () => {
    const m = await Machine.fromElf(XIP);
    expect(() => m.readTensor('nope', 'f32', [1])).toThrow(/no symbol 'nope'/);
    expect(() => m.readTensor('model_output', 'f32', [11])).toThrow(/f32\[11\] needs 44 bytes, symbol 'model_output' has 40/);
    expect(() => m.readTensor('model_input', 'f32')).not.toThrow(); // 784 bytes: 196 floats
    expect(() => m.readTensor(0x10, 'u8', [4])).toThrow(/4 bytes at 0x00000010 are not all in RAM or flash/);
    expect(() => m.addOutput('x=model_output:f32@soon')).toThrow(/not a stop point/);
    expect(() => m.writeTensor('model_input', new Float32Array(784))).toThrow(/784 f32 values are 3136 bytes, symbol 'model_input' has 784 \(as i8 or u8 they would fit\)/);
    expect(() => m.writeTensor('model_input', new Float32Array(784).fill(0.5), { dtype: 'u8' })).toThrow(/f32 element 0 \(0\.5 is not a whole number\) cannot be stored as u8/);
  });

  it('writeTensor takes a .npy array and converts it to the symbol\'s dtype', async () => {
    const v = vectors[4]!;
    const floats = parseNpy(encodeNpy('f32', [1, 28, 28], Array.from(digit(v)))) as NpyArray;
    const m = await Machine.fromElf(XIP);
    m.writeTensor('model_input', floats, { dtype: 'u8' });
    const r = await m.run({ maxInstructions: 2e8 });
    expect(r.results.result0!.argmax()).toBe(v.label);
  });
});

describe('ireelike on the command line: --output and .npy --input', () => {
  const dir = tmp();
  const v = vectors[16]!; // a 5
  writeFileSync(join(dir, 'digit_u8.npy'), encodeNpy('u8', [1, 28, 28, 1], Array.from(digit(v))));
  writeFileSync(join(dir, 'digit_f32.npy'), encodeNpy('f32', [28, 28], Array.from(digit(v))));
  writeFileSync(join(dir, 'digit_01.npy'), encodeNpy('f32', [784], Array.from(digit(v), (p) => p / 255)));

  it('run --output: JSON results like an @result line; a stop point; the summary lists it', () => {
    const r = rvzoo('run', XIP, '--json', '--output', 'scores=model_output:f32[1x10]', '--output', 'early=model_output:f32[1x10]@stage=8',
      '--input', `model_input=${join(dir, 'digit_u8.npy')}`);
    expect(r.status, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.results.scores).toEqual({ dtype: 'f32', shape: [1, 10], values: v.output.map(Math.fround), argmax: 5, source: 'memory' });
    expect(j.results.early.argmax).toBe(0);
    expect(j.results.result0).toMatchObject({ source: 'iree', argmax: 5 });
    const t = rvzoo('run', XIP, '--output', 'scores=model_output:f32[1x10]');
    expect(t.stderr).toMatch(/^result scores f32\[1x10\]: argmax 7; top-5 7:/m);
    expect(t.stderr).toMatch(/^result result0 f32\[1x10\]: argmax 7; top-5 7:/m);
  });

  it('--input SYMBOL:DTYPE=FILE.npy converts; values that would change are refused in one line', () => {
    const conv = rvzoo('run', XIP, '--quiet', '--input', `model_input:u8=${join(dir, 'digit_f32.npy')}`);
    expect(conv.status, conv.stderr).toBe(0);
    expect(conv.stdout).toMatch(/^Predicted class: 5$/m);
    expectUsageError(rvzoo('run', XIP, '--input', `model_input:u8=${join(dir, 'digit_01.npy')}`),
      /^rv-zoo run: --input model_input:u8=\S+digit_01\.npy: \S+digit_01\.npy: float32 element \d+ \(0\.\d+ is not a whole number\) cannot be stored as u8 without changing it$/);
    expectUsageError(rvzoo('run', XIP, '--input', `model_input=${join(dir, 'digit_f32.npy')}`),
      /gives 3136 bytes, symbol 'model_input' has 784 \(to convert them: --input model_input:u8=\S+digit_f32\.npy\)$/);
    expectUsageError(rvzoo('run', XIP, '--input', `model_input:u8[10]=${join(dir, 'digit_u8.npy')}`), /has shape \(1, 28, 28, 1\), 784 values; \[10\] needs 10$/);
    expectUsageError(rvzoo('run', XIP, '--output', 'x=model_output:f32[20]'), /^rv-zoo run: --output x=model_output:f32\[20\]: f32\[20\] needs 80 bytes, symbol 'model_output' has 40$/);
    expectUsageError(rvzoo('run', XIP, '--output', 'x=gone:f32'), /^rv-zoo run: --output x=gone:f32: \S+ireelike_xip\.elf has no symbol 'gone'$/);
    expectUsageError(rvzoo('run', XIP, '--output', 'model_output:f32', '--output', 'model_output:f32[2]'), /another --output is named 'model_output'/);
  });
});

describe('rv-zoo size on IREE-shaped firmware', () => {
  type Comp = { name: string; code: number; rodata: number; data: number; bss: number; flash: number; ram: number; total: number };
  const size = (...args: string[]) => {
    const r = rvzoo('size', ...args, '--json', '--top', '400');
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as { berkeley: { dec: number }; flash: { total: number }; breakdown: { preset: string; source: string; components: Comp[] };
      symbols: { name: string; component: string }[]; hints: string[]; run: { stack: { used: number } } | null };
  };
  const IREE_PARTS = ['iree-vm', 'iree-hal', 'iree-base', 'emitc-module', 'dispatches', 'constants', 'app', 'bsp', 'libc', 'libgcc'];
  const componentOf = (j: ReturnType<typeof size>, sym: string) => j.symbols.find((s) => s.name === sym)?.component;

  it('names IREE\'s parts: VM, HAL (with the HAL module), base, the EmitC module, the dispatch library, constants', () => {
    const j = size(XIP);
    expect(j.breakdown.preset).toBe('iree');
    const names = j.breakdown.components.map((c) => c.name);
    for (const n of IREE_PARTS) expect(names, n).toContain(n);
    expect(j.breakdown.components.reduce((n, c) => n + c.total, 0)).toBe(j.berkeley.dec);
    const expectations: Record<string, string> = {
      iree_vm_invoke: 'iree-vm', iree_vm_context_create_with_modules: 'iree-vm',
      iree_hal_buffer_view_fprint: 'iree-hal', iree_hal_module_command_buffer_dispatch: 'iree-hal', iree_hal_static_library_loader_create: 'iree-hal',
      iree_allocator_malloc: 'iree-base', iree_status_ring: 'iree-base',
      classifier_main: 'emitc-module', classifier_create: 'emitc-module', classifier_descriptor_: 'emitc-module',
      classifier_linked_library_query: 'dispatches', classifier_linked_library_query_v0_names: 'dispatches',
      main_dispatch_3_conv_2d_nhwc_hwcf_1x14x14x32x3x3x16_i8xi8xi32: 'dispatches', main_dispatch_workspace: 'dispatches',
      mnist_demo_l5_filter: 'constants', classifier__const: 'constants',
      main: 'app', model_input: 'app', vfprintf: 'libc', __adddf3: 'libgcc', trap_entry: 'bsp',
    };
    for (const [sym, c] of Object.entries(expectations)) expect(componentOf(j, sym), sym).toBe(c);
  });

  it('XIP: flash = text + .data image, RAM = data + bss; RAM layout: everything in RAM', () => {
    const xip = size(XIP), ram = size(RAM);
    for (const c of xip.breakdown.components) {
      expect(c.flash, c.name).toBe(c.code + c.rodata + c.data);
      expect(c.ram, c.name).toBe(c.data + c.bss);
    }
    for (const c of ram.breakdown.components) {
      expect(c.flash, c.name).toBe(0);
      expect(c.ram, c.name).toBe(c.total);
    }
    const constants = (j: typeof xip) => j.breakdown.components.find((c) => c.name === 'constants')!;
    expect(constants(xip).data).toBe(1024); // classifier__const, in .data
    expect(constants(xip).ram).toBe(1024);
    expect(constants(ram).total).toBe(constants(xip).total);
    const text = rvzoo('size', XIP).stdout;
    expect(text).toMatch(/^by component \(symbol names\) with the IREE rules; text = code \+ rodata:$/m);
    expect(text).toMatch(/^component\s+text\s+data\s+bss\s+flash\s+RAM$/m);
    expect(text).toMatch(/^emitc-module\s+\d+/m);
  });

  it('hints: constants in .data cost RAM twice; reservations far above what --run measured', () => {
    const stat = size(XIP);
    expect(stat.run).toBeNull();
    expect(stat.hints[0]).toMatch(/^1,024 B of initialised data in \.data \(classifier__const\) is stored in flash and copied to RAM/);
    expect(stat.hints.slice(1)).toEqual([
      'stack: 16 KiB reserved; how much of it the firmware uses is unknown (rv-zoo size --run, or rv-zoo run, measures the high-water mark)',
      'heap: 64 KiB reserved; how much of it the firmware uses is unknown (rv-zoo size --run, or rv-zoo run, measures the high-water mark)',
    ]);
    const run = size(XIP, '--run');
    expect(run.run!.stack.used).toBeGreaterThan(100);
    expect(run.hints[1]).toMatch(new RegExp(`^stack: 16 KiB reserved, at most ${run.run!.stack.used.toLocaleString('en-US')} B used in the run: reserving \\d KiB \\(twice the high-water mark; __stack_size in this link\\) would free \\d+ KiB of RAM$`));
    expect(run.hints[2]).toMatch(/^heap: 64 KiB reserved, at most [\d,]+ B used in the run: reserving \d KiB/);
    // the RAM build keeps .data in RAM only: no "twice" hint
    expect(size(RAM).hints.some((h) => h.includes('.data'))).toBe(false);
    expectUsageError(rvzoo('size', XIP, '--max-instructions', '10'), /--max-instructions is the budget of --run/);
  });

  it('--rules FILE: user rules first, {module} is the EmitC module, a bad file is one line', () => {
    const dir = tmp();
    try {
      writeFileSync(join(dir, 'r.json'), JSON.stringify({ components: [
        { name: 'kernels', symbol: '^main_dispatch_run_layer$|^op_' },
        { name: 'module-code', symbol: '^({module})_', kind: 'code' },
      ] }));
      const j = size(XIP, '--rules', join(dir, 'r.json'));
      expect(componentOf(j, 'main_dispatch_run_layer')).toBe('kernels');
      expect(componentOf(j, 'classifier_main')).toBe('module-code');
      expect(componentOf(j, 'classifier_descriptor_')).toBe('emitc-module');
      expect(j.breakdown.components[0]!.name).toBe('kernels');
      writeFileSync(join(dir, 'd.json'), JSON.stringify({ preset: 'default' }));
      expect(size(XIP, '--rules', join(dir, 'd.json')).breakdown.preset).toBe('default');
      for (const [text, why] of [
        ['{', /not JSON/], ['{"components": [{"name": "x", "symbol": "("}]}', /rule 1 \(x\): bad regular expression in "symbol"/],
        ['{"components": [{"name": "x"}]}', /rule 1 \(x\): give "symbol", "file", "section", "kind" or "minSize"/],
        ['{"preset": "tflm"}', /"preset" takes auto, iree or default/], ['{"colour": 1}', /unknown key "colour"/],
        ['{"components": [{"name": "x", "kind": "heap"}]}', /"kind" takes code, rodata, data, bss/],
      ] as const) {
        writeFileSync(join(dir, 'bad.json'), text);
        expectUsageError(rvzoo('size', XIP, '--rules', join(dir, 'bad.json')), new RegExp(`^rv-zoo size: --rules \\S+bad\\.json: .*${why.source}`));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('with the link map: IREE\'s archives and input sections give the same parts', () => {
    if (!needTool('riscv64-unknown-elf-gcc')) return;
    const dir = tmp();
    try {
      execFileSync('make', ['-C', join(FIRMWARE, 'zoo', 'ireelike'), '--no-print-directory', `P=${dir}`, `B=${dir}/build`], { stdio: 'pipe' });
      expect(Buffer.compare(readFileSync(join(dir, 'ireelike_xip.elf')), readFileSync(XIP))).toBe(0);
      const mapFile = join(dir, 'build', 'ireelike_xip.elf.map');
      expect(readFileSync(mapFile, 'utf8')).toMatch(/libiree_vm_impl\.a\(context\.o\)/);
      const byMap = size(XIP, '--map', mapFile), bySym = size(XIP);
      expect(byMap.breakdown.source).toBe('map');
      expect(byMap.breakdown.components.reduce((n, c) => n + c.total, 0)).toBe(byMap.berkeley.dec);
      const get = (j: typeof byMap, n: string) => j.breakdown.components.find((c) => c.name === n)!;
      for (const n of IREE_PARTS) {
        const a = get(byMap, n), b = get(bySym, n);
        expect(a, n).toBeDefined();
        expect(Math.abs(a.total - b.total), n).toBeLessThan(Math.max(700, 0.25 * b.total)); // the map also has strings and padding
      }
      expect(get(byMap, 'constants').total).toBe(get(bySym, 'constants').total);
      expect(get(byMap, 'dispatches').bss).toBe(get(bySym, 'dispatches').bss);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('rv-zoo size on IREE-compiled firmware (iree_mnist_demo: IREE\'s EmitC module and dispatches on our micro runtime)', () => {
  it('the micro runtime\'s iree_*/rvz_* functions are VM, HAL and base; module "module" is the EmitC module', () => {
    for (const elf of ['iree_mnist_demo_xip.elf', 'iree_mnist_demo.elf']) {
      const r = rvzoo('size', join(PREBUILT, elf), '--json', '--top', '1000');
      expect(r.status, r.stderr).toBe(0);
      const j = JSON.parse(r.stdout) as { breakdown: { preset: string; components: { name: string; total: number; code: number }[] }; symbols: { name: string; component: string; size: number }[] };
      expect(j.breakdown.preset).toBe('iree');
      const c = (n: string) => j.breakdown.components.find((x) => x.name === n)!;
      const of = (s: string) => j.symbols.find((x) => x.name === s)!.component;
      expect(of('iree_vm_invoke')).toBe('iree-vm');
      expect(of('rvz_hal_module_create')).toBe('iree-hal');
      expect(of('hal_call.isra.0')).toBe('iree-hal'); // a static of runtime/hal.c
      expect(of('iree_allocator_malloc')).toBe('iree-base');
      expect(of('rvz_arena_storage')).toBe('iree-base');
      expect(of('module_main')).toBe('emitc-module');
      expect(of('module___init')).toBe('emitc-module');
      expect(of('module__const')).toBe('constants');
      expect(of('iree_mnist_demo_linked_library_query')).toBe('dispatches');
      expect(of('iree_mnist_demo_linked_library_query_v0_attrs')).toBe('dispatches');
      expect(of('main_dispatch_13_matmul_transpose_b_1x10x64_i8xi8xi32')).toBe('dispatches');
      expect(of('zoo_input')).toBe('app');
      // the micro runtime is about 9 KB of code (README: 9,292 bytes linked)
      const runtime = c('iree-vm').code + c('iree-hal').code + c('iree-base').code;
      expect(runtime).toBeGreaterThan(6000);
      expect(runtime).toBeLessThan(12 * 1024);
      expect(c('dispatches').total).toBeGreaterThan(40_000);
      expect(c('constants').total).toBe(j.symbols.find((x) => x.name === 'module__const')!.size);
    }
  });

  it('firmware without IREE keeps the default components', () => {
    const r = rvzoo('size', join(PREBUILT, 'mnist_demo.elf'), '--json');
    const j = JSON.parse(r.stdout) as { breakdown: { preset: string; components: { name: string }[] } };
    expect(j.breakdown.preset).toBe('default');
    expect(j.breakdown.components.map((c) => c.name)).toContain('inference');
  });
});

describe('rv-zoo verify on IREE-shaped firmware', () => {
  const verify = (...args: string[]) => rvzoo('verify', ...args);

  it('agrees with the TFLite reference on MNIST digits, from result0 or from memory', () => {
    if (!haveReferencePython()) return;
    const r = verify(XIP, '--model', MODEL, '--inputs', 'mnist:4', '--input-symbol', 'model_input', '--snapshot-stage', '8');
    expect(r.status, r.stderr).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^mnist:\d/.test(l));
    expect(rows).toHaveLength(4);
    rows.forEach((l, i) => expect(l).toMatch(new RegExp(`^mnist:${i} \\(${i}\\)\\s+${i}\\s+${i}\\s+[\\d.e-]+$`)));
    expect(r.stdout).toMatch(/^agreement: 4\/4 inputs \(100\.0%\), required 100%: ok$/m);
    expect(r.stdout).toMatch(/compared: firmware result0 \(IREE text, f32\[1x10\]\) with the reference output\s+float32\[1x10\] \(ai-edge-litert\); input symbol model_input, each run from stage\s+\[8\/8\] Invoking 'main'\.\.\./);
    const mem = verify(RAM, '--model', MODEL, '--inputs', 'mnist:3', '--input-symbol', 'model_input', '--output', 'scores=model_output:f32[1x10]', '--json');
    expect(mem.status, mem.stderr).toBe(0);
    const j = JSON.parse(mem.stdout);
    expect(j.result).toEqual({ name: 'scores', source: 'memory', dtype: 'f32', shape: [1, 10] });
    expect(j.rows.map((x: { maxDiff: number }) => x.maxDiff)).toEqual([0, 0, 0]); // TFLite-exact kernels
    expect(j.snapshot).toBe('load'); // no @input line: every input runs from the first instruction
    expect(j.passed).toBe(true);
  });

  it('catches a model compiled wrong (strip-signedness: pixels >= 128 read as -128) and exits 1', () => {
    if (!haveReferencePython()) return;
    const dir = tmp();
    try {
      writeFileSync(join(dir, 'one.bin'), Buffer.from([1]));
      const args = [XIP, '--model', MODEL, '--inputs', 'mnist:6', '--input-symbol', 'model_input', '--snapshot-stage', '8',
        '--input', `main_dispatch_0_strip_signedness=${join(dir, 'one.bin')}`];
      const r = verify(...args);
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/DIFFERS$/m);
      const m = /^agreement: (\d)\/6 inputs .*: FAILED$/m.exec(r.stdout);
      expect(m, r.stdout).not.toBeNull();
      expect(Number(m![1])).toBeLessThan(6);
      expect(r.stdout).toMatch(/^worst input: mnist:\d \(max \|diff\| 0\.\d+, argmax firmware \d \/ reference \d\)$/m);
      expect(verify(...args, '--min-agreement', '0').status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('inputs from a directory of .npy and raw files and from a multi-sample .npy; --tolerance', () => {
    if (!haveReferencePython()) return;
    const dir = tmp();
    try {
      const set = join(dir, 'set');
      execFileSync('mkdir', ['-p', set]);
      writeFileSync(join(set, 'a_seven.npy'), encodeNpy('f32', [28, 28], Array.from(digit(vectors[21]!))));
      writeFileSync(join(set, 'b_two.raw'), digit(vectors[6]!));
      writeFileSync(join(set, '.hidden'), 'x');
      const r = verify(XIP, '--model', MODEL, '--inputs', set, '--input-symbol', 'model_input', '--snapshot-stage', '8', '--tolerance', '0.001');
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^a_seven\.npy\s+7\s+7\s/m);
      expect(r.stdout).toMatch(/^b_two\.raw\s+2\s+2\s/m);
      const batch = join(dir, 'batch.npy');
      const pixels = [vectors[0]!, vectors[9]!].flatMap((v) => Array.from(digit(v)));
      writeFileSync(batch, encodeNpy('u8', [2, 28, 28, 1], pixels));
      const b = verify(XIP, '--model', MODEL, '--inputs', batch, '--input-symbol', 'model_input', '--snapshot-stage', '8', '--tolerance', '0', '--json');
      const j = JSON.parse(b.stdout);
      // result0 is text with 6 significant digits: exact only where the scores are 0 or 1
      expect(j.rows.map((x: { name: string; firmwareArgmax: number }) => [x.name, x.firmwareArgmax])).toEqual([['batch.npy[0]', 0], ['batch.npy[1]', 3]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('bad arguments and inputs: one line naming the flag or file, exit 2', () => {
    expectUsageError(verify(XIP, '--inputs', 'mnist:2'), /^rv-zoo verify: --model MODEL\.tflite is required/);
    expectUsageError(verify(XIP, '--model', MODEL), /^rv-zoo verify: --inputs DIR\|FILE\.npy\|mnist:N is required/);
    expectUsageError(verify(XIP, '--model', MODEL, '--inputs', 'mnist:2', '--tolerance', 'x'), /--tolerance needs a number >= 0, got 'x'/);
    expectUsageError(verify(XIP, '--model', MODEL, '--inputs', 'mnist:2', '--min-agreement', '101'), /--min-agreement needs a percentage from 0 to 100/);
    expectUsageError(verify(XIP, '--model', '/nonexistent.tflite', '--inputs', 'mnist:2'), /^rv-zoo verify: --model \/nonexistent\.tflite: no such file$/);
    expectUsageError(verify(XIP, '--model', MODEL, '--inputs', 'mnist:2', '--output', 'x'), /^rv-zoo verify: --output x: 'x' needs a dtype/);
    if (!haveReferencePython()) return;
    expectUsageError(verify(XIP, '--model', MODEL, '--inputs', '/nonexistent'), /^rv-zoo verify: --inputs \/nonexistent: no such file or directory/);
    expectUsageError(verify(XIP, '--model', MODEL, '--inputs', 'mnist:2', '--input-symbol', 'nope'), /^rv-zoo verify: --input-symbol nope: \S+ has no symbol 'nope'$/);
    expectUsageError(verify(XIP, '--model', MODEL, '--inputs', 'mnist:2', '--input-symbol', 'model_output'),
      /^rv-zoo verify: --input-symbol model_output: the symbol has 40 bytes, the model's input u8\[1x28x28x1\] 784$/);
    const dir = tmp();
    try {
      writeFileSync(join(dir, 'odd.raw'), Buffer.alloc(100));
      expectUsageError(verify(XIP, '--model', MODEL, '--inputs', join(dir, 'odd.raw')), /odd\.raw: 100 bytes, not a whole number of the model's inputs u8\[1x28x28x1\] \(784 bytes each\)$/);
      writeFileSync(join(dir, 'frac.npy'), encodeNpy('f32', [784], new Array(784).fill(0.5)));
      expectUsageError(verify(XIP, '--model', MODEL, '--inputs', join(dir, 'frac.npy')), /frac\.npy: float32 element 0 \(0\.5 is not a whole number\) cannot be stored as u8 without changing it \(the model's input is u8\[1x28x28x1\]\)$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing Python or TFLite interpreter is one clear line', () => {
    const missing = rvzooEnv({ RVZOO_PYTHON: '/nonexistent/python3' }, 'verify', XIP, '--model', MODEL, '--inputs', 'mnist:1');
    expectUsageError(missing, /^rv-zoo verify: --model \S+mnist_demo\.tflite: \/nonexistent\/python3 not found: the TFLite reference needs Python 3 with numpy and ai-edge-litert \(pip install numpy ai-edge-litert; RVZOO_PYTHON names another interpreter\)$/);
    if (!existsSync('/usr/bin/python3')) return;
    // a Python without the packages: -S drops site-packages... run it through a wrapper that hides them
    const dir = tmp();
    try {
      const wrapper = join(dir, 'python-bare');
      writeFileSync(wrapper, '#!/bin/sh\nexec /usr/bin/python3 -S -I "$@"\n', { mode: 0o755 });
      const bare = rvzooEnv({ RVZOO_PYTHON: wrapper }, 'verify', XIP, '--model', MODEL, '--inputs', 'mnist:1');
      expectUsageError(bare, /^rv-zoo verify: --model \S+: \S+python-bare cannot run the TFLite reference: (numpy is missing|no TFLite interpreter)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

