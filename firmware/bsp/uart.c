/* rv-zoo bsp: NS16550A UART0 driver (byte registers, reg-shift 0). */
#include "bsp.h"

#define RBR 0 /* read: receive buffer */
#define THR 0 /* write: transmit holding */
#define IER 1
#define FCR 2 /* write: FIFO control */
#define LCR 3
#define LSR 5
#define LSR_DR   0x01
#define LSR_THRE 0x20
#define UART(r) MMIO8(UART0_BASE + (r))

void uart_init(void)
{
    /* FCR is left alone on purpose: changing the FIFO enable bit or clearing the
     * receive FIFO would drop input that arrived before main() (QEMU feeds stdin
     * as soon as it starts). */
    UART(IER) = 0x00;
    UART(LCR) = 0x03; /* 8 data bits, no parity, 1 stop bit, DLAB=0 */
}

void uart_putc(char c)
{
    while (!(UART(LSR) & LSR_THRE))
        ;
    UART(THR) = (uint8_t)c;
}

void uart_puts(const char *s)
{
    while (*s)
        uart_putc(*s++);
}

void uart_put_hex(uint32_t v)
{
    uart_puts("0x");
    for (int sh = 28; sh >= 0; sh -= 4)
        uart_putc("0123456789abcdef"[(v >> sh) & 15]);
}

void uart_put_dec(uint32_t v)
{
    char buf[11];
    int n = 0;
    do {
        buf[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        uart_putc(buf[--n]);
}

int uart_rx_ready(void) { return UART(LSR) & LSR_DR; }

int uart_getc_nonblock(void)
{
    if (!(UART(LSR) & LSR_DR))
        return -1;
    return UART(RBR);
}

int uart_getc(void)
{
    int c;
    while ((c = uart_getc_nonblock()) < 0)
        ;
    return c;
}

void uart_rx_irq_enable(int on)
{
    UART(IER) = on ? 0x01 : 0x00;
}
