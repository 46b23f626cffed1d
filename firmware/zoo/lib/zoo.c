/*
 * zoo kernels: int8 TFLite semantics, written from the TFLite quantization spec and the
 * reference kernels' documented rounding (see zoo.h).
 */
#include "zoo.h"

#include <string.h>
#include <math.h>

#define I8_MIN (-128)
#define I8_MAX 127

static inline int32_t clamp32(int32_t v, int32_t lo, int32_t hi) {
  return v < lo ? lo : (v > hi ? hi : v);
}

/* ---- fixed point (gemmlowp / TFLite reference semantics) ------------------------------ */

int32_t zoo_srdhm(int32_t a, int32_t b) {
  if (a == INT32_MIN && b == INT32_MIN) return INT32_MAX;
  int64_t ab = (int64_t)a * (int64_t)b;
  int64_t nudge = ab >= 0 ? (1LL << 30) : (1 - (1LL << 30));
  /* C division truncates toward zero, as the reference does. */
  return (int32_t)((ab + nudge) / (1LL << 31));
}

int32_t zoo_rdbpot(int32_t x, int exponent) {
  int32_t mask = (int32_t)((1LL << exponent) - 1);
  int32_t remainder = x & mask;
  int32_t threshold = (mask >> 1) + (x < 0 ? 1 : 0);
  return (x >> exponent) + (remainder > threshold ? 1 : 0);
}

int32_t zoo_mbqm(int32_t x, int32_t multiplier, int shift) {
  int left = shift > 0 ? shift : 0;
  int right = shift > 0 ? 0 : -shift;
  return zoo_rdbpot(zoo_srdhm((int32_t)((uint32_t)x << left), multiplier), right);
}

/* gemmlowp SaturatingRoundingMultiplyByPOT with a positive exponent: saturating left shift. */
static inline int32_t sat_shl(int32_t x, int exponent) {
  int32_t threshold = (int32_t)((1u << (31 - exponent)) - 1);
  if (x > threshold) return INT32_MAX;
  if (x < -threshold) return INT32_MIN;
  return (int32_t)((uint32_t)x << exponent);
}

/* exp(x) for x in [-1/4, 0), Q0.31 in and out: Taylor series around -1/8. */
static int32_t exp_on_interval_m14_0(int32_t a) {
  const int32_t constant_term = 1895147668;      /* exp(-1/8) in Q0.31 */
  const int32_t constant_1_over_3 = 715827883;   /* 1/3 */
  int32_t x = a + (1 << 28);                     /* a + 1/8 */
  int32_t x2 = zoo_srdhm(x, x);
  int32_t x3 = zoo_srdhm(x2, x);
  int32_t x4 = zoo_srdhm(x2, x2);
  int32_t x4_over_4 = zoo_rdbpot(x4, 2);
  int32_t poly = zoo_rdbpot(zoo_srdhm(x4_over_4 + x3, constant_1_over_3) + x2, 1);
  return constant_term + zoo_srdhm(constant_term, x + poly);
}

/* exp(a) for a <= 0; a in Q5.26, result in Q0.31. */
static int32_t exp_on_negative_values_q5(int32_t a) {
  const int kFractionalBits = 26;
  const int32_t one_quarter = 1 << (kFractionalBits - 2);
  const int32_t mask = one_quarter - 1;
  int32_t a_mod_quarter_minus_one_quarter = (a & mask) - one_quarter;
  int32_t result = exp_on_interval_m14_0(sat_shl(a_mod_quarter_minus_one_quarter, 5));
  int32_t remainder = a_mod_quarter_minus_one_quarter - a;
  /* exp(-2^k) for k = -2 .. 4, Q0.31 */
  static const int32_t mul[7] = {1672461947, 1302514674, 790015084, 290630308,
                                 39332535, 720401, 242};
  for (int k = 0; k < 7; k++) {
    if (remainder & (1 << (kFractionalBits - 2 + k))) result = zoo_srdhm(result, mul[k]);
  }
  if (a == 0) result = INT32_MAX;
  return result;
}

