/* triggers: the debug trigger module (Sdtrig) as QEMU 7.2's rv32 virt CPU has it --
 * tselect/tdata1-3/tinfo, which tdata1 bits are writable for mcontrol (type 2) and
 * mcontrol6 (type 6), execute, load and store triggers raising breakpoint exceptions
 * before the instruction or access, their priority over other exceptions, the bytes a
 * trigger matches (aligned, misaligned and atomic accesses), mode bits in M and U mode,
 * no tcontrol, and the riscv-tests "breakpoint" sequence (csrw tselect, x0 first).
 * Prints only link-independent facts; expectations as QEMU printed them. */
#include "check.h"

#define CSRR(n) ({ uint32_t v_; __asm__ volatile("csrr %0, " #n : "=r"(v_) :: "memory"); v_; })
#define CSRW(n, v) __asm__ volatile("csrw " #n ", %0" :: "r"((uint32_t)(v)) : "memory")
#define TSELECT 0x7a0
#define TDATA1  0x7a1
#define TDATA2  0x7a2
#define TDATA3  0x7a3
#define TINFO   0x7a4

static volatile uint32_t last_cause, last_epc, last_tval, trap_count, resume_at;

static trap_frame *record(trap_frame *f)
{
    if (trap_count == 0) {
        last_cause = f->mcause;
        last_epc = f->mepc;
        last_tval = f->mtval;
    }
    trap_count++;
    if (resume_at) {
        f->mepc = resume_at;
        resume_at = 0;
    } else {
        f->mepc += insn_length(f->mepc);
    }
    return f;
}

static void reset_traps(void) { trap_count = 0; last_cause = last_epc = last_tval = 0; }

static void arm(uint32_t t, uint32_t tdata1, uint32_t tdata2)
{
    CSRW(0x7a0, t);
    CSRW(0x7a1, tdata1);
    CSRW(0x7a2, tdata2);
    CSRW(0x7a0, 0);
}

static void disarm(void)
{
    for (uint32_t t = 0; t < 2; t++) {
        CSRW(0x7a0, t);
        CSRW(0x7a1, 0x20000000);
        CSRW(0x7a2, 0);
    }
    CSRW(0x7a0, 0);
}

/* ---- which CSRs exist ---- */
#define RD(n) static uint32_t rd_##n(void) { return CSRR(n); }
RD(0x7a0) RD(0x7a1) RD(0x7a2) RD(0x7a3) RD(0x7a4) RD(0x7a5) RD(0x7a8) RD(0x5a8) RD(0x7aa) RD(0x7b0) RD(0x7b1)

static void exists(const char *name, uint32_t (*f)(void), int want)
{
    reset_traps();
    (void)f();
    int is = trap_count == 0;
    printf(" %s=%s", name, is ? "yes" : "no");
    check_eq(name, is, want);
    if (!is)
        check_eq("missing CSR: illegal instruction", last_cause, CAUSE_ILLEGAL_INSN);
}

static void csrs(void)
{
    printf("csrs:");
    exists("tselect", rd_0x7a0, 1);
    exists("tdata1", rd_0x7a1, 1);
    exists("tdata2", rd_0x7a2, 1);
    exists("tdata3", rd_0x7a3, 1);
    exists("tinfo", rd_0x7a4, 1);
    exists("tcontrol", rd_0x7a5, 0);
    exists("mcontext", rd_0x7a8, 0);
    exists("scontext", rd_0x5a8, 0);
    exists("mscontext", rd_0x7aa, 0);
    exists("dcsr", rd_0x7b0, 0);
    exists("dpc", rd_0x7b1, 0);
    printf("\n");
    /* the official breakpoint test starts with this */
    reset_traps();
    __asm__ volatile("csrw tselect, x0" ::: "memory");
    CHECK(trap_count, 0);
    CHECK(CSRR(0x7a0), 0);
    group_ok("trigger CSRs");
}

