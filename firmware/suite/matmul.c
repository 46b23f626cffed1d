/*
 * suite matmul: int8 fully-connected layers the way TFLite Micro's reference kernels and CMSIS-NN
 * style code compute them: int8 weights x int8 activations with zero points, int32
 * accumulation, int32 bias, per-channel requantisation by a Q31 multiplier and a shift
 * (saturating rounding doubling high multiply, rounding right shift), clamp to int8 (ReLU by
 * activation_min).  A 4-row blocked kernel runs a 512-256-256-64-10 MLP over a batch; the
 * first sample of every pass is recomputed by a plain reference kernel and compared.
 */
#include <string.h>
#include "suite.h"

typedef struct {
    int in, out;
    const int8_t *w;          /* [out][in] */
    const int32_t *bias;
    const int32_t *mult;      /* Q31 */
    const int8_t *shift;      /* right shift >= 0 */
    int32_t in_zp, out_zp, act_min, act_max;
} fc_layer;

static int32_t sat_rdhm(int32_t a, int32_t b)
{
    if (a == b && a == INT32_MIN)
        return INT32_MAX;
    int64_t ab = (int64_t)a * b;
    int32_t nudge = ab >= 0 ? (1 << 30) : (1 - (1 << 30));
    return (int32_t)((ab + nudge) / ((int64_t)1 << 31));
}

static int32_t rounding_shift(int32_t x, int exponent)
{
    int32_t mask = (int32_t)((1u << exponent) - 1);
    int32_t rem = x & mask, threshold = (mask >> 1) + (x < 0);
    return (x >> exponent) + (rem > threshold);
}

static int8_t requantise(int32_t acc, const fc_layer *l, int o)
{
    int32_t v = rounding_shift(sat_rdhm(acc, l->mult[o]), l->shift[o]) + l->out_zp;
    if (v < l->act_min) v = l->act_min;
    if (v > l->act_max) v = l->act_max;
    return (int8_t)v;
}

/* plain reference */
static void fc_reference(const fc_layer *l, const int8_t *x, int8_t *y)
{
    for (int o = 0; o < l->out; o++) {
        int32_t acc = l->bias[o];
        for (int i = 0; i < l->in; i++)
            acc += (int32_t)l->w[o * l->in + i] * ((int32_t)x[i] + l->in_zp);
        y[o] = requantise(acc, l, o);
    }
}

/* four output rows per pass over the input; the zero point folded into one product per row */
__attribute__((noinline)) void fc_blocked(const fc_layer *l, const int8_t *x, int8_t *y)
{
    int o = 0;
    for (; o + 4 <= l->out; o += 4) {
        const int8_t *w0 = l->w + o * l->in, *w1 = w0 + l->in, *w2 = w1 + l->in, *w3 = w2 + l->in;
        int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0, s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (int i = 0; i < l->in; i++) {
            int32_t xi = x[i];
            a0 += w0[i] * xi; s0 += w0[i];
            a1 += w1[i] * xi; s1 += w1[i];
            a2 += w2[i] * xi; s2 += w2[i];
            a3 += w3[i] * xi; s3 += w3[i];
        }
        y[o] = requantise(l->bias[o] + a0 + s0 * l->in_zp, l, o);
        y[o + 1] = requantise(l->bias[o + 1] + a1 + s1 * l->in_zp, l, o + 1);
        y[o + 2] = requantise(l->bias[o + 2] + a2 + s2 * l->in_zp, l, o + 2);
        y[o + 3] = requantise(l->bias[o + 3] + a3 + s3 * l->in_zp, l, o + 3);
    }
    for (; o < l->out; o++) {
        int32_t acc = l->bias[o];
        const int8_t *w = l->w + o * l->in;
        for (int i = 0; i < l->in; i++)
            acc += w[i] * (int32_t)x[i];
        int32_t wsum = 0;
        for (int i = 0; i < l->in; i++)
            wsum += w[i];
        y[o] = requantise(acc + wsum * l->in_zp, l, o);
    }
}

#define NL 4
static const int dims[NL + 1] = {512, 256, 256, 64, 10};
static int8_t weights[512 * 256 + 256 * 256 + 256 * 64 + 64 * 10];
static int32_t biases[256 + 256 + 64 + 10], mults[256 + 256 + 64 + 10];
static int8_t shifts[256 + 256 + 64 + 10];
static fc_layer layers[NL];

static void make_model(uint32_t *seed)
{
    int8_t *w = weights;
    int32_t *b = biases, *m = mults;
    int8_t *s = shifts;
    for (int k = 0; k < NL; k++) {
        fc_layer *l = &layers[k];
        l->in = dims[k];
        l->out = dims[k + 1];
        l->w = w; l->bias = b; l->mult = m; l->shift = s;
        l->in_zp = k == 0 ? 3 : 128;          /* -zero point of the producer */
        l->out_zp = -128;
        l->act_min = -128;                     /* ReLU: real 0 is -128 */
        l->act_max = 127;
        for (int i = 0; i < l->in * l->out; i++)
            w[i] = (int8_t)((int32_t)(suite_rand(seed) % 255u) - 127);
        for (int o = 0; o < l->out; o++) {
            b[o] = (int32_t)(suite_rand(seed) % 4001u) - 2000;
            m[o] = (int32_t)(0x40000000u + suite_rand(seed) % 0x3fffffffu);   /* 0.5 .. 1.0 */
            s[o] = (int8_t)(k == 0 ? 10 : 9 + (int)(suite_rand(seed) % 3u));
        }
        w += l->in * l->out; b += l->out; m += l->out; s += l->out;
    }
}

#define BATCH 16
#define PASSES 6
static int8_t input[BATCH][512], act_a[512], act_b[512], ref_a[512], ref_b[512];

static const int8_t *run_model(const int8_t *x, int8_t *a, int8_t *b, int reference)
{
    const int8_t *cur = x;
    for (int k = 0; k < NL; k++) {
        int8_t *out = k & 1 ? b : a;
        if (reference)
            fc_reference(&layers[k], cur, out);
        else
            fc_blocked(&layers[k], cur, out);
        cur = out;
    }
    return cur;
}

int main(void)
{
    uint32_t seed = 0x600dcafeu, sum = 0, classes = 0;
    const int8_t *y = 0;
    int ok = 1;
    make_model(&seed);
    printf("matmul: int8 MLP 512-256-256-64-10, batch %d, %d passes\n", BATCH, PASSES);
    for (int p = 0; p < PASSES; p++) {
        for (int n = 0; n < BATCH; n++)
            for (int i = 0; i < 512; i++)
                input[n][i] = (int8_t)((int32_t)(suite_rand(&seed) % 256u) - 128);
        for (int n = 0; n < BATCH; n++) {
            y = run_model(input[n], act_a, act_b, 0);
            if (n == 0)
                ok &= memcmp(y, run_model(input[n], ref_a, ref_b, 1), 10) == 0;
            int best = 0;
            for (int c = 0; c < 10; c++) {
                sum = suite_mix(sum, (uint8_t)y[c]);
                if (y[c] > y[best])
                    best = c;
            }
            classes = classes * 10 + (uint32_t)best;
            sum = suite_mix(sum, (uint32_t)best);
        }
    }
    printf("matmul: argmax digits hash %lu, last scores", (unsigned long)(classes % 1000000u));
    for (int c = 0; c < 10; c++)
        printf(" %d", y[c]);
    printf("\n");
    return suite_result("matmul", sum, ok);
}
