/* fpu: the F extension (fpu_f, rv32imafc/ilp32f) and F+D (fpu_d, rv32imafdc/ilp32d) as
 * firmware sees them -- misa, mstatus.FS (Off traps FP instructions and FP CSRs, Dirty after
 * FP writes, SD), fcsr/frm/fflags, static and dynamic rounding modes (reserved modes trap),
 * results and exception flags of every kind of operation checked against values worked out
 * from the spec, NaN-boxing (D build), compressed FP loads and stores, and compiled C code.
 * Expected values come from exact rational arithmetic, not from an FPU. */
#include <math.h>
#include <string.h>
#include "check.h"

#define HAVE_D (__riscv_flen == 64)

static volatile uint32_t last_cause, last_tval, last_bits, trap_count;

static trap_frame *on_illegal(trap_frame *f)
{
    const volatile uint16_t *p = (const volatile uint16_t *)f->mepc;
    last_cause = f->mcause;
    last_tval = f->mtval;
    last_bits = (p[0] & 3) == 3 ? p[0] | ((uint32_t)p[1] << 16) : p[0];
    trap_count++;
    f->mepc += insn_length(f->mepc);
    return f;
}

/* exactly one illegal-instruction trap since the last check, with the instruction in mtval */
static void expect_illegal(const char *what)
{
    check_eq(what, trap_count, 1);
    check_eq(what, last_cause, CAUSE_ILLEGAL_INSN);
    check_eq(what, last_tval, last_bits);
    trap_count = 0;
}

static uint32_t fl; /* fflags after the last operation */

/* one single-precision operation on bit patterns; the result read back with fmv.x.w */
#define S1(insn, a) ({ uint32_t r_; __asm__ volatile("fmv.w.x ft0, %2\n\tcsrwi fflags, 0\n\t" insn "\n\tfmv.x.w %0, ft2\n\tcsrr %1, fflags" \
    : "=&r"(r_), "=&r"(fl) : "r"((uint32_t)(a)) : "ft0", "ft2"); r_; })
#define S2(insn, a, b) ({ uint32_t r_; __asm__ volatile("fmv.w.x ft0, %2\n\tfmv.w.x ft1, %3\n\tcsrwi fflags, 0\n\t" insn "\n\tfmv.x.w %0, ft2\n\tcsrr %1, fflags" \
    : "=&r"(r_), "=&r"(fl) : "r"((uint32_t)(a)), "r"((uint32_t)(b)) : "ft0", "ft1", "ft2"); r_; })
#define S3(insn, a, b, c) ({ uint32_t r_; __asm__ volatile("fmv.w.x ft0, %2\n\tfmv.w.x ft1, %3\n\tfmv.w.x ft3, %4\n\tcsrwi fflags, 0\n\t" insn "\n\tfmv.x.w %0, ft2\n\tcsrr %1, fflags" \
    : "=&r"(r_), "=&r"(fl) : "r"((uint32_t)(a)), "r"((uint32_t)(b)), "r"((uint32_t)(c)) : "ft0", "ft1", "ft2", "ft3"); r_; })
/* integer result: insn writes %0 */
#define SX1(insn, a) ({ uint32_t r_; __asm__ volatile("fmv.w.x ft0, %2\n\tcsrwi fflags, 0\n\t" insn "\n\tcsrr %1, fflags" \
    : "=&r"(r_), "=&r"(fl) : "r"((uint32_t)(a)) : "ft0"); r_; })
#define SX2(insn, a, b) ({ uint32_t r_; __asm__ volatile("fmv.w.x ft0, %2\n\tfmv.w.x ft1, %3\n\tcsrwi fflags, 0\n\t" insn "\n\tcsrr %1, fflags" \
    : "=&r"(r_), "=&r"(fl) : "r"((uint32_t)(a)), "r"((uint32_t)(b)) : "ft0", "ft1"); r_; })
/* integer operand %2 */
#define XS(insn, a) ({ uint32_t r_; __asm__ volatile("csrwi fflags, 0\n\t" insn "\n\tfmv.x.w %0, ft2\n\tcsrr %1, fflags" \
    : "=&r"(r_), "=&r"(fl) : "r"((uint32_t)(a)) : "ft2"); r_; })

#define CHECKF(what, got, want, want_fl) do { uint32_t g_ = (got); check_eq(what, g_, want); check_eq(what " fflags", fl, want_fl); } while (0)

enum { NX = 1, UF = 2, OF = 4, DZ = 8, NV = 16 };
#define QNAN 0x7fc00000u
#define SNAN 0x7f800001u
#define ONE 0x3f800000u
#define INF 0x7f800000u
#define MAXF 0x7f7fffffu

static uint32_t mstatus_fs(void) { return (csr_read(mstatus) >> 13) & 3; }

