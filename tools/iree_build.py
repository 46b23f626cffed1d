#!/usr/bin/env python3
"""iree_build: compile an int8 TFLite model with IREE for the rv-zoo micro runtime.

    python3 tools/iree_build.py MODEL.tflite --name NAME --out-dir DIR [--iree-bin DIR]
    python3 tools/iree_build.py --fix-only IN.mlir -o OUT.mlir      (the MLIR rewrite alone)

Steps: `iree-import-tflite` (TOSA, MLIR bytecode) -> `iree-opt` (text) -> the rewrite below ->
`iree-compile` for riscv32 (llvm-cpu static library + EmitC module). Writes into DIR:

    NAME.mlir          the fixed TOSA module that was compiled
    NAME_lib.o         the dispatches: a static executable library (IREE's library ABI)
    NAME_lib.h         its query function's declaration (written by iree-compile)
    NAME_module.h      the VM module as C (EmitC); compile it once with EMITC_IMPLEMENTATION
    NAME_info.h        what firmware/zoo/iree/app/main.c needs: query function, module create
                       function, input element type and shape

The rewrite (IREE 3.1 with the importer of TF 2.18 does not compile these models, or compiles
them wrong, without it):

1. uint8 inputs. TOSA's profile rejects ui8 (`'tosa.rescale' op is not profile-aligned`).
   The usual cure, `iree-tosa-strip-signedness`, turns the ui8 -> i8 rescale into an i8 -> i8
   one, so pixels >= 128 saturate to -128: wrong. Here the input becomes i8 carrying the same
   bits and the rescale becomes `x xor 0x80` (x - 128 in two's complement), exact; a rescale
   that is not the plain zero-point shift keeps its scale with input_zp - 128 after the xor.
2. Saturating casts. TF 2.18 lowers the int8 softmax through float and an i32 -> i8
   `tosa.cast`, which wraps (128 -> -128) where TFLite saturates: a clamp to [-128, 127] goes
   before every i32 -> i8 cast.
3. Batch 1. The importer keeps the batch dimension dynamic (`?`), which triples the dispatch
   code; it becomes 1. Any other dynamic dimension is an error.

Errors: one line `iree_build: error: ...` on stderr, exit status 2.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys

DYNAMIC = '-9223372036854775808'  # how the printed MLIR spells a dynamic size in arrays
DEFAULT_IREE_BIN = os.path.join(os.path.expanduser('~'), '.cache', 'rv-zoo', 'iree-venv', 'bin')

COMPILE_FLAGS = [
    '--iree-input-type=tosa',
    '--iree-hal-target-backends=llvm-cpu',
    '--iree-llvmcpu-target-triple=riscv32-unknown-elf',
    '--iree-llvmcpu-target-abi=ilp32',
    '--iree-llvmcpu-target-cpu-features=+m,+a,+c',
    '--iree-llvmcpu-link-embedded=false',
    '--iree-llvmcpu-link-static',
    '--iree-vm-target-index-bits=32',
    '--output-format=vm-c',
]

# IREE HAL element types: (numerical type << 24) | bits
ELEMENT_TYPES = {'i8': 0x10000008, 'i16': 0x10000010, 'i32': 0x10000020, 'f32': 0x21000020}


class BuildError(Exception):
    pass


# ---------------------------------------------------------------- the MLIR rewrite

_RESCALE_UI8 = re.compile(
    r'^(?P<ind>\s*)(?P<res>%[\w$.]+) = tosa\.rescale (?P<src>%[\w$.]+) \{(?P<attrs>[^}]*)\} : '
    r'\((?P<ity>tensor<(?P<shape>[0-9x]+)xui8>)\) -> (?P<oty>tensor<[0-9x]+xi8>)\s*$')
_CAST_I32_I8 = re.compile(
    r'^(?P<ind>\s*)(?P<res>%[\w$.]+) = tosa\.cast (?P<src>%[\w$.]+) : '
    r'\((?P<ity>tensor<[0-9x]+xi32>)\) -> (?P<oty>tensor<[0-9x]+xi8>)\s*$')


def _attr(attrs: str, name: str) -> str:
    m = re.search(rf'\b{name} = ([^,]+?)(?:,\s*\w+ =|$)', attrs)
    if not m:
        raise BuildError(f'tosa.rescale without {name}: {attrs}')
    return m.group(1).strip()


def _int_attr(attrs: str, name: str) -> int:
    return int(_attr(attrs, name).split(':')[0].strip())


def _array_attr(attrs: str, name: str) -> list[int]:
    m = re.search(rf'\b{name} = array<i\d+:([^>]*)>', attrs)
    if not m:
        raise BuildError(f'tosa.rescale without {name}: {attrs}')
    return [int(v) for v in m.group(1).split(',') if v.strip()]


def fix_mlir(text: str, ui8: bool = True) -> tuple[str, dict[str, int]]:
    """Applies the three rewrites to a TOSA module printed by iree-opt; returns the new text and
    how many places each rewrite changed. ui8=False leaves uint8 alone (rewrites 2 and 3 only)."""
    report = {'batch': 0, 'ui8_rescale': 0, 'clamp': 0}

    # 3. batch: a leading `?` in tensor types, a leading dynamic size in reshape shapes.
    text, n = re.subn(r'tensor<\?x', 'tensor<1x', text)
    report['batch'] += n
    text, n = re.subn(rf'(new_shape = array<i64: ){DYNAMIC}\b', r'\g<1>1', text)
    report['batch'] += n
    if re.search(r'tensor<[^>]*\?', text) or DYNAMIC in text:
        raise BuildError('a dimension other than the batch is dynamic; only a dynamic batch is fixed')

    out = []
    xored = []
    k = 0
    for line in text.split('\n'):
        m = _RESCALE_UI8.match(line) if ui8 else None
        if m:
            k += 1
            ind, res, src, shape, oty = m['ind'], m['res'], m['src'], m['shape'], m['oty']
            attrs = m['attrs']
            ity = f'tensor<{shape}xi8>'
            ones = 'x'.join('1' for _ in shape.split('x'))
            kty = f'tensor<{ones}xi8>'
            izp, ozp = _int_attr(attrs, 'input_zp'), _int_attr(attrs, 'output_zp')
            mult, shift = _array_attr(attrs, 'multiplier'), _array_attr(attrs, 'shift')
            identity = izp == 0 and ozp == -128 and mult == [1 << 30] and shift == [30]
            xor = res if identity else f'%rvzoo_xor{k}'
            out.append(f'{ind}%rvzoo_k{k} = "tosa.const"() <{{value = dense<-128> : {kty}}}> : () -> {kty}')
            out.append(f'{ind}{xor} = tosa.bitwise_xor {src}, %rvzoo_k{k} : ({ity}, {kty}) -> {ity}')
            if not identity:
                if not 0 <= izp <= 255:
                    raise BuildError(f'uint8 rescale with input_zp {izp}')
                attrs2 = re.sub(r'\binput_zp = -?\d+', f'input_zp = {izp - 128}', attrs)
                out.append(f'{ind}{res} = tosa.rescale {xor} {{{attrs2}}} : ({ity}) -> {oty}')
            report['ui8_rescale'] += 1
            xored.append(src)
            continue
        m = _CAST_I32_I8.match(line)
        if m:
            k += 1
            ind, res, src, ity, oty = m['ind'], m['res'], m['src'], m['ity'], m['oty']
            out.append(f'{ind}%rvzoo_sat{k} = tosa.clamp {src} {{max_fp = 0.000000e+00 : f32, '
                       f'max_int = 127 : i64, min_fp = 0.000000e+00 : f32, min_int = -128 : i64}} '
                       f': ({ity}) -> {ity}')
            out.append(f'{ind}{res} = tosa.cast %rvzoo_sat{k} : ({ity}) -> {oty}')
            report['clamp'] += 1
            continue
        out.append(line)
    text = '\n'.join(out)

    # The rescales consumed the uint8 arguments: those now take i8 with the same bits.
    for src in xored:
        text = re.sub(rf'({re.escape(src)}: tensor<[0-9x]+x)ui8>', r'\1i8>', text)
    if ui8 and 'ui8' in text:
        raise BuildError('a uint8 tensor other than a rescaled input remains (uint8 outputs are not supported)')
    return text, report


def signature(text: str) -> tuple[list[tuple[list[int], str]], list[tuple[list[int], str]]]:
    """(inputs, outputs) of @main as ([dims], element type)."""
    m = re.search(r'func\.func @main\((.*?)\) -> \((.*?)\)(?: attributes|\s*\{)', text)
    if not m:
        m2 = re.search(r'func\.func @main\((.*?)\) -> (tensor<[^>]*>)', text)
        if not m2:
            raise BuildError('no func.func @main in the imported module')
        ins, outs = m2.group(1), m2.group(2)
    else:
        ins, outs = m.group(1), m.group(2)

    def parse(s):
        res = []
        for t in re.findall(r'tensor<([0-9x]+)x(\w+)>', s):
            res.append(([int(d) for d in t[0].split('x')], t[1]))
        return res
    return parse(ins), parse(outs)


# ---------------------------------------------------------------- running IREE's tools

def find_tool(name: str, iree_bin: str | None) -> str:
    for d in [iree_bin, os.environ.get('RVZOO_IREE_BIN'), DEFAULT_IREE_BIN]:
        if d and os.path.isfile(os.path.join(d, name)):
            return os.path.join(d, name)
    p = shutil.which(name)
    if p:
        return p
    raise BuildError(f'{name} not found (pip install -r tools/requirements-iree.txt into '
                     f'{os.path.dirname(DEFAULT_IREE_BIN)}, or give --iree-bin)')


def run(cmd: list[str], what: str) -> None:
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        lines = [ln for ln in (r.stderr or r.stdout).splitlines() if 'error' in ln.lower()]
        first = (lines or (r.stderr or r.stdout).strip().splitlines() or ['(no output)'])[0]
        raise BuildError(f'{what} failed: {first.strip()}')


def info_header(name: str, text: str) -> str:
    ins, outs = signature(text)
    if len(ins) != 1 or len(outs) != 1:
        raise BuildError(f'@main has {len(ins)} inputs and {len(outs)} outputs; the firmware takes one of each')
    (idims, ity), (odims, oty) = ins[0], outs[0]
    if ity not in ELEMENT_TYPES or oty not in ELEMENT_TYPES:
        raise BuildError(f'unsupported element types {ity} -> {oty}')
    count = 1
    for d in idims:
        count *= d
    nbytes = count * (ELEMENT_TYPES[ity] & 0xff) // 8
    q = f'{name}_linked_library_query'
    return '\n'.join([
        f'/* {name}: written by tools/iree_build.py. */',
        f'#include "{name}_lib.h"',
        f'#include "{name}_module.h"',
        f'#define RVZ_LIBRARY_QUERY {q}',
        f'#define RVZ_LIBRARY_NAME "{name}_linked"',
        f'#define RVZ_MODEL_NAME "{name}"',
        '#define RVZ_MODULE_CREATE module_create',
        f'#define RVZ_INPUT_BYTES {nbytes}',
        f'#define RVZ_INPUT_DIMS "{"x".join(map(str, idims))}"',
        f'#define RVZ_INPUT_SHAPE {", ".join(map(str, idims))}',
        f'#define RVZ_INPUT_ELEMENT_TYPE 0x{ELEMENT_TYPES[ity]:08x}u /* {ity} */',
        f'#define RVZ_OUTPUT_DIMS "{"x".join(map(str, odims))}" /* {oty} */',
        '',
    ])


def build(model: str, name: str, out_dir: str, iree_bin: str | None, ui8: str = 'xor') -> dict[str, int]:
    if not re.fullmatch(r'[a-z_][a-z0-9_]*', name):
        raise BuildError(f'--name {name!r}: use lower-case letters, digits and _')
    if not os.path.isfile(model):
        raise BuildError(f'{model}: no such file')
    os.makedirs(out_dir, exist_ok=True)
    bc = os.path.join(out_dir, f'{name}.imported.mlirbc')
    txt = os.path.join(out_dir, f'{name}.imported.mlir')
    fixed = os.path.join(out_dir, f'{name}.mlir')
    run([find_tool('iree-import-tflite', iree_bin), model, '-o', bc], 'iree-import-tflite')
    run([find_tool('iree-opt', iree_bin), bc, '-o', txt], 'iree-opt')
    with open(txt) as f:
        text, report = fix_mlir(f.read(), ui8=ui8 == 'xor')
    with open(fixed, 'w') as f:
        f.write(text)
    if ui8 == 'strip-signedness':
        # The popular fix, kept to show that it is wrong: pixels >= 128 saturate to -128.
        stripped = os.path.join(out_dir, f'{name}.stripped.mlir')
        run([find_tool('iree-opt', iree_bin), fixed, '-o', stripped,
             '--pass-pipeline=builtin.module(func.func(iree-tosa-strip-signedness))'], 'iree-opt strip-signedness')
        os.replace(stripped, fixed)
        with open(fixed) as f:
            text = f.read()
    # iree-compile names the library after the input file's stem: compile from DIR as NAME.mlir
    # with relative outputs, so that no absolute path lands in the outputs.
    run([find_tool('iree-compile', iree_bin), f'{name}.mlir', *COMPILE_FLAGS,
         f'--iree-llvmcpu-static-library-output-path={name}_lib.o', '-o', f'{name}_module.h'],
        'iree-compile')
    with open(os.path.join(out_dir, f'{name}_info.h'), 'w') as f:
        f.write(info_header(name, text))
    for p in (bc, txt):
        os.remove(p)
    return report


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description='TFLite -> fixed TOSA -> iree-compile (riscv32 static library + EmitC)')
    ap.add_argument('model', help='MODEL.tflite, or with --fix-only an MLIR text file')
    ap.add_argument('--name', help='C-safe model name (file names, library name)')
    ap.add_argument('--out-dir', help='output directory')
    ap.add_argument('--iree-bin', help='directory with iree-import-tflite, iree-opt, iree-compile')
    ap.add_argument('--fix-only', action='store_true', help='only rewrite MLIR text (MODEL) into -o')
    ap.add_argument('-o', '--output', help='with --fix-only: the output file')
    ap.add_argument('--ui8', choices=['xor', 'strip-signedness'], default='xor',
                    help='how uint8 inputs are made legal: xor 0x80 (exact, default) or the '
                         'iree-tosa-strip-signedness pass (wrong for pixels >= 128; for comparison)')
    args = ap.parse_args(argv)
    try:
        if args.fix_only:
            with open(args.model) as f:
                text, report = fix_mlir(f.read())
            if args.output:
                with open(args.output, 'w') as f:
                    f.write(text)
            else:
                sys.stdout.write(text)
        else:
            if not args.name or not args.out_dir:
                ap.error('--name and --out-dir are required')
            cwd = os.getcwd()
            model = os.path.abspath(args.model)
            out_dir = os.path.abspath(args.out_dir)
            os.makedirs(out_dir, exist_ok=True)
            os.chdir(out_dir)
            try:
                report = build(model, args.name, out_dir, args.iree_bin, args.ui8)
            finally:
                os.chdir(cwd)
        print(f'iree_build: batch dims fixed {report["batch"]}, uint8 rescales -> xor {report["ui8_rescale"]}, '
              f'clamps before i32->i8 casts {report["clamp"]}', file=sys.stderr)
    except (BuildError, OSError) as e:
        print(f'iree_build: error: {e}', file=sys.stderr)
        return 2
    return 0


if __name__ == '__main__':
    sys.exit(main())
