/* Shared helpers for the self-checking tests: print what is checked, stop at
 * the first mismatch with exit(1). */
#ifndef RVZOO_CHECK_H
#define RVZOO_CHECK_H
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include "bsp.h"

static unsigned check_count;

static inline void check_eq(const char *what, uint32_t got, uint32_t want)
{
    check_count++;
    if (got != want) {
        printf("FAIL %s: got 0x%08x, expected 0x%08x\n", what, (unsigned)got, (unsigned)want);
        exit(1);
    }
}

static inline void check_true(const char *what, int cond)
{
    check_count++;
    if (!cond) {
        printf("FAIL %s\n", what);
        exit(1);
    }
}

/* print "group: N checks ok" and reset the counter */
static inline void group_ok(const char *group)
{
    printf("%s: %u checks ok\n", group, check_count);
    check_count = 0;
}

#define CHECK(expr, want) check_eq(#expr, (uint32_t)(expr), (uint32_t)(want))

/* one-instruction wrappers the compiler cannot fold */
#define OP_RR(insn, a, b) ({ uint32_t r_; __asm__ volatile(insn " %0, %1, %2" : "=r"(r_) : "r"((uint32_t)(a)), "r"((uint32_t)(b))); r_; })
#define OP_RI(insn, a, imm) ({ uint32_t r_; __asm__ volatile(insn " %0, %1, %2" : "=r"(r_) : "r"((uint32_t)(a)), "i"(imm)); r_; })

#endif