static void isa_bits(void)
{
    uint32_t misa = csr_read(misa);
    printf("misa:");
    for (const char *p = "IMAFDC"; *p; p++)
        if ((misa >> (*p - 'A')) & 1) printf(" %c", *p);
    printf("\n");
    check_true("misa.F", (misa >> ('F' - 'A')) & 1);
    check_eq("misa.D", (misa >> ('D' - 'A')) & 1, HAVE_D);
    group_ok("misa");
}

static void fs_field(void)
{
    /* crt0 turned the FPU on and wrote fcsr: Dirty. From Initial, an FP register write makes
     * it Dirty again, and SD follows */
    check_eq("FS after start-up", mstatus_fs(), 3);
    csr_clear(mstatus, 3u << 13);
    csr_set(mstatus, 1u << 13);
    check_eq("FS Initial", mstatus_fs(), 1);
    check_eq("SD when Initial", csr_read(mstatus) >> 31, 0);
    __asm__ volatile("fmv.w.x ft0, zero");
    check_eq("FS after fmv.w.x", mstatus_fs(), 3);
    check_eq("SD", csr_read(mstatus) >> 31, 1);
    /* Clean: moving a value out of the FP registers changes no FP state */
    csr_clear(mstatus, 3u << 13);
    csr_set(mstatus, 2u << 13);
    check_eq("SD when Clean", csr_read(mstatus) >> 31, 0);
    uint32_t x;
    __asm__ volatile("fmv.x.w %0, ft0" : "=r"(x));
    check_eq("FS after fmv.x.w", mstatus_fs(), 2);
    __asm__ volatile("csrw fcsr, zero");
    check_eq("FS after writing fcsr", mstatus_fs(), 3);
    /* Off: FP instructions and the FP CSRs are illegal (mtval = the instruction) */
    csr_clear(mstatus, 3u << 13);
    check_eq("FS Off", mstatus_fs(), 0);
    __asm__ volatile(".option push\n.option norvc\nfadd.s ft0, ft1, ft2\n.option pop");
    expect_illegal("fadd.s with FS Off");
    __asm__ volatile("csrr %0, fflags" : "=r"(x));
    expect_illegal("csrr fflags with FS Off");
    __asm__ volatile("flw ft0, 0(sp)");
    expect_illegal("flw with FS Off");
    __asm__ volatile("fsw ft0, 4(sp)");
    expect_illegal("fsw with FS Off");
    check_eq("FS still Off", mstatus_fs(), 0);
    csr_set(mstatus, 1u << 13);
    group_ok("mstatus.FS");
}

static void fcsr_csrs(void)
{
    uint32_t v;
    __asm__ volatile("csrw fcsr, %0" :: "r"(0xffu));
    check_eq("fcsr holds 8 bits", csr_read(0x003), 0xff);
    check_eq("frm", csr_read(0x002), 7);
    check_eq("fflags", csr_read(0x001), 0x1f);
    __asm__ volatile("csrw fcsr, %0" :: "r"(0xffffff21u));
    check_eq("fcsr writes bits 7:0 only", csr_read(0x003), 0x21);
    __asm__ volatile("fsrm %0, %1" : "=r"(v) : "r"(3u));
    check_eq("fsrm returns the old frm", v, 1);
    check_eq("fcsr after fsrm", csr_read(0x003), 0x61);
    __asm__ volatile("fsflags %0, %1" : "=r"(v) : "r"(0x1eu));
    check_eq("fsflags returns the old flags", v, 1);
    check_eq("fcsr after fsflags", csr_read(0x003), 0x7e);
    /* flags accrue: they are only ever set by instructions */
    csr_write(0x001, NX);
    S2("fdiv.s ft2, ft0, ft1", ONE, 0);
    check_eq("DZ accrued", csr_read(0x001), DZ);  /* S2 cleared fflags first */
    __asm__ volatile("fmv.w.x ft0, zero\n\tfdiv.s ft1, ft0, ft0\n\tfadd.s ft1, ft1, ft1" ::: "ft0", "ft1");
    check_eq("NV accrued, qNaN + qNaN raises nothing more", csr_read(0x001), DZ | NV);
    csr_write(0x003, 0);
    group_ok("fcsr");
}

