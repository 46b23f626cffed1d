#!/usr/bin/env python3
"""iree_text_fixtures: buffer-view text written by IREE's own runtime, for rv-zoo's parser tests.

    python3 -m venv ~/.cache/rv-zoo/iree-runtime-venv
    ~/.cache/rv-zoo/iree-runtime-venv/bin/pip install iree-base-runtime==3.1.0 numpy
    ~/.cache/rv-zoo/iree-runtime-venv/bin/python tools/iree_text_fixtures.py \\
        --out-dir test/harness/fixtures/iree-text [--iree-compile PATH]

Compiles a small identity module (every argument returned as a result, plus two primitive
results) with iree-compile (IREE 3.1.0, `iree-base-compiler`; default: the venv .ci/run makes)
for the vmvx backend, then:

  - runs it with the runtime package's own `iree-run-module` on inputs saved with numpy, and
    keeps what it prints: NAME.txt (`EXEC @main`, `result[k]: hal.buffer_view`, the text);
    NAME_elided.txt is the same with --output_max_element_count=5 (elided views);
  - invokes it through the Python runtime (iree.runtime) on the same arrays and writes what it
    returns to NAME.expected.json: per result its IREE element type, shape and values (NaN and
    infinities as the strings "nan", "inf", "-inf").

The committed fixtures are this script's output; the runtime itself is never committed.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

import numpy as np

DEFAULT_COMPILE = os.path.join(os.path.expanduser('~'), '.cache', 'rv-zoo', 'iree-venv', 'bin', 'iree-compile')

# (MLIR tensor type, IREE element type as printed, numpy array)
def arrays():
    rng = np.random.default_rng(13)
    return [
        ('tensor<2x3x4xi8>', 'si8', (np.arange(24) - 12).astype(np.int8).reshape(2, 3, 4)),
        ('tensor<1x10xf32>', 'f32', (rng.standard_normal(10) ** 3 / 7).astype(np.float32).reshape(1, 10)),
        ('tensor<1x36xf32>', 'f32', np.round(rng.random(36) ** 4, 4).astype(np.float32).reshape(1, 36)),
        ('tensor<5xi32>', 'si32', np.array([2**31 - 1, -2**31, 0, 5, -7], dtype=np.int32)),
        ('tensor<f32>', 'f32', np.array(1.5e-7, dtype=np.float32)),
        ('tensor<3x2xf16>', 'f16', np.array([[1, 2.5], [-3, 0.1], [65504, -0.0001]], dtype=np.float16)),
        ('tensor<6xui8>', 'ui8', np.array([0, 1, 127, 128, 255, 3], dtype=np.uint8)),
        ('tensor<2x2xui16>', 'ui16', np.array([[0, 65535], [256, 7]], dtype=np.uint16)),
        ('tensor<3xi16>', 'si16', np.array([-32768, 32767, -1], dtype=np.int16)),
        ('tensor<0x3xf32>', 'f32', np.zeros((0, 3), dtype=np.float32)),
        ('tensor<4xf32>', 'f32', np.array([np.nan, np.inf, -np.inf, -0.0], dtype=np.float32)),
        ('tensor<4xi64>', 'si64', np.array([2**53, -1, 0, 5], dtype=np.int64)),
        ('tensor<2xf64>', 'f64', np.array([0.1, 1e300], dtype=np.float64)),
        ('tensor<1x2x2x3xf32>', 'f32', (np.arange(12, dtype=np.float32) / 8 - 0.5).reshape(1, 2, 2, 3)),
        ('tensor<2x2xi1>', 'i1', np.array([[True, False], [False, True]])),
    ]


def mlir(items) -> str:
    args = ', '.join(f'%a{i}: {t}' for i, (t, _, _) in enumerate(items))
    types = ', '.join(t for t, _, _ in items)
    rets = ', '.join(f'%a{i}' for i in range(len(items)))
    return (f'func.func @main({args}) -> ({types}, i32, f32) {{\n'
            f'  %c = arith.constant 42 : i32\n  %f = arith.constant 2.5 : f32\n'
            f'  return {rets}, %c, %f : {types}, i32, f32\n}}\n')


def encode(v) -> object:
    if isinstance(v, float):
        if v != v:
            return 'nan'
        if v in (float('inf'), float('-inf')):
            return 'inf' if v > 0 else '-inf'
    return v


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out-dir', required=True)
    ap.add_argument('--iree-compile', default=os.environ.get('IREE_COMPILE', DEFAULT_COMPILE))
    ap.add_argument('--name', default='identity')
    args = ap.parse_args(argv)

    try:
        import iree.runtime as rt
        import iree._runtime_libs as libs
    except ImportError:
        sys.exit('iree_text_fixtures: error: the IREE runtime is missing (pip install iree-base-runtime==3.1.0)')
    run_module = os.path.join(os.path.dirname(libs.__file__), 'iree-run-module')
    compiler = args.iree_compile if os.path.exists(args.iree_compile) else shutil.which('iree-compile')
    if not compiler:
        sys.exit('iree_text_fixtures: error: iree-compile not found (--iree-compile PATH; pip install iree-base-compiler==3.1.0)')

    items = arrays()
    os.makedirs(args.out_dir, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, 'm.mlir')
        vmfb = os.path.join(tmp, 'm.vmfb')
        with open(src, 'w') as f:
            f.write(mlir(items))
        subprocess.run([compiler, '--iree-hal-target-backends=vmvx', src, '-o', vmfb], check=True)
        flags = []
        for i, (_, _, a) in enumerate(items):
            p = os.path.join(tmp, f'in{i}.npy')
            np.save(p, a)
            flags.append(f'--input=@{p}')
        base = [run_module, '--device=local-sync', f'--module={vmfb}', '--function=main', *flags]
        for suffix, extra in (('', []), ('_elided', ['--output_max_element_count=5'])):
            out = subprocess.run(base + extra, check=True, capture_output=True, text=True).stdout
            with open(os.path.join(args.out_dir, f'{args.name}{suffix}.txt'), 'w') as f:
                f.write(out)

        # the same module through the Python runtime: what it returns is the expectation
        module = rt.load_vm_flatbuffer_file(vmfb, driver='local-sync')
        returned = module.main(*[a for _, _, a in items])
        results = []
        for k, value in enumerate(returned):
            if k < len(items):
                host = np.asarray(value.to_host())
                t = items[k][1]
                shape = [int(d) for d in host.shape]
                values = [encode(float(v) if host.dtype.kind == 'f' else int(v)) for v in host.reshape(-1)]
            else:
                t, shape = ('i32', []) if isinstance(value, int) else ('f32', [])
                values = [encode(value)]
            results.append({'name': f'result{k}', 'type': t, 'shape': shape, 'values': values})
    doc = {
        'generator': 'tools/iree_text_fixtures.py',
        'runtime': f'iree-base-runtime {getattr(rt, "__version__", None) or version_of("iree-base-runtime")}',
        'text': f'{args.name}.txt',
        'elided': f'{args.name}_elided.txt',
        'results': results,
    }
    with open(os.path.join(args.out_dir, f'{args.name}.expected.json'), 'w') as f:
        json.dump(doc, f, indent=1)
        f.write('\n')
    print(f'iree_text_fixtures: {len(results)} results into {args.out_dir}')
    return 0


def version_of(package: str) -> str:
    try:
        from importlib.metadata import version
        return version(package)
    except Exception:
        return 'unknown'


if __name__ == '__main__':
    sys.exit(main())