static void registers(void)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < 8; i++) {
        CSRW(0x7a0, i);
        if (CSRR(0x7a0) == i)
            n = i + 1;
    }
    CSRW(0x7a0, 0xffffffffu);
    printf("triggers: %u (tselect keeps %u after writes of 2..7 and -1)\n", (unsigned)n, (unsigned)CSRR(0x7a0));
    CHECK(n, 2);
    CHECK(CSRR(0x7a0), 1);
    for (uint32_t t = 0; t < 2; t++) {
        CSRW(0x7a0, t);
        printf("trigger %u at reset: tdata1 0x%08x tdata2 0x%08x tdata3 0x%08x tinfo 0x%08x\n", (unsigned)t,
               (unsigned)CSRR(0x7a1), (unsigned)CSRR(0x7a2), (unsigned)CSRR(0x7a3), (unsigned)CSRR(0x7a4));
        CHECK(CSRR(0x7a1), 0x20000000);
        CHECK(CSRR(0x7a4), 0x44);
    }
    CSRW(0x7a0, 0);
    CSRW(0x7a4, 0x12345678);
    CHECK(CSRR(0x7a4), 0x44);
    CSRW(0x7a3, 0xffffffffu);
    CHECK(CSRR(0x7a3), 0);
    CSRW(0x7a2, 0xffffffffu);
    CHECK(CSRR(0x7a2), 0xffffffffu);
    CSRW(0x7a2, 0x12345677u);
    CHECK(CSRR(0x7a2), 0x12345677u);
    /* read-modify-write forms */
    CSRW(0x7a1, 0x20000000);
    __asm__ volatile("csrs 0x7a1, %0" :: "r"(0x44) : "memory");
    CHECK(CSRR(0x7a1), 0x20000044);
    __asm__ volatile("csrc 0x7a1, %0" :: "r"(0x40) : "memory");
    CHECK(CSRR(0x7a1), 0x20000004);
    __asm__ volatile("csrwi 0x7a0, 1" ::: "memory");
    CHECK(CSRR(0x7a0), 1);
    __asm__ volatile("csrwi 0x7a0, 2" ::: "memory");
    CHECK(CSRR(0x7a0), 1);
    disarm();
    group_ok("tselect/tdata/tinfo");
}

/* tdata1 <- value: what reads back (types QEMU 7.2 does not abort on) */
static void warl(void)
{
    static const uint32_t vals[] = {
        0x2fffffff, 0x28000044, 0x20000fff, 0x2001f000, 0x201e0000, 0x20600000, 0x20180000,
        0x20010000, 0x20020000, 0x20030000, 0x20000080, 0x20000100, 0x20000800, 0x20000020,
        0x6fffffff, 0x60000fff, 0x6000f000, 0x60f00000, 0x6f000000, 0x60010000, 0x60020000,
        0x60030000, 0x60040000, 0x60050000, 0x60060000, 0x600f0000, 0x60000020, 0x60000800,
        0x60100000, 0x60200000, 0x60400000, 0x60800000, 0x61000000, 0x62000000, 0x68000000,
        0x00000000, 0x07ffffff, 0x3fffffff, 0x40000000, 0x5fffffff, 0xf0000000, 0xffffffff,
    };
    static const uint32_t want[] = {
        0x2003005f, 0x20000044, 0x2000005f, 0x20010000, 0x20020000, 0x20000000, 0x20000000,
        0x20010000, 0x20020000, 0x20030000, 0x20000000, 0x20000000, 0x20000000, 0x20000000,
        0x6180005f, 0x6000005f, 0x60000000, 0x60800000, 0x61000000, 0x60010000, 0x60020000,
        0x60030000, 0x60000000, 0x60050000, 0x60000000, 0x60000000, 0x60000000, 0x60000000,
        0x60000000, 0x60000000, 0x60000000, 0x60800000, 0x61000000, 0x60000000, 0x60000000,
        0x2000005c, 0x2000005c, 0x2000005c, 0x2000005c, 0x2000005c, 0x2000005c, 0x2000005c,
    };
    for (unsigned k = 0; k < sizeof vals / sizeof vals[0]; k++) {
        CSRW(0x7a1, 0x2000005c);
        CSRW(0x7a2, 0x11111110);
        reset_traps();
        CSRW(0x7a1, vals[k]);
        uint32_t got = CSRR(0x7a1);
        printf("tdata1 <- 0x%08x reads 0x%08x\n", (unsigned)vals[k], (unsigned)got);
        CHECK(trap_count, 0);
        check_eq("tdata1 read back", got, want[k]);
        CHECK(CSRR(0x7a2), 0x11111110);
    }
    disarm();
    group_ok("tdata1 WARL");
}

