/* fpvec: IEEE 754 vectors for every F (and, in the rv32imafdc build, D) instruction.
 *
 * For each operation and each rounding mode (rne rtz rdn rup rmm as static modes in the
 * instruction, and dyn with frm set to a random mode per case), CASES operand sets are made by
 * a seeded generator that uses integer instructions only (so the inputs never depend on the
 * FPU under test): special values (+-0, +-inf, quiet and signalling NaNs with payloads,
 * subnormals, the smallest and largest normals), random bit patterns, values near 1, near the
 * ends of the exponent range, near integers, halves and 2^31, operand pairs with close
 * exponents (cancellation) and addends close to -(a*b) for the fused multiply-adds. In the
 * rv32imafdc build some single-precision operands are not NaN-boxed.
 *
 * Each case clears fflags, runs the instruction once, stores the result (all 64 register bits
 * for f results in the D build, so NaN-boxing is checked too) and reads fflags. One line per
 * operation and mode gives how many cases raised each flag and a hash of all results and
 * flags per block of BLOCK cases; QEMU's console is the reference.
 *
 * Debugging: set fpvec_verbose to 1 to print every case (operands, result, flags), and
 * fpvec_only to N+1 to run only operation N (the index printed first on its line); under QEMU
 * e.g. -device loader,addr=<&fpvec_verbose>,data=1,data-len=4. */
#include <stdio.h>
#include <stdint.h>
#include "bsp.h"

#define CASES 1024          /* per rounding mode; operations without one get 4 * CASES */
#define BLOCK 256

volatile uint32_t fpvec_verbose = 0;
volatile uint32_t fpvec_only = 0;

#if __riscv_flen == 64
#define HAVE_D 1
#define LDS "fld"   /* singles are loaded with all 64 bits: boxing is an input too */
#define STS "fsd"
#else
#define HAVE_D 0
#define LDS "flw"
#define STS "fsw"
#endif

/* operands and result: 64-bit patterns (singles: low word, high word the box) */
static uint64_t in[3];
static uint64_t out;

/* ---------------------------------------------------------------- one instruction per mode */

#define CLOBBERS "memory", "t0", "ft0", "ft1", "ft2", "ft3"
#define ASMX(body) __asm__ volatile(body "csrr %0, fflags" : "=r"(fl) : "r"(in), "r"(&out) : CLOBBERS)
#define PRE "csrwi fflags, 0\n\t"