static void rounding_modes(void)
{
    /* 1 + 2^-24 is halfway between 1 and its successor; -1 - 2^-24 likewise */
    CHECKF("rne", S2("fadd.s ft2, ft0, ft1, rne", ONE, 0x33800000), ONE, NX);
    CHECKF("rtz", S2("fadd.s ft2, ft0, ft1, rtz", ONE, 0x33800000), ONE, NX);
    CHECKF("rdn", S2("fadd.s ft2, ft0, ft1, rdn", ONE, 0x33800000), ONE, NX);
    CHECKF("rup", S2("fadd.s ft2, ft0, ft1, rup", ONE, 0x33800000), 0x3f800001, NX);
    CHECKF("rmm", S2("fadd.s ft2, ft0, ft1, rmm", ONE, 0x33800000), 0x3f800001, NX);
    CHECKF("rdn neg", S2("fadd.s ft2, ft0, ft1, rdn", 0xbf800000, 0xb3800000), 0xbf800001, NX);
    CHECKF("rup neg", S2("fadd.s ft2, ft0, ft1, rup", 0xbf800000, 0xb3800000), 0xbf800000, NX);
    CHECKF("rmm neg", S2("fadd.s ft2, ft0, ft1, rmm", 0xbf800000, 0xb3800000), 0xbf800001, NX);
    /* dyn follows frm */
    static const uint32_t want[5] = { ONE, ONE, ONE, 0x3f800001, 0x3f800001 };
    for (uint32_t m = 0; m < 5; m++) {
        csr_write(0x002, m);
        CHECKF("dyn", S2("fadd.s ft2, ft0, ft1", ONE, 0x33800000), want[m], NX);
    }
    /* frm holds 5..7 too, but an instruction that uses it then is illegal */
    csr_write(0x002, 5);
    check_eq("frm = 5 reads back", csr_read(0x002), 5);
    __asm__ volatile(".option push\n.option norvc\nfadd.s ft2, ft0, ft1\n.option pop" ::: "ft2");
    expect_illegal("dyn with frm 5");
    CHECKF("static rm with frm 5", S2("fadd.s ft2, ft0, ft1, rtz", ONE, ONE), 0x40000000, 0);
    csr_write(0x002, 7);
    __asm__ volatile(".option push\n.option norvc\nfmul.s ft2, ft0, ft1\n.option pop" ::: "ft2");
    expect_illegal("dyn with frm 7");
    csr_write(0x002, 0);
    /* rm = 5 and 6 in the instruction are reserved */
    __asm__ volatile(".insn r 0x53, 5, 0, ft2, ft0, ft1" ::: "ft2");
    expect_illegal("fadd.s rm=5");
    __asm__ volatile(".insn r 0x53, 6, 0, ft2, ft0, ft1" ::: "ft2");
    expect_illegal("fadd.s rm=6");
    /* operations without a rounding mode ignore frm */
    csr_write(0x002, 6);
    CHECKF("fsgnjn with frm 6", S2("fsgnjn.s ft2, ft0, ft1", ONE, ONE), 0xbf800000, 0);
    csr_write(0x002, 0);
    group_ok("rounding modes");
}