/* 1 / (1 + x) for x in [0, 1), Q0.31 in and out (Newton-Raphson, as gemmlowp). */
static int32_t one_over_one_plus_x(int32_t a) {
  /* half_denominator = RoundingHalfSum(a, One) with One = INT32_MAX in Q0.31 */
  int64_t sum = (int64_t)a + INT32_MAX;
  int64_t sign = sum >= 0 ? 1 : -1;
  int32_t half_den = (int32_t)((sum + sign) / 2);
  const int32_t c48_17 = 1515870810;    /* 48/17 in Q2.29 */
  const int32_t cm32_17 = -1010580540;  /* -32/17 in Q2.29 */
  int32_t x = c48_17 + zoo_srdhm(half_den, cm32_17);
  for (int i = 0; i < 3; i++) {
    int32_t hdx = zoo_srdhm(half_den, x);             /* Q2.29 */
    int32_t one_minus = (1 << 29) - hdx;             /* Q2.29 */
    x = x + sat_shl(zoo_srdhm(x, one_minus), 2);     /* Q4.27 -> Q2.29 */
  }
  /* ExactMulByPot<-1> keeps the raw value as Q1.30; Rescale to Q0.31 */
  return sat_shl(x, 1);
}

static int32_t count_leading_zeros(uint32_t x) {
  if (x == 0) return 32;
  int32_t n = 0;
  while (!(x & 0x80000000u)) { x <<= 1; n++; }
  return n;
}

/* ---- kernels -------------------------------------------------------------------------- */

#define AT(m, t, type) ((type *)((m)->arena + (t).offset))

/* Kernels stay out of line so that a profile (rv-zoo profile, a flame graph) names them. */
#define ZOO_KERNEL static __attribute__((noinline))

ZOO_KERNEL void op_quantize(const zoo_model_t *m, const zoo_layer_t *l) {
  uint32_t count = zoo_tensor_count(&l->out);
  int8_t *out = AT(m, l->out, int8_t);
  int32_t ozp = l->out.zero_point;
  if (l->in.dtype == ZOO_F32) {
    const float *in = AT(m, l->in, const float);
    double scale = (double)l->out.scale;
    for (uint32_t i = 0; i < count; i++) {
      int32_t v = (int32_t)round((double)in[i] / scale) + ozp;
      out[i] = (int8_t)clamp32(v, I8_MIN, I8_MAX);
    }
  } else {
    int32_t izp = l->in.zero_point;
    int32_t mult = l->p.quantize.multiplier, shift = l->p.quantize.shift;
    if (l->in.dtype == ZOO_U8) {
      const uint8_t *in = AT(m, l->in, const uint8_t);
      for (uint32_t i = 0; i < count; i++) {
        int32_t v = zoo_mbqm((int32_t)in[i] - izp, mult, shift) + ozp;
        out[i] = (int8_t)clamp32(v, I8_MIN, I8_MAX);
      }
    } else {
      const int8_t *in = AT(m, l->in, const int8_t);
      for (uint32_t i = 0; i < count; i++) {
        int32_t v = zoo_mbqm((int32_t)in[i] - izp, mult, shift) + ozp;
        out[i] = (int8_t)clamp32(v, I8_MIN, I8_MAX);
      }
    }
  }
}

ZOO_KERNEL void op_dequantize(const zoo_model_t *m, const zoo_layer_t *l) {
  uint32_t count = zoo_tensor_count(&l->out);
  float *out = AT(m, l->out, float);
  double scale = (double)l->in.scale;
  int32_t zp = l->in.zero_point;
  if (l->in.dtype == ZOO_U8) {
    const uint8_t *in = AT(m, l->in, const uint8_t);
    for (uint32_t i = 0; i < count; i++) out[i] = (float)(scale * (double)((int32_t)in[i] - zp));
  } else {
    const int8_t *in = AT(m, l->in, const int8_t);
    for (uint32_t i = 0; i < count; i++) out[i] = (float)(scale * (double)((int32_t)in[i] - zp));
  }
}