/* f op f,f -> f */
#define A_SS_S(mn, rm) ASMX(LDS " ft0, 0(%1)\n\t" LDS " ft1, 8(%1)\n\t" PRE mn " ft2, ft0, ft1" rm "\n\t" STS " ft2, 0(%2)\n\t")
#define A_S_S(mn, rm) ASMX(LDS " ft0, 0(%1)\n\t" PRE mn " ft2, ft0" rm "\n\t" STS " ft2, 0(%2)\n\t")
#define A_SSS_S(mn, rm) ASMX(LDS " ft0, 0(%1)\n\t" LDS " ft1, 8(%1)\n\t" LDS " ft2, 16(%1)\n\t" PRE mn " ft3, ft0, ft1, ft2" rm "\n\t" STS " ft3, 0(%2)\n\t")
#define A_SS_X(mn, rm) ASMX(LDS " ft0, 0(%1)\n\t" LDS " ft1, 8(%1)\n\t" PRE mn " t0, ft0, ft1" rm "\n\t" "sw t0, 0(%2)\n\t")
#define A_S_X(mn, rm) ASMX(LDS " ft0, 0(%1)\n\t" PRE mn " t0, ft0" rm "\n\t" "sw t0, 0(%2)\n\t")
#define A_X_S(mn, rm) ASMX("lw t0, 0(%1)\n\t" PRE mn " ft2, t0" rm "\n\t" STS " ft2, 0(%2)\n\t")
#if HAVE_D
#define A_DD_D(mn, rm) ASMX("fld ft0, 0(%1)\n\t" "fld ft1, 8(%1)\n\t" PRE mn " ft2, ft0, ft1" rm "\n\t" "fsd ft2, 0(%2)\n\t")
#define A_D_D(mn, rm) ASMX("fld ft0, 0(%1)\n\t" PRE mn " ft2, ft0" rm "\n\t" "fsd ft2, 0(%2)\n\t")
#define A_DDD_D(mn, rm) ASMX("fld ft0, 0(%1)\n\t" "fld ft1, 8(%1)\n\t" "fld ft2, 16(%1)\n\t" PRE mn " ft3, ft0, ft1, ft2" rm "\n\t" "fsd ft3, 0(%2)\n\t")
#define A_DD_X(mn, rm) ASMX("fld ft0, 0(%1)\n\t" "fld ft1, 8(%1)\n\t" PRE mn " t0, ft0, ft1" rm "\n\t" "sw t0, 0(%2)\n\t")
#define A_D_X(mn, rm) ASMX("fld ft0, 0(%1)\n\t" PRE mn " t0, ft0" rm "\n\t" "sw t0, 0(%2)\n\t")
#define A_X_D(mn, rm) ASMX("lw t0, 0(%1)\n\t" PRE mn " ft2, t0" rm "\n\t" "fsd ft2, 0(%2)\n\t")
#define A_D_S(mn, rm) ASMX("fld ft0, 0(%1)\n\t" PRE mn " ft2, ft0" rm "\n\t" "fsd ft2, 0(%2)\n\t")
#define A_S_D(mn, rm) ASMX("fld ft0, 0(%1)\n\t" PRE mn " ft2, ft0" rm "\n\t" "fsd ft2, 0(%2)\n\t")
#endif

/* mode 0..4: static rm; 5: dyn (the caller has set frm) */
#define RM_SWITCH(A, mn) switch (mode) { \
    case 0: A(mn, ", rne"); break; case 1: A(mn, ", rtz"); break; case 2: A(mn, ", rdn"); break; \
    case 3: A(mn, ", rup"); break; case 4: A(mn, ", rmm"); break; default: A(mn, ""); break; }
#define OP_RM(fn, A, mn) static uint32_t fn(int mode) { uint32_t fl; RM_SWITCH(A, mn) return fl; }
#define OP(fn, A, mn) static uint32_t fn(int mode) { uint32_t fl; (void)mode; A(mn, ""); return fl; }

