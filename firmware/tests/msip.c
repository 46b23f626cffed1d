/* msip: machine software interrupt through CLINT msip; pending-bit and
 * masking behaviour (mie.MSIE, mstatus.MIE). */
#include "check.h"

static volatile uint32_t hits;

static trap_frame *on_soft(trap_frame *f)
{
    hits++;
    clint_set_msip(0);   /* acknowledge */
    return f;
}

int main(void)
{
    printf("msip: CLINT software interrupt\n");
    trap_set_interrupt_handler(IRQ_M_SOFT, on_soft);

    /* pending but masked: mip.MSIP follows msip, no trap */
    clint_set_msip(1);
    check_eq("msip register", clint_get_msip(), 1);
    check_true("mip.MSIP set", csr_read(mip) & MIP_MSIP);
    check_eq("no interrupt while masked", hits, 0);
    clint_set_msip(0);
    check_true("mip.MSIP clear", !(csr_read(mip) & MIP_MSIP));
    printf("msip: pending bit follows msip: ok\n");

    /* enabled: one trap per raise */
    csr_set(mie, MIP_MSIP);
    irq_global_enable();
    for (int i = 0; i < 5; i++) {
        clint_set_msip(1);
        while (hits < (uint32_t)(i + 1))
            ;
    }
    check_eq("interrupts taken", hits, 5);
    printf("msip: 5 raises -> %u interrupts\n", (unsigned)hits);

    /* mie.MSIE clear: stays pending, taken once re-enabled */
    csr_clear(mie, MIP_MSIP);
    clint_set_msip(1);
    for (volatile int i = 0; i < 100; i++)
        ;
    check_eq("masked by mie", hits, 5);
    csr_set(mie, MIP_MSIP);
    while (hits < 6)
        ;
    printf("msip: deferred interrupt taken after enabling mie.MSIE: ok\n");
    irq_global_disable();
    csr_clear(mie, MIP_MSIP);
    printf("msip: all ok\n");
    return 0;
}
