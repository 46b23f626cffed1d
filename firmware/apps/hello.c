/* hello: the demo firmware.  Prints a greeting through picolibc printf on UART0
 * and exits 0 through the test finisher. */
#include <stdio.h>
#include <string.h>
#include "bsp.h"

int main(void)
{
    const char *who = "rv-zoo";
    printf("Hello from %s on qemu-system-riscv32 -M virt!\n", who);
    printf("running on hart %u in machine mode\n", (unsigned)csr_read(mhartid));
    printf("code at %p, stack top %p, %u bytes of stack\n", (void *)main, (void *)__stack_top,
           (unsigned)(__stack_top - __stack_bottom));
    printf("bye (exit 0)\n");
    return 0;
}