OP_RM(fadd_s, A_SS_S, "fadd.s")   OP_RM(fsub_s, A_SS_S, "fsub.s")   OP_RM(fmul_s, A_SS_S, "fmul.s")
OP_RM(fdiv_s, A_SS_S, "fdiv.s")   OP_RM(fsqrt_s, A_S_S, "fsqrt.s")
OP_RM(fmadd_s, A_SSS_S, "fmadd.s") OP_RM(fmsub_s, A_SSS_S, "fmsub.s")
OP_RM(fnmsub_s, A_SSS_S, "fnmsub.s") OP_RM(fnmadd_s, A_SSS_S, "fnmadd.s")
OP(fsgnj_s, A_SS_S, "fsgnj.s")    OP(fsgnjn_s, A_SS_S, "fsgnjn.s")  OP(fsgnjx_s, A_SS_S, "fsgnjx.s")
OP(fmin_s, A_SS_S, "fmin.s")      OP(fmax_s, A_SS_S, "fmax.s")
OP(feq_s, A_SS_X, "feq.s")        OP(flt_s, A_SS_X, "flt.s")        OP(fle_s, A_SS_X, "fle.s")
OP(fclass_s, A_S_X, "fclass.s")   OP(fmv_x_w, A_S_X, "fmv.x.w")     OP(fmv_w_x, A_X_S, "fmv.w.x")
OP_RM(fcvt_w_s, A_S_X, "fcvt.w.s") OP_RM(fcvt_wu_s, A_S_X, "fcvt.wu.s")
OP_RM(fcvt_s_w, A_X_S, "fcvt.s.w") OP_RM(fcvt_s_wu, A_X_S, "fcvt.s.wu")
#if HAVE_D
OP_RM(fadd_d, A_DD_D, "fadd.d")   OP_RM(fsub_d, A_DD_D, "fsub.d")   OP_RM(fmul_d, A_DD_D, "fmul.d")
OP_RM(fdiv_d, A_DD_D, "fdiv.d")   OP_RM(fsqrt_d, A_D_D, "fsqrt.d")
OP_RM(fmadd_d, A_DDD_D, "fmadd.d") OP_RM(fmsub_d, A_DDD_D, "fmsub.d")
OP_RM(fnmsub_d, A_DDD_D, "fnmsub.d") OP_RM(fnmadd_d, A_DDD_D, "fnmadd.d")
OP(fsgnj_d, A_DD_D, "fsgnj.d")    OP(fsgnjn_d, A_DD_D, "fsgnjn.d")  OP(fsgnjx_d, A_DD_D, "fsgnjx.d")
OP(fmin_d, A_DD_D, "fmin.d")      OP(fmax_d, A_DD_D, "fmax.d")
OP(feq_d, A_DD_X, "feq.d")        OP(flt_d, A_DD_X, "flt.d")        OP(fle_d, A_DD_X, "fle.d")
OP(fclass_d, A_D_X, "fclass.d")
OP_RM(fcvt_w_d, A_D_X, "fcvt.w.d") OP_RM(fcvt_wu_d, A_D_X, "fcvt.wu.d")
OP(fcvt_d_w, A_X_D, "fcvt.d.w")   OP(fcvt_d_wu, A_X_D, "fcvt.d.wu")
OP_RM(fcvt_s_d, A_D_S, "fcvt.s.d")
OP(fcvt_d_s, A_S_D, "fcvt.d.s")
#endif

/* ---------------------------------------------------------------- operand generator */

static uint32_t rs;
static uint32_t rnd(void) { rs ^= rs << 13; rs ^= rs >> 17; rs ^= rs << 5; return rs; }

static const uint32_t special32[] = {
    0x00000000, 0x80000000, 0x7f800000, 0xff800000,           /* zeros, infinities */
    0x7fc00000, 0xffc00000, 0x7fc12345, 0x7f800001, 0xffa00000, 0x7fbfffff, /* NaNs (q, s) */
    0x00000001, 0x80000001, 0x007fffff, 0x807fffff, 0x00400000, /* subnormals */
    0x00800000, 0x80800000, 0x00800001, 0x7f7fffff, 0xff7fffff, 0x7f7ffffe, /* normals at the ends */
    0x3f800000, 0xbf800000, 0x3f800001, 0x3f7fffff, 0x3f000000, 0x40000000, 0x40400000,
    0x4b000000, 0x4b7fffff, 0x4f000000, 0xcf000000, 0x4f800000, 0x4effffff, 0xcf000001, /* 2^23, 2^31, 2^32 */
    0x3effffff, 0x3fc00000, 0xbfc00000, 0x40200000, 0x34000000, 0x33800000,
};
static const uint32_t special64hi[] = {
    0x00000000, 0x80000000, 0x7ff00000, 0xfff00000, 0x7ff80000, 0xfff80000, 0x7ff00000, 0x7ff40000,
    0x00000000, 0x000fffff, 0x00100000, 0x80100000, 0x7fefffff, 0xffefffff, 0x3ff00000, 0xbff00000,
    0x3fefffff, 0x3ff00000, 0x3fe00000, 0x41e00000, 0xc1e00000, 0x41f00000, 0x41dfffff, 0x43300000,
    0x47efffff, 0x47f00000, 0x36a00000, 0x38100000, 0x380fffff, 0x3ff80000,
};
static const uint32_t special64lo[] = {
    0, 0, 0, 0, 0, 0, 1, 0x1234,
    1, 0xffffffff, 0, 0, 0xffffffff, 0xffffffff, 0, 0,
    0xffffffff, 1, 0, 0, 0, 0, 0xffc00000, 0,
    0xe0000000, 0, 0, 0, 0xf0000000, 0,
};
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static uint32_t sign32(void) { return (rnd() & 1) << 31; }