/* ---- execute triggers ---- */
void trig_target(void);
__asm__(".align 2\n.globl trig_target\ntrig_target:\n"
        ".option push\n.option norvc\n addi a0, a0, 1\n addi a0, a0, 2\n"
        ".option rvc\n c.addi a0, 4\n c.addi a0, 8\n.option pop\n ret\n");

static uint32_t call_target(void)
{
    register uint32_t a0 __asm__("a0") = 0;
    __asm__ volatile("call trig_target" : "+r"(a0) :: "ra", "memory");
    return a0;
}

static void exec_at(const char *what, uint32_t tdata1, uint32_t off, int fires)
{
    uint32_t T = (uint32_t)(uintptr_t)trig_target;
    arm(0, tdata1, T + off);
    reset_traps();
    uint32_t a0 = call_target();
    disarm();
    printf("execute %s at +%u: %s, a0 %u", what, (unsigned)off, trap_count ? "fires" : "no", (unsigned)a0);
    if (trap_count)
        printf(", mcause %u mepc %s mtval 0x%08x", (unsigned)last_cause, last_epc == T + off ? "ok" : "WRONG", (unsigned)last_tval);
    printf("\n");
    check_eq(what, trap_count, fires);
    if (fires) {
        CHECK(last_cause, CAUSE_BREAKPOINT);
        CHECK(last_epc, T + off);
        CHECK(last_tval, 0);
    }
}

static void exec_triggers(void)
{
    exec_at("m", 0x20000044, 0, 1);
    exec_at("m", 0x20000044, 2, 0);      /* middle of a 4-byte instruction */
    exec_at("m", 0x20000044, 4, 1);
    exec_at("m sizelo 3", 0x20030044, 4, 1);
    exec_at("m", 0x20000044, 8, 1);      /* compressed */
    exec_at("m", 0x20000044, 10, 1);
    exec_at("type 6 m", 0x60000044, 4, 1);
    exec_at("u only", 0x2000000c, 4, 0);
    exec_at("s only", 0x20000014, 4, 0);
    exec_at("no mode", 0x20000004, 4, 0);
    exec_at("m load+store", 0x20000043, 4, 0);
    /* both triggers on the same instruction: one exception */
    uint32_t T = (uint32_t)(uintptr_t)trig_target;
    arm(0, 0x20000044, T + 4);
    arm(1, 0x20000044, T + 4);
    reset_traps();
    uint32_t a0 = call_target();
    CSRW(0x7a0, 1);
    uint32_t d1 = CSRR(0x7a1);
    disarm();
    printf("execute, both triggers: %u exception, a0 %u; tdata1 after the hit 0x%08x (no hit bit)\n", (unsigned)trap_count, (unsigned)a0, (unsigned)d1);
    CHECK(trap_count, 1);
    CHECK(d1, 0x20000044);
    group_ok("execute triggers");
}

/* an execute trigger on an instruction that would raise another exception */
static void exec_priority(void)
{
    static const char *const names[] = {"illegal", "ebreak", "ecall", "unmapped pc"};
    for (int k = 0; k < 4; k++) {
        uint32_t L;
        if (k == 0) __asm__ volatile("la %0, 1f\nj 2f\n1: .word 0\n2:" : "=r"(L));
        else if (k == 1) __asm__ volatile("la %0, 1f\nj 2f\n1: ebreak\n2:" : "=r"(L));
        else if (k == 2) __asm__ volatile("la %0, 1f\nj 2f\n1: ecall\n2:" : "=r"(L));
        else L = 0;
        arm(0, 0x20000044, L);
        reset_traps();
        __asm__ volatile("la t0, 2f\nsw t0, 0(%0)\njalr %1\n2:" :: "r"(&resume_at), "r"(L)
                         : "t0", "ra", "memory");
        disarm();
        printf("execute trigger on %s: %u exception, mcause %u, mtval 0x%08x\n", names[k], (unsigned)trap_count,
               (unsigned)last_cause, (unsigned)last_tval);
        CHECK(trap_count, 1);
        CHECK(last_cause, CAUSE_BREAKPOINT);
        CHECK(last_epc, L);
        CHECK(last_tval, 0);
    }
    group_ok("execute trigger priority");
}

