/* rv-zoo bsp: trap dispatch with per-cause handlers and a failing default. */
#include "bsp.h"

static trap_handler_t exc_handlers[16];
static trap_handler_t irq_handlers[16];
static plic_handler_t plic_handlers[64];

static const char *const exc_names[16] = {
    "instruction address misaligned", "instruction access fault", "illegal instruction",
    "breakpoint", "load address misaligned", "load access fault",
    "store/AMO address misaligned", "store/AMO access fault", "ecall from U-mode",
    "ecall from S-mode", "reserved", "ecall from M-mode", "instruction page fault",
    "load page fault", "reserved", "store/AMO page fault",
};

static __attribute__((noreturn)) void unexpected(trap_frame *f)
{
    uart_puts("\n*** unexpected trap: mcause=");
    uart_put_hex(f->mcause);
    if (!(f->mcause & MCAUSE_INTERRUPT) && f->mcause < 16) {
        uart_puts(" (");
        uart_puts(exc_names[f->mcause]);
        uart_puts(")");
    } else if (f->mcause & MCAUSE_INTERRUPT) {
        uart_puts(" (interrupt)");
    }
    uart_puts(" mepc=");
    uart_put_hex(f->mepc);
    uart_puts(" mtval=");
    uart_put_hex(f->mtval);
    uart_puts("\n");
    bsp_finish(BSP_EXIT_UNEXPECTED_TRAP);
}

static trap_frame *external_dispatch(trap_frame *f)
{
    uint32_t src;
    while ((src = plic_claim()) != 0) {
        if (src < 64 && plic_handlers[src])
            plic_handlers[src](src);
        else
            unexpected(f);
        plic_complete(src);
    }
    return f;
}

trap_frame *trap_dispatch(trap_frame *f)
{
    uint32_t code = f->mcause & 0x7fffffffu;
    trap_handler_t h = 0;
    if (code < 16)
        h = (f->mcause & MCAUSE_INTERRUPT) ? irq_handlers[code] : exc_handlers[code];
    if (!h)
        unexpected(f);
    return h(f);
}

trap_handler_t trap_set_exception_handler(unsigned cause, trap_handler_t h)
{
    trap_handler_t old = exc_handlers[cause & 15];
    exc_handlers[cause & 15] = h;
    return old;
}

trap_handler_t trap_set_interrupt_handler(unsigned irq, trap_handler_t h)
{
    trap_handler_t old = irq_handlers[irq & 15];
    irq_handlers[irq & 15] = h;
    return old;
}

void plic_set_handler(unsigned src, plic_handler_t h)
{
    if (src < 64)
        plic_handlers[src] = h;
    if (!irq_handlers[IRQ_M_EXT])
        irq_handlers[IRQ_M_EXT] = external_dispatch;
}
