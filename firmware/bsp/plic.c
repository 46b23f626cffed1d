/* rv-zoo bsp: PLIC, hart 0 machine-mode context (context 0 on virt). */
#include "bsp.h"

#define PLIC_PRIORITY(s)  (PLIC_BASE + 4u * (s))
#define PLIC_PENDING(s)   (PLIC_BASE + 0x1000u + 4u * ((s) / 32))
#define PLIC_ENABLE(s)    (PLIC_BASE + 0x2000u + 4u * ((s) / 32))   /* context 0 */
#define PLIC_THRESHOLD    (PLIC_BASE + 0x200000u)
#define PLIC_CLAIM        (PLIC_BASE + 0x200004u)

void plic_set_priority(unsigned src, uint32_t prio) { MMIO32(PLIC_PRIORITY(src)) = prio; }
void plic_enable(unsigned src) { MMIO32(PLIC_ENABLE(src)) |= 1u << (src % 32); }
void plic_disable(unsigned src) { MMIO32(PLIC_ENABLE(src)) &= ~(1u << (src % 32)); }
void plic_set_threshold(uint32_t t) { MMIO32(PLIC_THRESHOLD) = t; }
int plic_pending(unsigned src) { return (MMIO32(PLIC_PENDING(src)) >> (src % 32)) & 1; }
uint32_t plic_claim(void) { return MMIO32(PLIC_CLAIM); }
void plic_complete(uint32_t src) { MMIO32(PLIC_CLAIM) = src; }