/* ---- load/store triggers ---- */
static volatile uint8_t data[64] __attribute__((aligned(64)));
#define D ((uint32_t)(uintptr_t)data)

#define LOADOP(name, insn) static uint32_t name(uint32_t a) { uint32_t v = 0xdeadbeef; \
    __asm__ volatile(insn " %0, 0(%1)" : "+r"(v) : "r"(a) : "memory"); return v; }
LOADOP(do_lb, "lb") LOADOP(do_lh, "lh") LOADOP(do_lw, "lw")
#define STOREOP(name, insn) static void name(uint32_t a, uint32_t v) { \
    __asm__ volatile(insn " %0, 0(%1)" :: "r"(v), "r"(a) : "memory"); }
STOREOP(do_sb, "sb") STOREOP(do_sh, "sh") STOREOP(do_sw, "sw")

static uint32_t access(int store, int w, uint32_t a, uint32_t v)
{
    if (store) {
        if (w == 1) do_sb(a, v); else if (w == 2) do_sh(a, v); else do_sw(a, v);
        return 0;
    }
    return w == 1 ? do_lb(a) : w == 2 ? do_lh(a) : do_lw(a);
}

static void basics(void)
{
    for (int i = 0; i < 64; i++) data[i] = (uint8_t)i;
    /* load trigger: the load does not happen */
    arm(0, 0x20000041, D + 8);
    reset_traps();
    uint32_t v = do_lw(D + 8);
    disarm();
    printf("load trigger, lw: %u exception, mcause %u, mtval 0x%08x, rd %s\n", (unsigned)trap_count,
           (unsigned)last_cause, (unsigned)last_tval, v == 0xdeadbeef ? "unchanged" : "WRITTEN");
    CHECK(trap_count, 1);
    CHECK(last_cause, CAUSE_BREAKPOINT);
    CHECK(last_tval, 0);
    CHECK(v, 0xdeadbeef);
    /* store trigger: the store does not happen */
    arm(0, 0x20000042, D + 8);
    reset_traps();
    do_sw(D + 8, 0xaabbccdd);
    disarm();
    v = *(volatile uint32_t *)(data + 8);
    printf("store trigger, sw: %u exception, mcause %u, memory %s\n", (unsigned)trap_count, (unsigned)last_cause,
           v == 0x0b0a0908 ? "unchanged" : "WRITTEN");
    CHECK(trap_count, 1);
    CHECK(v, 0x0b0a0908);
    /* a load does not match a store trigger and vice versa */
    arm(0, 0x20000042, D + 8);
    reset_traps();
    v = do_lw(D + 8);
    disarm();
    CHECK(trap_count, 0);
    CHECK(v, 0x0b0a0908);
    arm(0, 0x20000041, D + 8);
    reset_traps();
    do_sw(D + 8, 0x11223344);
    disarm();
    CHECK(trap_count, 0);
    CHECK(*(volatile uint32_t *)(data + 8), 0x11223344);
    /* priority over access faults */
    arm(0, 0x20000041, 0);
    reset_traps();
    (void)do_lw(0);
    disarm();
    printf("load trigger on unmapped address 0: mcause %u\n", (unsigned)last_cause);
    CHECK(last_cause, CAUSE_BREAKPOINT);
    arm(0, 0x20000042, FLASH_BASE);
    reset_traps();
    do_sw(FLASH_BASE, 1);
    disarm();
    printf("store trigger on flash: mcause %u\n", (unsigned)last_cause);
    CHECK(last_cause, CAUSE_BREAKPOINT);
    group_ok("load/store triggers");
}

/* Which byte offsets of data[] fire for each width (X) with the trigger at D+toff:
 * shows the matched length and how misaligned accesses are checked. */
