/*
 * Shared by the firmware/suite programs: a pseudo-random generator, a checksum mixer and the
 * one result line every program prints.  Nothing here reads a clock or a counter, so a
 * program prints the same bytes on QEMU (with or without -icount) and on rv-zoo.
 */
#ifndef RVZOO_SUITE_H
#define RVZOO_SUITE_H
#include <stdint.h>
#include <stdio.h>

/* xorshift32: the state must not be 0 */
static inline uint32_t suite_rand(uint32_t *state)
{
    uint32_t x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *state = x;
    return x;
}

/* order-dependent 32-bit checksum step */
static inline uint32_t suite_mix(uint32_t h, uint32_t v)
{
    h = (h ^ v) * 0x01000193u;
    return h ^ (h >> 15);
}

/* "NAME: checksum 0x........ ok" (or FAIL); returns main's exit status */
static inline int suite_result(const char *name, uint32_t checksum, int ok)
{
    printf("%s: checksum 0x%08lx %s\n", name, (unsigned long)checksum, ok ? "ok" : "FAIL");
    return ok ? 0 : 1;
}
#endif
