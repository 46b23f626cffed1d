/*
 * Host runner for the zoo library: reads inputs from stdin, each exactly the bytes of the
 * model's input tensor (its dtype, row-major, little-endian: what the firmware's zoo_input
 * holds), runs the model and prints one line per input:
 *
 *     q <int8 output before DEQUANTIZE...> | f <float output %.9g...>
 *
 * `--dump` also prints every int8 layer output first (`L<k> v0 v1 ...`).
 * Optional argument `--transpose`: transpose each square HxW single-channel byte image before
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
  uint32_t esize = m->input.dtype == ZOO_F32 || m->input.dtype == ZOO_I32 ? 4 : 1;
  uint32_t bytes = count * esize;
  unsigned char *buf = malloc(bytes);
  if (!buf) return 2;
  while (fread(buf, 1, bytes, stdin) == bytes) {
    uint8_t *dst = zoo_tensor_data(m, &m->input);
    int h = m->input.h, w = m->input.w;
    if (transpose && esize == 1 && m->input.c == 1 && h == w) {
      for (uint32_t i = 0; i < count; i++) dst[i] = buf[(i % w) * h + i / w];
    } else {
      memcpy(dst, buf, bytes);
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