static void scan(uint32_t tdata1, uint32_t toff, int store)
{
    static const int W[] = {1, 2, 4};
    printf("%s 0x%08x at +%-2u", store ? "store" : "load ", (unsigned)tdata1, (unsigned)toff);
    for (int wi = 0; wi < 3; wi++) {
        int w = W[wi];
        printf(" w%d ", w);
        for (int o = 0; o < 24; o++) {
            arm(0, tdata1, D + toff);
            reset_traps();
            (void)access(store, w, D + o, 0);
            uint32_t t = trap_count;
            disarm();
            putchar(t == 0 ? '.' : t == 1 && last_cause == CAUSE_BREAKPOINT ? 'X' : '?');
        }
    }
    printf("\n");
}

static void sizes(void)
{
    static const uint32_t tds[] = {0x20000000, 0x20010000, 0x20020000, 0x20030000,
                                   0x60000000, 0x60010000, 0x60030000, 0x60050000};
    for (unsigned i = 0; i < sizeof tds / sizeof tds[0]; i++) {
        scan(tds[i] | 0x41, 8, 0);
        scan(tds[i] | 0x41, 9, 0);
    }
    for (unsigned i = 0; i < sizeof tds / sizeof tds[0]; i++) {
        scan(tds[i] | 0x42, 8, 1);
        scan(tds[i] | 0x42, 11, 1);
    }
    printf("sizes: scanned\n");
}

/* misaligned stores across a page boundary (a page start P inside this buffer, which is not
 * page-aligned itself: an alignment gap would count as padding in the footprint) */
static uint8_t pages[8192];

static void page_cross(void)
{
    uint32_t P = ((uint32_t)(uintptr_t)pages + 16 + 4095) & ~4095u;
    static const struct { int w; int32_t a, t; } cases[] = {
        {4, -2, 1}, {4, -2, -4}, {4, -2, -3}, {2, -1, 0}, {2, -1, -2}, {4, 6, -8}, {4, 6, 2}, {4, 6, 8},
        {4, 2, -1}, {2, 1, 0},
    };
    for (int store = 1; store >= 0; store--) {
        printf("misaligned %s near a page start P:", store ? "stores" : "loads");
        for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
            arm(0, store ? 0x20010042 : 0x20010041, P + cases[i].t);
            reset_traps();
            (void)access(store, cases[i].w, P + cases[i].a, 0);
            disarm();
            printf(" w%d@P%+d/t P%+d:%s", cases[i].w, (int)cases[i].a, (int)cases[i].t, trap_count ? "X" : ".");
        }
        printf("\n");
    }
}

