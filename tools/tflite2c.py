#!/usr/bin/env python3
"""tflite2c: convert an int8 .tflite model into C source for firmware/zoo/lib (zoo.h).

    python3 tools/tflite2c.py MODEL.tflite --name NAME --out-dir DIR

writes DIR/NAME_model.c and DIR/NAME_model.h: const weights, biases and per-channel
requantization multipliers (computed the way TFLite's QuantizeMultiplier computes them in the
kernels' Prepare step), a const layer table, and a static activation arena whose offsets come
from a liveness-based plan. The header declares `const zoo_model_t zoo_model_NAME`.

Anything the C library does not implement (an operator, an option, a dtype) stops the
conversion with one line on stderr: `tflite2c: error: ...` and exit status 2.

Needs the `tflite` package (flatbuffer schema accessors) and numpy: see tools/requirements.txt.
"""
from __future__ import annotations

import argparse
import hashlib
import math
import os
import re
import sys

import numpy as np

try:
    import tflite
    from tflite.BuiltinOperator import BuiltinOperator
    from tflite.BuiltinOptions import BuiltinOptions
    from tflite.TensorType import TensorType
    from tflite.Padding import Padding
    from tflite.ActivationFunctionType import ActivationFunctionType
except ImportError:  # pragma: no cover
    sys.stderr.write("tflite2c: error: the Python package 'tflite' is missing "
                     "(pip install -r tools/requirements.txt)\n")
    sys.exit(2)


class ConvertError(Exception):
    pass


def fail(msg: str):
    raise ConvertError(msg)


OP_NAMES = {v: k for k, v in vars(BuiltinOperator).items() if not k.startswith('_')}
TYPE_NAMES = {v: k for k, v in vars(TensorType).items() if not k.startswith('_')}
ACT_NAMES = {v: k for k, v in vars(ActivationFunctionType).items() if not k.startswith('_')}

DTYPE_C = {TensorType.FLOAT32: 'ZOO_F32', TensorType.INT8: 'ZOO_I8',
           TensorType.UINT8: 'ZOO_U8', TensorType.INT32: 'ZOO_I32'}
DTYPE_SIZE = {TensorType.FLOAT32: 4, TensorType.INT8: 1, TensorType.UINT8: 1, TensorType.INT32: 4}
NP_DTYPE = {TensorType.FLOAT32: np.float32, TensorType.INT8: np.int8, TensorType.UINT8: np.uint8,
            TensorType.INT32: np.int32, TensorType.INT64: np.int64}


# ---- TFLite quantization arithmetic (computed as the kernels' Prepare does) -------------

def tfl_round(x: float) -> float:
    """std::round: half away from zero."""
    return math.floor(x + 0.5) if x >= 0 else -math.floor(-x + 0.5)


def quantize_multiplier(real: float) -> tuple[int, int]:
    """TFLite QuantizeMultiplier: real ~= q * 2^(shift - 31), q in [2^30, 2^31)."""
    if real == 0.0:
        return 0, 0
    frac, shift = math.frexp(real)
    q = int(tfl_round(frac * (1 << 31)))
    if q > (1 << 31):
        fail(f'quantize_multiplier({real}) out of range')
    if q == (1 << 31):
        q //= 2
        shift += 1
    if shift < -31:
        shift, q = 0, 0
    if shift > 30:
        shift, q = 30, (1 << 31) - 1
    return q, shift


def f32(x) -> float:
    return float(np.float32(x))


def act_range(act: int, scale: float, zp: int, qmin=-128, qmax=127) -> tuple[int, int]:
    """CalculateActivationRangeQuantized: f / scale in float32, rounded half away from zero."""
    def quant(f):
        return zp + int(tfl_round(float(np.float32(f) / np.float32(scale))))
    if act == ActivationFunctionType.NONE:
        return qmin, qmax
    if act == ActivationFunctionType.RELU:
        return max(qmin, quant(0.0)), qmax
    if act == ActivationFunctionType.RELU6:
        return max(qmin, quant(0.0)), min(qmax, quant(6.0))
    if act == ActivationFunctionType.RELU_N1_TO_1:
        return max(qmin, quant(-1.0)), min(qmax, quant(1.0))
    fail(f'fused activation {ACT_NAMES.get(act, act)} is not supported')