static void arithmetic(void)
{
    CHECKF("1/3", S2("fdiv.s ft2, ft0, ft1", ONE, 0x40400000), 0x3eaaaaab, NX);
    CHECKF("1/0", S2("fdiv.s ft2, ft0, ft1", ONE, 0), INF, DZ);
    CHECKF("-1/0", S2("fdiv.s ft2, ft0, ft1", 0xbf800000, 0), 0xff800000, DZ);
    CHECKF("0/0", S2("fdiv.s ft2, ft0, ft1", 0, 0), QNAN, NV);
    CHECKF("inf-inf", S2("fsub.s ft2, ft0, ft1", INF, INF), QNAN, NV);
    CHECKF("0*inf", S2("fmul.s ft2, ft0, ft1", 0, INF), QNAN, NV);
    CHECKF("x-x = +0", S2("fsub.s ft2, ft0, ft1", 0x40490fdb, 0x40490fdb), 0, 0);
    CHECKF("x-x = -0 in rdn", S2("fsub.s ft2, ft0, ft1, rdn", 0x40490fdb, 0x40490fdb), 0x80000000, 0);
    CHECKF("-0 + -0", S2("fadd.s ft2, ft0, ft1", 0x80000000, 0x80000000), 0x80000000, 0);
    CHECKF("sqrt 2", S1("fsqrt.s ft2, ft0", 0x40000000), 0x3fb504f3, NX);
    CHECKF("sqrt 2 rup", S1("fsqrt.s ft2, ft0, rup", 0x40000000), 0x3fb504f4, NX);
    CHECKF("sqrt -0", S1("fsqrt.s ft2, ft0", 0x80000000), 0x80000000, 0);
    CHECKF("sqrt -1", S1("fsqrt.s ft2, ft0", 0xbf800000), QNAN, NV);
    CHECKF("sqrt sNaN", S1("fsqrt.s ft2, ft0", SNAN), QNAN, NV);
    CHECKF("qNaN payload dropped", S2("fadd.s ft2, ft0, ft1", 0xffc12345, ONE), QNAN, 0);
    CHECKF("sNaN operand", S2("fmul.s ft2, ft0, ft1", ONE, 0xff800123), QNAN, NV);
    /* overflow: to infinity or to the largest finite number, by mode and sign */
    CHECKF("max*2 rne", S2("fmul.s ft2, ft0, ft1, rne", MAXF, 0x40000000), INF, OF | NX);
    CHECKF("max*2 rtz", S2("fmul.s ft2, ft0, ft1, rtz", MAXF, 0x40000000), MAXF, OF | NX);
    CHECKF("-max*2 rdn", S2("fmul.s ft2, ft0, ft1, rdn", 0xff7fffff, 0x40000000), 0xff800000, OF | NX);
    CHECKF("-max*2 rup", S2("fmul.s ft2, ft0, ft1, rup", 0xff7fffff, 0x40000000), 0xff7fffff, OF | NX);
    /* underflow: 2^-75 * 2^-75 = 2^-150, half the smallest subnormal */
    CHECKF("2^-150 rne", S2("fmul.s ft2, ft0, ft1", 0x1a000000, 0x1a000000), 0, UF | NX);
    CHECKF("2^-150 rup", S2("fmul.s ft2, ft0, ft1, rup", 0x1a000000, 0x1a000000), 1, UF | NX);
    CHECKF("exact subnormal", S2("fmul.s ft2, ft0, ft1", 0x1a000000, 0x1a800000), 1, 0);
    /* tininess after rounding: (1 - 2^-25) * 2^-126 rounds to 2^-126 with an unbounded
     * exponent too (not tiny: NX only); (1 - 2^-24) * 2^-126 is tiny (UF) */
    CHECKF("not tiny after rounding", S2("fmul.s ft2, ft0, ft1", 0x21118e00, 0x1ee12000), 0x00800000, NX);
    CHECKF("tiny rtz", S2("fmul.s ft2, ft0, ft1, rtz", 0x21118e00, 0x1ee12000), 0x007fffff, UF | NX);
    CHECKF("tiny, rounds up to 2^-126", S2("fmul.s ft2, ft0, ft1", 0x3f7fffff, 0x00800000), 0x00800000, UF | NX);
    /* fused multiply-add: one rounding. (1+2^-23)^2 - (1+2^-22) = 2^-46 exactly, where a
     * rounded product would give 0 */
    CHECKF("fmadd single rounding", S3("fmadd.s ft2, ft0, ft1, ft3", 0x3f800001, 0x3f800001, 0xbf800002), 0x28800000, 0);
    CHECKF("fmul then fsub", S2("fmul.s ft2, ft0, ft1", 0x3f800001, 0x3f800001), 0x3f800002, NX);
    CHECKF("fmsub", S3("fmsub.s ft2, ft0, ft1, ft3", 0x40000000, 0x40400000, ONE), 0x40a00000, 0);
    CHECKF("fnmsub", S3("fnmsub.s ft2, ft0, ft1, ft3", 0x40000000, 0x40400000, ONE), 0xc0a00000, 0);
    CHECKF("fnmadd", S3("fnmadd.s ft2, ft0, ft1, ft3", 0x40000000, 0x40400000, ONE), 0xc0e00000, 0);
    CHECKF("fmadd inf*0 + qNaN", S3("fmadd.s ft2, ft0, ft1, ft3", INF, 0, QNAN), QNAN, NV);
    CHECKF("fmadd inf + -inf", S3("fmadd.s ft2, ft0, ft1, ft3", INF, ONE, 0xff800000), QNAN, NV);
    CHECKF("fmadd exact zero rdn", S3("fmadd.s ft2, ft0, ft1, ft3, rdn", ONE, ONE, 0xbf800000), 0x80000000, 0);
    group_ok("arithmetic");
}

