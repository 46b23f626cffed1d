// tools/iree_build.py: the MLIR rewrite that makes IREE 3.1 compile TF 2.18's TOSA import of the
// int8 zoo models correctly (uint8 input as `xor 0x80`, saturating i32 -> i8 casts, batch 1),
// checked on MLIR text (needs only python3); with IREE's pip tools, the committed IREE output of
// the demo model is what the tool makes now, and the shared models compile.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IREE_BIN, haveIree } from '../iree-lib.js';

const ROOT = join(import.meta.dirname, '../..');
const TOOL = join(ROOT, 'tools/iree_build.py');
const MODELS_DIR = process.env.RVZOO_MODELS_DIR ?? join(ROOT, '../shared/models');

// The shapes of the lines iree-import-tflite + iree-opt print for ST MNIST (abridged).
const IMPORTED = `module attributes {tf_saved_model.semantics} {
  func.func @main(%arg0: tensor<?x28x28x1xui8> {ml_program.identifier = "serving_default_input_1:0"}) -> (tensor<?x36xf32> {ml_program.identifier = "StatefulPartitionedCall:0"}) attributes {tf_saved_model.exported_names = ["serving_default"]} {
    %5 = "tosa.const"() <{value = dense<-128> : tensor<1x1xi32>}> : () -> tensor<1x1xi32>
    %18 = tosa.rescale %arg0 {double_round = false, input_zp = 0 : i32, multiplier = array<i32: 1073741824>, output_zp = -128 : i32, per_channel = false, scale32 = true, shift = array<i8: 30>} : (tensor<?x28x28x1xui8>) -> tensor<?x28x28x1xi8>
    %41 = tosa.reshape %18 {new_shape = array<i64: -9223372036854775808, 784>} : (tensor<?x28x28x1xi8>) -> tensor<?x784xi8>
    %52 = tosa.cast %41 : (tensor<?x784xi8>) -> tensor<?x784xi32>
    %53 = tosa.add %52, %5 : (tensor<?x784xi32>, tensor<1x1xi32>) -> tensor<?x784xi32>
    %54 = tosa.cast %53 : (tensor<?x784xi32>) -> tensor<?x784xi8>
    %55 = tosa.cast %54 : (tensor<?x784xi8>) -> tensor<?x36xf32>
    return %55 : tensor<?x36xf32>
  }
}
`;

function fix(text: string): { status: number | null; out: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rvzoo-ireefix-'));
  writeFileSync(join(dir, 'in.mlir'), text);
  const r = spawnSync('python3', [TOOL, '--fix-only', join(dir, 'in.mlir'), '-o', join(dir, 'out.mlir')], { encoding: 'utf8' });
  const out = r.status === 0 ? readFileSync(join(dir, 'out.mlir'), 'utf8') : '';
  return { status: r.status, out, stderr: r.stderr };
}

