/**
 * IREE's pip tools (iree-import-tflite, iree-opt, iree-compile), installed by .ci/run into a
 * venv under ~/.cache/rv-zoo (tools/requirements-iree.txt). RVZOO_IREE_BIN overrides the place.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const IREE_BIN = process.env.RVZOO_IREE_BIN ?? join(homedir(), '.cache', 'rv-zoo', 'iree-venv', 'bin');

/** Whether the IREE tools are there; without them a test skips, or fails under RVZOO_REQUIRE_TOOLS. */
export function haveIree(): boolean {
  const ok = ['iree-import-tflite', 'iree-opt', 'iree-compile'].every((t) => existsSync(join(IREE_BIN, t)));
  if (!ok && process.env.RVZOO_REQUIRE_TOOLS) {
    throw new Error(`IREE tools are required (RVZOO_REQUIRE_TOOLS is set) but not in ${IREE_BIN}`);
  }
  return ok;
}

let referencePython: boolean | null = null;

/**
 * Whether python3 has what the TFLite reference needs (numpy, ai-edge-litert: rv-zoo verify,
 * tools/golden.py); without it a test skips, or fails under RVZOO_REQUIRE_TOOLS.
 */
export function haveReferencePython(): boolean {
  if (referencePython === null) {
    try {
      execFileSync(process.env.RVZOO_PYTHON || 'python3', ['-c', 'import numpy, ai_edge_litert'], { stdio: 'ignore' });
      referencePython = true;
    } catch {
      referencePython = false;
    }
  }
  if (!referencePython && process.env.RVZOO_REQUIRE_TOOLS) {
    throw new Error('python3 with numpy and ai-edge-litert is required (RVZOO_REQUIRE_TOOLS is set): pip install -r tools/requirements.txt');
  }
  return referencePython;
}
