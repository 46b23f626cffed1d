#!/usr/bin/env python3
"""qemu_zoo: run a zoo firmware on qemu-system-riscv32 with each golden vector's input
injected into the `zoo_input` symbol, and compare the printed int8 scores (and the float scores,
exactly) with the vectors.

    python3 tools/qemu_zoo.py firmware/prebuilt/mnist_demo.elf test/zoo/vectors/mnist_demo.json [--limit N]
    python3 tools/qemu_zoo.py firmware/build/zoo/mobilenet_ram.elf firmware/build/zoo/vectors/mobilenet.json \
        [--save-console DIR]     # QEMU's whole console per vector, DIR/0.txt, DIR/1.txt, ...

Injection works like the emulator's writeSymbol. XIP builds (entry point in flash): zoo_input
is in .rodata in flash, so the input bytes are written into the flash image at the symbol's
address and QEMU boots from pflash0. RAM builds: the bytes are written into a copy of the ELF
at the symbol's file offset and QEMU loads it with -kernel. The vector's input must have
exactly the symbol's size. Prints one line per vector and `N passed, M failed`; exits 1 on any
mismatch. Also prints the instruction count the firmware reports for the invoke stage
(`# invoke instructions N`; QEMU runs with -icount shift=0, so minstret counts instructions).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile

CROSS = os.environ.get('RVZOO_CROSS', 'riscv64-unknown-elf-')
QEMU = os.environ.get('QEMU', 'qemu-system-riscv32')
FLASH_BASE = 0x20000000
FLASH_SIZE = 32 << 20


def symbol(elf: str, name: str) -> tuple[int, int]:
    out = subprocess.run([CROSS + 'nm', '-S', elf], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[3] == name:
            return int(parts[0], 16), int(parts[1], 16)
    raise SystemExit(f'qemu_zoo: error: {elf}: no symbol {name}')


def elf_layout(elf: bytes) -> tuple[int, list[tuple[int, int, int]]]:
    """(entry point, [(vaddr, file offset, file size)] of the PT_LOAD segments) of an ELF32."""
    if elf[:4] != b'\x7fELF' or elf[4] != 1:
        raise SystemExit('qemu_zoo: error: not an ELF32 file')
    entry, phoff = struct.unpack_from('<II', elf, 24)
    phentsize, phnum = struct.unpack_from('<HH', elf, 42)
    segs = []
    for i in range(phnum):
        p_type, p_offset, p_vaddr, _paddr, p_filesz = struct.unpack_from('<IIIII', elf, phoff + i * phentsize)
        if p_type == 1:
            segs.append((p_vaddr, p_offset, p_filesz))
    return entry, segs


def run_qemu(args: list[str], timeout: float = 300.0) -> tuple[int, str]:
    p = subprocess.run([QEMU, '-M', 'virt', '-nographic', '-bios', 'none', '-icount', 'shift=0', *args],
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    return p.returncode, p.stdout.decode('utf-8', 'replace')


def parse_result(text: str, name: str):
    m = re.search(rf'^@result {name} \w+\[[0-9x]+\]((?: \S+)*)\s*$', text, re.M)
    return m.group(1).split() if m else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument('elf')
    ap.add_argument('vectors')
    ap.add_argument('--limit', type=int, default=0)
    ap.add_argument('--save-console', metavar='DIR', help='write QEMU\'s console of vector i to DIR/i.txt')
    args = ap.parse_args(argv)
    addr, size = symbol(args.elf, 'zoo_input')
    doc = json.load(open(args.vectors))
    vectors = doc['vectors'][: args.limit or None]
    elf = bytearray(open(args.elf, 'rb').read())
    entry, segs = elf_layout(bytes(elf))
    xip = FLASH_BASE <= entry < FLASH_BASE + FLASH_SIZE
    tmp = tempfile.mkdtemp(prefix='qemu_zoo_')
    ok = bad = 0
    try:
        if xip:
            if not (FLASH_BASE <= addr < FLASH_BASE + FLASH_SIZE):
                raise SystemExit(f'qemu_zoo: error: {args.elf}: XIP build, but zoo_input ({addr:#x}) is not in flash')
            base = os.path.join(tmp, 'base.bin')
            subprocess.run([CROSS + 'objcopy', '-O', 'binary', args.elf, base], check=True)
            image = bytearray(open(base, 'rb').read())
            image.extend(b'\0' * (FLASH_SIZE - len(image)))
            off = addr - FLASH_BASE
            target = os.path.join(tmp, 'flash.bin')
            qemu_args = ['-drive', f'if=pflash,unit=0,format=raw,file={target},readonly=on']
        else:
            image = elf
            hits = [o + addr - v for v, o, n in segs if v <= addr and addr + size <= v + n]
            if not hits:
                raise SystemExit(f'qemu_zoo: error: {args.elf}: zoo_input ({addr:#x}) is not in a loaded segment')
            off = hits[0]
            target = os.path.join(tmp, 'patched.elf')
            qemu_args = ['-kernel', target]
        if args.save_console:
            os.makedirs(args.save_console, exist_ok=True)
        for i, v in enumerate(vectors):
            data = bytes.fromhex(v['input_hex'])
            if len(data) != size:
                raise SystemExit(f'qemu_zoo: error: vector input has {len(data)} bytes, zoo_input has {size}')
            image[off:off + size] = data
            with open(target, 'wb') as f:
                f.write(image)
            rc, text = run_qemu(qemu_args)
            if args.save_console:
                with open(os.path.join(args.save_console, f'{i}.txt'), 'w', encoding='utf-8') as f:
                    f.write(text)
            q = parse_result(text, 'scores_q')
            got = [int(x) for x in q] if q else None
            fs = parse_result(text, 'scores')
            got_f = [float(x) for x in fs] if fs else None
            m = re.search(r'^# invoke instructions (\d+)', text, re.M)
            count = m.group(1) if m else '?'
            what = f'{v["label"]} #{v.get("index", v.get("digit_index"))}'
            if rc == 0 and got == v['output_q'] and got_f == v['output']:
                ok += 1
                print(f'ok   {what}: class {v["argmax"]}, {count} instructions')
            else:
                bad += 1
                print(f'FAIL {what}: exit {rc}, got {got} {got_f}, want {v["output_q"]} {v["output"]}')
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f'{ok} passed, {bad} failed')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