/* a binary32 pattern */
static uint32_t gen32(void)
{
    uint32_t k = rnd() % 16, e, frac = rnd() & 0x7fffff;
    switch (k) {
    case 0: case 1: return special32[rnd() % COUNT(special32)];
    case 2: return rnd();
    case 3: case 4: case 5: e = 127 - 8 + rnd() % 16; break;       /* moderate */
    case 6: e = 127 - 8 + rnd() % 16; frac &= 0x7fffff << (rnd() % 24); break; /* short significand */
    case 7: e = 127 - 4 + rnd() % 8; frac = 0x7fffff ^ (rnd() & 0xff); break; /* just below a power of 2 */
    case 8: e = 0; frac >>= rnd() % 23; break;                     /* subnormal */
    case 9: e = 1 + rnd() % 24; break;                              /* tiny normal */
    case 10: e = 254 - rnd() % 24; break;                           /* huge */
    case 11: e = 127 + rnd() % 33; break;                           /* integers up to 2^32 */
    case 12: e = 127 + 29 + rnd() % 4; break;                       /* near 2^31 */
    case 13: {                                                      /* n + 1/2 */
        uint32_t p = rnd() % 23;
        e = 127 + p;
        frac = (frac & ~((1u << (23 - p)) - 1)) | (1u << (22 - p));
        break;
    }
    case 14: e = 126 - rnd() % 3; break;                           /* below 1 */
    default: e = rnd() & 0xff; break;
    }
    return sign32() | (e << 23) | frac;
}

/* a binary64 pattern (hi, lo) */
static void gen64(uint32_t *hi, uint32_t *lo)
{
    uint32_t k = rnd() % 16, e, f = rnd() & 0xfffff, l = rnd();
    switch (k) {
    case 0: case 1: { uint32_t i = rnd() % COUNT(special64hi); *hi = special64hi[i] ^ sign32(); *lo = special64lo[i]; return; }
    case 2: *hi = rnd(); *lo = rnd(); return;
    case 3: case 4: case 5: e = 1023 - 12 + rnd() % 24; break;
    case 6: e = 1023 - 12 + rnd() % 24; l = 0; f &= 0xfffff << (rnd() % 21); break;
    case 7: e = 1023 - 4 + rnd() % 8; f = 0xfffff; l = ~(rnd() & 0xfff); break;
    case 8: e = 0; f >>= rnd() % 21; if (rnd() & 1) l >>= rnd() % 32; break;
    case 9: e = 1 + rnd() % 56; break;
    case 10: e = 2046 - rnd() % 56; break;
    case 11: e = 1023 + rnd() % 34; break;
    case 12: e = 1023 + 29 + rnd() % 4; break;
    case 13: {                                                      /* n + 1/2 */
        uint32_t p = rnd() % 33;                                    /* value in [2^p, 2^(p+1)) */
        e = 1023 + p;
        uint32_t half = 51 - p;                                     /* fraction bit worth 1/2 */
        if (half >= 32) { f = (f & ~((1u << (half - 32 + 1)) - 1)) | (1u << (half - 32)); l = 0; }
        else { l = (l & ~((half == 31 ? 0xffffffffu : (1u << (half + 1)) - 1))) | (1u << half); }
        break;
    }
    case 14: e = 1022 - rnd() % 3; break;
    default: e = rnd() & 0x7ff; break;
    }
    *hi = sign32() | (e << 20) | f;
    *lo = l;
}

