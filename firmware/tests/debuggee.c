/* debuggee: a small program built with DWARF debug info (-g -Og, not stripped) for the GDB
 * stub tests and the symbolized trap reports: a function to break at, globals to print and
 * to watch, a loop to step through.  With the byte 'c' on the UART it instead runs into an
 * illegal instruction whose trap vector is itself: a trap loop inside crash(). */
#include "check.h"

struct point { int x, y; };

volatile int counter;           /* watched by the tests */
struct point origin = { 3, 4 };
int squares[8];

__attribute__((noinline)) int square(int v)
{
    int r = v * v;
    return r;
}

__attribute__((noinline)) static int sum_squares(int n)
{
    int total = 0;
    for (int i = 0; i < n; i++) {
        squares[i] = square(i);
        total += squares[i];
        counter = i + 1;
    }
    return total;
}

__attribute__((noinline)) static void crash(void)
{
    /* mtvec points at the illegal instruction itself: every trap takes it again */
    __asm__ volatile("la t0, 1f\n"
                     "csrw mtvec, t0\n"
                     ".p2align 2\n"
                     "1: .word 0\n" ::: "t0");
}

int main(void)
{
    if (uart_getc_nonblock() == 'c')
        crash();
    int total = sum_squares(8);
    printf("debuggee: sum of squares 0..7 = %d\n", total);
    printf("debuggee: origin (%d, %d), counter %d\n", origin.x, origin.y, counter);
    check_eq("sum", total, 140);
    check_eq("counter", counter, 8);
    return 0;
}
