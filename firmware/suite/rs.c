/*
 * suite rs: Reed-Solomon codes over GF(256) (polynomial 0x11d) as QR-code and storage
 * firmware uses them: log/antilog tables, generator polynomials, systematic encoding by
 * polynomial division, syndromes by Horner's rule, and single-error correction from the first
 * two syndromes.  Checks the QR "HELLO WORLD" 1-M error-correction codewords, then encodes
 * RS(255,223) blocks and QR-sized blocks, corrupts one symbol and corrects it.
 */
#include <string.h>
#include "suite.h"

static uint8_t gf_exp[512], gf_log[256];

static void gf_init(void)
{
    uint32_t x = 1;
    for (int i = 0; i < 255; i++) {
        gf_exp[i] = (uint8_t)x;
        gf_log[x] = (uint8_t)i;
        x <<= 1;
        if (x & 0x100)
            x ^= 0x11d;
    }
    for (int i = 255; i < 512; i++)
        gf_exp[i] = gf_exp[i - 255];
}

static uint8_t gf_mul(uint8_t a, uint8_t b)
{
    return a && b ? gf_exp[gf_log[a] + gf_log[b]] : 0;
}

static uint8_t gf_div(uint8_t a, uint8_t b)   /* b != 0 */
{
    return a ? gf_exp[gf_log[a] + 255 - gf_log[b]] : 0;
}

/* generator of degree n: prod (x - a^i), i = 0..n-1; g[0] is the x^n coefficient (1) */
static void generator(int n, uint8_t *g)
{
    memset(g, 0, (size_t)n + 1);
    g[0] = 1;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j > 0; j--)
            g[j] ^= gf_mul(g[j - 1], gf_exp[i]);
}

/* ecc = remainder of msg * x^n divided by g */
__attribute__((noinline)) void rs_encode(const uint8_t *msg, int k, const uint8_t *g, int n, uint8_t *ecc)
{
    memset(ecc, 0, (size_t)n);
    for (int i = 0; i < k; i++) {
        uint8_t f = msg[i] ^ ecc[0];
        memmove(ecc, ecc + 1, (size_t)n - 1);
        ecc[n - 1] = 0;
        if (f) {
            uint8_t lf = gf_log[f];
            for (int j = 0; j < n; j++)
                if (g[j + 1])
                    ecc[j] ^= gf_exp[lf + gf_log[g[j + 1]]];
        }
    }
}

/* S_j = c(a^j) for the codeword c (first byte = highest power) */
__attribute__((noinline)) int rs_syndromes(const uint8_t *cw, int len, int n, uint8_t *s)
{
    int nonzero = 0;
    for (int j = 0; j < n; j++) {
        uint8_t v = 0, a = gf_exp[j];
        for (int i = 0; i < len; i++)
            v = gf_mul(v, a) ^ cw[i];
        s[j] = v;
        nonzero |= v;
    }
    return nonzero != 0;
}

/* one symbol error e at power p: S0 = e, S1 = e a^p */
static int rs_correct_one(uint8_t *cw, int len, const uint8_t *s)
{
    if (!s[0] || !s[1])
        return 0;
    int p = gf_log[gf_div(s[1], s[0])];
    if (p >= len)
        return 0;
    cw[len - 1 - p] ^= s[0];
    return 1;
}

static int check_block(uint32_t *seed, int k, int n, const uint8_t *g, uint32_t *sum)
{
    uint8_t cw[255], s[64];
    int ok = 1;
    for (int i = 0; i < k; i++)
        cw[i] = (uint8_t)suite_rand(seed);
    rs_encode(cw, k, g, n, cw + k);
    ok &= !rs_syndromes(cw, k + n, n, s);
    for (int i = 0; i < n; i++)
        *sum = suite_mix(*sum, cw[k + i]);
    uint32_t r = suite_rand(seed);
    int pos = (int)(r % (uint32_t)(k + n));
    uint8_t good = cw[pos];
    cw[pos] ^= (uint8_t)(1 + (r >> 8) % 255);
    ok &= rs_syndromes(cw, k + n, n, s);
    ok &= rs_correct_one(cw, k + n, s) && cw[pos] == good;
    ok &= !rs_syndromes(cw, k + n, n, s);
    return ok;
}

#define ROUNDS 50

int main(void)
{
    static const uint8_t hello[16] = {32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17};
    static const uint8_t hello_ecc[10] = {196, 35, 39, 119, 235, 215, 231, 226, 93, 23};
    uint8_t g10[11], g32[33], g26[27], ecc[32];
    uint32_t seed = 0x5eed1234u, sum = 0;
    int ok = 1;
    gf_init();
    generator(10, g10);
    generator(32, g32);
    generator(26, g26);
    rs_encode(hello, 16, g10, 10, ecc);
    ok &= memcmp(ecc, hello_ecc, 10) == 0;
    printf("rs: QR 1-M \"HELLO WORLD\" ecc %s\n", ok ? "matches" : "MISMATCH");
    printf("rs: %d rounds of RS(255,223) x4, QR blocks (70+26) x4, one error corrected in each\n", ROUNDS);
    for (int r = 0; r < ROUNDS; r++)
        for (int b = 0; b < 4; b++) {
            ok &= check_block(&seed, 223, 32, g32, &sum);
            ok &= check_block(&seed, 70, 26, g26, &sum);
        }
    return suite_result("rs", sum, ok);
}