/* an integer register value */
static uint32_t genint(void)
{
    static const uint32_t sp[] = { 0, 1, 0xffffffff, 0x80000000, 0x7fffffff, 0x01000001, 0x00ffffff,
                                   0xff000001, 0x7fffff80, 0x7fffffc0, 0x80000001, 0xfffffffe, 0x00800001 };
    switch (rnd() % 4) {
    case 0: return sp[rnd() % COUNT(sp)];
    case 1: return rnd();
    default: { uint32_t v = rnd() >> (rnd() % 32); return (rnd() & 1) ? -v : v; }
    }
}

/* A second operand close to the first (same or neighbouring exponent: cancellation, ties) */
static uint32_t near32(uint32_t a)
{
    switch (rnd() % 4) {
    case 0: return a ^ 0x80000000;
    case 1: return a ^ (rnd() & 0xff);
    case 2: return (a ^ 0x80000000) + (rnd() % 7) - 3;
    default: return (a & 0xff800000) + ((rnd() % 5) << 23) - (2u << 23) + (rnd() & 0x7fffff);
    }
}

static void near64(uint32_t ahi, uint32_t alo, uint32_t *hi, uint32_t *lo)
{
    switch (rnd() % 4) {
    case 0: *hi = ahi ^ 0x80000000; *lo = alo; break;
    case 1: *hi = ahi; *lo = alo ^ (rnd() & 0xffff); break;
    case 2: *hi = ahi ^ 0x80000000; *lo = alo + (rnd() % 7) - 3; break;
    default: *hi = (ahi & 0xfff00000) + ((rnd() % 5) << 20) - (2u << 20) + (rnd() & 0xfffff); *lo = rnd(); break;
    }
}

/* An addend about -(a*b): the product's exponent, the opposite sign, random significand */
static uint32_t cancel32(uint32_t a, uint32_t b)
{
    int32_t e = (int32_t)((a >> 23) & 0xff) + (int32_t)((b >> 23) & 0xff) - 127 + (int32_t)(rnd() % 2);
    if (e < 1 || e > 254) return gen32();
    uint32_t frac = ((a & 0x7fffff) + (b & 0x7fffff)) ^ (rnd() & 0x3ff);
    return (((a ^ b) & 0x80000000) ^ 0x80000000) | ((uint32_t)e << 23) | (frac & 0x7fffff);
}

static void cancel64(uint32_t ahi, uint32_t bhi, uint32_t *hi, uint32_t *lo)
{
    int32_t e = (int32_t)((ahi >> 20) & 0x7ff) + (int32_t)((bhi >> 20) & 0x7ff) - 1023 + (int32_t)(rnd() % 2);
    if (e < 1 || e > 2046) { gen64(hi, lo); return; }
    *hi = (((ahi ^ bhi) & 0x80000000) ^ 0x80000000) | ((uint32_t)e << 20) | (((ahi + bhi) ^ rnd()) & 0xfffff);
    *lo = rnd();
}

/* singles go in with a box; in the D build sometimes without one (read as the canonical NaN) */
static uint64_t boxed(uint32_t v)
{
    uint32_t box = 0xffffffff;
    if (HAVE_D && rnd() % 32 == 0) box = rnd() % 2 ? 0 : 0xfffffffe;
    return ((uint64_t)box << 32) | v;
}
static uint64_t pack64(uint32_t hi, uint32_t lo) { return ((uint64_t)hi << 32) | lo; }

/* ---------------------------------------------------------------- the table */

enum kind { S1, S2, S3, D1, D2, D3, X1, S1_TO_D, D1_TO_S, S1_SQRT, D1_SQRT };
struct op { const char *name; uint32_t (*fn)(int); enum kind kind; int rm; int xout; int sout; };

