/* uart_irq: UART receive interrupt routed through the PLIC (source 10).
 * Reads one line from the console by interrupt and checks it is "ping"
 * (the harness and qemu-check.sh feed uart_irq.stdin = "ping\n"). */
#include <string.h>
#include "check.h"

static volatile char line[32];
static volatile uint32_t len, done, irqs, bad_src;

static void on_uart(uint32_t src)
{
    if (src != UART0_IRQ)
        bad_src++;
    irqs++;
    int c;
    while ((c = uart_getc_nonblock()) >= 0) {
        if (c == '\n' || c == '\r') {
            done = 1;
        } else if (!done && len < sizeof line - 1) {
            line[len++] = (char)c;
        }
    }
}

int main(void)
{
    uart_init();
    printf("uart_irq: waiting for a line on UART0 (interrupt driven)\n");
    plic_set_handler(UART0_IRQ, on_uart);
    plic_set_priority(UART0_IRQ, 1);
    plic_set_threshold(0);
    plic_enable(UART0_IRQ);
    uart_rx_irq_enable(1);
    csr_set(mie, MIP_MEIP);
    WAIT_UNTIL(done);
    uart_rx_irq_enable(0);
    plic_disable(UART0_IRQ);
    csr_clear(mie, MIP_MEIP);
    line[len] = 0;
    printf("uart_irq: received \"%s\"\n", (const char *)line);
    check_true("at least one interrupt", irqs >= 1);
    check_eq("claimed source", bad_src, 0);
    check_true("line is ping", strcmp((const char *)line, "ping") == 0);
    printf("uart_irq: all ok\n");
    return 0;
}
