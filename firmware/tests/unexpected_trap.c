/* unexpected_trap: an illegal instruction with no handler installed; the bsp's
 * default handler prints mcause/mepc/mtval and exits with code 126. */
#include <stdio.h>

int main(void)
{
    printf("unexpected_trap: executing an illegal instruction\n");
    __asm__ volatile(".4byte 0xffffffff");
    printf("not reached\n");
    return 0;
}
