/* exitcode: returning a non-zero value from main reaches the finisher as
 * (code << 16) | 0x3333; QEMU (and rv-zoo run) exit with that code. */
#include <stdio.h>

int main(void)
{
    printf("exitcode: main returns 42\n");
    return 42;
}