describe('tools/iree_build.py MLIR rewrite', () => {
  it('turns the uint8 input rescale into xor 0x80 on an i8 argument carrying the same bits', () => {
    const { status, out, stderr } = fix(IMPORTED);
    expect(status, stderr).toBe(0);
    expect(out).not.toMatch(/ui8/);
    expect(out).toMatch(/func\.func @main\(%arg0: tensor<1x28x28x1xi8>/);
    expect(out).toMatch(/%rvzoo_k\d+ = "tosa.const"\(\) <\{value = dense<-128> : tensor<1x1x1x1xi8>\}>/);
    expect(out).toMatch(/%18 = tosa\.bitwise_xor %arg0, %rvzoo_k\d+ : \(tensor<1x28x28x1xi8>, tensor<1x1x1x1xi8>\) -> tensor<1x28x28x1xi8>/);
    expect(out).not.toMatch(/tosa\.rescale %arg0/);
    expect(stderr).toMatch(/uint8 rescales -> xor 1/);
  });

  it('clamps to [-128, 127] before every i32 -> i8 cast, and only there', () => {
    const { out } = fix(IMPORTED);
    expect(out).toMatch(/%rvzoo_sat\d+ = tosa\.clamp %53 \{[^}]*max_int = 127 : i64[^}]*min_int = -128 : i64\} : \(tensor<1x784xi32>\) -> tensor<1x784xi32>/);
    expect(out).toMatch(/%54 = tosa\.cast %rvzoo_sat\d+ : \(tensor<1x784xi32>\) -> tensor<1x784xi8>/);
    expect(out.match(/tosa\.clamp/g)).toHaveLength(1); // the i8 -> i32 and i8 -> f32 casts are left alone
  });

  it('fixes the batch dimension to 1 in types and reshape shapes', () => {
    const { out, stderr } = fix(IMPORTED);
    expect(out).not.toMatch(/\?/);
    expect(out).not.toMatch(/-9223372036854775808/);
    expect(out).toMatch(/new_shape = array<i64: 1, 784>/);
    expect(out).toMatch(/-> \(tensor<1x36xf32>/);
    expect(stderr).toMatch(/batch dims fixed [1-9]/);
  });

  it('keeps a scaling uint8 rescale after the xor, with the zero point moved by -128', () => {
    const scaled = IMPORTED.replace('input_zp = 0 : i32, multiplier = array<i32: 1073741824>', 'input_zp = 3 : i32, multiplier = array<i32: 1518500250>');
    const { status, out } = fix(scaled);
    expect(status).toBe(0);
    expect(out).toMatch(/%rvzoo_xor\d+ = tosa\.bitwise_xor %arg0/);
    expect(out).toMatch(/%18 = tosa\.rescale %rvzoo_xor\d+ \{double_round = false, input_zp = -125 : i32, multiplier = array<i32: 1518500250>/);
    expect(out).toMatch(/\(tensor<1x28x28x1xi8>\) -> tensor<1x28x28x1xi8>/);
  });

  it('refuses a dynamic dimension other than the batch with one line', () => {
    const r = fix(IMPORTED.replace('tensor<?x784xi8>) -> tensor<?x36xf32>', 'tensor<?x784xi8>) -> tensor<?x?xf32>'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^iree_build: error: a dimension other than the batch is dynamic/);
  });

  it('refuses a uint8 tensor it cannot rewrite (a uint8 output) with one line', () => {
    const r = fix(IMPORTED.replace('-> (tensor<?x36xf32>', '-> (tensor<?x36xui8>'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^iree_build: error: a uint8 tensor other than a rescaled input remains/);
  });
});

describe.skipIf(!haveIree())('tools/iree_build.py with IREE 3.1', () => {
  it('the committed IREE output of the demo model is what the tool makes of the committed .tflite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rvzoo-ireedemo-'));
    execFileSync('python3', [TOOL, join(ROOT, 'firmware/zoo/models/mnist_demo.tflite'), '--name', 'iree_mnist_demo', '--out-dir', dir, '--iree-bin', IREE_BIN], { stdio: 'pipe' });
    const committed = join(ROOT, 'firmware/zoo/iree/models');
    const files = readdirSync(committed).sort();
    expect(readdirSync(dir).sort()).toEqual(files);
    for (const f of files.filter((f) => !f.endsWith('_module.h'))) {
      expect(Buffer.compare(readFileSync(join(dir, f)), readFileSync(join(committed, f))), `${f} differs`).toBe(0);
    }
    // iree-compile 3.1 orders the ref copies of branch arguments (a parallel move) differently
    // from run to run, even single-threaded: those operands are masked, everything else (code
    // shape, calls, constants, weights) must match.
    const mask = (s: string) => s.replace(/iree_vm_ref_(retain|assign)\(v\d+, v\d+\);/g, 'iree_vm_ref_$1(_, _);');
    const f = 'iree_mnist_demo_module.h';
    expect(mask(readFileSync(join(dir, f), 'utf8')) === mask(readFileSync(join(committed, f), 'utf8')), `${f} differs`).toBe(true);
  }, 180_000);

  // ST MNIST compiles in test/integration/iree.test.ts
  for (const model of ['gmp_wl_24_int8', 'miniresnet_1stacks_64x50_int8']) {
    it(`compiles ${model} from ../shared/models (static library + EmitC module + info header)`, () => {
      const path = join(MODELS_DIR, `${model}.tflite`);
      if (!existsSync(path)) {
        if (process.env.RVZOO_REQUIRE_TOOLS) throw new Error(`${path} is missing`);
        return;
      }
      const dir = mkdtempSync(join(tmpdir(), 'rvzoo-ireem-'));
      const r = spawnSync('python3', [TOOL, path, '--name', 'm', '--out-dir', dir, '--iree-bin', IREE_BIN], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      for (const f of ['m.mlir', 'm_lib.o', 'm_lib.h', 'm_module.h', 'm_info.h']) expect(existsSync(join(dir, f)), f).toBe(true);
      expect(readFileSync(join(dir, 'm_lib.h'), 'utf8')).toMatch(/m_linked_library_query/);
      expect(readFileSync(join(dir, 'm_module.h'), 'utf8')).toMatch(/iree_status_t module_create\(/);
      expect(readFileSync(join(dir, 'm.mlir'), 'utf8')).not.toMatch(/ui8|\?x/);
    }, 180_000);
  }
});
