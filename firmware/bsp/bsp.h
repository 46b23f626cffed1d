/*
 * rv-zoo board support for qemu-system-riscv32 -M virt (and rv-zoo's `virt` profile).
 * Include path: firmware/bsp.  See firmware/README.md.
 */
#ifndef RVZOO_BSP_H
#define RVZOO_BSP_H

#include <stdint.h>
#include "riscv.h"

/* ---- memory map ---- */
#define TEST_FINISHER_BASE 0x00100000u
#define CLINT_BASE         0x02000000u
#define PLIC_BASE          0x0c000000u
#define UART0_BASE         0x10000000u
#define FLASH_BASE         0x20000000u
#define RAM_BASE           0x80000000u
#define UART0_IRQ          10          /* PLIC source of UART0 */

#define MMIO32(addr) (*(volatile uint32_t *)(uintptr_t)(addr))
#define MMIO8(addr)  (*(volatile uint8_t *)(uintptr_t)(addr))

/* ---- test finisher (sifive_test) ---- */
#define FINISHER_PASS  0x5555u
#define FINISHER_FAIL  0x3333u
#define FINISHER_RESET 0x7777u
/* exit code used by the default trap handler for unexpected traps */
#define BSP_EXIT_UNEXPECTED_TRAP 126

__attribute__((noreturn)) void bsp_finish(int code); /* 0 -> pass, else fail with code (low 16 bits) */

/* ---- UART0 (NS16550A, polled TX, polled or interrupt RX) ---- */
void uart_init(void);                 /* 8N1, interrupts off; FIFO state untouched */
void uart_putc(char c);               /* polled transmit (no \n -> \r\n translation) */
void uart_puts(const char *s);
void uart_put_hex(uint32_t v);        /* "0x%08x" without printf */
void uart_put_dec(uint32_t v);
int  uart_rx_ready(void);
int  uart_getc_nonblock(void);        /* -1 if nothing received */
int  uart_getc(void);                 /* polled, blocks */
void uart_rx_irq_enable(int on);      /* IER.ERBFI: interrupt on received data */

/* ---- CLINT ---- */
#define CLINT_MSIP     (CLINT_BASE + 0x0000u)
#define CLINT_MTIMECMP (CLINT_BASE + 0x4000u)
#define CLINT_MTIME    (CLINT_BASE + 0xbff8u)
#define CLINT_TIMEBASE_HZ 10000000u
uint64_t clint_mtime(void);
void clint_set_mtimecmp(uint64_t t);
uint64_t clint_get_mtimecmp(void);
void clint_timer_disarm(void);        /* mtimecmp = all ones */
void clint_set_msip(int on);
int  clint_get_msip(void);

/* ---- PLIC (hart 0, M-mode context 0) ---- */
void plic_set_priority(unsigned src, uint32_t prio);
void plic_enable(unsigned src);
void plic_disable(unsigned src);
void plic_set_threshold(uint32_t t);
int  plic_pending(unsigned src);
uint32_t plic_claim(void);
void plic_complete(uint32_t src);

/* ---- traps ---- */
/* Register file saved by the trap entry; x[2] is the interrupted sp.  A handler
 * may edit the frame (e.g. mepc += 4) and returns the frame to resume, which
 * may be a different one (context switch). */
typedef struct trap_frame {
    uint32_t x[32];
    uint32_t mepc, mstatus, mcause, mtval;
} trap_frame;
#define TRAP_FRAME_SIZE 144

typedef trap_frame *(*trap_handler_t)(trap_frame *f);
typedef void (*plic_handler_t)(uint32_t src);

/* Install a handler for exception cause (0..15) or interrupt number (0..15);
 * NULL restores the default (print cause/epc/tval, exit BSP_EXIT_UNEXPECTED_TRAP).
 * Returns the previous handler. */
trap_handler_t trap_set_exception_handler(unsigned cause, trap_handler_t h);
trap_handler_t trap_set_interrupt_handler(unsigned irq, trap_handler_t h);
/* Machine external interrupts: the bsp claims from the PLIC, calls the handler
 * registered for the source, and completes.  Installing one enables mie.MEIE
 * dispatch through the PLIC (the source itself still needs plic_enable). */
void plic_set_handler(unsigned src, plic_handler_t h);

void trap_entry(void);                /* the mtvec target (direct mode) */
/* Length in bytes of the instruction at addr (2 or 4), for skipping it. */
static inline uint32_t insn_length(uint32_t addr)
{
    return ((*(volatile uint16_t *)(uintptr_t)addr) & 3) == 3 ? 4 : 2;
}

/* ---- linker-script symbols (both layouts) ---- */
extern char __stack_top[], __stack_bottom[], __heap_start[], __heap_end[];
extern char __data_start[], __data_end[], __data_load[], __bss_start[], __bss_end[];

#endif
