/**
 * IREE's pip tools (iree-import-tflite, iree-opt, iree-compile), installed by .ci/run into a
 * venv under ~/.cache/rv-zoo (tools/requirements-iree.txt). RVZOO_IREE_BIN overrides the place.
 */
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
