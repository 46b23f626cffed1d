#!/usr/bin/env python3
"""qemu_zoo: run a zoo XIP firmware on qemu-system-riscv32 with each golden vector's input
injected into the `zoo_input` symbol, and compare the printed int8 scores (and the float scores, exactly) with the vectors.

    python3 tools/qemu_zoo.py firmware/prebuilt/mnist_demo.elf test/zoo/vectors/mnist_demo.json [--limit N]

Injection works like the emulator's writeSymbol: zoo_input is in .rodata (flash), so the 784
bytes are written into the flash image at the symbol's address before QEMU boots. Prints one
line per vector and `N passed, M failed`; exits 1 on any mismatch. Also prints the instruction
count the firmware reports for the invoke stage (`# invoke instructions N`).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
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


def run_qemu(flash_bin: str, timeout: float = 60.0) -> tuple[int, str]:
    p = subprocess.run([QEMU, '-M', 'virt', '-nographic', '-bios', 'none', '-icount', 'shift=0',
                        '-drive', f'if=pflash,unit=0,format=raw,file={flash_bin},readonly=on'],
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
    args = ap.parse_args(argv)
    addr, size = symbol(args.elf, 'zoo_input')
    if not (FLASH_BASE <= addr < FLASH_BASE + FLASH_SIZE) or size != 784:
        raise SystemExit(f'qemu_zoo: error: zoo_input at {addr:#x} ({size} bytes) is not a 784-byte flash array')
    doc = json.load(open(args.vectors))
    vectors = doc['vectors'][: args.limit or None]
    tmp = tempfile.mkdtemp(prefix='qemu_zoo_')
    ok = bad = 0
    try:
        base = os.path.join(tmp, 'base.bin')
        subprocess.run([CROSS + 'objcopy', '-O', 'binary', args.elf, base], check=True)
        image = bytearray(open(base, 'rb').read())
        image.extend(b'\0' * (FLASH_SIZE - len(image)))
        off = addr - FLASH_BASE
        flash = os.path.join(tmp, 'flash.bin')
        for v in vectors:
            image[off:off + 784] = bytes.fromhex(v['input_hex'])
            with open(flash, 'wb') as f:
                f.write(image)
            rc, text = run_qemu(flash)
            q = parse_result(text, 'scores_q')
            got = [int(x) for x in q] if q else None
            fs = parse_result(text, 'scores')
            got_f = [float(x) for x in fs] if fs else None
            m = re.search(r'^# invoke instructions (\d+)', text, re.M)
            count = m.group(1) if m else '?'
            if rc == 0 and got == v['output_q'] and got_f == v['output']:
                ok += 1
                print(f'ok   digit {v["label"]} #{v["digit_index"]}: class {v["argmax"]}, {count} instructions')
            else:
                bad += 1
                print(f'FAIL digit {v["label"]} #{v["digit_index"]}: exit {rc}, got {got} {got_f}, want {v["output_q"]} {v["output"]}')
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f'{ok} passed, {bad} failed')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