def compute_padding(padding: int, in_size: int, k: int, stride: int, dil: int) -> tuple[int, int]:
    """Returns (out_size, pad_before) as TFLite's ComputePaddingHeightWidth."""
    eff = (k - 1) * dil + 1
    if padding == Padding.SAME:
        out = (in_size + stride - 1) // stride
    elif padding == Padding.VALID:
        out = (in_size + stride - eff) // stride
    else:
        fail(f'padding type {padding} is not supported')
    total = max((out - 1) * stride + eff - in_size, 0)
    return out, total // 2


# ---- model reading -----------------------------------------------------------------------

class Tensor:
    def __init__(self, model, sg, idx):
        t = sg.Tensors(idx)
        self.index = idx
        self.name = t.Name().decode('utf-8', 'replace') if t.Name() else f't{idx}'
        self.type = t.Type()
        self.shape = [int(d) for d in t.ShapeAsNumpy()] if t.ShapeLength() else []
        q = t.Quantization()
        self.scales = []
        self.zps = []
        self.qdim = 0
        if q is not None and q.ScaleLength():
            self.scales = [float(s) for s in q.ScaleAsNumpy()]
            self.zps = [int(z) for z in q.ZeroPointAsNumpy()] if q.ZeroPointLength() else [0] * len(self.scales)
            self.qdim = q.QuantizedDimension()
        buf = model.Buffers(t.Buffer())
        self.data = None
        if buf is not None and buf.DataLength() > 0:
            if self.type not in NP_DTYPE:
                fail(f'constant tensor {self.name!r} has unsupported type {TYPE_NAMES.get(self.type)}')
            raw = buf.DataAsNumpy().tobytes()
            self.data = np.frombuffer(raw, dtype=NP_DTYPE[self.type]).reshape(self.shape or [1])
        elif buf is not None and buf.Offset() > 1:
            fail(f'tensor {self.name!r} stores its data outside the flatbuffer (not supported)')

    @property
    def scale(self) -> float:
        return self.scales[0] if self.scales else 0.0

    @property
    def zp(self) -> int:
        return self.zps[0] if self.zps else 0

    @property
    def is_const(self) -> bool:
        return self.data is not None

    def nhwc(self) -> list[int]:
        if len(self.shape) > 4:
            fail(f'tensor {self.name!r} has rank {len(self.shape)} > 4')
        return [1] * (4 - len(self.shape)) + self.shape

    def count(self) -> int:
        return int(np.prod(self.shape)) if self.shape else 1

    def nbytes(self) -> int:
        if self.type not in DTYPE_SIZE:
            fail(f'tensor {self.name!r} has unsupported type {TYPE_NAMES.get(self.type, self.type)}')
        return self.count() * DTYPE_SIZE[self.type]


def options(op, cls_name):
    cls = getattr(tflite, cls_name)
    table = op.BuiltinOptions()
    o = cls()
    if table is None:
        return None
    o.Init(table.Bytes, table.Pos)
    return o


