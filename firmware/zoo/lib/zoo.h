/*
 * zoo: a small int8 inference library with TFLite reference-kernel semantics.
 *
 * A model is a const table of layers produced by tools/tflite2c.py. Weights, biases and
 * precomputed requantization multipliers are const (in .rodata, so XIP builds keep them in
 * flash); activations live in one static arena (.bss) whose offsets the converter planned.
 *
 * Every integer path rounds the way TFLite's reference kernels do (MultiplyByQuantizedMultiplier
 * = SaturatingRoundingDoublingHighMul + RoundingDivideByPOT; softmax with gemmlowp's fixed-point
 * exp and reciprocal), so outputs match the TFLite interpreter with the reference op resolver
 * bit for bit.
 */
#ifndef ZOO_H
#define ZOO_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum zoo_dtype { ZOO_F32 = 0, ZOO_I8 = 1, ZOO_U8 = 2, ZOO_I32 = 3 };

enum zoo_op {
  ZOO_OP_QUANTIZE = 1,
  ZOO_OP_CONV_2D,
  ZOO_OP_DEPTHWISE_CONV_2D,
  ZOO_OP_MEAN,
  ZOO_OP_FULLY_CONNECTED,
  ZOO_OP_SOFTMAX,
  ZOO_OP_DEQUANTIZE,
  ZOO_OP_RESHAPE,
  ZOO_OP_PAD,
  ZOO_OP_MAX_POOL_2D,
  ZOO_OP_AVERAGE_POOL_2D,
  ZOO_OP_REDUCE_MAX,
  ZOO_OP_ADD,
};

/* MEAN variants: which reference path TFLite takes (decided by the converter). */
enum zoo_mean_mode {
  ZOO_MEAN_INTEGER = 0,  /* keep_dims 4-D over H,W: reference_integer_ops::Mean */
  ZOO_MEAN_SAME_QUANT,   /* same scale and zero point: integer sum / count (truncating) */
  ZOO_MEAN_RESCALE,      /* otherwise: QuantizedMeanOrSum; 1/count folded into the multiplier */
};

/* A tensor as a kernel sees it: NHWC (lower ranks padded with leading 1s). */
typedef struct {
  uint32_t offset;   /* byte offset in the arena */
  uint16_t n, h, w, c;
  uint8_t dtype;     /* enum zoo_dtype */
  int32_t zero_point;
  float scale;
} zoo_tensor_t;

typedef struct {
  const int8_t *filter;       /* conv: [oc][kh][kw][ic]; depthwise: [kh][kw][oc] */
  const int32_t *bias;        /* [oc] or NULL */
  const int32_t *multiplier;  /* [oc] */
  const int8_t *shift;        /* [oc] (TFLite convention: >0 left, <0 right) */
  uint8_t kh, kw, stride_h, stride_w, dilation_h, dilation_w;
  uint8_t pad_top, pad_left;
  uint16_t depth_multiplier;
} zoo_conv_params_t;

typedef struct {
  const int8_t *filter;       /* [out][in] */
  const int32_t *bias;        /* [out] or NULL */
  const int32_t *multiplier;  /* [out] or [1] */
  const int8_t *shift;
  /* int8 FC (per-channel and per-tensor): TFLite's reference kernel rescales with
   * round((double)acc * in_scale * filter_scale[c] / out_scale) instead of multiplier/shift
   * (tflite2c.py always sets it; NULL falls back to multiplier/shift). */
  const double *real_scale;   /* [out] (per-channel) or [1] */
  uint8_t per_channel;
  int32_t filter_zero_point;
} zoo_fc_params_t;

typedef struct {
  int32_t input_multiplier;
  int32_t input_left_shift;
  int32_t diff_min;
} zoo_softmax_params_t;

typedef struct {
  int32_t multiplier;   /* integer rescale (uint8/int8 input) */
  int32_t shift;
} zoo_quantize_params_t;

typedef struct {
  int32_t multiplier;   /* INTEGER: in_scale/out_scale; RESCALE: also times 1/count */
  int32_t shift;
  uint8_t mode;         /* enum zoo_mean_mode */
} zoo_mean_params_t;

typedef struct {
  uint16_t before[4];   /* N, H, W, C */
} zoo_pad_params_t;

typedef struct {
  uint8_t kh, kw, stride_h, stride_w, pad_top, pad_left;
} zoo_pool_params_t;

typedef struct {
  int32_t left_shift;
  int32_t in1_multiplier, in1_shift;
  int32_t in2_multiplier, in2_shift;
  int32_t out_multiplier, out_shift;
} zoo_add_params_t;

typedef struct {
  uint8_t op;           /* enum zoo_op */
  zoo_tensor_t in, in2, out;
  int32_t act_min, act_max;  /* fused activation clamp (quantized) */
  union {
    zoo_conv_params_t conv;
    zoo_fc_params_t fc;
    zoo_softmax_params_t softmax;
    zoo_quantize_params_t quantize;
    zoo_mean_params_t mean;
    zoo_pad_params_t pad;
    zoo_pool_params_t pool;
    zoo_add_params_t add;
  } p;
} zoo_layer_t;

typedef struct {
  const char *name;
  const zoo_layer_t *layers;
  uint16_t n_layers;
  uint8_t *arena;
  uint32_t arena_size;
  zoo_tensor_t input;       /* the model's input tensor */
  zoo_tensor_t output;      /* the model's output tensor (float32 after DEQUANTIZE, or int8) */
  zoo_tensor_t output_q;    /* the int8 tensor DEQUANTIZE reads (== output if no DEQUANTIZE) */
  uint8_t has_output_q;
  const char *input_dims;   /* original tensor shapes, "1x28x28x1" style, for printing */
  const char *output_dims;
  const char *output_q_dims;
} zoo_model_t;

/* Runs every layer in order. Returns 0, or the 1-based index of a layer it cannot run. */
int zoo_invoke(const zoo_model_t *m);
/* Runs one layer (for profiling stage by stage). */
int zoo_run_layer(const zoo_model_t *m, const zoo_layer_t *l);

static inline void *zoo_tensor_data(const zoo_model_t *m, const zoo_tensor_t *t) {
  return m->arena + t->offset;
}
static inline uint32_t zoo_tensor_count(const zoo_tensor_t *t) {
  return (uint32_t)t->n * t->h * t->w * t->c;
}

/* The layer's operator as TFLite names it ("CONV_2D"; "UNKNOWN" for an op the library lacks). */
const char *zoo_op_name(uint8_t op);
/* Bytes of the layer's weights: filter plus bias (int32) for CONV_2D, DEPTHWISE_CONV_2D and
 * FULLY_CONNECTED, 0 for the other ops (the requantization constants are not counted). */
uint32_t zoo_layer_weight_bytes(const zoo_layer_t *l);

/* Fixed-point helpers, exported for tests. */
int32_t zoo_srdhm(int32_t a, int32_t b);                 /* SaturatingRoundingDoublingHighMul */
int32_t zoo_rdbpot(int32_t x, int exponent);             /* RoundingDivideByPOT */
int32_t zoo_mbqm(int32_t x, int32_t multiplier, int shift); /* MultiplyByQuantizedMultiplier */

#ifdef __cplusplus
}
#endif
#endif
