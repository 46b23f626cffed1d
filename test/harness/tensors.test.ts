/**
 * Tensors in memory (issue 13, item 1), the pure parts: output specifications, .npy files as
 * numpy writes them (test/harness/fixtures/npy, written by make_npy.py), conversions.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeNpy, isNpy, parseNpy, type NpyArray } from '../../src/harness/npy.js';
import { decodeValues, encodeValues, parseOutputSpec, tensorBytes, type OutputSpec } from '../../src/harness/tensor.js';
import { needTool } from '../firmware-lib.js';

const NPY = join(import.meta.dirname, 'fixtures', 'npy');
const npy = (name: string): NpyArray | string => parseNpy(readFileSync(join(NPY, name)), name);
const V = [0, 1, 2, 127, 128, 255];

describe('output specifications', () => {
  const ok = (text: string): OutputSpec => {
    const s = parseOutputSpec(text);
    if (typeof s === 'string') throw new Error(s);
    return s;
  };

  it('NAME=SYMBOL:DTYPE[SHAPE], at exit by default', () => {
    expect(ok('scores=model_output:f32[1x10]')).toEqual({
      name: 'scores', where: { symbol: 'model_output', offset: 0 }, dtype: 'f32', shape: [1, 10], at: { kind: 'exit' },
      text: 'scores=model_output:f32[1x10]',
    });
  });

  it('without a name, a shape or a stop point', () => {
    const s = ok('model_output:u8');
    expect(s.name).toBe('model_output');
    expect(s.shape).toBeNull();
    expect(ok('buf+40:i16[3]')).toMatchObject({ name: 'buf+40', where: { symbol: 'buf', offset: 40 }, dtype: 'i16', shape: [3] });
    expect(ok('buf+0x10:i8[]')).toMatchObject({ where: { symbol: 'buf', offset: 16 }, shape: [] });
  });

  it('addresses in hex or decimal; stop points @stage=K, @stage=LABEL, @exit', () => {
    expect(ok('q=0x80001234:i8[1x10]@stage=8')).toMatchObject({
      name: 'q', where: { address: 0x80001234 }, at: { kind: 'stage', stage: 8 },
    });
    expect(ok('2147483648:u32[2]').where).toEqual({ address: 2147483648 });
    expect(ok('0x80000000:u32[2]').name).toBe('0x80000000');
    expect(ok('x=y:f32@stage=Invoking main')).toMatchObject({ at: { kind: 'stage', stage: 'Invoking main' } });
    expect(ok('x=y:f32[2]@exit').at).toEqual({ kind: 'exit' });
  });

  it('says what is wrong', () => {
    const bad = (text: string, why: RegExp) => expect(parseOutputSpec(text), text).toMatch(why);
    bad('scores', /needs a dtype/);
    bad('s=out:q8[2]', /unknown dtype 'q8'/);
    bad('s=out:f32[1x]', /bad shape/);
    bad('s=out:f32[2', /not DTYPE or DTYPE\[SHAPE\]/);
    bad('s=0x80000000:f32', /an address needs a shape/);
    bad('s=0x1ffffffff:f32[1]', /not an address/);
    bad('s=out+x:f32', /not a byte offset/);
    bad('s=out:f32@later', /not a stop point/);
    bad('s=out:f32@stage=0', /stage numbers start at 1/);
    bad('9s=out:f32', /not a result name/);
    bad('s=a b:f32', /not a symbol name/);
  });
});

describe('.npy files written by numpy', () => {
  it('reads every common type, either byte order, as the same values', () => {
    for (const [file, npType] of [['u1.npy', 'uint8'], ['f4_le.npy', 'float32'], ['f4_be.npy', 'float32'], ['f8.npy', 'float64'],
      ['f2.npy', 'float16'], ['i2_be.npy', 'int16'], ['u4.npy', 'uint32'], ['i8.npy', 'int64'], ['v2.npy', 'uint8']] as const) {
      const a = npy(file);
      expect(typeof a, `${file}: ${String(a)}`).toBe('object');
      const arr = a as NpyArray;
      expect(arr.npType, file).toBe(npType);
      expect(arr.shape, file).toEqual([2, 3]);
      expect(Array.from(arr.values), file).toEqual(V);
    }
    expect(Array.from((npy('i1.npy') as NpyArray).values)).toEqual([0, 1, 2, 127, -128, -1]);
    expect(Array.from((npy('b1.npy') as NpyArray).values)).toEqual([1, 0, 1, 1, 0, 0]);
    const s = npy('scalar.npy') as NpyArray;
    expect(s.shape).toEqual([]);
    expect(Array.from(s.values)).toEqual([2.5]);
  });

  it('refuses what it cannot read, with one line naming the file', () => {
    expect(npy('fortran.npy')).toMatch(/^fortran\.npy: Fortran-order arrays are not supported/);
    expect(npy('structured.npy')).toMatch(/^structured\.npy: structured arrays/);
    expect(npy('big.npy')).toMatch(/^big\.npy: element 0 of this int64 array does not fit a double exactly/);
    const u1 = readFileSync(join(NPY, 'u1.npy'));
    expect(parseNpy(u1.subarray(0, u1.length - 2), 'cut.npy')).toMatch(/^cut\.npy: truncated: shape \(2, 3\) of uint8 needs 6 data bytes, the file has 4/);
    expect(parseNpy(new TextEncoder().encode('hello'), 'x.bin')).toMatch(/not a \.npy file/);
    const c8 = Buffer.from(u1);
    c8.write("'<c8'", c8.indexOf("'|u1'"), 'latin1');
    expect(parseNpy(c8, 'c8.npy')).toMatch(/element type '<c8' is not supported/);
    expect(isNpy(u1)).toBe(true);
  });

  it('encodeNpy writes files numpy reads back (and we read back)', () => {
    const bytes = encodeNpy('i16', [2, 3], [-1, 2, -300, 4, 5, 32767]);
    const back = parseNpy(bytes) as NpyArray;
    expect(back).toMatchObject({ npType: 'int16', dtype: 'i16', shape: [2, 3] });
    expect(Array.from(back.values)).toEqual([-1, 2, -300, 4, 5, 32767]);
    expect((bytes.indexOf(10) + 1) % 64).toBe(0); // the header ends in '\n' on a 64-byte boundary
    if (!needTool('python3')) return;
    const dir = mkdtempSync(join(tmpdir(), 'rvzoo-npy-'));
    try {
      writeFileSync(join(dir, 'a.npy'), bytes);
      writeFileSync(join(dir, 'b.npy'), encodeNpy('f32', [3], [0.5, -2, 1e-3]));
      const out = execFileSync('python3', ['-c',
        'import numpy as np,sys; a=np.load(sys.argv[1]); b=np.load(sys.argv[2]); print(a.dtype, a.shape, a.tolist(), b.dtype, b.tolist())',
        join(dir, 'a.npy'), join(dir, 'b.npy')], { encoding: 'utf8' });
      expect(out.trim()).toBe(`int16 (2, 3) [[-1, 2, -300], [4, 5, 32767]] float32 [0.5, -2.0, ${Math.fround(1e-3)}]`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('conversions', () => {
  it('to a dtype: exact values pass, values that would change are refused', () => {
    const f = npy('f4_le.npy') as NpyArray;
    const asU8 = tensorBytes(f, 'u8');
    expect(typeof asU8 === 'object' && Array.from(asU8.bytes)).toEqual(V);
    expect(tensorBytes(f, 'i8')).toMatch(/float32 element 4 \(128 is outside -128\.\.127\) cannot be stored as i8/);
    expect(tensorBytes(npy('frac.npy') as NpyArray, 'u8')).toMatch(/element 1 \(0\.5 is not a whole number\)/);
    expect(tensorBytes(npy('i8.npy') as NpyArray)).toMatch(/int64 values need a dtype/);
    const b = tensorBytes(npy('b1.npy') as NpyArray);
    expect(typeof b === 'object' && b.dtype).toBe('u8');
    expect(tensorBytes([1, 2, 3])).toMatch(/plain numbers values need a dtype/);
    const own = tensorBytes(new Float32Array([1.5, -2]));
    expect(typeof own === 'object' && Array.from(decodeValues(own.bytes, 'f32', 2))).toEqual([1.5, -2]);
  });

  it('little-endian bytes both ways', () => {
    const bytes = encodeValues([1, -2, 70000], 'i32') as Uint8Array;
    expect(Array.from(bytes.subarray(0, 8))).toEqual([1, 0, 0, 0, 0xfe, 0xff, 0xff, 0xff]);
    expect(Array.from(decodeValues(bytes, 'i32', 3))).toEqual([1, -2, 70000]);
    expect(encodeValues([Number.NaN], 'i8')).toMatch(/NaN is not a whole number/);
  });
});