static const struct op ops[] = {
    { "fadd.s", fadd_s, S2, 1, 0, 1 }, { "fsub.s", fsub_s, S2, 1, 0, 1 }, { "fmul.s", fmul_s, S2, 1, 0, 1 },
    { "fdiv.s", fdiv_s, S2, 1, 0, 1 }, { "fsqrt.s", fsqrt_s, S1_SQRT, 1, 0, 1 },
    { "fmadd.s", fmadd_s, S3, 1, 0, 1 }, { "fmsub.s", fmsub_s, S3, 1, 0, 1 },
    { "fnmsub.s", fnmsub_s, S3, 1, 0, 1 }, { "fnmadd.s", fnmadd_s, S3, 1, 0, 1 },
    { "fsgnj.s", fsgnj_s, S2, 0, 0, 1 }, { "fsgnjn.s", fsgnjn_s, S2, 0, 0, 1 }, { "fsgnjx.s", fsgnjx_s, S2, 0, 0, 1 },
    { "fmin.s", fmin_s, S2, 0, 0, 1 }, { "fmax.s", fmax_s, S2, 0, 0, 1 },
    { "feq.s", feq_s, S2, 0, 1, 0 }, { "flt.s", flt_s, S2, 0, 1, 0 }, { "fle.s", fle_s, S2, 0, 1, 0 },
    { "fclass.s", fclass_s, S1, 0, 1, 0 }, { "fmv.x.w", fmv_x_w, S1, 0, 1, 0 }, { "fmv.w.x", fmv_w_x, X1, 0, 0, 1 },
    { "fcvt.w.s", fcvt_w_s, S1, 1, 1, 0 }, { "fcvt.wu.s", fcvt_wu_s, S1, 1, 1, 0 },
    { "fcvt.s.w", fcvt_s_w, X1, 1, 0, 1 }, { "fcvt.s.wu", fcvt_s_wu, X1, 1, 0, 1 },
#if HAVE_D
    { "fadd.d", fadd_d, D2, 1, 0, 0 }, { "fsub.d", fsub_d, D2, 1, 0, 0 }, { "fmul.d", fmul_d, D2, 1, 0, 0 },
    { "fdiv.d", fdiv_d, D2, 1, 0, 0 }, { "fsqrt.d", fsqrt_d, D1_SQRT, 1, 0, 0 },
    { "fmadd.d", fmadd_d, D3, 1, 0, 0 }, { "fmsub.d", fmsub_d, D3, 1, 0, 0 },
    { "fnmsub.d", fnmsub_d, D3, 1, 0, 0 }, { "fnmadd.d", fnmadd_d, D3, 1, 0, 0 },
    { "fsgnj.d", fsgnj_d, D2, 0, 0, 0 }, { "fsgnjn.d", fsgnjn_d, D2, 0, 0, 0 }, { "fsgnjx.d", fsgnjx_d, D2, 0, 0, 0 },
    { "fmin.d", fmin_d, D2, 0, 0, 0 }, { "fmax.d", fmax_d, D2, 0, 0, 0 },
    { "feq.d", feq_d, D2, 0, 1, 0 }, { "flt.d", flt_d, D2, 0, 1, 0 }, { "fle.d", fle_d, D2, 0, 1, 0 },
    { "fclass.d", fclass_d, D1, 0, 1, 0 },
    { "fcvt.w.d", fcvt_w_d, D1, 1, 1, 0 }, { "fcvt.wu.d", fcvt_wu_d, D1, 1, 1, 0 },
    { "fcvt.d.w", fcvt_d_w, X1, 0, 0, 0 }, { "fcvt.d.wu", fcvt_d_wu, X1, 0, 0, 0 },
    { "fcvt.s.d", fcvt_s_d, D1_TO_S, 1, 0, 1 }, { "fcvt.d.s", fcvt_d_s, S1_TO_D, 0, 0, 0 },
#endif
};

