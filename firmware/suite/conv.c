/*
 * suite conv: a depthwise-separable int8 block (3x3 depthwise, 1x1 pointwise, twice) over a
 * 24x24x16 NHWC feature map, with per-pixel kernels generated fully unrolled by gen_conv.py
 * (conv_kernels.h: weights as literals, branch-free requantise and clamp), the shape of
 * ML-compiler output: functions of 700-1000 straight-line instructions.  Border pixels
 * (zero padding) use looped kernels, which on the first frame also recompute every pixel
 * as the reference.  Each frame's output feeds the next frame's input.
 */
#include <string.h>
#include "suite.h"
#include "conv_kernels.h"

#define H 24
#define W 24
#define C CONV_C
#define ROW (W * C)

static int8_t fm0[H][W][C], fm1[H][W][C], fm2[H][W][C], ref0[H][W][C], ref1[H][W][C];

static int8_t quant(int32_t acc, int32_t m, int s)
{
    int32_t v = (int32_t)(((int64_t)acc * m) >> s);
    return (int8_t)(v < -128 ? -128 : v > 127 ? 127 : v);
}

static void dw_looped(const int8_t (*w)[9], const int32_t *b, const int32_t *m, const uint8_t *s,
                      int8_t (*in)[W][C], int8_t (*out)[W][C], int y, int x)
{
    for (int c = 0; c < C; c++) {
        int32_t acc = b[c];
        for (int ky = 0; ky < 3; ky++)
            for (int kx = 0; kx < 3; kx++) {
                int iy = y + ky - 1, ix = x + kx - 1;
                if (iy >= 0 && iy < H && ix >= 0 && ix < W)
                    acc += in[iy][ix][c] * w[c][3 * ky + kx];
            }
        out[y][x][c] = quant(acc, m[c], s[c]);
    }
}

static void pw_looped(const int8_t (*w)[C], const int32_t *b, const int32_t *m, const uint8_t *s,
                      const int8_t *in, int8_t *out)
{
    for (int c = 0; c < C; c++) {
        int32_t acc = b[c];
        for (int i = 0; i < C; i++)
            acc += in[i] * w[c][i];
        out[c] = quant(acc, m[c], s[c]);
    }
}

typedef void (*dw_pixel_fn)(const int8_t *in, int8_t *o, int row);
typedef void (*pw_pixel_fn)(const int8_t *in, int8_t *o);

static void block(int8_t (*in)[W][C], int8_t (*tmp)[W][C], int8_t (*out)[W][C], int which, int reference)
{
    const int8_t (*dw_w)[9] = which ? dw2_w : dw1_w;
    const int32_t *dw_b = which ? dw2_b : dw1_b, *dw_m = which ? dw2_m : dw1_m;
    const uint8_t *dw_s = which ? dw2_s : dw1_s;
    const int8_t (*pw_w)[C] = which ? pw2_w : pw1_w;
    const int32_t *pw_b = which ? pw2_b : pw1_b, *pw_m = which ? pw2_m : pw1_m;
    const uint8_t *pw_s = which ? pw2_s : pw1_s;
    dw_pixel_fn dw = which ? dw2_pixel : dw1_pixel;
    pw_pixel_fn pw = which ? pw2_pixel : pw1_pixel;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            if (reference || y == 0 || x == 0 || y == H - 1 || x == W - 1)
                dw_looped(dw_w, dw_b, dw_m, dw_s, in, tmp, y, x);
            else
                dw(&in[y][x][0], &tmp[y][x][0], ROW);
        }
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            if (reference)
                pw_looped(pw_w, pw_b, pw_m, pw_s, tmp[y][x], out[y][x]);
            else
                pw(tmp[y][x], out[y][x]);
        }
}

#define FRAMES 56

int main(void)
{
    uint32_t seed = 0xfeedf00du, sum = 0;
    int ok = 1;
    printf("conv: %d frames of a %dx%dx%d depthwise-separable block (unrolled kernels)\n", FRAMES, H, W, C);
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++)
            for (int c = 0; c < C; c++)
                fm0[y][x][c] = (int8_t)((int32_t)(suite_rand(&seed) % 256u) - 128);
    for (int f = 0; f < FRAMES; f++) {
        if (f == 0) {
            block(fm0, ref1, ref0, 0, 1);
            block(ref0, ref1, ref0, 1, 1);
        }
        block(fm0, fm1, fm2, 0, 0);
        block(fm2, fm1, fm0, 1, 0);
        if (f == 0)
            ok &= memcmp(fm0, ref0, sizeof fm0) == 0;
        int nonzero = 0;
        for (int y = 0; y < H; y++)
            for (int x = 0; x < W; x++)
                for (int c = 0; c < C; c += 4) {
                    sum = suite_mix(sum, (uint32_t)(uint8_t)fm0[y][x][c] | (uint32_t)(uint8_t)fm0[y][x][c + 1] << 8 |
                                             (uint32_t)(uint8_t)fm0[y][x][c + 2] << 16 | (uint32_t)(uint8_t)fm0[y][x][c + 3] << 24);
                    nonzero += fm0[y][x][c] != 0;
                }
        /* keep the signal alive: mix fresh noise into one row */
        for (int x = 0; x < W; x++)
            for (int c = 0; c < C; c++)
                fm0[f % H][x][c] ^= (int8_t)(suite_rand(&seed) & 0x3f);
        if (f == FRAMES - 1)
            printf("conv: last frame: %d of %d sampled values non-zero, fm[12][12][0..3] = %d %d %d %d\n",
                   nonzero, H * W * C / 4, fm0[12][12][0], fm0[12][12][1], fm0[12][12][2], fm0[12][12][3]);
    }
    return suite_result("conv", sum, ok);
}
