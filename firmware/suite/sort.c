/*
 * suite sort: merge sort and quicksort of arrays of structs through comparator function
 * pointers, as application code sorts records: a stable top-down merge sort on typed records,
 * a generic byte-swapping quicksort (median of three, insertion sort for short runs) with the
 * libc qsort interface, and picolibc's own qsort.  Checks order, stability and that the three
 * agree on a total order.
 */
#include <stdlib.h>
#include <string.h>
#include "suite.h"

typedef struct {
    uint32_t key;
    int16_t prio;
    uint16_t id;
    char name[8];
} record;

typedef int (*compare_fn)(const void *, const void *);

static int by_key(const void *a, const void *b)
{
    const record *x = a, *y = b;
    return x->key < y->key ? -1 : x->key > y->key;
}

static int by_prio(const void *a, const void *b)
{
    const record *x = a, *y = b;
    return x->prio - y->prio;
}

static int by_name(const void *a, const void *b)
{
    const record *x = a, *y = b;
    return strncmp(x->name, y->name, sizeof x->name);
}

/* a total order: prio, then name, then id */
static int by_all(const void *a, const void *b)
{
    int c = by_prio(a, b);
    if (c)
        return c;
    c = by_name(a, b);
    if (c)
        return c;
    const record *x = a, *y = b;
    return x->id - y->id;
}

static void merge_sort(record *v, record *tmp, int n, compare_fn cmp)
{
    if (n < 2)
        return;
    int half = n / 2;
    merge_sort(v, tmp, half, cmp);
    merge_sort(v + half, tmp, n - half, cmp);
    int i = 0, j = half, k = 0;
    while (i < half && j < n)
        tmp[k++] = cmp(&v[j], &v[i]) < 0 ? v[j++] : v[i++];
    while (i < half)
        tmp[k++] = v[i++];
    while (j < n)
        tmp[k++] = v[j++];
    memcpy(v, tmp, (size_t)n * sizeof *v);
}

static void swap_bytes(char *a, char *b, size_t size)
{
    while (size--) {
        char t = *a;
        *a++ = *b;
        *b++ = t;
    }
}

static void quick_sort(void *base, size_t n, size_t size, compare_fn cmp)
{
    char *v = base;
    while (n > 10) {
        char *lo = v, *mid = v + (n / 2) * size, *hi = v + (n - 1) * size;
        if (cmp(mid, lo) < 0) swap_bytes(mid, lo, size);
        if (cmp(hi, mid) < 0) {
            swap_bytes(hi, mid, size);
            if (cmp(mid, lo) < 0) swap_bytes(mid, lo, size);
        }
        swap_bytes(mid, v, size);             /* pivot at v[0] */
        char *i = v + size, *j = hi;
        for (;;) {
            while (cmp(i, v) < 0) i += size;
            while (cmp(v, j) < 0) j -= size;
            if (i >= j)
                break;
            swap_bytes(i, j, size);
            i += size;
            j -= size;
        }
        swap_bytes(v, j, size);
        size_t left = (size_t)(j - v) / size, right = n - left - 1;
        /* recurse into the smaller part, loop on the larger */
        if (left < right) {
            quick_sort(v, left, size, cmp);
            v = j + size;
            n = right;
        } else {
            quick_sort(j + size, right, size, cmp);
            n = left;
        }
    }
    for (size_t i = 1; i < n; i++)
        for (size_t k = i; k > 0 && cmp(v + (k - 1) * size, v + k * size) > 0; k--)
            swap_bytes(v + (k - 1) * size, v + k * size, size);
}

#define N 1500
#define ROUNDS 14
static record orig[N], a[N], b[N], c[N], tmp[N];

static int sorted(const record *v, compare_fn cmp)
{
    for (int i = 1; i < N; i++)
        if (cmp(&v[i - 1], &v[i]) > 0)
            return 0;
    return 1;
}

static uint32_t digest(uint32_t h, const record *v)
{
    for (int i = 0; i < N; i++)
        h = suite_mix(h, v[i].key ^ (uint32_t)v[i].id << 16);
    return h;
}

int main(void)
{
    static const char syll[][3] = {"ka", "ro", "mi", "te", "su", "na", "lo", "be"};
    uint32_t seed = 0x51ed270bu, sum = 0;
    int ok = 1;
    printf("sort: %d rounds of %d records (%d bytes each): merge sort, quicksort, libc qsort\n",
           ROUNDS, N, (int)sizeof(record));
    for (int r = 0; r < ROUNDS; r++) {
        for (int i = 0; i < N; i++) {
            uint32_t x = suite_rand(&seed);
            orig[i].key = x % (r & 1 ? 100000u : 500u);   /* odd rounds: few duplicates */
            orig[i].prio = (int16_t)((x >> 20) % 16) - 8;
            orig[i].id = (uint16_t)i;
            for (int k = 0; k < 3; k++)
                memcpy(orig[i].name + 2 * k, syll[(x >> (3 * k + 5)) & 7], 2);
            orig[i].name[6] = (char)('a' + (x >> 28));
            orig[i].name[7] = 0;
        }
        /* stability: by key, then stable by prio -> keys ascend within each prio */
        memcpy(a, orig, sizeof a);
        merge_sort(a, tmp, N, by_key);
        ok &= sorted(a, by_key);
        merge_sort(a, tmp, N, by_prio);
        ok &= sorted(a, by_prio);
        for (int i = 1; i < N; i++)
            if (a[i - 1].prio == a[i].prio)
                ok &= a[i - 1].key <= a[i].key;
        sum = digest(sum, a);

        memcpy(b, orig, sizeof b);
        quick_sort(b, N, sizeof(record), by_name);
        ok &= sorted(b, by_name);
        quick_sort(b, N, sizeof(record), by_all);
        memcpy(c, orig, sizeof c);
        qsort(c, N, sizeof(record), by_all);
        merge_sort(a, tmp, N, by_all);
        ok &= sorted(b, by_all) && memcmp(a, b, sizeof a) == 0 && memcmp(b, c, sizeof b) == 0;
        sum = digest(sum, b);
    }
    printf("sort: first record after the last round: prio %d name %s id %u\n",
           b[0].prio, b[0].name, b[0].id);
    return suite_result("sort", sum, ok);
}
