#!/usr/bin/env python3
"""check_host: convert any supported .tflite with tools/tflite2c.py, build the host runner
(firmware/zoo/host/host_main.c + lib) with the host C compiler in a temp dir, feed it N random
inputs and compare every output with the TFLite reference interpreter (BUILTIN_REF).

    python3 tools/check_host.py MODEL.tflite [-n 20] [--seed 1] [--kind digits|har|spectrogram|image]

With --kind the inputs come from tools/zoo_inputs.py (inputs of the model's own kind, seeded);
otherwise random bytes map to the model input: uint8 as is, int8 = byte - 128, float32 = byte / 255;
the host runner receives the input tensor's bytes (as the firmware's zoo_input holds them). Prints `N passed, M failed`; exit status 1 on any mismatch, 2 when the
converter rejects the model.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from golden import make_interpreter  # noqa: E402
import zoo_inputs  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument('model')
    ap.add_argument('-n', type=int, default=20)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--cc', default=os.environ.get('CC', 'cc'))
    ap.add_argument('--kind', choices=zoo_inputs.KINDS, help='inputs of this kind instead of random bytes')
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix='zoo_check_') as tmp:
        r = subprocess.run([sys.executable, os.path.join(HERE, 'tflite2c.py'), args.model, '--name', 'm',
                            '--out-dir', tmp], capture_output=True, text=True)
        if r.returncode != 0:
            sys.stderr.write(r.stderr)
            return 2
        exe = os.path.join(tmp, 'host')
        lib = os.path.join(ROOT, 'firmware', 'zoo', 'lib')
        subprocess.run([args.cc, '-O2', '-std=c11', '-ffp-contract=off', '-I' + lib, '-I' + tmp,
                        '-DZOO_MODEL=zoo_model_m', os.path.join(ROOT, 'firmware', 'zoo', 'host', 'host_main.c'),
                        os.path.join(lib, 'zoo.c'), os.path.join(tmp, 'm_model.c'), '-lm', '-o', exe], check=True)
        it, _ = make_interpreter(args.model)
        inp = it.get_input_details()[0]
        out = it.get_output_details()[0]
        q_index = None
        for op in it._get_ops_details():
            if op['op_name'] == 'DEQUANTIZE' and int(op['outputs'][0]) == out['index']:
                q_index = int(op['inputs'][0])
        count = int(np.prod(inp['shape']))
        rng = np.random.default_rng(args.seed)
        ok = bad = 0
        spec = zoo_inputs.read_input_spec(args.model)
        generated = zoo_inputs.generate(args.kind, spec, args.n, args.seed) if args.kind else None
        for k in range(args.n):
            raw = rng.integers(0, 256, count, dtype=np.uint8)
            if generated:
                x = zoo_inputs.to_tensor(args.kind, spec, generated[k][2])
            elif inp['dtype'] == np.uint8:
                x = raw
            elif inp['dtype'] == np.int8:
                x = (raw.astype(np.int16) - 128).astype(np.int8)
            else:
                x = raw.astype(np.float32) / np.float32(255.0)
            it.set_tensor(inp['index'], x.reshape(inp['shape']))
            it.invoke()
            ref_f = it.get_tensor(out['index']).reshape(-1)
            ref_q = it.get_tensor(q_index).reshape(-1) if q_index is not None else ref_f
            line = subprocess.run([exe], input=np.ascontiguousarray(x).astype(x.dtype.newbyteorder('<')).tobytes(),
                                  capture_output=True, check=True).stdout.decode()
            qpart, fpart = line.split('|')
            got_q = [int(v) for v in qpart.split()[1:]]
            got_f = [float(v) for v in fpart.split()[1:]]
            want_f = [float(v) for v in ref_f] if out['dtype'] == np.float32 else []
            if got_q == [int(v) for v in ref_q] and got_f == want_f:
                ok += 1
            else:
                bad += 1
                print(f'FAIL input {k}: got {got_q}, want {[int(v) for v in ref_q]}')
    print(f'{os.path.basename(args.model)}: {ok} passed, {bad} failed')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
