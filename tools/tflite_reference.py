#!/usr/bin/env python3
"""tflite_reference: the TFLite reference interpreter for `rv-zoo verify` (and anyone else).

    python3 tools/tflite_reference.py MODEL.tflite --describe
    python3 tools/tflite_reference.py MODEL.tflite --inputs BATCH.npy -o OUT.json

--describe prints JSON: {interpreter, input: {dtype, shape, scale, zero_point},
output: {dtype, shape}}. --inputs runs the model on every sample of BATCH.npy (N x the input
shape, in the input's dtype) with the reference kernels (BUILTIN_REF, as tools/golden.py) and
writes {interpreter, outputs: [[float, ...] per sample]} (the first output tensor, flattened;
exact float32 values as Python floats).

Interpreter: ai-edge-litert, else tensorflow. Exit status 3 with one line on stderr when
neither is installed or numpy is missing; 2 for a model or batch it cannot use.
"""
from __future__ import annotations

import argparse
import json
import sys


def fail(code: int, message: str) -> None:
    sys.stderr.write(message + '\n')
    sys.exit(code)


def interpreter_for(path: str):
    try:
        import numpy  # noqa: F401
    except ImportError:
        fail(3, 'numpy is missing (pip install numpy ai-edge-litert)')
    try:
        from ai_edge_litert.interpreter import Interpreter, OpResolverType
        name = 'ai-edge-litert'
    except ImportError:
        try:
            import tensorflow as tf  # type: ignore
        except ImportError:
            fail(3, 'no TFLite interpreter: neither ai_edge_litert nor tensorflow imports (pip install ai-edge-litert)')
        Interpreter = tf.lite.Interpreter
        OpResolverType = tf.lite.experimental.OpResolverType
        name = 'tensorflow'
    try:
        it = Interpreter(model_path=path, experimental_op_resolver_type=OpResolverType.BUILTIN_REF)
        it.allocate_tensors()
    except Exception as e:  # the interpreter's own messages are multi-line
        fail(2, f'cannot load the model: {str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__}')
    return it, name


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description='TFLite reference outputs for rv-zoo verify')
    ap.add_argument('model')
    ap.add_argument('--describe', action='store_true')
    ap.add_argument('--inputs', help='N x input-shape .npy batch in the input dtype')
    ap.add_argument('-o', '--output', help='JSON file to write (default stdout)')
    args = ap.parse_args(argv)

    it, name = interpreter_for(args.model)
    import numpy as np
    inp = it.get_input_details()[0]
    out = it.get_output_details()[0]
    doc = {'interpreter': name}
    if args.describe:
        q = inp['quantization']
        doc['input'] = {'dtype': np.dtype(inp['dtype']).name, 'shape': [int(d) for d in inp['shape']],
                        'scale': float(q[0]), 'zero_point': int(q[1])}
        doc['output'] = {'dtype': np.dtype(out['dtype']).name, 'shape': [int(d) for d in out['shape']]}
    if args.inputs:
        batch = np.load(args.inputs)
        want = tuple(int(d) for d in inp['shape'])
        per = int(np.prod(want))
        if batch.dtype != np.dtype(inp['dtype']) or batch.size % per != 0:
            fail(2, f'batch {batch.dtype}{list(batch.shape)} does not hold inputs {np.dtype(inp["dtype"]).name}{list(want)}')
        outputs = []
        for x in batch.reshape((-1,) + want):
            it.set_tensor(inp['index'], x.reshape(want))
            it.invoke()
            outputs.append([float(v) for v in it.get_tensor(out['index']).reshape(-1)])
        doc['outputs'] = outputs
    text = json.dumps(doc)
    if args.output:
        with open(args.output, 'w') as f:
            f.write(text + '\n')
    else:
        print(text)
    return 0


if __name__ == '__main__':
    sys.exit(main())