ZOO_KERNEL void op_conv(const zoo_model_t *m, const zoo_layer_t *l) {
  const zoo_conv_params_t *c = &l->p.conv;
  const int8_t *in = AT(m, l->in, const int8_t);
  int8_t *out = AT(m, l->out, int8_t);
  const int ih = l->in.h, iw = l->in.w, ic = l->in.c;
  const int oh = l->out.h, ow = l->out.w, oc = l->out.c;
  const int32_t in_off = -l->in.zero_point, out_off = l->out.zero_point;
  for (int b = 0; b < l->out.n; b++) {
    const int8_t *inb = in + (size_t)b * ih * iw * ic;
    for (int oy = 0; oy < oh; oy++) {
      const int y0 = oy * c->stride_h - c->pad_top;
      for (int ox = 0; ox < ow; ox++) {
        const int x0 = ox * c->stride_w - c->pad_left;
        int8_t *o = out + (((size_t)b * oh + oy) * ow + ox) * oc;
        for (int co = 0; co < oc; co++) {
          const int8_t *f = c->filter + (size_t)co * c->kh * c->kw * ic;
          int32_t acc = 0;
          for (int ky = 0; ky < c->kh; ky++) {
            const int y = y0 + ky * c->dilation_h;
            if (y < 0 || y >= ih) continue;
            for (int kx = 0; kx < c->kw; kx++) {
              const int x = x0 + kx * c->dilation_w;
              if (x < 0 || x >= iw) continue;
              const int8_t *ip = inb + ((size_t)y * iw + x) * ic;
              const int8_t *fp = f + ((size_t)ky * c->kw + kx) * ic;
              for (int ci = 0; ci < ic; ci++) acc += (ip[ci] + in_off) * fp[ci];
            }
          }
          if (c->bias) acc += c->bias[co];
          acc = zoo_mbqm(acc, c->multiplier[co], c->shift[co]) + out_off;
          o[co] = (int8_t)clamp32(acc, l->act_min, l->act_max);
        }
      }
    }
  }
}

ZOO_KERNEL void op_depthwise(const zoo_model_t *m, const zoo_layer_t *l) {
  const zoo_conv_params_t *c = &l->p.conv;
  const int8_t *in = AT(m, l->in, const int8_t);
  int8_t *out = AT(m, l->out, int8_t);
  const int ih = l->in.h, iw = l->in.w, ic = l->in.c;
  const int oh = l->out.h, ow = l->out.w, oc = l->out.c;
  const int dm = c->depth_multiplier;
  const int32_t in_off = -l->in.zero_point, out_off = l->out.zero_point;
  for (int b = 0; b < l->out.n; b++) {
    const int8_t *inb = in + (size_t)b * ih * iw * ic;
    for (int oy = 0; oy < oh; oy++) {
      const int y0 = oy * c->stride_h - c->pad_top;
      for (int ox = 0; ox < ow; ox++) {
        const int x0 = ox * c->stride_w - c->pad_left;
        int8_t *o = out + (((size_t)b * oh + oy) * ow + ox) * oc;
        for (int ci = 0; ci < ic; ci++) {
          for (int k = 0; k < dm; k++) {
            const int co = ci * dm + k;
            int32_t acc = 0;
            for (int ky = 0; ky < c->kh; ky++) {
              const int y = y0 + ky * c->dilation_h;
              if (y < 0 || y >= ih) continue;
              for (int kx = 0; kx < c->kw; kx++) {
                const int x = x0 + kx * c->dilation_w;
                if (x < 0 || x >= iw) continue;
                int32_t iv = inb[((size_t)y * iw + x) * ic + ci];
                int32_t fv = c->filter[((size_t)ky * c->kw + kx) * oc + co];
                acc += (iv + in_off) * fv;
              }
            }
            if (c->bias) acc += c->bias[co];
            acc = zoo_mbqm(acc, c->multiplier[co], c->shift[co]) + out_off;
            o[co] = (int8_t)clamp32(acc, l->act_min, l->act_max);
          }
        }
      }
    }
  }
}

ZOO_KERNEL void op_fc(const zoo_model_t *m, const zoo_layer_t *l) {
  const zoo_fc_params_t *c = &l->p.fc;
  const int8_t *in = AT(m, l->in, const int8_t);
  int8_t *out = AT(m, l->out, int8_t);
  const int out_depth = l->out.c;
  const uint32_t batches = zoo_tensor_count(&l->out) / out_depth;
  const int accum = zoo_tensor_count(&l->in) / batches;
  const int32_t in_off = -l->in.zero_point, f_off = -c->filter_zero_point;
  const int32_t out_off = l->out.zero_point;
  for (uint32_t b = 0; b < batches; b++) {
    const int8_t *ib = in + (size_t)b * accum;
    for (int o = 0; o < out_depth; o++) {
      const int8_t *f = c->filter + (size_t)o * accum;
      int32_t acc = 0;
      for (int i = 0; i < accum; i++) acc += (f[i] + f_off) * (ib[i] + in_off);
      if (c->bias) acc += c->bias[o];
      const int q = c->per_channel ? o : 0;
      if (c->real_scale) {
        acc = (int32_t)round((double)acc * c->real_scale[q]) + out_off;
      } else {
        acc = zoo_mbqm(acc, c->multiplier[q], c->shift[q]) + out_off;
      }
      out[(size_t)b * out_depth + o] = (int8_t)clamp32(acc, l->act_min, l->act_max);
    }
  }
}

