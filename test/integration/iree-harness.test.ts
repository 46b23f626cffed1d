/**
 * An IREE-compiled firmware as a user would test it, without changing it (issue 13): the
 * committed iree_mnist_demo (IREE 3.1's EmitC module and dispatches for the project's demo
 * model, on the rv-zoo micro runtime) asserted through its buffer-view text (result0), through
 * a buffer read from memory by address (--output, readTensor), and by rv-zoo verify.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Machine } from '../../dist/src/harness/machine.js';
import { FIRMWARE, PREBUILT } from '../firmware-lib.js';
import { rvzoo } from '../cli-lib.js';
import { haveReferencePython } from '../iree-lib.js';

const ELF = join(PREBUILT, 'iree_mnist_demo_xip.elf');
const MODEL = join(FIRMWARE, 'zoo', 'models', 'mnist_demo.tflite');

describe('iree_mnist_demo, unmodified', () => {
  it('result0 from its buffer-view text; the same tensor read from the runtime\'s arena by address', async () => {
    const m = await Machine.fromElf(ELF);
    const r = await m.run({ maxInstructions: 2e8 });
    expect(r.exitCode).toBe(0);
    const text = r.results.result0!;
    expect(text.source).toBe('iree');
    expect(text.argmax()).toBe(7);
    // the output buffer lives in the micro runtime's static arena: find it, read it by address
    const arena = m.elf.symbol('rvz_arena_storage')!;
    const bytes = m.read(arena.value, arena.size);
    const scores = r.results.scores!; // the firmware's own @result line, exact floats
    const want = Buffer.from(new Float32Array(scores.values).buffer);
    const at = Buffer.from(bytes).indexOf(want);
    expect(at).toBeGreaterThanOrEqual(0);
    const address = arena.value + at;
    expect(Array.from(m.readTensor(address, 'f32', [1, 10]).values)).toEqual(Array.from(scores.values));
    const cli = rvzoo('run', ELF, '--json', '--output', `scores_mem=0x${address.toString(16)}:f32[1x10]`);
    expect(cli.status, cli.stderr).toBe(0);
    const j = JSON.parse(cli.stdout);
    expect(j.results.scores_mem).toEqual({ ...j.results.scores, source: 'memory' });
    expect(j.results.result0.argmax).toBe(7);
  });

  it('rv-zoo verify: the same class and scores as the TFLite reference on 10 digits', () => {
    if (!haveReferencePython()) return;
    const r = rvzoo('verify', ELF, '--model', MODEL, '--inputs', 'mnist:10', '--json');
    expect(r.status, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.agreed).toBe(10);
    expect(j.result).toMatchObject({ name: 'scores', source: 'console' }); // @result preferred over the IREE text
    expect(j.inputSymbol).toBe('zoo_input');
    expect(j.snapshot).toBe("[7/8] Looking up 'main'..."); // the first stage after its @input line
    for (const row of j.rows) expect(row.maxDiff).toBeLessThanOrEqual(1 / 256 + 1e-6);
  });
});
