/* malloc: picolibc malloc/free/realloc/calloc in the linker-script heap
 * (__heap_start..__heap_end): blocks inside the heap, no overlap, contents
 * survive, freed memory is reused, exhaustion returns NULL. */
#include <string.h>
#include "check.h"

#define NBLK 16

static int in_heap(void *p, size_t n)
{
    return (char *)p >= __heap_start && (char *)p + n <= __heap_end;
}

int main(void)
{
    printf("malloc: heap of %u bytes\n", (unsigned)(__heap_end - __heap_start));
    uint8_t *blk[NBLK];
    size_t sz[NBLK];
    for (int i = 0; i < NBLK; i++) {
        sz[i] = 16 + 37 * (size_t)i;
        blk[i] = malloc(sz[i]);
        check_true("malloc returns memory", blk[i] != NULL);
        check_true("block inside heap", in_heap(blk[i], sz[i]));
        check_true("block 8-aligned", ((uintptr_t)blk[i] & 7) == 0);
        memset(blk[i], i + 1, sz[i]);
    }
    for (int i = 0; i < NBLK; i++)
        for (int j = 0; j < NBLK; j++)
            if (i != j)
                check_true("blocks do not overlap",
                           blk[i] + sz[i] <= blk[j] || blk[j] + sz[j] <= blk[i]);
    for (int i = 0; i < NBLK; i++)
        for (size_t k = 0; k < sz[i]; k++)
            if (blk[i][k] != (uint8_t)(i + 1))
                check_true("contents intact", 0);
    group_ok("allocate 16 blocks");

    /* free the odd ones, allocate again: the space is reused */
    for (int i = 1; i < NBLK; i += 2)
        free(blk[i]);
    void *again = malloc(sz[1]);
    check_true("freed block reused", again == blk[1]);
    free(again);
    for (int i = 0; i < NBLK; i += 2)
        for (size_t k = 0; k < sz[i]; k++)
            if (blk[i][k] != (uint8_t)(i + 1))
                check_true("survivors intact", 0);
    group_ok("free and reuse");

    uint32_t *z = calloc(100, sizeof *z);
    check_true("calloc", z != NULL);
    uint32_t sum = 0;
    for (int i = 0; i < 100; i++)
        sum |= z[i];
    CHECK(sum, 0);
    for (int i = 0; i < 100; i++)
        z[i] = (uint32_t)i * 3;
    z = realloc(z, 1000 * sizeof *z);
    check_true("realloc grows", z != NULL && in_heap(z, 1000 * sizeof *z));
    uint32_t s2 = 0;
    for (int i = 0; i < 100; i++)
        s2 += z[i];
    CHECK(s2, 14850);
    free(z);
    group_ok("calloc/realloc");

    void *huge = malloc((size_t)(__heap_end - __heap_start) * 2);
    check_true("oversized malloc fails", huge == NULL);
    /* exhaust the heap in 1 KiB steps, then free everything and allocate again */
    void *chain = NULL;
    unsigned n = 0;
    void *p;
    while ((p = malloc(1024)) != NULL) {
        *(void **)p = chain;
        chain = p;
        n++;
    }
    check_true("heap holds many 1 KiB blocks", n > 32);
    while (chain) {
        void *next = *(void **)chain;
        free(chain);
        chain = next;
    }
    p = malloc(1024);
    check_true("allocation works after freeing all", p != NULL);
    free(p);
    for (int i = 0; i < NBLK; i += 2)
        free(blk[i]);
    group_ok("exhaustion");
    printf("malloc: all ok\n");
    return 0;
}
