/* bench_fmlp: float model inference -- a small CNN (3x3 convolution with 8 filters, ReLU,
 * 2x2 max pooling, dense 392->32, ReLU, dense 32->10, softmax) on REPS generated 16x16 inputs,
 * the shape of a float TFLite-style kernel on a microcontroller with an FPU.
 * bench_fmlp_f (rv32imafc/ilp32f) computes in float; bench_fmlp_d (rv32imafdc/ilp32d)
 * accumulates the dense layers in double and takes the softmax in double.
 * Weights and inputs come from a fixed generator (not a trained model: the figures of merit
 * are the instruction count and exact agreement with QEMU). Prints the class and top score of
 * each input, a checksum of all output bits and the minstret delta. */
#include <math.h>
#include <string.h>
#include "bench_common.h"

#define IN 16
#define CONV 8
#define CO (IN - 2)          /* 14 */
#define PO (CO / 2)          /* 7 */
#define FLAT (CONV * PO * PO) /* 392 */
#define HID 32
#define OUT 10
#define REPS 24

#if __riscv_flen == 64
typedef double acc_t;
#define EXP exp
#else
typedef float acc_t;
#define EXP expf
#endif

static float conv_w[CONV][3][3], conv_b[CONV];
static float fc1_w[HID][FLAT], fc1_b[HID];
static float fc2_w[OUT][HID], fc2_b[OUT];
static float image[IN][IN];
static float conv_out[CONV][CO][CO];
static float pooled[FLAT];
static float hidden[HID];
static float scores[OUT];

static uint32_t lcg = 20240601u;
/* a float in [-scale, scale) from integer arithmetic only */
static float weight(float scale)
{
    lcg = lcg * 1664525u + 1013904223u;
    return scale * ((float)(int32_t)(lcg >> 8) / 8388608.0f - 1.0f);
}

static void init_model(void)
{
    for (int k = 0; k < CONV; k++) {
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++) conv_w[k][i][j] = weight(0.5f);
        conv_b[k] = weight(0.1f);
    }
    for (int h = 0; h < HID; h++) {
        for (int i = 0; i < FLAT; i++) fc1_w[h][i] = weight(0.08f);
        fc1_b[h] = weight(0.05f);
    }
    for (int o = 0; o < OUT; o++) {
        for (int h = 0; h < HID; h++) fc2_w[o][h] = weight(1.5f);
        fc2_b[o] = weight(0.05f);
    }
}

/* input r: a blob and a stroke that move with r, plus generator noise */
static void make_input(int r)
{
    for (int y = 0; y < IN; y++)
        for (int x = 0; x < IN; x++) {
            float dx = (float)(x - (r * 5) % IN), dy = (float)(y - (r * 3) % IN);
            float v = 1.0f / (1.0f + 0.05f * (dx * dx + dy * dy));
            if ((x + 2 * y + r) % 11 == 0) v += 0.5f;
            image[y][x] = v + weight(0.05f);
        }
}

__attribute__((noinline)) static void conv_relu(void)
{
    for (int k = 0; k < CONV; k++)
        for (int y = 0; y < CO; y++)
            for (int x = 0; x < CO; x++) {
                float s = conv_b[k];
                for (int i = 0; i < 3; i++)
                    for (int j = 0; j < 3; j++) s += conv_w[k][i][j] * image[y + i][x + j];
                conv_out[k][y][x] = s > 0.0f ? s : 0.0f;
            }
}

__attribute__((noinline)) static void maxpool(void)
{
    for (int k = 0; k < CONV; k++)
        for (int y = 0; y < PO; y++)
            for (int x = 0; x < PO; x++) {
                float m = fmaxf(fmaxf(conv_out[k][2 * y][2 * x], conv_out[k][2 * y][2 * x + 1]),
                                fmaxf(conv_out[k][2 * y + 1][2 * x], conv_out[k][2 * y + 1][2 * x + 1]));
                pooled[(k * PO + y) * PO + x] = m;
            }
}

__attribute__((noinline)) static void dense1(void)
{
    for (int h = 0; h < HID; h++) {
        acc_t s = fc1_b[h];
        for (int i = 0; i < FLAT; i++) s += (acc_t)fc1_w[h][i] * pooled[i];
        hidden[h] = s > 0 ? (float)s : 0.0f;
    }
}

__attribute__((noinline)) static void dense2_softmax(void)
{
    acc_t logits[OUT], mx = -1e30f, sum = 0;
    for (int o = 0; o < OUT; o++) {
        acc_t s = fc2_b[o];
        for (int h = 0; h < HID; h++) s += (acc_t)fc2_w[o][h] * hidden[h];
        logits[o] = s;
        if (s > mx) mx = s;
    }
    for (int o = 0; o < OUT; o++) { logits[o] = EXP(logits[o] - mx); sum += logits[o]; }
    for (int o = 0; o < OUT; o++) scores[o] = (float)(logits[o] / sum);
}

int main(void)
{
    printf("bench_fmlp: float CNN 16x16 -> conv3x3x%d -> pool -> %d -> %d, %d inputs, %s accumulation\n",
           CONV, HID, OUT, REPS, sizeof(acc_t) == 8 ? "double" : "float");
    init_model();
    uint32_t sum = 0;
    uint64_t i0 = rd_minstret();
    for (int r = 0; r < REPS; r++) {
        make_input(r);
        conv_relu();
        maxpool();
        dense1();
        dense2_softmax();
        int best = 0;
        for (int o = 1; o < OUT; o++) if (scores[o] > scores[best]) best = o;
        for (int o = 0; o < OUT; o++) { uint32_t b; memcpy(&b, &scores[o], 4); sum = (sum ^ b) * 0x01000193u; }
        printf("input %2d: class %d, score %d/1000\n", r, best, (int)(scores[best] * 1000.0f + 0.5f));
    }
    uint64_t i1 = rd_minstret();
    bench_report("bench_fmlp", sum, i0, i1);
    return 0;
}
