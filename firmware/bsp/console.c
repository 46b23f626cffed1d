/* rv-zoo bsp: picolibc stdio on UART0 and exit() through the test finisher.
 * Link this object (console.o) unless the program uses --oslib=semihost. */
#include <stdio.h>
#include "bsp.h"

static int console_put(char c, FILE *f)
{
    (void)f;
    uart_putc(c);
    return (unsigned char)c;
}

static int console_get(FILE *f)
{
    (void)f;
    return uart_getc();
}

static FILE console = FDEV_SETUP_STREAM(console_put, console_get, NULL, _FDEV_SETUP_RW);
FILE *const stdin = &console;
FILE *const stdout = &console;
FILE *const stderr = &console;

void _exit(int code)
{
    bsp_finish(code);
}
