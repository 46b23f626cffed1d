/* float: soft-float (libgcc) arithmetic on float and double, checked bit-exactly,
 * and picolibc printf of floating-point values (linked with the double printf). */
#include <math.h>
#include <string.h>
#include "check.h"

static uint32_t fbits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static uint64_t dbits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
#define CHECK_D(expr, want) do { uint64_t b_ = dbits(expr);                               \
        check_eq(#expr " (hi)", (uint32_t)(b_ >> 32), (uint32_t)((want) >> 32));           \
        check_eq(#expr " (lo)", (uint32_t)b_, (uint32_t)(want)); } while (0)

static volatile float f1 = 1.0f, f3 = 3.0f, fbig = 3.4e38f, ftiny = 1e-45f;
static volatile double d1 = 1.0, d3 = 3.0, d10 = 10.0, dneg = -2.5, dzero = 0.0;
static volatile int32_t i_neg = -7;

int main(void)
{
    printf("float: soft-float arithmetic and printf\n");
    CHECK(fbits(f1 / f3), 0x3eaaaaabu);                 /* round to nearest even */
    CHECK(fbits(f1 + ftiny), 0x3f800000u);
    CHECK(fbits(fbig * 2.0f), 0x7f800000u);             /* overflow -> +inf */
    CHECK(fbits(ftiny / 2.0f), 0x00000000u);            /* underflow to zero (tie->even) */
    CHECK(fbits((float)i_neg), 0xc0e00000u);
    CHECK((int32_t)(-7.9f * f1), -7);                    /* truncation towards zero */
    CHECK(fbits(sqrtf(2.0f * f1)), 0x3fb504f3u);
    group_ok("float");

    CHECK_D(d1 / d3, 0x3fd5555555555555ull);
    CHECK_D(d1 / d10, 0x3fb999999999999aull);
    CHECK_D(dneg * d10, 0xc039000000000000ull);
    CHECK_D(d1 / dzero, 0x7ff0000000000000ull);
    CHECK_D(sqrt(d10 * d1), 0x40094c583ada5b53ull);
    CHECK_D((double)(1u << 31) * d3, 0x41f8000000000000ull);
    check_true("0/0 is NaN", isnan(dzero / dzero));
    CHECK((int32_t)(dneg * d1), -2);
    CHECK((uint32_t)(4294967295.0 * d1), 0xffffffffu);
    CHECK(fbits((float)(d1 / d3)), 0x3eaaaaabu);
    group_ok("double");

    printf("printf: %.6f %.3e %g %g\n", d1 / d3, 6.02214076e23 * d1, 0.1 * d1, 1e100 * d1);
    printf("printf: %.2f %f %e %g\n", -2.5 * d1, 1.5 * d1, dneg, 123456789.0 * d1);
    printf("printf: %f %f %.10g\n", d1 / dzero, -d1 / dzero, 3.14159265358979 * d1);
    char buf[64];
    snprintf(buf, sizeof buf, "%.4f", d1 / d3);
    check_true("snprintf %.4f of 1/3", strcmp(buf, "0.3333") == 0);
    double parsed = strtod("2.718281828459045", NULL);
    CHECK_D(parsed, 0x4005bf0a8b145769ull);
    group_ok("printf/strtod");
    printf("float: all ok\n");
    return 0;
}