static void compare_minmax_class(void)
{
    CHECKF("fmin -0 +0", S2("fmin.s ft2, ft0, ft1", 0, 0x80000000), 0x80000000, 0);
    CHECKF("fmax -0 +0", S2("fmax.s ft2, ft0, ft1", 0x80000000, 0), 0, 0);
    CHECKF("fmin qNaN x", S2("fmin.s ft2, ft0, ft1", QNAN, 0x40000000), 0x40000000, 0);
    CHECKF("fmax x sNaN", S2("fmax.s ft2, ft0, ft1", 0x40000000, SNAN), 0x40000000, NV);
    CHECKF("fmin NaN NaN", S2("fmin.s ft2, ft0, ft1", 0x7fc00001, SNAN), QNAN, NV);
    CHECKF("fmax", S2("fmax.s ft2, ft0, ft1", 0xc0000000, 0x3f000000), 0x3f000000, 0);
    CHECKF("feq qNaN", SX2("feq.s %0, ft0, ft1", QNAN, ONE), 0, 0);
    CHECKF("feq sNaN", SX2("feq.s %0, ft0, ft1", SNAN, ONE), 0, NV);
    CHECKF("flt qNaN", SX2("flt.s %0, ft0, ft1", QNAN, ONE), 0, NV);
    CHECKF("fle qNaN", SX2("fle.s %0, ft0, ft1", ONE, QNAN), 0, NV);
    CHECKF("feq -0 +0", SX2("feq.s %0, ft0, ft1", 0x80000000, 0), 1, 0);
    CHECKF("flt -0 +0", SX2("flt.s %0, ft0, ft1", 0x80000000, 0), 0, 0);
    CHECKF("fle -inf max", SX2("fle.s %0, ft0, ft1", 0xff800000, MAXF), 1, 0);
    static const uint32_t v[10] = { 0xff800000, 0xbf800000, 0x80000001, 0x80000000, 0, 1, ONE, INF, SNAN, QNAN };
    for (int i = 0; i < 10; i++) CHECKF("fclass", SX1("fclass.s %0, ft0", v[i]), 1u << i, 0);
    CHECKF("fsgnj", S2("fsgnj.s ft2, ft0, ft1", ONE, 0x80000000), 0xbf800000, 0);
    CHECKF("fsgnjx", S2("fsgnjx.s ft2, ft0, ft1", 0xbf800000, 0x80000000), ONE, 0);
    CHECKF("fsgnj NaN keeps payload", S2("fsgnjn.s ft2, ft0, ft1", SNAN, 0), 0xff800001, 0);
    group_ok("compare, min/max, class, sign");
}

static void conversions(void)
{
    CHECKF("fcvt.w.s 2.5 rne", SX1("fcvt.w.s %0, ft0, rne", 0x40200000), 2, NX);
    CHECKF("fcvt.w.s 2.5 rmm", SX1("fcvt.w.s %0, ft0, rmm", 0x40200000), 3, NX);
    CHECKF("fcvt.w.s -2.5 rmm", SX1("fcvt.w.s %0, ft0, rmm", 0xc0200000), (uint32_t)-3, NX);
    CHECKF("fcvt.w.s -2.5 rdn", SX1("fcvt.w.s %0, ft0, rdn", 0xc0200000), (uint32_t)-3, NX);
    CHECKF("fcvt.w.s -2.5 rup", SX1("fcvt.w.s %0, ft0, rup", 0xc0200000), (uint32_t)-2, NX);
    CHECKF("fcvt.w.s -7.9 rtz", SX1("fcvt.w.s %0, ft0, rtz", 0xc0fccccd), (uint32_t)-7, NX);
    CHECKF("fcvt.w.s 2^31", SX1("fcvt.w.s %0, ft0, rtz", 0x4f000000), 0x7fffffff, NV);
    CHECKF("fcvt.w.s -2^31", SX1("fcvt.w.s %0, ft0, rtz", 0xcf000000), 0x80000000, 0);
    CHECKF("fcvt.w.s below -2^31", SX1("fcvt.w.s %0, ft0, rtz", 0xcf000001), 0x80000000, NV);
    CHECKF("fcvt.w.s NaN", SX1("fcvt.w.s %0, ft0, rtz", 0xffc00000), 0x7fffffff, NV);
    CHECKF("fcvt.w.s -inf", SX1("fcvt.w.s %0, ft0, rtz", 0xff800000), 0x80000000, NV);
    CHECKF("fcvt.wu.s -1", SX1("fcvt.wu.s %0, ft0, rtz", 0xbf800000), 0, NV);
    CHECKF("fcvt.wu.s -0.5 rtz", SX1("fcvt.wu.s %0, ft0, rtz", 0xbf000000), 0, NX);
    CHECKF("fcvt.wu.s -0.5 rdn", SX1("fcvt.wu.s %0, ft0, rdn", 0xbf000000), 0, NV);
    CHECKF("fcvt.wu.s 2^32", SX1("fcvt.wu.s %0, ft0, rtz", 0x4f800000), 0xffffffff, NV);
    CHECKF("fcvt.wu.s NaN", SX1("fcvt.wu.s %0, ft0, rtz", QNAN), 0xffffffff, NV);
    CHECKF("fcvt.wu.s 3e9", SX1("fcvt.wu.s %0, ft0, rtz", 0x4f32d05e), 3000000000u, 0);
    CHECKF("fcvt.s.w INT_MAX", XS("fcvt.s.w ft2, %2", 0x7fffffff), 0x4f000000, NX);
    CHECKF("fcvt.s.w INT_MAX rtz", XS("fcvt.s.w ft2, %2, rtz", 0x7fffffff), 0x4effffff, NX);
    CHECKF("fcvt.s.w 2^24+1 rup", XS("fcvt.s.w ft2, %2, rup", 16777217), 0x4b800001, NX);
    CHECKF("fcvt.s.w -(2^24+1) rdn", XS("fcvt.s.w ft2, %2, rdn", -16777217), 0xcb800001, NX);
    CHECKF("fcvt.s.wu UINT_MAX", XS("fcvt.s.wu ft2, %2", 0xffffffff), 0x4f800000, NX);
    CHECKF("fcvt.s.w 0", XS("fcvt.s.w ft2, %2", 0), 0, 0);
    CHECKF("fmv.w.x / fmv.x.w keep NaN bits", XS("fmv.w.x ft2, %2", 0x7f800123), 0x7f800123, 0);
    group_ok("conversions");
}

