/*
 * Host runner for the zoo library: reads images from stdin, each exactly as many bytes as the
 * model's input tensor (uint8/int8; for a float32 input, bytes are pixels and are fed as
 * byte / 255), runs the model and prints one line per image:
 *
 *     q <int8 output before DEQUANTIZE...> | f <float output %.9g...>
 *
 * `--dump` also prints every int8 layer output first (`L<k> v0 v1 ...`).
 * Optional argument `--transpose`: transpose each square HxW single-channel image before
 * feeding it (for models trained on transposed images); the zoo firmware does the same.
 * Built by firmware/zoo/Makefile (target `host`) with the host C compiler.
 */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

#include "zoo.h"

#ifndef ZOO_MODEL
#error "define ZOO_MODEL (e.g. -DZOO_MODEL=zoo_model_st_mnist)"
#endif
extern const zoo_model_t ZOO_MODEL;

int main(int argc, char **argv) {
  const zoo_model_t *m = &ZOO_MODEL;
  int transpose = 0, dump = 0;
  for (int a = 1; a < argc; a++) {
    if (strcmp(argv[a], "--transpose") == 0) transpose = 1;
    else if (strcmp(argv[a], "--dump") == 0) dump = 1;
  }
  uint32_t count = zoo_tensor_count(&m->input);
  unsigned char *buf = malloc(count);
  if (!buf) return 2;
  while (fread(buf, 1, count, stdin) == count) {
    uint8_t *dst = zoo_tensor_data(m, &m->input);
    int h = m->input.h, w = m->input.w;
    for (uint32_t i = 0; i < count; i++) {
      uint32_t src = i;
      if (transpose && m->input.c == 1 && h == w) src = (i % w) * h + i / w;
      switch (m->input.dtype) {
        case ZOO_F32: ((float *)dst)[i] = (float)buf[src] / 255.0f; break;
        case ZOO_I8: ((int8_t *)dst)[i] = (int8_t)(buf[src] - 128); break;
        default: dst[i] = buf[src];
      }
    }
    for (uint16_t li = 0; li < m->n_layers; li++) {
      const zoo_layer_t *l = &m->layers[li];
      if (zoo_run_layer(m, l)) { fprintf(stderr, "zoo: layer %u failed\n", li); return 1; }
      if (dump && l->out.dtype == ZOO_I8) {
        const int8_t *o = zoo_tensor_data(m, &l->out);
        printf("L%u", li);
        for (uint32_t i = 0; i < zoo_tensor_count(&l->out); i++) printf(" %d", o[i]);
        printf("\n");
      }
    }
    const zoo_tensor_t *q = m->has_output_q ? &m->output_q : &m->output;
    printf("q");
    if (q->dtype == ZOO_I8) {
      const int8_t *o = zoo_tensor_data(m, q);
      for (uint32_t i = 0; i < zoo_tensor_count(q); i++) printf(" %d", o[i]);
    }
    printf(" | f");
    if (m->output.dtype == ZOO_F32) {
      const float *o = zoo_tensor_data(m, &m->output);
      for (uint32_t i = 0; i < zoo_tensor_count(&m->output); i++) printf(" %.9g", o[i]);
    }
    printf("\n");
  }
  free(buf);
  return 0;
}
