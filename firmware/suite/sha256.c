/*
 * suite sha256: the SHA-256 compression function over a message schedule, with streaming
 * update/final as in embedded TLS and secure-boot code.  Checks the two FIPS 180-2 example
 * digests, then hashes a 2 KiB buffer repeatedly, chaining each digest into the data, and an
 * HMAC-like nested hash.
 */
#include <string.h>
#include "suite.h"

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

typedef struct {
    uint32_t h[8];
    uint8_t buf[64];
    uint32_t used;
    uint64_t length;
} sha256_ctx;

static uint32_t ror(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

__attribute__((noinline)) static void sha256_block(uint32_t h[8], const uint8_t *p)
{
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = hh + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
        uint32_t t2 = (ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g; g = f; f = e; e = d + t1;
        d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

static void sha256_init(sha256_ctx *c)
{
    static const uint32_t iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    memcpy(c->h, iv, sizeof iv);
    c->used = 0;
    c->length = 0;
}

static void sha256_update(sha256_ctx *c, const uint8_t *p, uint32_t n)
{
    c->length += n;
    while (n) {
        if (c->used == 0 && n >= 64) {
            sha256_block(c->h, p);
            p += 64;
            n -= 64;
            continue;
        }
        uint32_t take = 64 - c->used < n ? 64 - c->used : n;
        memcpy(c->buf + c->used, p, take);
        c->used += take;
        p += take;
        n -= take;
        if (c->used == 64) {
            sha256_block(c->h, c->buf);
            c->used = 0;
        }
    }
}

static void sha256_final(sha256_ctx *c, uint8_t out[32])
{
    uint64_t bits = c->length * 8;
    uint8_t pad[72];
    uint32_t n = (c->used < 56 ? 56 : 120) - c->used;
    memset(pad, 0, sizeof pad);
    pad[0] = 0x80;
    for (int i = 0; i < 8; i++)
        pad[n + i] = (uint8_t)(bits >> (56 - 8 * i));
    sha256_update(c, pad, n + 8);
    for (int i = 0; i < 8; i++) {
        out[4 * i] = (uint8_t)(c->h[i] >> 24); out[4 * i + 1] = (uint8_t)(c->h[i] >> 16);
        out[4 * i + 2] = (uint8_t)(c->h[i] >> 8); out[4 * i + 3] = (uint8_t)c->h[i];
    }
}

static void sha256(const uint8_t *p, uint32_t n, uint8_t out[32])
{
    sha256_ctx c;
    sha256_init(&c);
    sha256_update(&c, p, n);
    sha256_final(&c, out);
}

static int digest_is(const uint8_t d[32], const uint32_t want[8])
{
    for (int i = 0; i < 8; i++)
        if (((uint32_t)d[4 * i] << 24 | (uint32_t)d[4 * i + 1] << 16 | (uint32_t)d[4 * i + 2] << 8 | d[4 * i + 3]) != want[i])
            return 0;
    return 1;
}

#define LEN 2048
#define ROUNDS 900
static uint8_t data[LEN];

int main(void)
{
    static const uint32_t abc[8] = {0xba7816bf, 0x8f01cfea, 0x414140de, 0x5dae2223,
                                    0xb00361a3, 0x96177a9c, 0xb410ff61, 0xf20015ad};
    static const uint32_t two[8] = {0x248d6a61, 0xd20638b8, 0xe5c02693, 0x0c3e6039,
                                    0xa33ce459, 0x64ff2167, 0xf6ecedd4, 0x19db06c1};
    const char *m2 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    uint8_t d[32], inner[32];
    int ok = 1;
    sha256((const uint8_t *)"abc", 3, d);
    ok &= digest_is(d, abc);
    sha256((const uint8_t *)m2, (uint32_t)strlen(m2), d);
    ok &= digest_is(d, two);
    printf("sha256: FIPS 180-2 examples %s\n", ok ? "match" : "MISMATCH");

    uint32_t seed = 0xdeadbeefu, sum = 0;
    for (int i = 0; i < LEN; i++)
        data[i] = (uint8_t)suite_rand(&seed);
    printf("sha256: %d rounds over %d bytes (odd-sized updates) + nested hash\n", ROUNDS, LEN);
    for (int r = 0; r < ROUNDS; r++) {
        sha256_ctx c;
        sha256_init(&c);
        /* updates of odd sizes exercise the buffering path */
        uint32_t off = 0, step = 1 + (uint32_t)r % 97;
        while (off < LEN) {
            uint32_t n = LEN - off < step ? LEN - off : step;
            sha256_update(&c, data + off, n);
            off += n;
            step = step * 3 % 211 + 1;
        }
        sha256_final(&c, inner);
        /* outer hash of key || inner digest, like an HMAC */
        uint8_t outer_in[64 + 32];
        for (int i = 0; i < 64; i++)
            outer_in[i] = (uint8_t)(0x5c ^ i ^ r);
        memcpy(outer_in + 64, inner, 32);
        sha256(outer_in, sizeof outer_in, d);
        memcpy(data + (r * 32) % LEN, d, 32);
        for (int i = 0; i < 32; i += 4)
            sum = suite_mix(sum, (uint32_t)d[i] | (uint32_t)d[i + 1] << 8 | (uint32_t)d[i + 2] << 16 | (uint32_t)d[i + 3] << 24);
    }
    printf("sha256: last digest %02x%02x%02x%02x...\n", d[0], d[1], d[2], d[3]);
    return suite_result("sha256", sum, ok);
}