#if HAVE_D
/* double operations through memory (the asm names them): operands in din[], result in dres */
uint64_t din[3], dres;
uint32_t words[2] = { 0x40490fdb, 0x12345678 };
#define D_OP(insn) __asm__ volatile("la t0, din\n\tfld ft0, 0(t0)\n\tfld ft1, 8(t0)\n\tfld ft3, 16(t0)\n\tcsrwi fflags, 0\n\t" insn \
    "\n\tla t0, dres\n\tfsd ft2, 0(t0)\n\tcsrr %0, fflags" : "=r"(fl) :: "t0", "ft0", "ft1", "ft2", "ft3", "memory")
#define D_X(insn) ({ uint32_t r_; __asm__ volatile("la t0, din\n\tfld ft0, 0(t0)\n\tfld ft1, 8(t0)\n\tcsrwi fflags, 0\n\t" insn \
    "\n\tcsrr %1, fflags" : "=&r"(r_), "=&r"(fl) :: "t0", "ft0", "ft1", "memory"); r_; })
#define CHECKD(what, want_hi, want_lo, want_fl) do { check_eq(what " hi", (uint32_t)(dres >> 32), want_hi); \
    check_eq(what " lo", (uint32_t)dres, want_lo); check_eq(what " fflags", fl, want_fl); } while (0)
#define DIN(a, b, c) (din[0] = (a), din[1] = (b), din[2] = (c))
#define D1P0 0x3ff0000000000000ull

