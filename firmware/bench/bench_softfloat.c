/* bench_softfloat: double-precision Mandelbrot escape counts plus a dot
 * product/series kernel, all through libgcc soft-float; prints the checksum,
 * a float result and the minstret delta. */
#include "bench_common.h"

#define W 48
#define H 32
#define MAXIT 100

__attribute__((noinline)) static uint32_t mandel(void)
{
    uint32_t total = 0, hash = 0;
    for (int py = 0; py < H; py++) {
        double ci = -1.2 + 2.4 * py / (H - 1);
        for (int px = 0; px < W; px++) {
            double cr = -2.1 + 3.0 * px / (W - 1);
            double zr = 0, zi = 0;
            int it = 0;
            while (it < MAXIT && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = t;
                it++;
            }
            total += (uint32_t)it;
            hash = hash * 33u + (uint32_t)it;
        }
    }
    return total ^ hash;
}

__attribute__((noinline)) static double series(int n)
{
    /* Leibniz series for pi/4 and a harmonic sum, in float and double */
    double s = 0, hsum = 0;
    float fs = 0;
    for (int k = 0; k < n; k++) {
        double term = 1.0 / (2 * k + 1);
        s += (k & 1) ? -term : term;
        hsum += 1.0 / (k + 1);
        fs += 1.0f / (float)(k + 1);
    }
    return 4 * s + hsum * 1e-3 + (double)fs * 1e-6;
}

int main(void)
{
    printf("bench_softfloat: mandelbrot %dx%d (max %d) + series\n", W, H, MAXIT);
    uint64_t i0 = rd_minstret();
    uint32_t m = mandel();
    double v = series(60000);
    uint64_t i1 = rd_minstret();
    printf("bench_softfloat: series %.12f\n", v);
    uint32_t vb[2];
    __builtin_memcpy(vb, &v, 8);
    bench_report("bench_softfloat", m ^ vb[0] ^ vb[1], i0, i1);
    return 0;
}
