/**
 * Shared by the benchmark runners (run.ts, suite.ts): external tools and how QEMU boots an ELF.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Whether a command is on PATH. */
export function have(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** QEMU 7.2 -cpu options for an ISA string of the firmware manifest (its `arch`), or none. */
export function qemuCpu(isa: string | undefined): string[] {
  if (isa === undefined) return [];
  const d = /^rv32i[a-z]*d/.test(isa) || isa.startsWith('rv32g');
  const f = d || /^rv32i[a-z]*f/.test(isa);
  const props = [`f=${f}`, `d=${d}`, ...['zba', 'zbb', 'zbs'].filter((z) => isa.includes(`_${z}`)).map((z) => `${z}=true`)];
  return ['-cpu', `rv32,${props.join(',')}`];
}

/**
 * QEMU arguments for an ELF: -kernel for RAM builds; XIP builds (entry point in flash) boot from
 * a pflash0 image made in `tmp` (QEMU 7.2's virt ignores the entry point of a -kernel in flash).
 * `isa` (an ISA string) selects the CPU's extensions.
 */
export function qemuArgs(elf: string, tmp: string, isa?: string): string[] {
  const bytes = readFileSync(elf);
  const entry = bytes.readUInt32LE(24);
  const args = ['-M', 'virt', '-nographic', '-bios', 'none', ...qemuCpu(isa)];
  if (entry >= 0x20000000 && entry < 0x22000000) {
    const img = join(tmp, `${entry.toString(16)}-${Math.random().toString(36).slice(2)}.bin`);
    execFileSync('riscv64-unknown-elf-objcopy', ['-O', 'binary', elf, img]);
    execFileSync('truncate', ['-s', '32M', img]);
    args.push('-drive', `if=pflash,unit=0,format=raw,file=${img},readonly=on`);
  } else {
    args.push('-kernel', elf);
  }
  return args;
}
