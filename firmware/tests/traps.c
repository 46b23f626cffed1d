/* traps: synchronous exceptions seen through bsp handlers -- mcause, mepc and
 * mtval for illegal instruction, ebreak, ecall, access faults and misaligned
 * accesses (QEMU performs misaligned plain loads/stores; LR/SC/AMO trap). */
#include "check.h"

static volatile uint32_t last_cause, last_epc, last_tval, trap_count;
static volatile uint32_t resume_at; /* nonzero: resume there instead of epc+len */

static trap_frame *record(trap_frame *f)
{
    last_cause = f->mcause;
    last_epc = f->mepc;
    last_tval = f->mtval;
    trap_count++;
    if (resume_at) {
        f->mepc = resume_at;
        resume_at = 0;
    } else {
        f->mepc += insn_length(f->mepc);
    }
    return f;
}

/* tval_is_addr: print "mtval ok" rather than a link-dependent address */
static void expect_trap_x(const char *what, uint32_t cause, uint32_t epc, uint32_t tval,
                          int tval_is_addr)
{
    if (tval_is_addr)
        printf("%s: mcause=%u mepc %s, mtval %s\n", what, (unsigned)last_cause,
               last_epc == epc ? "ok" : "WRONG", last_tval == tval ? "ok" : "WRONG");
    else
        printf("%s: mcause=%u mepc %s, mtval=0x%08x\n", what, (unsigned)last_cause,
               last_epc == epc ? "ok" : "WRONG", (unsigned)last_tval);
    check_eq(what, trap_count, 1);
    check_eq(what, last_cause, cause);
    check_eq(what, last_epc, epc);
    check_eq(what, last_tval, tval);
    trap_count = 0;
}
#define expect_trap(w, c, e, t) expect_trap_x(w, c, e, t, 0)
#define expect_trap_addr(w, c, e, t) expect_trap_x(w, c, e, t, 1)

static void expect_amo_misaligned(const char *what, uint32_t epc, uint32_t tval)
{
    int cause_ok = last_cause == CAUSE_MISALIGNED_STORE || last_cause == CAUSE_MISALIGNED_LOAD;
    printf("%s: mcause %s, mepc %s, mtval %s\n", what, cause_ok ? "misaligned" : "WRONG",
           last_epc == epc ? "ok" : "WRONG", last_tval == tval ? "ok" : "WRONG");
    check_eq(what, trap_count, 1);
    check_true(what, cause_ok);
    check_eq(what, last_epc, epc);
    check_eq(what, last_tval, tval);
    trap_count = 0;
}

#define LABEL_ADDR(lbl) ({ uint32_t a_; __asm__ volatile("la %0, " lbl : "=r"(a_)); a_; })

static uint32_t buf[4] __attribute__((aligned(16)));

