/* rv-zoo bsp: CSR access helpers and RISC-V constants (machine mode). */
#ifndef RVZOO_RISCV_H
#define RVZOO_RISCV_H

#include <stdint.h>

#define csr_read(csr) ({ uint32_t v_; __asm__ volatile("csrr %0, " #csr : "=r"(v_)); v_; })
#define csr_write(csr, val) __asm__ volatile("csrw " #csr ", %0" :: "rK"((uint32_t)(val)) : "memory")
#define csr_set(csr, bits) __asm__ volatile("csrs " #csr ", %0" :: "rK"((uint32_t)(bits)) : "memory")
#define csr_clear(csr, bits) __asm__ volatile("csrc " #csr ", %0" :: "rK"((uint32_t)(bits)) : "memory")
#define csr_swap(csr, val) ({ uint32_t v_; __asm__ volatile("csrrw %0, " #csr ", %1" : "=r"(v_) : "rK"((uint32_t)(val)) : "memory"); v_; })

/* mstatus bits */
#define MSTATUS_MIE   (1u << 3)
#define MSTATUS_MPIE  (1u << 7)
#define MSTATUS_MPP   (3u << 11)
#define MSTATUS_MPP_M (3u << 11)
#define MSTATUS_MPP_U (0u << 11)

/* mie / mip bits */
#define MIP_MSIP (1u << 3)
#define MIP_MTIP (1u << 7)
#define MIP_MEIP (1u << 11)

/* mcause values (interrupt bit clear) */
#define CAUSE_MISALIGNED_FETCH 0
#define CAUSE_FETCH_ACCESS     1
#define CAUSE_ILLEGAL_INSN     2
#define CAUSE_BREAKPOINT       3
#define CAUSE_MISALIGNED_LOAD  4
#define CAUSE_LOAD_ACCESS      5
#define CAUSE_MISALIGNED_STORE 6
#define CAUSE_STORE_ACCESS     7
#define CAUSE_ECALL_U          8
#define CAUSE_ECALL_S          9
#define CAUSE_ECALL_M          11
/* interrupt numbers (mcause with bit 31 set) */
#define IRQ_M_SOFT  3
#define IRQ_M_TIMER 7
#define IRQ_M_EXT   11
#define MCAUSE_INTERRUPT 0x80000000u

static inline void irq_global_enable(void) { csr_set(mstatus, MSTATUS_MIE); }
static inline void irq_global_disable(void) { csr_clear(mstatus, MSTATUS_MIE); }
static inline void wfi(void) { __asm__ volatile("wfi" ::: "memory"); }

/* Sleep until cond holds, without the lost-wakeup race of `while (!cond) wfi();`
 * (an interrupt landing between the test and the wfi would leave wfi waiting for
 * the next one).  The test and wfi run with mstatus.MIE clear -- wfi still wakes
 * on a pending interrupt enabled in mie -- and the interrupt is taken in the
 * short window where MIE is set again.  Leaves mstatus.MIE clear. */
#define WAIT_UNTIL(cond) do {                  \
        irq_global_disable();                  \
        while (!(cond)) {                      \
            wfi();                             \
            irq_global_enable();               \
            irq_global_disable();              \
        }                                      \
    } while (0)

/* 64-bit counters read safely on RV32 (hi, lo, hi until hi is stable). */
static inline uint64_t rd_minstret(void)
{
    uint32_t hi, lo, hi2;
    do {
        __asm__ volatile("csrr %0, minstreth" : "=r"(hi));
        __asm__ volatile("csrr %0, minstret" : "=r"(lo));
        __asm__ volatile("csrr %0, minstreth" : "=r"(hi2));
    } while (hi != hi2);
    return ((uint64_t)hi << 32) | lo;
}

static inline uint64_t rd_mcycle(void)
{
    uint32_t hi, lo, hi2;
    do {
        __asm__ volatile("csrr %0, mcycleh" : "=r"(hi));
        __asm__ volatile("csrr %0, mcycle" : "=r"(lo));
        __asm__ volatile("csrr %0, mcycleh" : "=r"(hi2));
    } while (hi != hi2);
    return ((uint64_t)hi << 32) | lo;
}

/* The low words alone: enough for a delta below 2^32 (one layer of a model, one dispatch). */
static inline uint32_t rd_minstret32(void)
{
    uint32_t v;
    __asm__ volatile("csrr %0, minstret" : "=r"(v));
    return v;
}

static inline uint32_t rd_mcycle32(void)
{
    uint32_t v;
    __asm__ volatile("csrr %0, mcycle" : "=r"(v));
    return v;
}

static inline uint64_t rd_time(void)
{
    uint32_t hi, lo, hi2;
    do {
        __asm__ volatile("csrr %0, timeh" : "=r"(hi));
        __asm__ volatile("csrr %0, time" : "=r"(lo));
        __asm__ volatile("csrr %0, timeh" : "=r"(hi2));
    } while (hi != hi2);
    return ((uint64_t)hi << 32) | lo;
}

#endif
