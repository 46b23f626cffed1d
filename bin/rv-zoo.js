#!/usr/bin/env node
// Entry point of the `rv-zoo` command. `npm ci` (the `prepare` script) or `npm run build`
// compiles the TypeScript sources to dist/src and bundles the CLI into dist/rv-zoo-cli.cjs with
// a V8 code cache (tools/bundle-cli.mjs), which starts much faster than fifty modules; the
// unbundled modules are used when the bundle is missing or older than them.
//
// This file is CommonJS (bin/package.json says so): an ES module entry point costs ~25 ms more
// at every start (the ESM loader, and `import ... from 'node:fs'` building fs's full export list,
// which loads Node's streams).
'use strict';
const { readFileSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const path = (rel) => join(__dirname, rel);
const mtime = (p) => {
  try { return statSync(p).mtimeMs; } catch { return -1; }
};

/** The bundled CLI run as a CommonJS module through vm.Script, with the code cache when it fits. */
function loadBundle(file) {
  let cachedData;
  try { cachedData = readFileSync(path('../dist/rv-zoo-cli.cache')); } catch { cachedData = undefined; }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`,
    { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { cli: module.exports, script };
}

async function main() {
  let cli, script = null;
  try {
    const bundle = path('../dist/rv-zoo-cli.cjs');
    const b = mtime(bundle);
    if (b >= 0 && b >= mtime(path('../dist/src/cli/main.js'))) ({ cli, script } = loadBundle(bundle));
    else cli = await import(pathToFileURL(path('../dist/src/cli/main.js')).href);
  } catch (err) {
    if (err && err.code === 'ERR_MODULE_NOT_FOUND') {
      process.stderr.write('rv-zoo: not built yet: run `npm ci` (or `npm run build`) in the rv-zoo checkout first\n');
      process.exit(2);
    }
    throw err;
  }
  process.exitCode = await cli.main(process.argv.slice(2));
  // Build step only (tools/bundle-cli.mjs): record what V8 compiled during this run.
  if (script !== null && process.env.RVZOO_CODE_CACHE_OUT) writeFileSync(process.env.RVZOO_CODE_CACHE_OUT, script.createCachedData());
}

main();
