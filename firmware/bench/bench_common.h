/* Shared by the benchmarks: exact instruction counts from minstret. */
#ifndef RVZOO_BENCH_COMMON_H
#define RVZOO_BENCH_COMMON_H
#include <stdio.h>
#include <stdint.h>
#include "bsp.h"

static inline void bench_report(const char *name, uint32_t checksum, uint64_t i0, uint64_t i1)
{
    printf("%s: checksum 0x%08x\n", name, (unsigned)checksum);
    /* exact under rv-zoo and under qemu -icount shift=0 */
    printf("%s: minstret delta %llu\n", name, (unsigned long long)(i1 - i0));
}
#endif
