/*
 * suite hashtable: a word-frequency table the way C applications write one: separate
 * chaining with malloc'ed nodes and malloc'ed string keys, FNV-1a hashing, rehash on growth,
 * strcmp on every probe, plus an intrusive doubly linked LRU list that every access moves a
 * node to the front of.  Rounds of inserts, lookups (hits and misses) and deletions; checks
 * that the counts add up and that every allocation is freed at the end.
 */
#include <stdlib.h>
#include <string.h>
#include "suite.h"

typedef struct node {
    struct node *next;             /* hash chain */
    struct node *lru_prev, *lru_next;
    char *key;
    uint32_t hash, count;
} node;

static node **buckets;
static uint32_t nbuckets, nitems, live_allocs;
static node lru = {0, &lru, &lru, 0, 0, 0};   /* sentinel */

static void *xmalloc(size_t n)
{
    void *p = malloc(n);
    if (!p) {
        printf("hashtable: out of memory\n");
        exit(2);
    }
    live_allocs++;
    return p;
}

static void xfree(void *p)
{
    free(p);
    live_allocs--;
}

static uint32_t fnv1a(const char *s)
{
    uint32_t h = 2166136261u;
    while (*s)
        h = (h ^ (uint8_t)*s++) * 16777619u;
    return h;
}

static void lru_unlink(node *n)
{
    n->lru_prev->lru_next = n->lru_next;
    n->lru_next->lru_prev = n->lru_prev;
}

static void lru_front(node *n)
{
    n->lru_next = lru.lru_next;
    n->lru_prev = &lru;
    lru.lru_next->lru_prev = n;
    lru.lru_next = n;
}

static void rehash(uint32_t size)
{
    node **nb = xmalloc(size * sizeof *nb);
    memset(nb, 0, size * sizeof *nb);
    for (uint32_t i = 0; i < nbuckets; i++)
        for (node *n = buckets[i], *next; n; n = next) {
            next = n->next;
            n->next = nb[n->hash & (size - 1)];
            nb[n->hash & (size - 1)] = n;
        }
    if (buckets)
        xfree(buckets);
    buckets = nb;
    nbuckets = size;
}

static node *lookup(const char *key, uint32_t h)
{
    for (node *n = buckets[h & (nbuckets - 1)]; n; n = n->next)
        if (n->hash == h && strcmp(n->key, key) == 0) {
            lru_unlink(n);
            lru_front(n);
            return n;
        }
    return 0;
}

static void insert(const char *key)
{
    uint32_t h = fnv1a(key);
    node *n = lookup(key, h);
    if (n) {
        n->count++;
        return;
    }
    if (nitems + 1 > nbuckets / 4 * 3)
        rehash(nbuckets * 2);
    n = xmalloc(sizeof *n);
    size_t len = strlen(key);
    n->key = xmalloc(len + 1);
    memcpy(n->key, key, len + 1);
    n->hash = h;
    n->count = 1;
    n->next = buckets[h & (nbuckets - 1)];
    buckets[h & (nbuckets - 1)] = n;
    lru_front(n);
    nitems++;
}

static int remove_key(const char *key)
{
    uint32_t h = fnv1a(key);
    for (node **pp = &buckets[h & (nbuckets - 1)]; *pp; pp = &(*pp)->next) {
        node *n = *pp;
        if (n->hash == h && strcmp(n->key, key) == 0) {
            *pp = n->next;
            lru_unlink(n);
            xfree(n->key);
            xfree(n);
            nitems--;
            return 1;
        }
    }
    return 0;
}

static void make_word(uint32_t *seed, char *out)
{
    static const char *const syll[16] = {"ka", "ri", "to", "men", "sa", "lu", "ve", "on",
                                         "dri", "po", "ex", "ta", "gu", "fi", "ar", "zel"};
    uint32_t r = suite_rand(seed);
    int n = 2 + (int)(r % 3u);
    out[0] = 0;
    for (int i = 0; i < n; i++) {
        uint32_t s = (r >> (4 + 4 * i)) & 15;
        if (i > 0 && (r >> 28) < 4)          /* skew: common words share their syllables */
            s &= 3;
        strcat(out, syll[s]);
    }
}

#define WORDS 9000
#define ROUNDS 3
#define LOOKUP_PASSES 6

int main(void)
{
    uint32_t seed = 0xabad1deau, sum = 0, distinct_max = 0;
    int ok = 1;
    char word[32];
    printf("hashtable: %d rounds: %d inserts, %d lookups, deletions, LRU list\n", ROUNDS, WORDS, LOOKUP_PASSES * WORDS);
    rehash(16);
    for (int r = 0; r < ROUNDS; r++) {
        uint32_t wseed = seed;
        for (int i = 0; i < WORDS; i++) {
            make_word(&seed, word);
            insert(word);
        }
        if (nitems > distinct_max)
            distinct_max = nitems;
        /* the counts add up to this round's inserts */
        uint32_t total = 0;
        for (node *n = lru.lru_next; n != &lru; n = n->lru_next)
            total += n->count;
        ok &= total == WORDS;
        /* lookups: half replay this round's words (hits), half new ones (mostly misses) */
        uint32_t hits = 0;
        for (int pass = 0; pass < LOOKUP_PASSES; pass++) {
            uint32_t replay = wseed;
            for (int i = 0; i < WORDS; i++) {
                make_word(i & 1 ? &seed : &replay, word);
                if (i & 1)
                    strcat(word, "x");
                node *n = lookup(word, fnv1a(word));
                if (n) {
                    hits++;
                    sum = suite_mix(sum, n->count);
                }
            }
        }
        ok &= hits >= LOOKUP_PASSES * WORDS / 2;
        /* the 20 most recently used keys */
        int k = 0;
        for (node *n = lru.lru_next; n != &lru && k < 20; n = n->lru_next, k++)
            sum = suite_mix(sum, n->hash);
        sum = suite_mix(sum, nitems);
        /* every third round empty the table from the LRU end, else drop the odd counts and
           reset the survivors' counts (so every round's counts add up to WORDS) */
        if (r % 3 == 2) {
            while (lru.lru_prev != &lru)
                ok &= remove_key(lru.lru_prev->key);
            ok &= nitems == 0;
        } else {
            for (node *n = lru.lru_next, *next; n != &lru; n = next) {
                next = n->lru_next;
                if (n->count & 1)
                    ok &= remove_key(n->key);
                else
                    n->count = 0;
            }
        }
    }
    /* empty everything */
    while (lru.lru_next != &lru)
        ok &= remove_key(lru.lru_next->key);
    xfree(buckets);
    ok &= nitems == 0 && live_allocs == 0;
    printf("hashtable: up to %lu distinct words, %lu buckets at the end\n",
           (unsigned long)distinct_max, (unsigned long)nbuckets);
    return suite_result("hashtable", sum, ok);
}