static void doubles(void)
{
    DIN(D1P0, 0x3ca0000000000000ull, 0);   /* 1 + 2^-53: a tie */
    D_OP("fadd.d ft2, ft0, ft1, rne"); CHECKD("fadd.d tie rne", 0x3ff00000, 0, NX);
    D_OP("fadd.d ft2, ft0, ft1, rmm"); CHECKD("fadd.d tie rmm", 0x3ff00000, 1, NX);
    D_OP("fadd.d ft2, ft0, ft1, rup"); CHECKD("fadd.d tie rup", 0x3ff00000, 1, NX);
    DIN(D1P0, 0x4008000000000000ull, 0);
    D_OP("fdiv.d ft2, ft0, ft1"); CHECKD("1/3", 0x3fd55555, 0x55555555, NX);
    D_OP("fdiv.d ft2, ft0, ft1, rup"); CHECKD("1/3 rup", 0x3fd55555, 0x55555556, NX);
    /* (1+2^-52)^2 - (1+2^-51) = 2^-104 exactly */
    DIN(0x3ff0000000000001ull, 0x3ff0000000000001ull, 0xbff0000000000002ull);
    D_OP("fmadd.d ft2, ft0, ft1, ft3"); CHECKD("fmadd.d single rounding", 0x39700000, 0, 0);
    DIN(0x7fefffffffffffffull, 0x4000000000000000ull, 0);
    D_OP("fmul.d ft2, ft0, ft1, rtz"); CHECKD("dmax*2 rtz", 0x7fefffff, 0xffffffff, OF | NX);
    D_OP("fmul.d ft2, ft0, ft1"); CHECKD("dmax*2", 0x7ff00000, 0, OF | NX);
    DIN(0x2000000000000000ull, 0x2000000000000000ull, 0); /* 2^-511 squared: 2^-1022 exactly */
    D_OP("fmul.d ft2, ft0, ft1"); CHECKD("2^-1022 exact", 0x00100000, 0, 0);
    DIN(0x1ff0000000000000ull, 0x1fe0000000000000ull, 0); /* 2^-512 * 2^-513 = 2^-1025, subnormal, exact */
    D_OP("fmul.d ft2, ft0, ft1"); CHECKD("subnormal exact", 0x00020000, 0, 0);
    DIN(0x3fb999999999999aull, 0, 0);    /* 0.1 */
    D_OP("fcvt.s.d ft2, ft0, rtz"); CHECKD("fcvt.s.d 0.1 rtz", 0xffffffff, 0x3dcccccc, NX);
    D_OP("fcvt.s.d ft2, ft0"); CHECKD("fcvt.s.d 0.1", 0xffffffff, 0x3dcccccd, NX);
    DIN(0xffffffff3dcccccdull, 0, 0);
    D_OP("fcvt.d.s ft2, ft0"); CHECKD("fcvt.d.s", 0x3fb99999, 0xa0000000, 0);
    DIN(0xffffffff7f800001ull, 0, 0);
    D_OP("fcvt.d.s ft2, ft0"); CHECKD("fcvt.d.s sNaN", 0x7ff80000, 0, NV);
    DIN(0x41e0000000000000ull, 0, 0);    /* 2^31 */
    CHECKF("fcvt.w.d 2^31", D_X("fcvt.w.d %0, ft0, rtz"), 0x7fffffff, NV);
    CHECKF("fcvt.wu.d 2^31", D_X("fcvt.wu.d %0, ft0, rtz"), 0x80000000, 0);
    DIN(0xc1dfffffffe00000ull, 0, 0);    /* -(2^31 - 0.5) */
    CHECKF("fcvt.w.d -(2^31-0.5) rdn", D_X("fcvt.w.d %0, ft0, rdn"), 0x80000000, NX);
    CHECKF("fcvt.w.d -(2^31-0.5) rne", D_X("fcvt.w.d %0, ft0, rne"), 0x80000000, NX);
    CHECKF("fcvt.w.d -(2^31-0.5) rtz", D_X("fcvt.w.d %0, ft0, rtz"), 0x80000001, NX);
    DIN(0x8000000000000000ull, 0x0000000000000000ull, 0);
    CHECKF("fclass.d -0", D_X("fclass.d %0, ft0"), 1u << 3, 0);
    CHECKF("feq.d -0 +0", D_X("feq.d %0, ft0, ft1"), 1, 0);
    DIN(0x7ff4000000000000ull, D1P0, 0);
    CHECKF("fclass.d sNaN", D_X("fclass.d %0, ft0"), 1u << 8, 0);
    D_OP("fmin.d ft2, ft0, ft1"); CHECKD("fmin.d sNaN 1", 0x3ff00000, 0, NV);
    D_OP("fsgnjn.d ft2, ft1, ft0"); CHECKD("fsgnjn.d", 0xbff00000, 0, 0);
    /* exact conversions: every rounding mode is valid, the result does not depend on it */
    DIN(0xffffffff3f800000ull, 0, 0);
    D_OP(".insn r 0x53, 1, 0x21, ft2, ft0, x0"); CHECKD("fcvt.d.s rtz", 0x3ff00000, 0, 0);
    csr_write(0x002, 6);
    __asm__ volatile(".insn r 0x53, 7, 0x21, ft2, ft0, x0" ::: "ft2");
    expect_illegal("fcvt.d.s dyn with frm 6");
    csr_write(0x002, 0);
    group_ok("double");
}

static void nan_boxing(void)
{
    /* an f register whose upper half is not all ones holds no single: it reads as the canonical NaN */
    DIN(0x000000003f800000ull, 0xffffffff3f800000ull, 0);
    D_OP("fadd.s ft2, ft0, ft1"); CHECKD("unboxed + 1", 0xffffffff, QNAN, 0);
    D_OP("fsgnjn.s ft2, ft0, ft1"); CHECKD("fsgnjn.s unboxed", 0xffffffff, 0xffc00000, 0);
    CHECKF("fclass.s unboxed", D_X("fclass.s %0, ft0"), 1u << 9, 0);
    CHECKF("fmv.x.w takes the low bits", D_X("fmv.x.w %0, ft0"), ONE, 0);
    CHECKF("feq.s boxed/unboxed", D_X("feq.s %0, ft1, ft0"), 0, 0);
    D_OP("fmax.s ft2, ft0, ft1"); CHECKD("fmax.s unboxed, 1", 0xffffffff, ONE, 0);
    /* single results and loads are boxed; fsw stores the low half whatever the upper one is */
    D_OP("fsqrt.s ft2, ft1"); CHECKD("fsqrt.s boxed", 0xffffffff, ONE, 0);
    __asm__ volatile("la t0, words\n\tflw ft2, 0(t0)\n\tla t0, dres\n\tfsd ft2, 0(t0)" ::: "t0", "ft2", "memory");
    check_eq("flw boxes", (uint32_t)(dres >> 32), 0xffffffff);
    __asm__ volatile("la t0, din\n\tfld ft0, 0(t0)\n\tla t0, words\n\tfsw ft0, 4(t0)" ::: "t0", "ft0", "memory");
    check_eq("fsw of an unboxed register", words[1], ONE);
    group_ok("NaN-boxing");
}
#else
static void no_d(void)
{
    /* without D the D instructions are illegal */
    __asm__ volatile(".word 0x02208153");   /* fadd.d ft2, ft1, ft2 (rne) */
    expect_illegal("fadd.d without D");
    __asm__ volatile(".word 0x00013107");   /* fld ft2, 0(sp) */
    expect_illegal("fld without D");
    __asm__ volatile(".half 0x2102\n\t.half 0x0001");  /* c.fldsp ft2, 0(sp); c.nop */
    expect_illegal("c.fldsp without D");
    group_ok("no D");
}
#endif

