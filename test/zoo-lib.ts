/**
 * The zoo firmware built from the shared models (firmware/zoo/Makefile, never committed): which
 * models, where their files are, how to build them and their reference vectors, and whether
 * the tools for that are installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIRMWARE, ROOT, haveTool } from './firmware-lib.js';

export const MODELS_DIR = process.env.RVZOO_MODELS_DIR ?? join(ROOT, '..', 'shared', 'models');
export const ZOO_BUILD = join(FIRMWARE, 'build', 'zoo');

export interface SharedModel {
  /** firmware name: build/zoo/NAME.elf (XIP), NAME_ram.elf (RAM), vectors/NAME.json */
  name: string;
  file: string;
  /** input tensor as the firmware announces it (@input zoo_input DTYPE[SHAPE]) */
  dtype: string;
  shape: number[];
  classes: number;
  /** vectors run on the emulator per layout (the vector files hold at least this many) */
  xipInputs: number;
  ramInputs: number;
}

/**
 * Inputs per model: all vectors on the XIP build; the RAM build runs the same code from other
 * addresses, so a few are enough there. MiniResNet (~163 M instructions per inference) and
 * MobileNet (~96 M) are the expensive ones.
 */
export const SHARED_MODELS: SharedModel[] = [
  { name: 'st_mnist', file: 'stmnist_v1_int8.tflite', dtype: 'u8', shape: [1, 28, 28, 1], classes: 36, xipInputs: 20, ramInputs: 4 },
  { name: 'har_gmp', file: 'gmp_wl_24_int8.tflite', dtype: 'f32', shape: [1, 24, 3, 1], classes: 4, xipInputs: 24, ramInputs: 4 },
  { name: 'miniresnet', file: 'miniresnet_1stacks_64x50_int8.tflite', dtype: 'i8', shape: [1, 64, 50, 1], classes: 10, xipInputs: 6, ramInputs: 2 },
  { name: 'mobilenet', file: 'mobilenet_v1_0.25_96_int8.tflite', dtype: 'u8', shape: [1, 96, 96, 3], classes: 5, xipInputs: 6, ramInputs: 2 },
];

export interface ZooVector {
  label: number | string;
  index: number;
  input_hex: string;
  output_q: number[];
  output: number[];
  argmax: number;
}
export interface ZooVectorFile {
  model: string;
  model_sha256: string;
  op_resolver: string;
  kind: string;
  input: { dtype: string; shape: number[] };
  output_q: { shape: number[] } | null;
  vectors: ZooVector[];
}

function pythonHas(modules: string): boolean {
  return spawnSync('python3', ['-c', `import ${modules}`], { stdio: 'ignore' }).status === 0;
}

/** What building the shared-model firmware and its vectors needs; the missing pieces, named. */
export function zooToolsMissing(): string[] {
  const missing: string[] = [];
  for (const cmd of ['riscv64-unknown-elf-gcc', 'make', 'python3']) if (!haveTool(cmd)) missing.push(cmd);
  if (haveTool('python3') && !pythonHas('numpy, tflite, ai_edge_litert')) {
    missing.push('python3 modules numpy, tflite, ai_edge_litert (pip install -r tools/requirements.txt)');
  }
  for (const m of SHARED_MODELS) if (!existsSync(join(MODELS_DIR, m.file))) missing.push(join(MODELS_DIR, m.file));
  return missing;
}

/**
 * `make -C firmware/zoo TARGETS` under a lock: test files run in parallel and several of them
 * build from the same generated sources.
 */
export function zooMake(...targets: string[]): void {
  mkdirSync(ZOO_BUILD, { recursive: true });
  const make = ['make', '-C', join(FIRMWARE, 'zoo'), '--no-print-directory', `MODELS_DIR=${MODELS_DIR}`, ...targets];
  const cmd = haveTool('flock') ? ['flock', join(ZOO_BUILD, '.make.lock'), ...make] : make;
  const r = spawnSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8', timeout: 900_000 });
  if (r.status !== 0) throw new Error(`make ${targets.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

export function loadVectors(name: string): ZooVectorFile {
  return JSON.parse(readFileSync(join(ZOO_BUILD, 'vectors', `${name}.json`), 'utf8')) as ZooVectorFile;
}

/**
 * tools/qemu_zoo.py on an ELF with the first `limit` vectors: its report (it exits 1 on a
 * mismatch) and QEMU's whole console for each vector.
 */
export function qemuZoo(elf: string, vectors: string, limit: number): { report: string; consoles: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'rvzoo-qemu-zoo-'));
  try {
    const report = execFileSync('python3', [join(ROOT, 'tools', 'qemu_zoo.py'), elf, vectors, '--limit', String(limit), '--save-console', dir],
      { encoding: 'utf8', timeout: 600_000 });
    const consoles = Array.from({ length: limit }, (_, i) => readFileSync(join(dir, `${i}.txt`), 'utf8'));
    return { report, consoles };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
