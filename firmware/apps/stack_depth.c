/* stack_depth: a known stack footprint.  recurse() has a fixed frame
 * (FRAME_BYTES bytes: a local array plus saved ra/s0) and recurses DEPTH
 * times, so the deepest point uses DEPTH * FRAME_BYTES bytes below main's
 * frame.  Built in both layouts (stack_depth.elf, stack_depth_xip.elf) for
 * footprint / stack-watermark tests. */
#include <stdio.h>
#include <stdint.h>
#include "bsp.h"

#define DEPTH 100
#define FRAME_BYTES 128   /* checked at run time from the frame addresses */

static uintptr_t lowest_sp, first_sp, second_sp;

__attribute__((noinline)) static uint32_t recurse(uint32_t n)
{
    volatile uint8_t buf[112];
    uintptr_t sp;
    __asm__ volatile("mv %0, sp" : "=r"(sp));
    if (n == DEPTH)
        first_sp = sp;
    if (n == DEPTH - 1)
        second_sp = sp;
    if (sp < lowest_sp)
        lowest_sp = sp;
    for (unsigned i = 0; i < sizeof buf; i++)
        buf[i] = (uint8_t)(n + i);
    uint32_t r = n ? recurse(n - 1) : 0;
    return r + buf[n % sizeof buf];
}

int main(void)
{
    lowest_sp = (uintptr_t)__stack_top;
    uint32_t sum = recurse(DEPTH);
    uintptr_t frame = first_sp - second_sp;
    uintptr_t used = (uintptr_t)__stack_top - lowest_sp;
    printf("stack_depth: depth %d, frame %u bytes, result %u\n", DEPTH, (unsigned)frame,
           (unsigned)sum);
    printf("stack_depth: recursion used %u bytes (%u frames)\n",
           (unsigned)(first_sp - lowest_sp + frame), DEPTH + 1);
    printf("stack_depth: deepest sp in recurse() is %u bytes below __stack_top (stack %u bytes)\n", (unsigned)used,
           (unsigned)(__stack_top - __stack_bottom));
    if (frame != FRAME_BYTES) {
        printf("FAIL frame size %u != %d\n", (unsigned)frame, FRAME_BYTES);
        return 1;
    }
    return 0;
}
