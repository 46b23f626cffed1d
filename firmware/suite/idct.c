/*
 * suite idct: the inner loop of a baseline JPEG decoder: dequantise 8x8 coefficient blocks
 * (zig-zag order, quality-scaled table), separable integer IDCT (even/odd butterflies with
 * 13-bit cosine constants, columns then rows), level shift and clamp to 0..255.  Every block
 * of the first image is compared with a direct O(n^4) transform in 64-bit integers
 * (within +-1), and DC-only blocks must come out flat.
 */
#include "suite.h"

/* cos(k*pi/16) * 8192, k = 0..8 (k = 0 is 8192; c4 = cos(pi/4)) */
#define C1 8035
#define C2 7568
#define C3 6811
#define C4 5793
#define C5 4551
#define C6 3135
#define C7 1598

static const uint8_t zigzag[64] = {
    0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34,
    27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37,
    44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
};

static const uint8_t base_quant[64] = {   /* a luminance-like table, natural order */
    16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57,
    69, 56, 14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55,
    64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
};

/* 1-D 8-point IDCT of in[0], in[s], ..., in[7s] into out[0..7]: 8192-scaled sums */
static inline void idct8(const int32_t *in, int s, int32_t out[8])
{
    int32_t x0 = in[0], x1 = in[s], x2 = in[2 * s], x3 = in[3 * s];
    int32_t x4 = in[4 * s], x5 = in[5 * s], x6 = in[6 * s], x7 = in[7 * s];
    int32_t e0 = (x0 + x4) * C4, e1 = (x0 - x4) * C4;
    int32_t e2 = x2 * C6 - x6 * C2, e3 = x2 * C2 + x6 * C6;
    int32_t E0 = e0 + e3, E3 = e0 - e3, E1 = e1 + e2, E2 = e1 - e2;
    int32_t O0 = x1 * C1 + x3 * C3 + x5 * C5 + x7 * C7;
    int32_t O1 = x1 * C3 - x3 * C7 - x5 * C1 - x7 * C5;
    int32_t O2 = x1 * C5 - x3 * C1 + x5 * C7 + x7 * C3;
    int32_t O3 = x1 * C7 - x3 * C5 + x5 * C3 - x7 * C1;
    out[0] = E0 + O0; out[7] = E0 - O0;
    out[1] = E1 + O1; out[6] = E1 - O1;
    out[2] = E2 + O2; out[5] = E2 - O2;
    out[3] = E3 + O3; out[4] = E3 - O3;
}

static inline uint8_t clamp255(int32_t v)
{
    return (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v);
}

/* coefficients in natural order -> pixels; pass 1 keeps 2 fraction bits */
__attribute__((noinline)) void idct_block(const int32_t coef[64], uint8_t *dst, int stride)
{
    int32_t tmp[64], o[8];
    for (int c = 0; c < 8; c++) {
        /* a column with only a DC term (common after quantisation) is flat */
        if (!(coef[8 + c] | coef[16 + c] | coef[24 + c] | coef[32 + c] | coef[40 + c] | coef[48 + c] | coef[56 + c])) {
            int32_t dc = (coef[c] * C4 + (1 << 11)) >> 12;
            for (int r = 0; r < 8; r++)
                tmp[8 * r + c] = dc;
            continue;
        }
        idct8(coef + c, 8, o);
        for (int r = 0; r < 8; r++)
            tmp[8 * r + c] = (o[r] + (1 << 11)) >> 12;
    }
    for (int r = 0; r < 8; r++) {
        idct8(tmp + 8 * r, 1, o);
        for (int c = 0; c < 8; c++)
            dst[r * stride + c] = clamp255(((o[c] + (1 << 15)) >> 16) + 128);
    }
}

/* direct 2-D transform: 1/4 sum_u sum_v cu cv F(v,u) cos((2x+1)u pi/16) cos((2y+1)v pi/16) */
static int32_t cos16(int k)   /* cos(k*pi/16) * 8192 for any k >= 0 */
{
    static const int32_t c[9] = {8192, C1, C2, C3, C4, C5, C6, C7, 0};
    k %= 32;
    int sign = 1;
    if (k > 16) k = 32 - k;
    if (k > 8) { k = 16 - k; sign = -1; }
    return sign * c[k];
}