/* ---- atomics ---- */
static void atomics(void)
{
    uint32_t a = D + 16, r;
    volatile uint32_t *m = (volatile uint32_t *)(data + 16);
    *m = 100;
    for (int k = 0; k < 2; k++) {
        arm(0, k == 0 ? 0x20000041 : 0x20000042, a);
        reset_traps();
        __asm__ volatile("amoadd.w %0, %1, (%2)" : "=&r"(r) : "r"(5), "r"(a) : "memory");
        disarm();
        printf("amoadd.w, %s trigger: %u exception, memory %u\n", k == 0 ? "load" : "store", (unsigned)trap_count, (unsigned)*m);
        CHECK(trap_count, 1);
        CHECK(*m, 100);
    }
    arm(0, 0x20000041, a + 3);
    reset_traps();
    __asm__ volatile("amoswap.w %0, %1, (%2)" : "=&r"(r) : "r"(5), "r"(a) : "memory");
    disarm();
    printf("amoswap.w, load trigger on its last byte: %u exception\n", (unsigned)trap_count);
    CHECK(trap_count, 1);
    arm(0, 0x20000042, a);
    reset_traps();
    __asm__ volatile("lr.w %0, (%1)" : "=&r"(r) : "r"(a) : "memory");
    disarm();
    printf("lr.w, store trigger: %u exceptions\n", (unsigned)trap_count);
    CHECK(trap_count, 0);
    arm(0, 0x20000041, a);
    reset_traps();
    __asm__ volatile("lr.w %0, (%1)" : "=&r"(r) : "r"(a) : "memory");
    disarm();
    printf("lr.w, load trigger: %u exception\n", (unsigned)trap_count);
    CHECK(trap_count, 1);
    /* sc.w with its reservation: a compare-and-swap, seen by load and store triggers */
    for (int k = 0; k < 2; k++) {
        __asm__ volatile("lr.w %0, (%1)" : "=&r"(r) : "r"(a) : "memory");
        arm(0, k == 0 ? 0x20000041 : 0x20000042, a);
        reset_traps();
        r = 55;
        __asm__ volatile("sc.w %0, %1, (%2)" : "+r"(r) : "r"(7), "r"(a) : "memory");
        disarm();
        printf("sc.w with reservation, %s trigger: %u exception, rd %u, memory %u\n", k == 0 ? "load" : "store",
               (unsigned)trap_count, (unsigned)r, (unsigned)*m);
        CHECK(trap_count, 1);
        CHECK(r, 55);
        CHECK(*m, 100);
    }
    /* the exception dropped the reservation */
    r = 55;
    __asm__ volatile("sc.w %0, %1, (%2)" : "+r"(r) : "r"(9), "r"(a) : "memory");
    printf("sc.w after that: rd %u, memory %u\n", (unsigned)r, (unsigned)*m);
    CHECK(r, 1);
    /* no reservation: no access, no match */
    arm(0, 0x20000043, a);
    reset_traps();
    r = 55;
    __asm__ volatile("sc.w %0, %1, (%2)" : "+r"(r) : "r"(8), "r"(a) : "memory");
    disarm();
    printf("sc.w without reservation, load+store trigger: %u exceptions, rd %u\n", (unsigned)trap_count, (unsigned)r);
    CHECK(trap_count, 0);
    CHECK(r, 1);
    /* misaligned AMO: the misaligned exception comes first */
    arm(0, 0x20000043, a + 2);
    reset_traps();
    __asm__ volatile("amoadd.w %0, %1, (%2)" : "=&r"(r) : "r"(5), "r"(a + 2) : "memory");
    disarm();
    int mis = last_cause == CAUSE_MISALIGNED_LOAD || last_cause == CAUSE_MISALIGNED_STORE;
    printf("misaligned amoadd.w on a trigger: %u exception, %s\n", (unsigned)trap_count, mis ? "misaligned" : "WRONG");
    CHECK(trap_count, 1);
    check_true("misaligned first", mis);
    group_ok("atomics");
}

/* ---- U-mode ---- */
volatile uint32_t u_result, back_m, saved_sp, u_test;
uint32_t user_stack[256];

static trap_frame *on_ecall_u(trap_frame *f)
{
    f->mstatus = (f->mstatus & ~MSTATUS_MPP) | MSTATUS_MPP_M;
    f->mepc = back_m;
    f->x[2] = saved_sp;
    return f;
}

static void user_code(void)
{
    if (u_test == 0) u_result = call_target();
    else u_result = do_lw(D + 8);
    __asm__ volatile("ecall");
    for (;;)
        ;
}

static void in_user(int test, uint32_t tdata1, uint32_t tdata2, const char *what, int fires)
{
    u_test = test;
    u_result = 0;
    arm(0, tdata1, tdata2);
    reset_traps();
    uint32_t ms = csr_read(mstatus);
    ms = (ms & ~(MSTATUS_MPP | MSTATUS_MPIE)) | MSTATUS_MPP_U;
    csr_write(mstatus, ms);
    csr_write(mepc, (uint32_t)(uintptr_t)user_code);
    __asm__ volatile("la t0, 1f\nla t1, back_m\nsw t0, 0(t1)\nla t1, saved_sp\nsw sp, 0(t1)\n"
                     "la sp, user_stack+1024\nmret\n1:"
                     ::: "ra", "t0", "t1", "t2", "t3", "t4", "t5", "t6", "a0", "a1", "a2", "a3", "a4",
                       "a5", "a6", "a7", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10",
                       "s11", "memory");
    disarm();
    printf("U-mode %s: %s\n", what, trap_count ? "fires" : "no");
    check_eq(what, trap_count, fires);
}

