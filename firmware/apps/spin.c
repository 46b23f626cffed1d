/* spin: prints one line, then loops forever (never exits).  For instruction
 * budget tests in the harness; it has no expected file. */
#include <stdio.h>

int main(void)
{
    printf("spin: looping forever\n");
    for (;;)
        __asm__ volatile("");
}