ZOO_KERNEL void op_mean(const zoo_model_t *m, const zoo_layer_t *l) {
  /* Reduction over H and W of an NHWC tensor (the converter checks the axes). */
  const int8_t *in = AT(m, l->in, const int8_t);
  int8_t *out = AT(m, l->out, int8_t);
  const int h = l->in.h, w = l->in.w, ch = l->in.c;
  const int32_t n = h * w;
  const int32_t izp = l->in.zero_point, ozp = l->out.zero_point;
  for (int b = 0; b < l->in.n; b++) {
    for (int c = 0; c < ch; c++) {
      const int8_t *p = in + (size_t)b * n * ch + c;
      int32_t acc = 0;
      int32_t v;
      switch (l->p.mean.mode) {
        case ZOO_MEAN_INTEGER:
          for (int i = 0; i < n; i++) acc += p[(size_t)i * ch] - izp;
          acc = zoo_mbqm(acc, l->p.mean.multiplier, l->p.mean.shift);
          acc = acc > 0 ? (acc + n / 2) / n : (acc - n / 2) / n;
          v = clamp32(acc + ozp, I8_MIN, I8_MAX);
          break;
        case ZOO_MEAN_SAME_QUANT:
          for (int i = 0; i < n; i++) acc += p[(size_t)i * ch];
          v = acc / n;
          break;
        default:
          for (int i = 0; i < n; i++) acc += p[(size_t)i * ch];
          acc = zoo_mbqm(acc - izp * n, l->p.mean.multiplier, l->p.mean.shift);
          v = clamp32(acc + ozp, I8_MIN, I8_MAX);
      }
      out[(size_t)b * ch + c] = (int8_t)v;
    }
  }
}

ZOO_KERNEL void op_reduce_max(const zoo_model_t *m, const zoo_layer_t *l) {
  const int8_t *in = AT(m, l->in, const int8_t);
  int8_t *out = AT(m, l->out, int8_t);
  const int h = l->in.h, w = l->in.w, ch = l->in.c, n = h * w;
  for (int b = 0; b < l->in.n; b++) {
    for (int c = 0; c < ch; c++) {
      const int8_t *p = in + (size_t)b * n * ch + c;
      int8_t mx = I8_MIN;
      for (int i = 0; i < n; i++) if (p[(size_t)i * ch] > mx) mx = p[(size_t)i * ch];
      out[(size_t)b * ch + c] = mx;
    }
  }
}

ZOO_KERNEL void op_softmax(const zoo_model_t *m, const zoo_layer_t *l) {
  const int8_t *in = AT(m, l->in, const int8_t);
  int8_t *out = AT(m, l->out, int8_t);
  const int depth = l->in.c;
  const uint32_t outer = zoo_tensor_count(&l->in) / depth;
  const int32_t mult = l->p.softmax.input_multiplier;
  const int lshift = l->p.softmax.input_left_shift;
  const int32_t diff_min = l->p.softmax.diff_min;
  for (uint32_t r = 0; r < outer; r++) {
    const int8_t *x = in + (size_t)r * depth;
    int8_t *y = out + (size_t)r * depth;
    int32_t mx = I8_MIN;
    for (int c = 0; c < depth; c++) if (x[c] > mx) mx = x[c];
    int32_t sum = 0;  /* Q12.19 */
    for (int c = 0; c < depth; c++) {
      int32_t diff = x[c] - mx;
      if (diff >= diff_min) {
        int32_t scaled = zoo_srdhm((int32_t)((uint32_t)diff << lshift), mult);
        sum += zoo_rdbpot(exp_on_negative_values_q5(scaled), 12);
      }
    }
    int32_t headroom_plus_one = count_leading_zeros((uint32_t)sum);
    int32_t num_bits_over_unit = 12 - headroom_plus_one;
    int32_t shifted_sum_minus_one =
        (int32_t)(((uint32_t)sum << headroom_plus_one) - (1u << 31));
    int32_t shifted_scale = one_over_one_plus_x(shifted_sum_minus_one);
    for (int c = 0; c < depth; c++) {
      int32_t diff = x[c] - mx;
      if (diff >= diff_min) {
        int32_t scaled = zoo_srdhm((int32_t)((uint32_t)diff << lshift), mult);
        int32_t e = exp_on_negative_values_q5(scaled);
        int32_t unsat = zoo_rdbpot(zoo_srdhm(shifted_scale, e), num_bits_over_unit + 31 - 8);
        y[c] = (int8_t)clamp32(unsat + I8_MIN, I8_MIN, I8_MAX);
      } else {
        y[c] = I8_MIN;
      }
    }
  }
}