static float fvals[4] = { 1.5f, -2.25f, 3.0f, 0.125f };
#if HAVE_D
static double dvals[2] = { 2.5, -0.75 };
#endif

static void compressed(void)
{
    uint32_t x;
    /* c.flw / c.fsw (registers x8-x15, f8-f15) and c.flwsp / c.fswsp */
    __asm__ volatile("mv a1, %1\n\tc.flw fa0, 4(a1)\n\tc.flw fa1, 8(a1)\n\tfadd.s fa0, fa0, fa1\n\tc.fsw fa0, 12(a1)\n\t"
                     "addi sp, sp, -16\n\tc.fswsp fa0, 4(sp)\n\tc.flwsp fa2, 4(sp)\n\taddi sp, sp, 16\n\tfmv.x.w %0, fa2"
                     : "=r"(x) : "r"(fvals) : "a1", "fa0", "fa1", "fa2", "memory");
    check_eq("c.flw/c.fsw", x, 0x3f400000);         /* -2.25 + 3 = 0.75 */
    check_eq("c.fsw result", fvals[3] == 0.75f, 1);
#if HAVE_D
    __asm__ volatile("mv a1, %0\n\tc.fld fa0, 0(a1)\n\tc.fld fa1, 8(a1)\n\tfmul.d fa0, fa0, fa1\n\t"
                     "addi sp, sp, -16\n\tc.fsdsp fa0, 8(sp)\n\tc.fldsp fa3, 8(sp)\n\tc.fsd fa3, 0(a1)\n\taddi sp, sp, 16"
                     :: "r"(dvals) : "a1", "fa0", "fa1", "fa3", "memory");
    check_eq("c.fld/c.fsdsp/c.fldsp/c.fsd", dvals[0] == -1.875, 1);
#endif
    /* with FS = Off the 16-bit forms trap with their own 16 bits in mtval */
    csr_clear(mstatus, 3u << 13);
    __asm__ volatile("c.flwsp ft0, 0(sp)");
    expect_illegal("c.flwsp with FS Off");
    csr_set(mstatus, 1u << 13);
    group_ok("compressed FP loads/stores");
}

/* compiled code: what GCC makes of float C at -O2 (fmadd.s from contraction, fcvt, fsqrt, libm) */
__attribute__((noinline)) static float dot(const float *a, const float *b, int n)
{
    float s = 0.0f;
    for (int i = 0; i < n; i++) s += a[i] * b[i];
    return s;
}

static uint32_t fbits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }

static void compiled(void)
{
    float a[16], b[16];
    for (int i = 0; i < 16; i++) { a[i] = (float)(i - 7) / 3.0f; b[i] = sqrtf((float)i + 0.5f); }
    float d = dot(a, b, 16);
    printf("compiled: dot 0x%08lx expf 0x%08lx logf 0x%08lx sinf 0x%08lx int %ld\n", (unsigned long)fbits(d),
           (unsigned long)fbits(expf(d)), (unsigned long)fbits(logf(fabsf(d))), (unsigned long)fbits(sinf(d)), (long)(d * 1000.0f));
#if HAVE_D
    double s = 0;
    for (int i = 1; i <= 20; i++) s += 1.0 / ((double)i * i);
    uint64_t u;
    memcpy(&u, &s, 8);
    printf("compiled: sum 1/i^2 0x%08lx%08lx exp 0x%08lx sqrt(6s) %.15f\n", (unsigned long)(u >> 32), (unsigned long)u,
           (unsigned long)fbits((float)exp(s)), sqrt(6.0 * s));
#endif
    group_ok("compiled code");
}

int main(void)
{
    printf("fpu: %s\n", HAVE_D ? "F and D (rv32imafdc, ilp32d)" : "F (rv32imafc, ilp32f)");
    trap_set_exception_handler(CAUSE_ILLEGAL_INSN, on_illegal);
    isa_bits();
    fs_field();
    fcsr_csrs();
    rounding_modes();
    arithmetic();
    compare_minmax_class();
    conversions();
#if HAVE_D
    doubles();
    nan_boxing();
#else
    no_d();
#endif
    compressed();
    compiled();
    check_eq("no unexpected traps", trap_count, 0);
    printf("fpu: all ok\n");
    return 0;
}
