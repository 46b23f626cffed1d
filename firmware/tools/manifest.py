#!/usr/bin/env python3
"""Write prebuilt/manifest.json: every prebuilt ELF with how to run and check it.

Paths are relative to the firmware/ directory.  Conventions shared with qemu-check.sh:
NAME, NAME_xip, NAME_noc, NAME_f, NAME_d, NAME_zb come from {apps,tests,bench}/NAME.c (arch is
the ISA of the variant: rv32imac, rv32ima, rv32imafc, rv32imafdc, rv32imac_zba_zbb_zbs); suite_BASE_CC_OPT from
suite/BASE.c, compiled by CC (gcc or clang) at -OPT, kind "suite" (other ELFs, from
firmware/zoo, have kind "zoo" and their NAME.expected etc. anywhere under zoo/); DIR/ELFNAME.expected,
.exitcode (non-zero only) and .stdin sit beside the source; semihost* use semihosting.
"""
import json
import os
import sys

FW = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# ELF name suffix -> (layout, ISA the program is built for; rv-zoo's --isa)
VARIANTS = {
    '_xip': ('xip', 'rv32imac'),
    '_noc': ('ram', 'rv32ima'),
    '_f': ('ram', 'rv32imafc'),
    '_d': ('ram', 'rv32imafdc'),
    '_zb': ('ram', 'rv32imac_zba_zbb_zbs'),
}

# tests that run longer than the usual 20 M instructions (fpvec: ~25 M (F) / ~56 M (D))
BUDGETS = {'fpvec': 100_000_000}


def rel(p):
    return os.path.relpath(p, FW)


def main():
    programs = []
    for fn in sorted(os.listdir(os.path.join(FW, 'prebuilt'))):
        if not fn.endswith('.elf'):
            continue
        name = fn[:-4]
        base = name
        layout, arch = 'ram', 'rv32imac'
        for suffix, (lay, isa) in VARIANTS.items():
            if name.endswith(suffix) and not name.startswith('suite_'):
                base, layout, arch = name[:-len(suffix)], lay, isa
                break
        with open(os.path.join(FW, 'prebuilt', fn), 'rb') as f:
            entry_point = int.from_bytes(f.read(28)[24:28], 'little')
        if 0x20000000 <= entry_point < 0x22000000:
            layout = 'xip'
        srcdir = next((d for d in ('apps', 'tests', 'bench')
                       if os.path.exists(os.path.join(FW, d, base + '.c'))), None)
        build = None
        if name.startswith('suite_'):
            # suite_BASE_CC_OPT
            base, compiler, opt = name[len('suite_'):].rsplit('_', 2)
            d = os.path.join(FW, 'suite')
            src = rel(os.path.join(d, base + '.c'))
            kind = 'suite'
            build = {'compiler': compiler, 'opt': '-' + opt}
        elif srcdir is None:
            # built elsewhere (firmware/zoo): expectations are NAME.* anywhere under zoo/
            d, src = None, None
            for root, _dirs, files in os.walk(os.path.join(FW, 'zoo')):
                if name + '.expected' in files:
                    d = root
                    break
            d = d or os.path.join(FW, 'zoo')
            kind = 'zoo'
        else:
            d = os.path.join(FW, srcdir)
            src = rel(os.path.join(d, base + '.c'))
            kind = {'apps': 'app', 'tests': 'test', 'bench': 'bench'}[srcdir]
        expected = os.path.join(d, name + '.expected')
        exitcode = os.path.join(d, name + '.exitcode')
        stdin = os.path.join(d, name + '.stdin')
        semihost = base.startswith('semihost')
        exits = base != 'spin'
        entry = {
            'name': name,
            'elf': 'prebuilt/' + fn,
            'source': src,
            'kind': kind,
            'layout': layout,
            'entry': '0x%08x' % entry_point,
            'arch': arch,
            'expected': rel(expected) if os.path.exists(expected) else None,
            'exitCode': (int(open(exitcode).read().strip()) if os.path.exists(exitcode)
                         else (0 if exits else None)),
            'stdin': rel(stdin) if os.path.exists(stdin) else None,
            'stdinText': open(stdin).read() if os.path.exists(stdin) else None,
            'semihosting': semihost,
            'exits': exits,
            'maxInstructions': BUDGETS.get(base, 20_000_000 if kind in ('app', 'test') else 1_000_000_000),
        }
        if build:
            entry.update(build)
        programs.append(entry)
    doc = {
        'description': 'rv-zoo firmware: run each ELF on the virt machine, feed stdin '
                       '(UART0 receive) if given, compare the console output byte for byte '
                       'with expected and the exit code with exitCode. See firmware/README.md.',
        'machine': 'virt',
        'programs': programs,
    }
    json.dump(doc, sys.stdout, indent=2)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
