/**
 * Per-layer costs: the `@layer` protocol line (parser), and what the zoo firmware prints with
 * it: one line per operator (TFLite-exact kernels) or per dispatch (IREE on the micro runtime),
 * counts measured by the firmware around each layer.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Machine } from '../../dist/src/harness/machine.js';
import { dispatchParts, layersFromConsole, parseLayerLine, type LayerRecord } from '../../dist/src/harness/layers.js';
import { PREBUILT } from '../firmware-lib.js';

const ok = (line: string): LayerRecord => {
  const r = parseLayerLine(line);
  if (typeof r === 'string') throw new Error(r);
  return r;
};

describe('@layer lines', () => {
  it('an operator of the TFLite-exact kernels: op, tensors, weights and counts', () => {
    const l = ok('@layer 3 CONV_2D in=i8[1x14x14x16] out=i8[1x14x14x32] weights=4736 instructions=8057509 cycles=8057600');
    expect(l).toMatchObject({ index: 3, name: 'CONV_2D', op: 'CONV_2D', weights: 4736, instructions: 8057509, cycles: 8057600 });
    expect(l.inputs).toEqual([{ dtype: 'i8', shape: [1, 14, 14, 16] }]);
    expect(l.output).toEqual({ dtype: 'i8', shape: [1, 14, 14, 32] });
    expect(l.shapes).toBe('1x14x14x16 -> 1x14x14x32');
    const add = ok('@layer 9 ADD in=i8[1x8x8x4] in2=i8[1x8x8x4] out=i8[1x8x8x4] weights=0 instructions=10');
    expect(add.inputs.length).toBe(2);
    expect(add.shapes).toBe('1x8x8x4, 1x8x8x4 -> 1x8x8x4');
    expect(add.cycles).toBeNull();
  });

  it('an IREE dispatch: the operation and shape its export name carries, other keys kept as printed', () => {
    const l = ok('@layer 6 main_dispatch_6_conv_2d_nhwc_hwcf_1x14x14x32x3x3x16_i8xi8xi32 workgroups=14x1x1 constants=23680 instructions=5640753 cycles=5640753');
    expect(l.op).toBe('conv_2d_nhwc_hwcf');
    expect(l.shapes).toBe('1x14x14x32x3x3x16');
    expect(l.weights).toBeNull();
    expect(l.fields).toMatchObject({ workgroups: '14x1x1', constants: '23680' });
    expect(dispatchParts('main_dispatch_1_slow_memcpy')).toEqual({ op: 'slow_memcpy', shape: '' });
    expect(dispatchParts('main_dispatch_14_softmax_10xf32_generic')).toEqual({ op: 'softmax', shape: '10xf32' });
    expect(dispatchParts('main_dispatch_0_elementwise_784_i8')).toEqual({ op: 'elementwise', shape: '784' });
    expect(dispatchParts('CONV_2D')).toBeNull();
  });

  it('malformed lines are explained, never thrown', () => {
    const bad: [string, RegExp][] = [
      ['@layer', /malformed @layer line/],
      ['@layer x CONV_2D instructions=1', /malformed/],
      ['@layer 1 CONV_2D weights=3', /no instructions= count/],
      ['@layer 1 CONV_2D instructions=-5', /instructions=-5 is not a whole number/],
      ['@layer 1 CONV_2D instructions=5 cycles=1e3', /cycles=1e3 is not a whole number/],
      ['@layer 1 CONV_2D in=q9[1x2] instructions=5', /in=q9\[1x2\]: expected DTYPE/],
      ['@layer 1 CONV_2D out=i8[1x] instructions=5', /out=i8\[1x\]/],
      ['@layer 1 CONV_2D instructions=5 instructions=6', /instructions= given twice/],
      ['@layer 1 CONV_2D instructions=5 stray', /malformed/],
    ];
    for (const [line, why] of bad) {
      const r = parseLayerLine(line);
      expect(typeof r, line).toBe('string');
      expect(r as string, line).toMatch(why);
    }
  });

  it('layersFromConsole picks the @layer lines (CR LF too) and reports the bad ones', () => {
    const text = 'hello\r\n@layer 0 PAD instructions=5\r\n@layers are not this\n@layer 1 X\n@layer 2 Y instructions=7\n';
    const { layers, errors } = layersFromConsole(text);
    expect(layers.map((l) => [l.index, l.name, l.instructions])).toEqual([[0, 'PAD', 5], [2, 'Y', 7]]);
    expect(errors).toEqual(['@layer 1 X: no instructions= count']);
  });
});

describe('the zoo firmware reports its layers (committed demo ELFs)', () => {
  it('mnist_demo: one record per operator of the model, weights = filter + bias bytes, counts that make up the inference', async () => {
    for (const elf of ['mnist_demo.elf', 'mnist_demo_ram.elf']) {
      const m = await Machine.fromElf(join(PREBUILT, elf));
      const seen: number[] = [];
      m.on('layer', (l) => seen.push(l.index));
      const r = await m.run();
      expect(r.exitCode).toBe(0);
      expect(r.protocolErrors).toEqual([]);
      expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(r.layers.map((l) => l.op)).toEqual(['QUANTIZE', 'CONV_2D', 'MAX_POOL_2D', 'CONV_2D', 'MAX_POOL_2D', 'CONV_2D',
        'MEAN', 'FULLY_CONNECTED', 'SOFTMAX', 'DEQUANTIZE']);
      expect(r.layers[1]!.shapes).toBe('1x28x28x1 -> 1x28x28x16');
      expect(r.layers[0]!.inputs[0]!.dtype).toBe('u8');
      expect(r.layers[9]!.output!.dtype).toBe('f32');
      // 3x3 convolutions 1->16, 16->32, 32->64 and a 64->10 dense layer, int8 filters and int32 biases
      expect(r.layers.map((l) => l.weights)).toEqual([0, 9 * 16 + 64, 0, 9 * 16 * 32 + 128, 0, 9 * 32 * 64 + 256, 0, 640 + 40, 0, 0]);
      // the layers make up the inference the firmware measured around them, less a few
      // instructions of the loop and the counter reads per layer
      const invoke = Number(/^# invoke instructions (\d+)$/m.exec(r.console)![1]);
      const sum = r.layers.reduce((a, l) => a + l.instructions, 0);
      expect(sum).toBeLessThan(invoke);
      expect(invoke - sum).toBeLessThan(30 * r.layers.length);
      // the default cycle model: one cycle per instruction, and the firmware reads both alike
      for (const l of r.layers) expect(l.cycles).toBe(l.instructions);
      expect(/^# invoke cycles (\d+)$/m.exec(r.console)![1]).toBe(String(invoke));
      // the convolutions take nearly all of it
      expect(r.layers.filter((l) => l.op === 'CONV_2D').reduce((a, l) => a + l.instructions, 0) / sum).toBeGreaterThan(0.9);
    }
  });

  it('the demo counts do not depend on the layout (XIP and RAM builds run the same kernels)', async () => {
    const counts = async (elf: string): Promise<number[]> => (await (await Machine.fromElf(join(PREBUILT, elf))).run()).layers.map((l) => l.instructions);
    expect(await counts('mnist_demo.elf')).toEqual(await counts('mnist_demo_ram.elf'));
  });

  it('iree_mnist_demo: one record per dispatch, named from the static library\'s export table', async () => {
    for (const elf of ['iree_mnist_demo.elf', 'iree_mnist_demo_xip.elf']) {
      const r = await (await Machine.fromElf(join(PREBUILT, elf))).run({ maxInstructions: 1e8 });
      expect(r.exitCode).toBe(0);
      expect(r.protocolErrors).toEqual([]);
      expect(r.layers.length).toBe(15);
      expect(r.layers.map((l) => l.index)).toEqual([...Array(15).keys()]);
      r.layers.forEach((l, i) => expect(l.name.startsWith(`main_dispatch_${i}_`), l.name).toBe(true));
      expect(r.layers.filter((l) => l.op === 'conv_2d_nhwc_hwcf').map((l) => l.shapes))
        .toEqual(['1x28x28x16x3x3x1', '1x14x14x32x3x3x16', '1x7x7x64x3x3x32']);
      for (const l of r.layers) expect(l.fields['workgroups']).toMatch(/^\d+x\d+x\d+$/);
      // the three dispatches that read the packed weights bind the 23,680-byte constant buffer
      expect(r.layers.filter((l) => l.fields['constants'] !== '0').map((l) => [l.op, l.fields['constants']]))
        .toEqual([['conv_2d_nhwc_hwcf', '23680'], ['conv_2d_nhwc_hwcf', '23680'], ['matmul_transpose_b', '23680']]);
      const invoke = Number(/^# invoke instructions (\d+)$/m.exec(r.console)![1]);
      const sum = r.layers.reduce((a, l) => a + l.instructions, 0);
      // the rest is the VM, the HAL and the EmitC module between the dispatches
      expect(sum).toBeLessThan(invoke);
      expect(sum / invoke).toBeGreaterThan(0.9);
    }
  });
});
