/* bench_matmul: int8 x int8 -> int32 matrix multiply (64x64 by 64x64), the
 * inner loop of quantised inference, repeated REPS times with a requantise
 * step; prints a checksum of the outputs and the minstret delta. */
#include "bench_common.h"

#define N 64
#define REPS 36

static int8_t a[N][N], b[N][N];
static int32_t c[N][N];
static int8_t q[N][N];

static uint32_t lcg = 12345;
static int8_t rnd8(void)
{
    lcg = lcg * 1664525u + 1013904223u;
    return (int8_t)(lcg >> 24);
}

__attribute__((noinline)) static void matmul(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int32_t acc = 0;
            for (int k = 0; k < N; k++)
                acc += (int32_t)a[i][k] * (int32_t)b[k][j];
            c[i][j] = acc;
        }
}

__attribute__((noinline)) static void requantise(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int32_t v = (c[i][j] * 77 + (1 << 13)) >> 14;   /* fixed-point scale */
            q[i][j] = (int8_t)(v > 127 ? 127 : v < -128 ? -128 : v);
        }
}

int main(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            a[i][j] = rnd8();
            b[i][j] = rnd8();
        }
    printf("bench_matmul: %dx%d int8 matmul, %d rounds\n", N, N, REPS);
    uint64_t i0 = rd_minstret();
    uint32_t sum = 0;
    for (int r = 0; r < REPS; r++) {
        matmul();
        requantise();
        for (int i = 0; i < N; i++)
            for (int j = 0; j < N; j++) {
                sum = sum * 31u + (uint32_t)c[i][j];
                a[i][j] = q[i][j];            /* feed the result back in */
            }
    }
    uint64_t i1 = rd_minstret();
    bench_report("bench_matmul", sum, i0, i1);
    return 0;
}