static void make_inputs(enum kind k)
{
    uint32_t a, b, hi, lo, h2, l2;
    switch (k) {
    case S1: case S1_TO_D: in[0] = boxed(gen32()); break;
    case S1_SQRT: a = gen32(); in[0] = boxed(rnd() % 8 == 0 ? a : a & 0x7fffffff); break; /* mostly >= 0 */
    case D1_SQRT: gen64(&hi, &lo); in[0] = pack64(rnd() % 8 == 0 ? hi : hi & 0x7fffffff, lo); break;
    case S2: case S3:
        a = gen32();
        b = rnd() % 4 == 0 ? near32(a) : gen32();
        in[0] = boxed(a); in[1] = boxed(b);
        if (k == S3) in[2] = boxed(rnd() % 3 == 0 ? cancel32(a, b) : gen32());
        break;
    case D1: case D1_TO_S: gen64(&hi, &lo); in[0] = pack64(hi, lo); break;
    case D2: case D3:
        gen64(&hi, &lo);
        if (rnd() % 4 == 0) near64(hi, lo, &h2, &l2); else gen64(&h2, &l2);
        in[0] = pack64(hi, lo); in[1] = pack64(h2, l2);
        if (k == D3) {
            uint32_t h3, l3;
            if (rnd() % 3 == 0) cancel64(hi, h2, &h3, &l3); else gen64(&h3, &l3);
            in[2] = pack64(h3, l3);
        }
        break;
    case X1: in[0] = genint(); break;
    }
}

static const char *const mode_name[] = { "rne", "rtz", "rdn", "rup", "rmm", "dyn" };

static void run_op(unsigned idx, const struct op *o, int mode)
{
    uint32_t h = 0x811c9dc5, count[5] = { 0 };
    rs = 0x9e3779b9u ^ (idx * 0x85ebca6bu) ^ ((uint32_t)mode * 0xc2b2ae35u);
    unsigned cases = o->rm ? CASES : 4 * CASES;
    printf("%2u %-9s %s", idx, o->name, o->rm ? mode_name[mode] : "-  ");
    for (unsigned i = 0; i < cases; i++) {
        make_inputs(o->kind);
        if (mode == 5) { uint32_t m = rnd() % 5; __asm__ volatile("csrw frm, %0" :: "r"(m)); }
        out = 0;
        uint32_t fl = o->fn(mode);
        uint32_t lo = (uint32_t)out, hi = (uint32_t)(out >> 32);
        if (o->xout) hi = 0;
        for (int f = 0; f < 5; f++) count[f] += (fl >> f) & 1;
        h = (h ^ lo) * 0x01000193u;
        h = (h ^ hi) * 0x01000193u;
        h = (h ^ fl) * 0x01000193u;
        if (fpvec_verbose)
            printf("\n  %08lx%08lx %08lx%08lx %08lx%08lx -> %08lx%08lx fl %02lx",
                   (unsigned long)(in[0] >> 32), (unsigned long)in[0], (unsigned long)(in[1] >> 32), (unsigned long)in[1],
                   (unsigned long)(in[2] >> 32), (unsigned long)in[2], (unsigned long)hi, (unsigned long)lo, (unsigned long)fl);
        if ((i + 1) % BLOCK == 0) { printf(" %08lx", (unsigned long)h); h = 0x811c9dc5; }
    }
    /* cases that raised NV DZ OF UF NX */
    printf(" | %lu %lu %lu %lu %lu\n", (unsigned long)count[4], (unsigned long)count[3], (unsigned long)count[2],
           (unsigned long)count[1], (unsigned long)count[0]);
    __asm__ volatile("csrwi frm, 0");
}

int main(void)
{
    printf("fpvec: %u cases per operation and rounding mode (%u without one), hash per %u; counts of NV DZ OF UF NX\n",
           CASES, 4 * CASES, BLOCK);
    unsigned n = COUNT(ops);
    for (unsigned i = 0; i < n; i++) {
        if (fpvec_only != 0 && fpvec_only != i + 1) continue;
        for (int mode = 0; mode < 6; mode++) {
            if (!ops[i].rm && mode != 5) continue;
            run_op(i, &ops[i], mode);
        }
    }
    printf("fpvec: done\n");
    return 0;
}
