#!/usr/bin/env node
// Entry point of the `rv-zoo` command. The TypeScript sources are compiled to dist/ by
// `npm ci` (the `prepare` script) or `npm run build`, which also bundles the CLI into
// dist/rv-zoo-cli.mjs (one module loads much faster than fifty); the unbundled modules are used
// when the bundle is missing or older than them.
import { statSync } from 'node:fs';

const mtime = (rel) => {
  try { return statSync(new URL(rel, import.meta.url)).mtimeMs; } catch { return -1; }
};
const bundle = mtime('../dist/rv-zoo-cli.mjs');
let cli;
try {
  cli = bundle >= 0 && bundle >= mtime('../dist/src/cli/main.js')
    ? await import('../dist/rv-zoo-cli.mjs')
    : await import('../dist/src/cli/main.js');
} catch (err) {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write('rv-zoo: not built yet: run `npm ci` (or `npm run build`) in the rv-zoo checkout first\n');
    process.exit(2);
  }
  throw err;
}
process.exitCode = await cli.main(process.argv.slice(2));