ZOO_KERNEL void op_pad(const zoo_model_t *m, const zoo_layer_t *l) {
  const int8_t *in = AT(m, l->in, const int8_t);
  int8_t *out = AT(m, l->out, int8_t);
  const uint16_t *bf = l->p.pad.before;
  memset(out, (int8_t)l->out.zero_point, zoo_tensor_count(&l->out));
  for (int b = 0; b < l->in.n; b++)
    for (int y = 0; y < l->in.h; y++)
      for (int x = 0; x < l->in.w; x++) {
        const int8_t *s = in + (((size_t)b * l->in.h + y) * l->in.w + x) * l->in.c;
        int8_t *d = out + ((((size_t)b + bf[0]) * l->out.h + y + bf[1]) * l->out.w + x + bf[2]) *
                              l->out.c + bf[3];
        memcpy(d, s, l->in.c);
      }
}

ZOO_KERNEL void op_pool(const zoo_model_t *m, const zoo_layer_t *l, int is_max) {
  const zoo_pool_params_t *c = &l->p.pool;
  const int8_t *in = AT(m, l->in, const int8_t);
  int8_t *out = AT(m, l->out, int8_t);
  const int ih = l->in.h, iw = l->in.w, ch = l->in.c;
  for (int b = 0; b < l->out.n; b++)
    for (int oy = 0; oy < l->out.h; oy++)
      for (int ox = 0; ox < l->out.w; ox++)
        for (int k = 0; k < ch; k++) {
          int y0 = oy * c->stride_h - c->pad_top, x0 = ox * c->stride_w - c->pad_left;
          int ys = y0 < 0 ? 0 : y0, xs = x0 < 0 ? 0 : x0;
          int ye = y0 + c->kh > ih ? ih : y0 + c->kh, xe = x0 + c->kw > iw ? iw : x0 + c->kw;
          int32_t acc = is_max ? I8_MIN : 0, cnt = 0;
          for (int y = ys; y < ye; y++)
            for (int x = xs; x < xe; x++) {
              int32_t v = in[(((size_t)b * ih + y) * iw + x) * ch + k];
              if (is_max) { if (v > acc) acc = v; } else acc += v;
              cnt++;
            }
          if (!is_max) {
            if (cnt == 0) cnt = 1;
            acc = acc > 0 ? (acc + cnt / 2) / cnt : (acc - cnt / 2) / cnt;
          }
          out[(((size_t)b * l->out.h + oy) * l->out.w + ox) * ch + k] =
              (int8_t)clamp32(acc, l->act_min, l->act_max);
        }
}

ZOO_KERNEL void op_add(const zoo_model_t *m, const zoo_layer_t *l) {
  const zoo_add_params_t *a = &l->p.add;
  const int8_t *x = AT(m, l->in, const int8_t);
  const int8_t *y = AT(m, l->in2, const int8_t);
  int8_t *out = AT(m, l->out, int8_t);
  uint32_t count = zoo_tensor_count(&l->out);
  for (uint32_t i = 0; i < count; i++) {
    int32_t xv = (int32_t)((uint32_t)(x[i] - l->in.zero_point) << a->left_shift);
    int32_t yv = (int32_t)((uint32_t)(y[i] - l->in2.zero_point) << a->left_shift);
    int32_t xs = zoo_mbqm(xv, a->in1_multiplier, a->in1_shift);
    int32_t ys = zoo_mbqm(yv, a->in2_multiplier, a->in2_shift);
    int32_t r = zoo_mbqm(xs + ys, a->out_multiplier, a->out_shift) + l->out.zero_point;
    out[i] = (int8_t)clamp32(r, l->act_min, l->act_max);
  }
}