static void umode(void)
{
    csr_write(pmpaddr0, 0xffffffffu);
    csr_write(pmpcfg0, 0x1f);
    trap_set_exception_handler(CAUSE_ECALL_U, on_ecall_u);
    uint32_t T = (uint32_t)(uintptr_t)trig_target;
    *(volatile uint32_t *)(data + 8) = 0x01020304;
    in_user(0, 0x2000004c, T + 4, "execute m+u", 1);
    in_user(0, 0x20000044, T + 4, "execute m only", 0);
    in_user(0, 0x2000000c, T + 4, "execute u only", 1);
    in_user(0, 0x6000000c, T + 4, "execute u only, type 6", 1);
    in_user(1, 0x20000009, D + 8, "load u only", 1);
    in_user(1, 0x20000041, D + 8, "load m only", 0);
    group_ok("U-mode");
}

/* ---- riscv-tests rv32mi breakpoint, in the same order ---- */
static volatile uint32_t bp_data1, bp_data2;

static void official(void)
{
    uint32_t a0, a1, a2, v;
    int n = 0;
    reset_traps();
    __asm__ volatile("csrw tselect, x0" ::: "memory");
    CHECK(CSRR(0x7a0), 0);
    CHECK(CSRR(0x7a1) >> 28, 2);
    /* an execute breakpoint on the next instruction: the handler skips it */
    uint32_t L;
    __asm__ volatile("la %0, 1f\nj 2f\n.align 2\n1: li a5, 1\nret\n2:" : "=r"(L));
    CSRW(0x7a2, L);
    a0 = (2u << 28) | (1u << 6) | (1u << 2);
    CSRW(0x7a1, a0);
    a1 = CSRR(0x7a1);
    CHECK(a1, a0);
    {
        register uint32_t a5 __asm__("a5") = 0;
        __asm__ volatile("jalr %1" : "+r"(a5) : "r"(L) : "ra", "memory");
        CHECK(a5, 0); /* skipped */
    }
    n += trap_count;
    CHECK(trap_count, 1);
    /* reads of that address do not trap */
    reset_traps();
    (void)*(volatile uint32_t *)L;
    CHECK(trap_count, 0);
    /* a load breakpoint */
    a0 = (2u << 28) | (1u << 6) | 1u;
    CSRW(0x7a1, a0);
    CHECK(CSRR(0x7a1), a0);
    a2 = (uint32_t)(uintptr_t)&bp_data1;
    CSRW(0x7a2, a2);
    reset_traps();
    v = do_lw(a2);
    CHECK(trap_count, 1);
    CHECK(v, 0xdeadbeef);
    n += trap_count;
    reset_traps();
    do_sw(a2, 0); /* writes do not trap */
    CHECK(trap_count, 0);
    /* a store breakpoint: the store does not happen */
    a0 = (2u << 28) | (1u << 6) | 2u;
    CSRW(0x7a1, a0);
    CHECK(CSRR(0x7a1), a0);
    reset_traps();
    do_sw(a2, a2);
    CHECK(trap_count, 1);
    n += trap_count;
    CHECK(bp_data1, 0);
    /* a second breakpoint */
    CSRW(0x7a0, 1);
    CHECK(CSRR(0x7a0), 1);
    CSRW(0x7a1, (2u << 28) | (1u << 6) | 1u);
    uint32_t a3 = (uint32_t)(uintptr_t)&bp_data2;
    CSRW(0x7a2, a3);
    reset_traps();
    v = do_lw(a3);
    CHECK(trap_count, 1);
    n += trap_count;
    /* the first still fires */
    reset_traps();
    do_sw(a2, a2);
    CHECK(trap_count, 1);
    n += trap_count;
    CHECK(bp_data1, 0);
    /* a third one does not exist */
    CSRW(0x7a0, 2);
    CHECK(CSRR(0x7a0), 1);
    disarm();
    printf("riscv-tests breakpoint sequence: %d breakpoint exceptions, as expected\n", n);
    CHECK(n, 5);
    group_ok("breakpoint test");
}

int main(void)
{
    for (unsigned c = 0; c < 16; c++)
        trap_set_exception_handler(c, record);
    csrs();
    registers();
    warl();
    exec_triggers();
    exec_priority();
    basics();
    sizes();
    page_cross();
    atomics();
    umode();
    official();
    printf("triggers: all ok\n");
    return 0;
}
