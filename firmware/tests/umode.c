/* umode: drop to U-mode with mret (PMP entry 0 = NAPOT over all memory, RWX,
 * so user accesses are allowed), make ecalls that M-mode serves, check that a
 * privileged CSR access from U-mode is an illegal instruction, then return to
 * M-mode through a final ecall. */
#include "check.h"

#define SYS_PUTS 1
#define SYS_ADD  2
#define SYS_DONE 3

static uint8_t user_stack[2048] __attribute__((aligned(16)));
static volatile uint32_t ecalls, illegal_from_u, last_mpp_ecall;

static uint32_t user_syscall(uint32_t n, uint32_t a0, uint32_t a1)
{
    register uint32_t r_a0 __asm__("a0") = a0;
    register uint32_t r_a1 __asm__("a1") = a1;
    register uint32_t r_a7 __asm__("a7") = n;
    __asm__ volatile("ecall" : "+r"(r_a0) : "r"(r_a1), "r"(r_a7) : "memory");
    return r_a0;
}

static void user_main(void)
{
    user_syscall(SYS_PUTS, (uint32_t)"umode: hello from U-mode\n", 0);
    uint32_t s = user_syscall(SYS_ADD, 40, 2);
    user_syscall(SYS_PUTS, (uint32_t)(s == 42 ? "umode: syscall result ok\n"
                                              : "umode: syscall result WRONG\n"), 0);
    /* privileged CSR from U-mode: trap, handler skips it and zeroes rd */
    uint32_t v = 0x5a5a5a5a;
    __asm__ volatile("csrr %0, mscratch" : "+r"(v));
    user_syscall(SYS_DONE, v, 0);
    for (;;)
        ;
}

static void back_in_m(void);

static trap_frame *on_ecall_u(trap_frame *f)
{
    ecalls++;
    last_mpp_ecall = (f->mstatus & MSTATUS_MPP) >> 11;
    switch (f->x[17]) {
    case SYS_PUTS:
        printf("%s", (const char *)f->x[10]);
        break;
    case SYS_ADD:
        f->x[10] = f->x[10] + f->x[11];
        break;
    case SYS_DONE:
        printf("umode: user value after illegal csrr = 0x%08x\n", (unsigned)f->x[10]);
        /* continue in M-mode, on the M stack */
        f->mstatus = (f->mstatus & ~MSTATUS_MPP) | MSTATUS_MPP_M;
        f->mepc = (uint32_t)back_in_m;
        f->x[2] = (uint32_t)__stack_top;
        return f;
    }
    f->mepc += 4;
    return f;
}

static trap_frame *on_illegal(trap_frame *f)
{
    illegal_from_u += ((f->mstatus & MSTATUS_MPP) == MSTATUS_MPP_U);
    /* mtval may hold the instruction bits (QEMU) or 0: both are legal */
    uint32_t insn = *(volatile uint32_t *)f->mepc;
    printf("umode: illegal instruction from U-mode, csrr mscratch: %s\n",
           insn == 0x34002573u || (insn & 0xfff0007fu) == 0x34000073u ? "ok" : "WRONG");
    check_true("mtval is the instruction or 0", f->mtval == insn || f->mtval == 0);
    /* emulate "read as 0" for the destination register of the csrr */
    uint32_t rd = (insn >> 7) & 31;
    if (rd)
        f->x[rd] = 0;
    f->mepc += 4;
    return f;
}

static void back_in_m(void)
{
    uint32_t mpp = (csr_read(mstatus) & MSTATUS_MPP) >> 11;
    printf("umode: back in M-mode after %u ecalls\n", (unsigned)ecalls);
    check_eq("ecall count", ecalls, 4);
    check_eq("ecall came from U (MPP=0)", last_mpp_ecall, 0);
    check_eq("illegal csrr from U", illegal_from_u, 1);
    check_eq("running in M (mret from M leaves MPP=M or U)", mpp == 0 || mpp == 3, 1);
    printf("umode: all ok\n");
    exit(0);
}

int main(void)
{
    printf("umode: PMP all-memory RWX, mret to U-mode\n");
    /* pmpaddr0 all ones + A=NAPOT: one region covering the whole address space */
    csr_write(pmpaddr0, 0xffffffffu);
    csr_write(pmpcfg0, 0x1f);       /* R|W|X|A=NAPOT, not locked */
    check_eq("pmpcfg0", csr_read(pmpcfg0) & 0xff, 0x1f);
    trap_set_exception_handler(CAUSE_ECALL_U, on_ecall_u);
    trap_set_exception_handler(CAUSE_ILLEGAL_INSN, on_illegal);

    uint32_t ms = csr_read(mstatus);
    ms = (ms & ~(MSTATUS_MPP | MSTATUS_MPIE)) | MSTATUS_MPP_U;
    csr_write(mstatus, ms);
    csr_write(mepc, (uint32_t)user_main);
    __asm__ volatile("mv sp, %0\nmret" :: "r"(user_stack + sizeof user_stack) : "memory");
    __builtin_unreachable();
}
