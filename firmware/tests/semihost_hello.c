/* semihost_hello: built with --oslib=semihost (no UART console): stdout goes
 * through semihosting calls and exit() through SYS_EXIT.  QEMU needs
 * -semihosting-config enable=on,target=native. */
#include <stdio.h>

int main(void)
{
    printf("Hello from semihosting!\n");
    printf("2 + 2 = %d\n", 2 + 2);
    return 0;
}
