/*
 * ireelike fixture: the "static executable library" of the classifier, shaped like what
 * iree-compile --iree-llvmcpu-link-static emits: one query function returning the library
 * (header, dispatch entry points and their names) and a dispatch function per entry point,
 * taking the environment, the dispatch state (binding pointers) and the workgroup state.
 *
 * The kernels are the zoo library's TFLite-exact int8 kernels (lib/zoo.c) running the demo
 * model (models/mnist_demo_model.c), both compiled into this unit under dispatch-library names
 * so that, as in a real IREE build, the kernels and their small constants belong to the
 * library. Bindings: 0 the input (784 uint8 pixels), 1 the output (10 float32 scores), 2 the
 * module's dequantization table.
 */
#define zoo_invoke main_dispatch_zoo_invoke
#define zoo_run_layer main_dispatch_run_layer
#define zoo_srdhm main_dispatch_srdhm
#define zoo_rdbpot main_dispatch_rdbpot
#define zoo_mbqm main_dispatch_mbqm
#define zoo_model_mnist_demo main_dispatch_model
#define mnist_demo_arena main_dispatch_workspace
#include "zoo.c"
#include "mnist_demo_model.c"

#include <string.h>

#include "iree_fixture.h"

/* Set to 1 (e.g. by a harness writing the symbol) to behave like the model compiled with the
 * `iree-tosa-strip-signedness` pass: uint8 pixels >= 128 read as -128 after the input rescale. */
const volatile uint8_t main_dispatch_0_strip_signedness = 0;

typedef const iree_hal_executable_dispatch_state_v0_t dispatch_state_t;

static int run(int layer) {
  return main_dispatch_run_layer(&main_dispatch_model, &main_dispatch_model.layers[layer]);
}

/* uint8 pixels into the model's input tensor, then QUANTIZE (u8 -> i8). */
static int main_dispatch_0_quantize_1x28x28x1_ui8xi8(const void* env, dispatch_state_t* state, const void* wg) {
  (void)env;
  (void)wg;
  const zoo_model_t* m = &main_dispatch_model;
  uint32_t n = zoo_tensor_count(&m->input);
  if (state->binding_lengths[0] < n) return 1;
  uint8_t* dst = zoo_tensor_data(m, &m->input);
  memcpy(dst, state->binding_ptrs[0], n);
  if (main_dispatch_0_strip_signedness) {
    for (uint32_t i = 0; i < n; i++) if (dst[i] >= 128) dst[i] = 0;
  }
  return run(0);
}

#define LAYER_DISPATCH(name, layer)                                                          \
  static int name(const void* env, dispatch_state_t* state, const void* wg) {                \
    (void)env;                                                                               \
    (void)state;                                                                             \
    (void)wg;                                                                                \
    return run(layer);                                                                       \
  }
LAYER_DISPATCH(main_dispatch_1_conv_2d_nhwc_hwcf_1x28x28x16x3x3x1_i8xi8xi32, 1)
LAYER_DISPATCH(main_dispatch_2_pooling_nhwc_max_1x14x14x16x2x2_i8, 2)
LAYER_DISPATCH(main_dispatch_3_conv_2d_nhwc_hwcf_1x14x14x32x3x3x16_i8xi8xi32, 3)
LAYER_DISPATCH(main_dispatch_4_pooling_nhwc_max_1x7x7x32x2x2_i8, 4)
LAYER_DISPATCH(main_dispatch_5_conv_2d_nhwc_hwcf_1x7x7x64x3x3x32_i8xi8xi32, 5)
LAYER_DISPATCH(main_dispatch_6_mean_1x64_i8, 6)
LAYER_DISPATCH(main_dispatch_7_matmul_transpose_b_1x10x64_i8xi8xi32, 7)
LAYER_DISPATCH(main_dispatch_8_softmax_10xi8, 8)

/* DEQUANTIZE through the module's table: score = table[q + 128] = (q - zero_point) * scale. */
static int main_dispatch_9_dequantize_10xi8xf32(const void* env, dispatch_state_t* state, const void* wg) {
  (void)env;
  (void)wg;
  const zoo_model_t* m = &main_dispatch_model;
  const zoo_tensor_t* q = &m->output_q;
  uint32_t n = zoo_tensor_count(q);
  if (q->zero_point != -128 || q->scale != 1.0f / 256.0f) return 1;  /* the table's parameters */
  if (state->binding_lengths[1] < n * sizeof(float) || state->binding_lengths[2] < 256 * sizeof(float)) return 1;
  const int8_t* in = zoo_tensor_data(m, q);
  const float* table = (const float*)state->binding_ptrs[2];
  float* out = (float*)state->binding_ptrs[1];
  for (uint32_t i = 0; i < n; i++) out[i] = table[in[i] + 128];
  return 0;
}

static const iree_hal_executable_dispatch_v0_t classifier_linked_library_query_v0_funcs[] = {
    main_dispatch_0_quantize_1x28x28x1_ui8xi8,
    main_dispatch_1_conv_2d_nhwc_hwcf_1x28x28x16x3x3x1_i8xi8xi32,
    main_dispatch_2_pooling_nhwc_max_1x14x14x16x2x2_i8,
    main_dispatch_3_conv_2d_nhwc_hwcf_1x14x14x32x3x3x16_i8xi8xi32,
    main_dispatch_4_pooling_nhwc_max_1x7x7x32x2x2_i8,
    main_dispatch_5_conv_2d_nhwc_hwcf_1x7x7x64x3x3x32_i8xi8xi32,
    main_dispatch_6_mean_1x64_i8,
    main_dispatch_7_matmul_transpose_b_1x10x64_i8xi8xi32,
    main_dispatch_8_softmax_10xi8,
    main_dispatch_9_dequantize_10xi8xf32,
};
static const char* const classifier_linked_library_query_v0_names[] = {
    "main_dispatch_0_quantize_1x28x28x1_ui8xi8",
    "main_dispatch_1_conv_2d_nhwc_hwcf_1x28x28x16x3x3x1_i8xi8xi32",
    "main_dispatch_2_pooling_nhwc_max_1x14x14x16x2x2_i8",
    "main_dispatch_3_conv_2d_nhwc_hwcf_1x14x14x32x3x3x16_i8xi8xi32",
    "main_dispatch_4_pooling_nhwc_max_1x7x7x32x2x2_i8",
    "main_dispatch_5_conv_2d_nhwc_hwcf_1x7x7x64x3x3x32_i8xi8xi32",
    "main_dispatch_6_mean_1x64_i8",
    "main_dispatch_7_matmul_transpose_b_1x10x64_i8xi8xi32",
    "main_dispatch_8_softmax_10xi8",
    "main_dispatch_9_dequantize_10xi8xf32",
};
static const iree_hal_executable_library_header_t classifier_linked_library_query_v0_header = {
    IREE_HAL_EXECUTABLE_LIBRARY_VERSION_LATEST, "classifier_linked",
};
static const iree_hal_executable_library_v0_t classifier_linked_library_query_v0 = {
    &classifier_linked_library_query_v0_header,
    sizeof(classifier_linked_library_query_v0_funcs) / sizeof(classifier_linked_library_query_v0_funcs[0]),
    classifier_linked_library_query_v0_funcs,
    classifier_linked_library_query_v0_names,
};

const iree_hal_executable_library_header_t** classifier_linked_library_query(uint32_t max_version,
                                                                            const void* environment) {
  (void)environment;
  (void)max_version;  /* version 0 is the only one; any caller accepts it */
  return (const iree_hal_executable_library_header_t**)&classifier_linked_library_query_v0;
}
