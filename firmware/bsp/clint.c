/* rv-zoo bsp: CLINT (msip, mtimecmp, mtime) for hart 0. */
#include "bsp.h"

uint64_t clint_mtime(void)
{
    uint32_t hi, lo;
    do {
        hi = MMIO32(CLINT_MTIME + 4);
        lo = MMIO32(CLINT_MTIME);
    } while (hi != MMIO32(CLINT_MTIME + 4));
    return ((uint64_t)hi << 32) | lo;
}

void clint_set_mtimecmp(uint64_t t)
{
    /* never let the compare value pass below the target while half-written */
    MMIO32(CLINT_MTIMECMP + 4) = 0xffffffffu;
    MMIO32(CLINT_MTIMECMP) = (uint32_t)t;
    MMIO32(CLINT_MTIMECMP + 4) = (uint32_t)(t >> 32);
}

uint64_t clint_get_mtimecmp(void)
{
    return ((uint64_t)MMIO32(CLINT_MTIMECMP + 4) << 32) | MMIO32(CLINT_MTIMECMP);
}

void clint_timer_disarm(void)
{
    MMIO32(CLINT_MTIMECMP + 4) = 0xffffffffu;
    MMIO32(CLINT_MTIMECMP) = 0xffffffffu;
}

void clint_set_msip(int on) { MMIO32(CLINT_MSIP) = on ? 1u : 0u; }
int clint_get_msip(void) { return MMIO32(CLINT_MSIP) & 1; }