int zoo_run_layer(const zoo_model_t *m, const zoo_layer_t *l) {
  switch (l->op) {
    case ZOO_OP_QUANTIZE: op_quantize(m, l); return 0;
    case ZOO_OP_CONV_2D: op_conv(m, l); return 0;
    case ZOO_OP_DEPTHWISE_CONV_2D: op_depthwise(m, l); return 0;
    case ZOO_OP_MEAN: op_mean(m, l); return 0;
    case ZOO_OP_FULLY_CONNECTED: op_fc(m, l); return 0;
    case ZOO_OP_SOFTMAX: op_softmax(m, l); return 0;
    case ZOO_OP_DEQUANTIZE: op_dequantize(m, l); return 0;
    case ZOO_OP_RESHAPE: {
      uint32_t bytes = zoo_tensor_count(&l->in) * (l->in.dtype == ZOO_F32 || l->in.dtype == ZOO_I32 ? 4 : 1);
      memmove(m->arena + l->out.offset, m->arena + l->in.offset, bytes);
      return 0;
    }
    case ZOO_OP_PAD: op_pad(m, l); return 0;
    case ZOO_OP_MAX_POOL_2D: op_pool(m, l, 1); return 0;
    case ZOO_OP_AVERAGE_POOL_2D: op_pool(m, l, 0); return 0;
    case ZOO_OP_REDUCE_MAX: op_reduce_max(m, l); return 0;
    case ZOO_OP_ADD: op_add(m, l); return 0;
    default: return -1;
  }
}

const char *zoo_op_name(uint8_t op) {
  static const char *const names[] = {
      [ZOO_OP_QUANTIZE] = "QUANTIZE", [ZOO_OP_CONV_2D] = "CONV_2D",
      [ZOO_OP_DEPTHWISE_CONV_2D] = "DEPTHWISE_CONV_2D", [ZOO_OP_MEAN] = "MEAN",
      [ZOO_OP_FULLY_CONNECTED] = "FULLY_CONNECTED", [ZOO_OP_SOFTMAX] = "SOFTMAX",
      [ZOO_OP_DEQUANTIZE] = "DEQUANTIZE", [ZOO_OP_RESHAPE] = "RESHAPE", [ZOO_OP_PAD] = "PAD",
      [ZOO_OP_MAX_POOL_2D] = "MAX_POOL_2D", [ZOO_OP_AVERAGE_POOL_2D] = "AVERAGE_POOL_2D",
      [ZOO_OP_REDUCE_MAX] = "REDUCE_MAX", [ZOO_OP_ADD] = "ADD",
  };
  return op < sizeof names / sizeof names[0] && names[op] ? names[op] : "UNKNOWN";
}

uint32_t zoo_layer_weight_bytes(const zoo_layer_t *l) {
  uint32_t out_ch = l->out.c, filter = 0;
  const int32_t *bias = 0;
  switch (l->op) {
    case ZOO_OP_CONV_2D:
      filter = out_ch * l->p.conv.kh * l->p.conv.kw * l->in.c;
      bias = l->p.conv.bias;
      break;
    case ZOO_OP_DEPTHWISE_CONV_2D:
      filter = out_ch * l->p.conv.kh * l->p.conv.kw;
      bias = l->p.conv.bias;
      break;
    case ZOO_OP_FULLY_CONNECTED: {
      uint32_t batches = zoo_tensor_count(&l->out) / out_ch;
      filter = out_ch * (zoo_tensor_count(&l->in) / batches);
      bias = l->p.fc.bias;
      break;
    }
    default:
      return 0;
  }
  return filter + (bias ? 4 * out_ch : 0);
}

int zoo_invoke(const zoo_model_t *m) {
  for (uint16_t i = 0; i < m->n_layers; i++) {
    if (zoo_run_layer(m, &m->layers[i]) != 0) return i + 1;
  }
  return 0;
}