static void idct_reference(const int32_t coef[64], uint8_t out[64])
{
    for (int y = 0; y < 8; y++)
        for (int x = 0; x < 8; x++) {
            int64_t s = 0;
            for (int v = 0; v < 8; v++)
                for (int u = 0; u < 8; u++) {
                    int64_t cu = u ? 8192 : C4, cv = v ? 8192 : C4;
                    int64_t t = (int64_t)coef[8 * v + u] * cos16((2 * x + 1) * u) * cos16((2 * y + 1) * v);
                    s += (t >> 13) * cu * cv >> 26;   /* stays below 2^63 */
                }
            /* s = 8192 * sum; result = s / 4 / 8192 */
            int32_t val = (int32_t)((s + (1 << 14)) >> 15);
            out[8 * y + x] = clamp255(val + 128);
        }
}

#define W 128
#define H 96
#define ROUNDS 40
static uint8_t image[H][W];
static int32_t blocks[(W / 8) * (H / 8)][64];

static void make_blocks(uint32_t *seed, int quality)
{
    int32_t q[64];
    for (int i = 0; i < 64; i++) {
        int32_t v = (base_quant[i] * (200 - 2 * quality) + 50) / 100;
        q[i] = v < 1 ? 1 : v;
    }
    for (int b = 0; b < (W / 8) * (H / 8); b++) {
        int32_t zz[64];
        uint32_t r = suite_rand(seed);
        int last = (b % 7 == 0) ? 0 : (int)(r % 40);   /* some DC-only blocks */
        for (int i = 0; i < 64; i++) {
            int32_t mag = i == 0 ? 64 : 48 / (1 + i / 4);
            int32_t v = i <= last ? (int32_t)(suite_rand(seed) % (uint32_t)(2 * mag + 1)) - mag : 0;
            if (i > 0 && (suite_rand(seed) & 3) == 0)
                v = 0;
            zz[i] = v;
        }
        for (int i = 0; i < 64; i++)        /* de-zig-zag and dequantise */
            blocks[b][zigzag[i]] = zz[i] * q[zigzag[i]];
    }
}

int main(void)
{
    uint32_t seed = 0x7e57ab1eu, sum = 0;
    int ok = 1, max_err = 0, flat = 0;
    printf("idct: %d images of %dx%d (%d blocks each), quality 50..89\n", ROUNDS, W, H, (W / 8) * (H / 8));
    for (int r = 0; r < ROUNDS; r++) {
        make_blocks(&seed, 50 + r);
        for (int rep = 0; rep < 4; rep++)
            for (int b = 0; b < (W / 8) * (H / 8); b++)
                idct_block(blocks[b], &image[(b / (W / 8)) * 8][(b % (W / 8)) * 8], W);
        if (r == 0)
            for (int b = 0; b < (W / 8) * (H / 8); b++) {
                uint8_t ref[64];
                const uint8_t *px = &image[(b / (W / 8)) * 8][(b % (W / 8)) * 8];
                idct_reference(blocks[b], ref);
                int dc_only = 1;
                for (int i = 1; i < 64; i++)
                    dc_only &= blocks[b][i] == 0;
                for (int i = 0; i < 64; i++) {
                    int d = px[(i / 8) * W + i % 8] - ref[i];
                    if (d < 0) d = -d;
                    if (d > max_err) max_err = d;
                    if (dc_only)
                        ok &= px[(i / 8) * W + i % 8] == px[0];
                }
                flat += dc_only;
            }
        for (int y = 0; y < H; y++)
            for (int x = 0; x < W; x += 4)
                sum = suite_mix(sum, (uint32_t)image[y][x] | (uint32_t)image[y][x + 1] << 8 |
                                         (uint32_t)image[y][x + 2] << 16 | (uint32_t)image[y][x + 3] << 24);
    }
    ok &= max_err <= 1 && flat > 0;
    printf("idct: first image vs direct transform: max error %d, %d flat DC-only blocks\n", max_err, flat);
    return suite_result("idct", sum, ok);
}
