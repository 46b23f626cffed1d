#!/usr/bin/env bash
# Run every firmware/prebuilt/*.elf that has an expected-output file under
# qemu-system-riscv32 -M virt and compare console output and exit code with it.
#
#   firmware/qemu-check.sh                 check all
#   firmware/qemu-check.sh hello isa_xip   check some (names without .elf)
#   firmware/qemu-check.sh --update NAME   rewrite NAME.expected/.exitcode from QEMU
#                                          (read the result before committing it!)
#
# Conventions (shared with tools/manifest.py):
#   program NAME, NAME_xip, NAME_noc, NAME_f, NAME_d, NAME_zb comes from {apps,tests,bench}/NAME.c
#   (NAME_f is rv32imafc: run with -cpu rv32,f=true,d=false; NAME_d rv32imafdc: f=true,d=true;
#   NAME_zb has Zba/Zbb/Zbs: zba=true,zbb=true,zbs=true)
#   program suite_BASE_CC_OPT comes from suite/BASE.c (expectations in suite/)
#   (ELFs from firmware/zoo: NAME.expected etc. anywhere under zoo/)
#   expectations live beside the source: DIR/ELFNAME.expected, DIR/ELFNAME.exitcode
#   (only when non-zero), DIR/ELFNAME.stdin (fed to the UART), semihost* use semihosting
#   ELFs whose entry point is in flash (the *_xip builds) run from pflash0: the ELF's
#   load image as a 32 MiB raw image, no -kernel (see README.md)
set -u
FW="$(cd "$(dirname "$0")" && pwd)"
QEMU="${QEMU:-qemu-system-riscv32}"
OBJCOPY="${OBJCOPY:-riscv64-unknown-elf-objcopy}"
TIMEOUT="${TIMEOUT:-120}"
update=0
if [ "${1:-}" = "--update" ]; then update=1; shift; fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

srcdir_of() { # ELF base name -> directory holding its source
    local base="$1" d
    case "$base" in suite_*) [ -d "$FW/suite" ] && echo "$FW/suite"; return ;; esac
    base="${base%_xip}"; base="${base%_noc}"; base="${base%_f}"; base="${base%_d}"; base="${base%_zb}"
    for d in apps tests bench; do
        [ -f "$FW/$d/$base.c" ] && { echo "$FW/$d"; return; }
    done
    # ELFs built by firmware/zoo: expectations are NAME.expected anywhere under zoo/
    local hit
    hit="$(find "$FW/zoo" -name "$1.expected" 2>/dev/null | head -1)"
    [ -n "$hit" ] && dirname "$hit"
}

names=()
if [ $# -gt 0 ]; then
    names=("$@")
else
    for elf in "$FW"/prebuilt/*.elf; do names+=("$(basename "$elf" .elf)"); done
fi

fail=0; ran=0
for name in "${names[@]}"; do
    elf="$FW/prebuilt/$name.elf"
    dir="$(srcdir_of "$name")"
    [ -n "$dir" ] || continue   # no expectation anywhere (e.g. spin)
    exp="$dir/$name.expected"
    if [ ! -f "$exp" ] && [ $update -eq 0 ]; then continue; fi
    args=(-M virt -bios none -icount shift=0)
    case "$name" in
        suite_*) ;;
        *_f) args+=(-cpu rv32,f=true,d=false) ;;
        *_d) args+=(-cpu rv32,f=true,d=true) ;;
        *_zb) args+=(-cpu rv32,zba=true,zbb=true,zbs=true) ;;
    esac
    case "$name" in
        semihost*)
            # QEMU 7.2 writes semihosting output to its stderr unless given a chardev:
            # share one stdio chardev between the UART and semihosting (this replaces
            # -nographic, which would claim stdio for the UART/monitor mux only).
            args+=(-display none -monitor none -chardev stdio,id=con,mux=on -serial chardev:con
                   -semihosting-config enable=on,target=native,chardev=con) ;;
        *)  args+=(-nographic) ;;
    esac
    # XIP if the entry point is in flash (0x20000000..0x21ffffff), whatever the name
    entry="$(od -An -t x4 -j 24 -N 4 "$elf" | tr -d ' ')"
    layout=ram
    case "$entry" in 20*|21*) layout=xip ;; esac
    case "$layout" in
        xip)
            "$OBJCOPY" -O binary "$elf" "$tmp/flash.bin" && truncate -s 32M "$tmp/flash.bin"
            args+=(-drive "if=pflash,unit=0,format=raw,file=$tmp/flash.bin,readonly=on") ;;
        *)  args+=(-kernel "$elf") ;;
    esac
    stdin=/dev/null
    [ -f "$dir/$name.stdin" ] && stdin="$dir/$name.stdin"
    timeout "$TIMEOUT" "$QEMU" "${args[@]}" <"$stdin" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    ran=$((ran + 1))
    if [ $update -eq 1 ]; then
        if [ $rc -eq 124 ]; then echo "NOT UPDATED $name: timeout"; fail=1; continue; fi
        cp "$tmp/out" "$exp"
        if [ $rc -ne 0 ]; then echo "$rc" >"$dir/$name.exitcode"; else rm -f "$dir/$name.exitcode"; fi
        echo "UPDATED $name (exit $rc, $(wc -l <"$exp") lines)"
        continue
    fi
    want_rc=0
    [ -f "$dir/$name.exitcode" ] && want_rc="$(cat "$dir/$name.exitcode")"
    if [ $rc -eq 124 ]; then
        echo "FAIL $name: timeout after ${TIMEOUT}s"; fail=1
    elif ! cmp -s "$tmp/out" "$exp"; then
        echo "FAIL $name: output differs from ${exp#$FW/}"
        diff "$exp" "$tmp/out" | head -10 | sed 's/^/    /'
        fail=1
    elif [ "$rc" != "$want_rc" ]; then
        echo "FAIL $name: exit code $rc, expected $want_rc"; fail=1
    else
        echo "ok   $name (exit $rc)"
    fi
    [ -s "$tmp/err" ] && sed 's/^/    qemu stderr: /' "$tmp/err" | head -5
done
[ $ran -gt 0 ] || { echo "no programs checked"; exit 1; }
exit $fail
