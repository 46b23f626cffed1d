/*
 * suite softfloat: float and double arithmetic on a core without an FPU, every operation a
 * call into libgcc's soft-float routines (__addsf3, __muldf3, ...) and picolibc's libm:
 * a mass-spring chain integrated in float (sqrtf per spring), and a cascade of biquad
 * low-pass filters in double over a synthesised two-tone signal (coefficients from cos/sin).
 * Checks the filter's DC gain and the tones' attenuation, and that the chain stays finite.
 */
#include <math.h>
#include "suite.h"

/* ---- mass-spring chain (float) ---- */
#define NP 48
static float px[NP], py[NP], vx[NP], vy[NP];

static void chain_init(void)
{
    for (int i = 0; i < NP; i++) {
        px[i] = (float)i * 0.5f;
        py[i] = 0.0f;
        vx[i] = vy[i] = 0.0f;
    }
}

__attribute__((noinline)) void chain_step(float dt)
{
    const float k = 40.0f, rest = 0.5f, damping = 0.995f, g = -9.81f;
    float fx[NP], fy[NP];
    for (int i = 0; i < NP; i++) {
        fx[i] = 0.0f;
        fy[i] = g;
    }
    for (int i = 0; i + 1 < NP; i++) {
        float dx = px[i + 1] - px[i], dy = py[i + 1] - py[i];
        float len = sqrtf(dx * dx + dy * dy);
        float f = k * (len - rest) / (len + 1e-6f);
        fx[i] += f * dx; fy[i] += f * dy;
        fx[i + 1] -= f * dx; fy[i + 1] -= f * dy;
    }
    for (int i = 1; i < NP; i++) {         /* particle 0 is pinned */
        vx[i] = (vx[i] + fx[i] * dt) * damping;
        vy[i] = (vy[i] + fy[i] * dt) * damping;
        px[i] += vx[i] * dt;
        py[i] += vy[i] * dt;
    }
}

static float chain_energy(void)
{
    float e = 0.0f;
    for (int i = 0; i < NP; i++)
        e += 0.5f * (vx[i] * vx[i] + vy[i] * vy[i]) - 9.81f * py[i];
    return e;
}

/* ---- biquad cascade (double) ---- */
#define NS 4
typedef struct { double b0, b1, b2, a1, a2, z1, z2; } biquad;
static biquad bq[NS];

static void lowpass(biquad *f, double fc, double q)
{
    double w = 2.0 * M_PI * fc, c = cos(w), s = sin(w), alpha = s / (2.0 * q), a0 = 1.0 + alpha;
    f->b0 = (1.0 - c) / 2.0 / a0;
    f->b1 = (1.0 - c) / a0;
    f->b2 = f->b0;
    f->a1 = -2.0 * c / a0;
    f->a2 = (1.0 - alpha) / a0;
    f->z1 = f->z2 = 0.0;
}

__attribute__((noinline)) double cascade(double x)
{
    for (int i = 0; i < NS; i++) {   /* transposed direct form II */
        biquad *f = &bq[i];
        double y = f->b0 * x + f->z1;
        f->z1 = f->b1 * x - f->a1 * y + f->z2;
        f->z2 = f->b2 * x - f->a2 * y;
        x = y;
    }
    return x;
}

static void filters_init(void)
{
    static const double q[NS] = {0.54119610, 1.30656296, 0.54119610, 1.30656296};
    for (int i = 0; i < NS; i++)
        lowpass(&bq[i], 0.02, q[i]);   /* cut-off at 0.02 of the sample rate */
}

static uint32_t bits_f(float f)
{
    union { float f; uint32_t u; } u = {f};
    return u.u;
}

static uint32_t bits_d(double d)
{
    union { double d; uint64_t u; } u = {d};
    return (uint32_t)u.u ^ (uint32_t)(u.u >> 32);
}

#define STEPS 700
#define SAMPLES 7000

int main(void)
{
    uint32_t sum = 0;
    int ok = 1;
    printf("softfloat: %d-mass spring chain (float) %d steps, %d-biquad cascade (double) %d samples\n",
           NP, STEPS, NS, SAMPLES);
    chain_init();
    for (int s = 0; s < STEPS; s++) {
        chain_step(0.002f);
        if (s % 100 == 99)
            sum = suite_mix(sum, bits_f(chain_energy()));
    }
    float e = chain_energy();
    ok &= isfinite(e) && isfinite(px[NP - 1]) && py[NP - 1] < 0.0f;
    for (int i = 0; i < NP; i++)
        sum = suite_mix(sum, bits_f(px[i]) ^ bits_f(py[i]));

    /* DC gain: a constant input settles to the same constant */
    filters_init();
    double y = 0.0;
    for (int n = 0; n < 2000; n++)
        y = cascade(1.0);
    ok &= fabs(y - 1.0) < 1e-6;
    /* two tones: 0.005 (passes) and 0.2 (stopped); rotate phasors instead of calling sin */
    filters_init();
    double c1 = cos(2 * M_PI * 0.005), s1 = sin(2 * M_PI * 0.005), c2 = cos(2 * M_PI * 0.2), s2 = sin(2 * M_PI * 0.2);
    double re1 = 1.0, im1 = 0.0, re2 = 1.0, im2 = 0.0, peak = 0.0, energy = 0.0;
    for (int n = 0; n < SAMPLES; n++) {
        double t = re1 * c1 - im1 * s1;
        im1 = re1 * s1 + im1 * c1;
        re1 = t;
        t = re2 * c2 - im2 * s2;
        im2 = re2 * s2 + im2 * c2;
        re2 = t;
        y = cascade(im1 + 0.5 * im2);
        if (n > SAMPLES / 2) {
            if (fabs(y) > peak)
                peak = fabs(y);
            energy += y * y;
        }
        if (n % 64 == 0)
            sum = suite_mix(sum, bits_d(y));
    }
    ok &= peak > 0.9 && peak < 1.1;   /* the 0.005 tone passes at ~unit gain, the 0.2 tone is gone */
    printf("softfloat: chain end (%ld, %ld) mm, energy %ld mJ; filter peak %ld ppm, rms^2 %ld ppm\n",
           (long)(px[NP - 1] * 1000.0f), (long)(py[NP - 1] * 1000.0f), (long)(e * 1000.0f),
           (long)(peak * 1e6), (long)(energy / (SAMPLES / 2) * 1e6));
    return suite_result("softfloat", sum, ok);
}