class Converter:
    def __init__(self, path: str, name: str):
        self.path = path
        self.name = name
        with open(path, 'rb') as f:
            self.raw = f.read()
        if len(self.raw) < 8 or self.raw[4:8] != b'TFL3':
            fail('not a TFLite flatbuffer (file identifier is not "TFL3")')
        self.model = tflite.Model.GetRootAsModel(self.raw, 0)
        if self.model.SubgraphsLength() != 1:
            fail(f'{self.model.SubgraphsLength()} subgraphs (only single-subgraph models are supported)')
        self.sg = self.model.Subgraphs(0)
        self.tensors = [Tensor(self.model, self.sg, i) for i in range(self.sg.TensorsLength())]
        self.consts: list[str] = []     # C definitions of constant arrays
        self.layers: list[dict] = []
        self.op_names: list[str] = []

    # -- constant arrays
    def emit_array(self, cname: str, ctype: str, values, per_line=16) -> str:
        vals = [int(v) for v in np.asarray(values).reshape(-1)]
        lines = []
        for i in range(0, len(vals), per_line):
            lines.append('  ' + ', '.join(str(v) for v in vals[i:i + per_line]) + ',')
        body = '\n'.join(lines)
        self.consts.append(f'static const {ctype} {cname}[{len(vals)}] __attribute__((aligned(4))) = {{\n{body}\n}};\n')
        return cname

    def opcode(self, op) -> int:
        oc = self.model.OperatorCodes(op.OpcodeIndex())
        code = max(oc.BuiltinCode(), oc.DeprecatedBuiltinCode())
        if code == BuiltinOperator.CUSTOM:
            fail(f'custom operator {oc.CustomCode().decode()!r} is not supported')
        return code

    def need(self, cond, msg):
        if not cond:
            fail(msg)

    def act_tensor(self, i, what, types=(TensorType.INT8,)) -> Tensor:
        t = self.tensors[i]
        self.need(not t.is_const, f'{what}: constant input tensor {t.name!r} is not supported')
        self.need(t.type in types, f'{what}: tensor {t.name!r} has type {TYPE_NAMES.get(t.type)}; '
                  f'expected {"/".join(TYPE_NAMES[x] for x in types)}')
        if t.type in (TensorType.INT8, TensorType.UINT8):
            self.need(len(t.scales) == 1, f'{what}: activation tensor {t.name!r} must have per-tensor quantization')
        t.nhwc()
        return t

    def convert(self):
        n_ops = self.sg.OperatorsLength()
        self.need(n_ops > 0, 'model has no operators')
        for i in range(n_ops):
            op = self.sg.Operators(i)
            code = self.opcode(op)
            name = OP_NAMES.get(code, str(code))
            self.op_names.append(name)
            fn = getattr(self, 'op_' + name.lower(), None)
            if fn is None:
                fail(f'operator {name} (op #{i}) is not supported by firmware/zoo/lib')
            if op.BuiltinOptions2Type() if hasattr(op, 'BuiltinOptions2Type') else 0:
                fail(f'operator {name} (op #{i}) uses BuiltinOptions2, not supported')
            ins = [int(x) for x in op.InputsAsNumpy()] if op.InputsLength() else []
            outs = [int(x) for x in op.OutputsAsNumpy()]
            layer = fn(i, op, ins, outs)
            layer['index'] = i
            layer['ins'] = [x for x in ins if x >= 0 and not self.tensors[x].is_const]
            layer['outs'] = outs
            self.layers.append(layer)
        self.inputs = [int(x) for x in self.sg.InputsAsNumpy()]
        self.outputs = [int(x) for x in self.sg.OutputsAsNumpy()]
        self.need(len(self.inputs) == 1, f'{len(self.inputs)} model inputs (only 1 is supported)')
        self.need(len(self.outputs) == 1, f'{len(self.outputs)} model outputs (only 1 is supported)')
        self.plan()

    # -- operators
    def base(self, what, ins, outs, in_types=(TensorType.INT8,), out_types=(TensorType.INT8,)):
        self.need(len(outs) == 1, f'{what}: {len(outs)} outputs')
        a = self.act_tensor(ins[0], what, in_types)
        o = self.act_tensor(outs[0], what, out_types)
        return a, o

    def conv_weights(self, what, i, a, o, f, b, qdim):
        self.need(f.is_const and f.type == TensorType.INT8, f'{what}: filter must be a constant int8 tensor')
        oc = o.nhwc()[3]
        self.need(len(f.scales) in (1, oc), f'{what}: filter has {len(f.scales)} scales for {oc} channels')
        self.need(all(z == 0 for z in f.zps), f'{what}: filter zero points must be 0')
        if len(f.scales) > 1:
            self.need(f.qdim == qdim, f'{what}: filter quantized along dimension {f.qdim}, expected {qdim}')
        mults, shifts = [], []
        for c in range(oc):
            fs = f.scales[c if len(f.scales) > 1 else 0]
            real = float(np.float32(a.scale)) * float(np.float32(fs)) / float(np.float32(o.scale))
            q, s = quantize_multiplier(real)
            mults.append(q)
            shifts.append(s)
        p = f'{self.name}_l{i}'
        d = {
            'filter': self.emit_array(f'{p}_filter', 'int8_t', f.data),
            'multiplier': self.emit_array(f'{p}_mult', 'int32_t', mults),
            'shift': self.emit_array(f'{p}_shift', 'int8_t', shifts),
            'bias': 'NULL',
        }
        if b is not None:
            self.need(b.is_const and b.type == TensorType.INT32, f'{what}: bias must be a constant int32 tensor')
            self.need(b.count() == oc, f'{what}: bias has {b.count()} values for {oc} channels')
            d['bias'] = self.emit_array(f'{p}_bias', 'int32_t', b.data)
        return d

    def op_conv_2d(self, i, op, ins, outs):
        what = f'CONV_2D (op #{i})'
        a, o = self.base(what, ins, outs)
        opt = options(op, 'Conv2DOptions')
        f = self.tensors[ins[1]]
        b = self.tensors[ins[2]] if len(ins) > 2 and ins[2] >= 0 else None
        self.need(len(f.shape) == 4, f'{what}: filter rank {len(f.shape)}')
        oc, kh, kw, ic = f.shape
        n, ih, iw, c = a.nhwc()
        self.need(c == ic, f'{what}: grouped convolution (input {c} channels, filter {ic}) is not supported')
        return self.conv_common(what, i, 'ZOO_OP_CONV_2D', a, o, f, b, opt, kh, kw, 0, 1)

    def op_depthwise_conv_2d(self, i, op, ins, outs):
        what = f'DEPTHWISE_CONV_2D (op #{i})'
        a, o = self.base(what, ins, outs)
        opt = options(op, 'DepthwiseConv2DOptions')
        f = self.tensors[ins[1]]
        b = self.tensors[ins[2]] if len(ins) > 2 and ins[2] >= 0 else None
        self.need(len(f.shape) == 4 and f.shape[0] == 1, f'{what}: filter shape {f.shape}')
        _, kh, kw, oc = f.shape
        ic = a.nhwc()[3]
        self.need(oc % ic == 0, f'{what}: {oc} output channels not a multiple of {ic} input channels')
        return self.conv_common(what, i, 'ZOO_OP_DEPTHWISE_CONV_2D', a, o, f, b, opt, kh, kw, 3, oc // ic)

    def conv_common(self, what, i, opname, a, o, f, b, opt, kh, kw, qdim, dm):
        n, ih, iw, ic = a.nhwc()
        on, oh, ow, oc = o.nhwc()
        sh, sw = opt.StrideH(), opt.StrideW()
        dh, dw = opt.DilationHFactor(), opt.DilationWFactor()
        self.need(f.nhwc()[3 if qdim == 3 else 0] == oc, f'{what}: filter/output channel mismatch')
        out_h, pad_t = compute_padding(opt.Padding(), ih, kh, sh, dh)
        out_w, pad_l = compute_padding(opt.Padding(), iw, kw, sw, dw)
        self.need((out_h, out_w) == (oh, ow), f'{what}: computed output {out_h}x{out_w} != tensor {oh}x{ow}')
        for v, nm in ((kh, 'kernel h'), (kw, 'kernel w'), (sh, 'stride'), (sw, 'stride'), (dh, 'dilation'),
                      (dw, 'dilation'), (pad_t, 'padding'), (pad_l, 'padding')):
            self.need(0 <= v < 256, f'{what}: {nm} {v} out of range')
        amin, amax = act_range(opt.FusedActivationFunction(), o.scale, o.zp)
        w = self.conv_weights(what, i, a, o, f, b, qdim)
        return {'op': opname, 'in': a, 'out': o, 'act': (amin, amax),
                'params': ('conv', {'filter': w['filter'], 'bias': w['bias'], 'multiplier': w['multiplier'],
                                    'shift': w['shift'], 'kh': kh, 'kw': kw, 'stride_h': sh, 'stride_w': sw,
                                    'dilation_h': dh, 'dilation_w': dw, 'pad_top': pad_t, 'pad_left': pad_l,
                                    'depth_multiplier': dm})}

    def op_fully_connected(self, i, op, ins, outs):
        what = f'FULLY_CONNECTED (op #{i})'
        a, o = self.base(what, ins, outs)
        opt = options(op, 'FullyConnectedOptions')
        if opt is not None:
            self.need(opt.WeightsFormat() == 0, f'{what}: shuffled weights format is not supported')
        act = opt.FusedActivationFunction() if opt is not None else 0
        f = self.tensors[ins[1]]
        b = self.tensors[ins[2]] if len(ins) > 2 and ins[2] >= 0 else None
        self.need(f.is_const and f.type == TensorType.INT8 and len(f.shape) == 2,
                  f'{what}: filter must be a constant 2-D int8 tensor')
        out_depth, accum = f.shape
        self.need(o.nhwc()[3] == out_depth, f'{what}: output depth {o.nhwc()[3]} != filter rows {out_depth}')
        self.need(a.count() % accum == 0 and a.count() // accum == o.count() // out_depth,
                  f'{what}: input {a.shape} does not match filter {f.shape}')
        self.need(len(f.scales) in (1, out_depth), f'{what}: filter has {len(f.scales)} scales')
        per_channel = len(f.scales) > 1
        mults, shifts, reals = [], [], []
        for c in range(out_depth if per_channel else 1):
            real = float(np.float32(a.scale)) * float(np.float32(f.scales[c])) / float(np.float32(o.scale))
            q, s = quantize_multiplier(real)
            mults.append(q)
            shifts.append(s)
            reals.append(real)
        p = f'{self.name}_l{i}'
        # The reference int8 kernel (ai-edge-litert 2.3, per-channel and per-tensor alike) rounds
        # acc * real scale in double precision: MultiplyByQuantizedMultiplier's two roundings
        # give results 1 lower or higher on ~1-2% of the outputs (found on HAR and ST MNIST).
        real_scale = f'{p}_real_scale'
        body = ',\n'.join('  ' + r.hex() for r in reals)
        self.consts.append(f'static const double {real_scale}[{len(reals)}] = {{\n{body}\n}};\n')
        bias = 'NULL'
        if b is not None:
            self.need(b.is_const and b.type == TensorType.INT32 and b.count() == out_depth,
                      f'{what}: bias must be a constant int32 tensor of {out_depth}')
            bias = self.emit_array(f'{p}_bias', 'int32_t', b.data)
        amin, amax = act_range(act, o.scale, o.zp)
        return {'op': 'ZOO_OP_FULLY_CONNECTED', 'in': a, 'out': o, 'act': (amin, amax),
                'params': ('fc', {'filter': self.emit_array(f'{p}_filter', 'int8_t', f.data), 'bias': bias,
                                  'multiplier': self.emit_array(f'{p}_mult', 'int32_t', mults),
                                  'shift': self.emit_array(f'{p}_shift', 'int8_t', shifts),
                                  'real_scale': real_scale,
                                  'per_channel': int(per_channel), 'filter_zero_point': f.zp})}

    def op_quantize(self, i, op, ins, outs):
        what = f'QUANTIZE (op #{i})'
        a, o = self.base(what, ins, outs, in_types=(TensorType.FLOAT32, TensorType.UINT8, TensorType.INT8))
        self.need(a.count() == o.count(), f'{what}: shape mismatch')
        mult, shift = 0, 0
        if a.type != TensorType.FLOAT32:
            mult, shift = quantize_multiplier(float(np.float32(a.scale)) / float(np.float32(o.scale)))
        return {'op': 'ZOO_OP_QUANTIZE', 'in': a, 'out': o, 'act': (-128, 127),
                'params': ('quantize', {'multiplier': mult, 'shift': shift})}

    def op_dequantize(self, i, op, ins, outs):
        what = f'DEQUANTIZE (op #{i})'
        a, o = self.base(what, ins, outs, in_types=(TensorType.INT8, TensorType.UINT8),
                         out_types=(TensorType.FLOAT32,))
        return {'op': 'ZOO_OP_DEQUANTIZE', 'in': a, 'out': o, 'act': (-128, 127), 'params': None}

    def op_softmax(self, i, op, ins, outs):
        what = f'SOFTMAX (op #{i})'
        a, o = self.base(what, ins, outs)
        opt = options(op, 'SoftmaxOptions')
        beta = float(opt.Beta()) if opt is not None else 1.0
        self.need(o.zp == -128 and abs(o.scale - 1 / 256) <= 0.001 / 256,
                  f'{what}: int8 output must have scale 1/256 and zero point -128')
        real = min(beta * float(np.float32(a.scale)) * (1 << (31 - 5)), (1 << 31) - 1.0)
        mult, lshift = quantize_multiplier(real)
        self.need(lshift >= 0, f'{what}: input scale too small (left shift {lshift})')
        radius = math.floor(((1 << 5) - 1) * (1 << (31 - 5)) / (1 << lshift))
        return {'op': 'ZOO_OP_SOFTMAX', 'in': a, 'out': o, 'act': (-128, 127),
                'params': ('softmax', {'input_multiplier': mult, 'input_left_shift': lshift,
                                       'diff_min': -radius})}

    def reduce_axes(self, what, a, axis_t):
        self.need(axis_t.is_const, f'{what}: axis must be constant')
        rank = len(a.shape)
        axes = sorted({int(x) + rank if int(x) < 0 else int(x) for x in axis_t.data.reshape(-1)})
        self.need(rank == 4 and axes == [1, 2], f'{what}: only reduction over H,W of a 4-D tensor is supported '
                  f'(axes {axes}, rank {rank})')

    def op_mean(self, i, op, ins, outs):
        what = f'MEAN (op #{i})'
        a, o = self.base(what, ins, outs)
        self.reduce_axes(what, a, self.tensors[ins[1]])
        opt = options(op, 'ReducerOptions')
        keep = bool(opt.KeepDims()) if opt is not None else False
        mult, shift = quantize_multiplier(float(np.float32(a.scale)) / float(np.float32(o.scale)))
        if keep:
            mode = 'ZOO_MEAN_INTEGER'
        elif a.zp == o.zp and np.float32(a.scale) == np.float32(o.scale):
            mode = 'ZOO_MEAN_SAME_QUANT'
        else:
            # QuantizedMeanOrSum: fold 1/count into the multiplier as the kernel does at Eval.
            mode = 'ZOO_MEAN_RESCALE'
            count = a.nhwc()[1] * a.nhwc()[2]
            sh = min(count.bit_length() - 1, 32, 31 + shift)
            mult = (mult << sh) // count
            shift = shift - sh
        return {'op': 'ZOO_OP_MEAN', 'in': a, 'out': o, 'act': (-128, 127),
                'params': ('mean', {'multiplier': mult, 'shift': shift, 'mode': mode})}

    def op_reduce_max(self, i, op, ins, outs):
        what = f'REDUCE_MAX (op #{i})'
        a, o = self.base(what, ins, outs)
        self.reduce_axes(what, a, self.tensors[ins[1]])
        self.need(a.zp == o.zp and a.scale == o.scale, f'{what}: input and output quantization differ')
        return {'op': 'ZOO_OP_REDUCE_MAX', 'in': a, 'out': o, 'act': (-128, 127), 'params': None}

    def op_reshape(self, i, op, ins, outs):
        what = f'RESHAPE (op #{i})'
        a, o = self.base(what, ins, outs, in_types=(TensorType.INT8, TensorType.FLOAT32),
                         out_types=(TensorType.INT8, TensorType.FLOAT32))
        self.need(a.type == o.type and a.count() == o.count(), f'{what}: type or size mismatch')
        if a.type == TensorType.INT8:
            self.need(a.zp == o.zp and a.scale == o.scale, f'{what}: input and output quantization differ')
        return {'op': 'ZOO_OP_RESHAPE', 'in': a, 'out': o, 'act': (-128, 127), 'params': None}

    def op_pad(self, i, op, ins, outs):
        what = f'PAD (op #{i})'
        a, o = self.base(what, ins, outs)
        pt = self.tensors[ins[1]]
        self.need(pt.is_const, f'{what}: paddings must be constant')
        self.need(len(ins) < 3, f'{what}: explicit constant_values are not supported')
        self.need(a.zp == o.zp and a.scale == o.scale, f'{what}: input and output quantization differ')
        pads = pt.data.reshape(-1, 2).tolist()
        pads = [[0, 0]] * (4 - len(pads)) + pads
        before = [int(p[0]) for p in pads]
        for d, (ai, oi, pb) in enumerate(zip(a.nhwc(), o.nhwc(), pads)):
            self.need(ai + pb[0] + pb[1] == oi and pb[0] >= 0 and pb[1] >= 0, f'{what}: padding mismatch on dim {d}')
        return {'op': 'ZOO_OP_PAD', 'in': a, 'out': o, 'act': (-128, 127),
                'params': ('pad', {'before': '{' + ', '.join(map(str, before)) + '}'})}

    def pool(self, i, op, ins, outs, name, cop):
        what = f'{name} (op #{i})'
        a, o = self.base(what, ins, outs)
        opt = options(op, 'Pool2DOptions')
        self.need(a.zp == o.zp and a.scale == o.scale, f'{what}: input and output quantization differ')
        n, ih, iw, c = a.nhwc()
        kh, kw, sh, sw = opt.FilterHeight(), opt.FilterWidth(), opt.StrideH(), opt.StrideW()
        out_h, pad_t = compute_padding(opt.Padding(), ih, kh, sh, 1)
        out_w, pad_l = compute_padding(opt.Padding(), iw, kw, sw, 1)
        self.need((out_h, out_w) == tuple(o.nhwc()[1:3]), f'{what}: output shape mismatch')
        amin, amax = act_range(opt.FusedActivationFunction(), o.scale, o.zp)
        return {'op': cop, 'in': a, 'out': o, 'act': (amin, amax),
                'params': ('pool', {'kh': kh, 'kw': kw, 'stride_h': sh, 'stride_w': sw,
                                    'pad_top': pad_t, 'pad_left': pad_l})}

    def op_max_pool_2d(self, i, op, ins, outs):
        return self.pool(i, op, ins, outs, 'MAX_POOL_2D', 'ZOO_OP_MAX_POOL_2D')

    def op_average_pool_2d(self, i, op, ins, outs):
        return self.pool(i, op, ins, outs, 'AVERAGE_POOL_2D', 'ZOO_OP_AVERAGE_POOL_2D')

    def op_add(self, i, op, ins, outs):
        what = f'ADD (op #{i})'
        a, o = self.base(what, ins, outs)
        b = self.act_tensor(ins[1], what)
        self.need(a.shape == b.shape == o.shape, f'{what}: broadcasting ({a.shape} + {b.shape}) is not supported')
        opt = options(op, 'AddOptions')
        act = opt.FusedActivationFunction() if opt is not None else 0
        left_shift = 20
        s1, s2, so = np.float32(a.scale), np.float32(b.scale), np.float32(o.scale)
        twice_max = 2 * float(max(s1, s2))
        m1, sh1 = quantize_multiplier(float(s1) / twice_max)
        m2, sh2 = quantize_multiplier(float(s2) / twice_max)
        mo, sho = quantize_multiplier(twice_max / float(np.float32((1 << left_shift) * so)))
        amin, amax = act_range(act, o.scale, o.zp)
        return {'op': 'ZOO_OP_ADD', 'in': a, 'in2': b, 'out': o, 'act': (amin, amax),
                'params': ('add', {'left_shift': left_shift, 'in1_multiplier': m1, 'in1_shift': sh1,
                                   'in2_multiplier': m2, 'in2_shift': sh2,
                                   'out_multiplier': mo, 'out_shift': sho})}

    # -- arena planning: greedy by size, no overlap between tensors alive at the same time
    def plan(self):
        n = len(self.layers)
        first, last = {}, {}
        for t in self.inputs:
            first[t] = -1
            last[t] = -1
        for li, l in enumerate(self.layers):
            for t in l['ins']:
                self.need(t in first, f'tensor {self.tensors[t].name!r} is read before it is written')
                last[t] = max(last.get(t, li), li)
            for t in l['outs']:
                first[t] = li
                last.setdefault(t, li)
        # Keep the model output and the int8 tensor its DEQUANTIZE reads alive to the end.
        self.output_q = self.outputs[0]
        prod = [l for l in self.layers if self.outputs[0] in l['outs']]
        if prod and prod[0]['op'] == 'ZOO_OP_DEQUANTIZE':
            self.output_q = prod[0]['ins'][0]
        for t in (self.outputs[0], self.output_q):
            last[t] = n
        order = sorted(first, key=lambda t: (-self.tensors[t].nbytes(), t))
        placed: list[tuple[int, int, int, int]] = []  # (offset, size, first, last)
        self.offsets = {}
        for t in order:
            size = (self.tensors[t].nbytes() + 7) & ~7
            f, la = first[t], last[t]
            clashes = sorted((o, s) for o, s, pf, pl in placed if not (pl < f or la < pf))
            off = 0
            for o, s in clashes:
                if off + size <= o:
                    break
                off = max(off, o + s)
            placed.append((off, size, f, la))
            self.offsets[t] = off
        self.arena_size = max((o + s for o, s, _, _ in placed), default=0)

    # -- C output
    def tensor_c(self, t: Tensor) -> str:
        n, h, w, c = t.nhwc()
        return (f'{{ .offset = {self.offsets[t.index]}u, .n = {n}, .h = {h}, .w = {w}, .c = {c}, '
                f'.dtype = {DTYPE_C[t.type]}, .zero_point = {t.zp}, .scale = {c_float(t.scale)} }}')

    def write(self, out_dir: str):
        os.makedirs(out_dir, exist_ok=True)
        sha = hashlib.sha256(self.raw).hexdigest()
        base = f'{self.name}_model'
        layers_c = []
        for l in self.layers:
            fields = [f'.op = {l["op"]}', f'.in = {self.tensor_c(l["in"])}', f'.out = {self.tensor_c(l["out"])}']
            if 'in2' in l:
                fields.append(f'.in2 = {self.tensor_c(l["in2"])}')
            fields.append(f'.act_min = {l["act"][0]}, .act_max = {l["act"][1]}')
            if l['params']:
                kind, p = l['params']
                fields.append(f'.p.{kind} = {{ ' + ', '.join(f'.{k} = {v}' for k, v in p.items()) + ' }')
            layers_c.append('  { /* #%d %s */\n    ' % (l['index'], l['op'][7:]) + ',\n    '.join(fields) + ' },')
        inp = self.tensors[self.inputs[0]]
        out = self.tensors[self.outputs[0]]
        outq = self.tensors[self.output_q]
        header = f'''/* Generated by tools/tflite2c.py from {os.path.basename(self.path)} (sha256 {sha[:16]}). Do not edit. */
#ifndef ZOO_MODEL_{self.name.upper()}_H
#define ZOO_MODEL_{self.name.upper()}_H
#include "zoo.h"

extern const zoo_model_t zoo_model_{self.name};

#define ZOO_{self.name.upper()}_INPUT_COUNT {inp.count()}
#define ZOO_{self.name.upper()}_OUTPUT_COUNT {out.count()}
#define ZOO_{self.name.upper()}_ARENA_SIZE {self.arena_size}

#endif
'''
        src = f'''/* Generated by tools/tflite2c.py from {os.path.basename(self.path)} (sha256 {sha[:16]}). Do not edit.
 * Operators: {", ".join(self.op_names)}
 * Input: {TYPE_NAMES[inp.type]} {inp.shape}; output: {TYPE_NAMES[out.type]} {out.shape}; arena {self.arena_size} bytes.
 */
#include "{base}.h"

{chr(10).join(self.consts)}
static uint8_t {self.name}_arena[{max(self.arena_size, 8)}] __attribute__((aligned(8)));

static const zoo_layer_t {self.name}_layers[{len(self.layers)}] = {{
{chr(10).join(layers_c)}
}};

const zoo_model_t zoo_model_{self.name} = {{
  .name = "{self.name}",
  .layers = {self.name}_layers,
  .n_layers = {len(self.layers)},
  .arena = {self.name}_arena,
  .arena_size = {self.arena_size}u,
  .input = {self.tensor_c(inp)},
  .output = {self.tensor_c(out)},
  .output_q = {self.tensor_c(outq)},
  .has_output_q = {int(self.output_q != self.outputs[0])},
  .input_dims = "{dims(inp)}",
  .output_dims = "{dims(out)}",
  .output_q_dims = "{dims(outq)}",
}};
'''
        with open(os.path.join(out_dir, base + '.h'), 'w') as f:
            f.write(header)
        with open(os.path.join(out_dir, base + '.c'), 'w') as f:
            f.write(src)

    def summary(self) -> str:
        lines = [f'{self.name}: {len(self.layers)} layers, arena {self.arena_size} bytes']
        for l in self.layers:
            lines.append(f'  #{l["index"]:2d} {l["op"][7:]:20s} {l["in"].shape} -> {l["out"].shape} '
                         f'@{self.offsets[l["in"].index]}->{self.offsets[l["out"].index]}')
        return '\n'.join(lines)


def dims(t: Tensor) -> str:
    return 'x'.join(str(d) for d in t.shape) or '1'


def c_float(x: float) -> str:
    v = float(np.float32(x))
    if v == 0.0:
        return '0.0f'
    return v.hex() + 'f'


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('model')
    ap.add_argument('--name', required=True, help='C identifier for the model (zoo_model_NAME)')
    ap.add_argument('--out-dir', required=True)
    ap.add_argument('--summary', action='store_true', help='print the layer plan')
    args = ap.parse_args(argv)
    if not re.fullmatch(r'[A-Za-z_][A-Za-z0-9_]*', args.name):
        sys.stderr.write(f'tflite2c: error: --name {args.name!r} is not a C identifier\n')
        return 2
    try:
        conv = Converter(args.model, args.name)
        conv.convert()
        conv.write(args.out_dir)
    except ConvertError as e:
        sys.stderr.write(f'tflite2c: error: {args.model}: {e}\n')
        return 2
    except OSError as e:
        sys.stderr.write(f'tflite2c: error: {e}\n')
        return 2
    except Exception as e:  # a damaged or non-TFLite file trips the flatbuffer accessors
        msg = str(e).splitlines()[0] if str(e) else type(e).__name__
        sys.stderr.write(f'tflite2c: error: {args.model}: not a readable .tflite model ({msg})\n')
        return 2
    if args.summary:
        print(conv.summary())
    return 0


if __name__ == '__main__':
    sys.exit(main())