int main(void)
{
    for (unsigned c = 0; c < 12; c++)
        if (c != CAUSE_ECALL_S && c != 10)
            trap_set_exception_handler(c, record);

    /* illegal instruction: a write to the read-only cycle CSR */
    __asm__ volatile(".option push\n.option norvc\nill_1: csrw cycle, zero\n.option pop" ::: "memory");
    expect_trap("illegal csrw cycle", CAUSE_ILLEGAL_INSN, LABEL_ADDR("ill_1"), 0xc0001073u);

    /* an all-ones 32-bit word is illegal too; mtval holds the instruction bits */
    __asm__ volatile("ill_2: .4byte 0xffffffff" ::: "memory");
    expect_trap("illegal 0xffffffff", CAUSE_ILLEGAL_INSN, LABEL_ADDR("ill_2"), 0xffffffffu);

    __asm__ volatile(".option push\n.option norvc\nbrk_1: ebreak\n.option pop" ::: "memory");
    /* mtval for ebreak may be 0 (QEMU 7.2) or the pc (also legal): accept both */
    if (last_tval == LABEL_ADDR("brk_1"))
        last_tval = 0;
    expect_trap("ebreak (mtval 0 or pc)", CAUSE_BREAKPOINT, LABEL_ADDR("brk_1"), 0);

    __asm__ volatile("ecl_1: ecall" ::: "memory");
    expect_trap("ecall from M", CAUSE_ECALL_M, LABEL_ADDR("ecl_1"), 0);

    /* access faults on an address with no device (0x00200000) */
    __asm__ volatile("lf_1: lw t0, 0(%0)" :: "r"(0x00200000u) : "t0", "memory");
    expect_trap("load access fault", CAUSE_LOAD_ACCESS, LABEL_ADDR("lf_1"), 0x00200000u);
    __asm__ volatile("sf_1: sw zero, 4(%0)" :: "r"(0x00200000u) : "memory");
    expect_trap("store access fault", CAUSE_STORE_ACCESS, LABEL_ADDR("sf_1"), 0x00200004u);
    /* fetch fault: call into nothing; the handler resumes at the return point */
    resume_at = LABEL_ADDR("ff_ret");
    __asm__ volatile("jalr ra, 0(%0)\nff_ret:" :: "r"(0x00200000u) : "ra", "memory");
    expect_trap("fetch access fault", CAUSE_FETCH_ACCESS, 0x00200000u, 0x00200000u);

    group_ok("exceptions");

    /* misaligned plain loads/stores are performed (QEMU virt does not trap them) */
    uint8_t *b = (uint8_t *)buf;
    buf[0] = 0x33221100u; buf[1] = 0x77665544u; buf[2] = 0xbbaa9988u;
    uint32_t v;
    __asm__ volatile("lw %0, 1(%1)" : "=r"(v) : "r"(b) : "memory");
    CHECK(v, 0x44332211u);
    __asm__ volatile("lh %0, 3(%1)" : "=r"(v) : "r"(b) : "memory");
    CHECK(v, 0x00004433u);
    __asm__ volatile("lhu %0, 7(%1)" : "=r"(v) : "r"(b) : "memory");
    CHECK(v, 0x00008877u);
    __asm__ volatile("lh %0, 7(%1)" : "=r"(v) : "r"(b) : "memory");
    CHECK(v, 0xffff8877u);
    __asm__ volatile("sw %0, 5(%1)" :: "r"(0xdeadbeefu), "r"(b) : "memory");
    CHECK(buf[1], 0xadbeef44u);
    CHECK(buf[2], 0xbbaa99deu);
    __asm__ volatile("sh %0, 11(%1)" :: "r"(0x1234u), "r"(b) : "memory");
    CHECK(buf[2], 0x34aa99deu);
    CHECK(buf[3] & 0xff, 0x12u);
    check_eq("no traps for misaligned lw/lh/lhu/sw/sh", trap_count, 0);
    group_ok("misaligned load/store performed");

    /* misaligned LR/SC/AMO trap with mtval = address */
    uint32_t addr = (uint32_t)b + 2;
    __asm__ volatile("ma_1: lr.w t0, (%0)" :: "r"(addr) : "t0", "memory");
    expect_trap_addr("misaligned lr.w", CAUSE_MISALIGNED_LOAD, LABEL_ADDR("ma_1"), addr);
    /* (no misaligned sc.w check: QEMU 7.2 fails an SC without reservation before
     * checking alignment, so it does not trap) */
    /* The spec says store/AMO address misaligned (6); QEMU 7.2 reports 4.  Accept
     * both and print neither, so a spec-exact emulator and QEMU print the same. */
    __asm__ volatile("ma_3: amoadd.w t0, t1, (%0)" :: "r"(addr) : "t0", "memory");
    expect_amo_misaligned("misaligned amoadd.w", LABEL_ADDR("ma_3"), addr);
    __asm__ volatile("ma_4: amoswap.w t0, t1, (%0)" :: "r"(addr + 1) : "t0", "memory");
    expect_amo_misaligned("misaligned amoswap.w", LABEL_ADDR("ma_4"), addr + 1);

    group_ok("misaligned atomics");
    printf("traps: all ok\n");
    return 0;
}
