/*
 * suite aes: AES-128 with 32-bit T-tables (encryption Te0..Te3, decryption Td0..Td3, the
 * "equivalent inverse cipher"), the shape of table-driven crypto in third-party TLS and
 * bootloader code: every round is sixteen loads from 1 KiB global tables.  The tables and
 * S-boxes are computed at start from GF(2^8) arithmetic.  Checks the FIPS-197 example vector,
 * then encrypts a 4 KiB buffer in CBC mode many times and decrypts it back.
 */
#include <string.h>
#include "suite.h"

uint8_t aes_sbox[256], aes_inv_sbox[256];
uint32_t Te0[256], Te1[256], Te2[256], Te3[256];
uint32_t Td0[256], Td1[256], Td2[256], Td3[256];

static uint8_t xtime(uint8_t x) { return (uint8_t)((x << 1) ^ ((x >> 7) * 0x1b)); }

static uint8_t gmul(uint8_t a, uint8_t b)
{
    uint8_t p = 0;
    while (b) {
        if (b & 1)
            p ^= a;
        a = xtime(a);
        b >>= 1;
    }
    return p;
}

static uint32_t ror8(uint32_t w) { return (w >> 8) | (w << 24); }

static void make_tables(void)
{
    uint8_t exp[256], log[256];
    uint8_t x = 1;
    for (int i = 0; i < 255; i++) {   /* powers of the generator 3 */
        exp[i] = x;
        log[x] = (uint8_t)i;
        x ^= xtime(x);
    }
    for (int i = 0; i < 256; i++) {
        uint8_t inv = i ? exp[(255 - log[i]) % 255] : 0;
        uint8_t s = inv;
        for (int k = 1; k < 5; k++)
            s ^= (uint8_t)((inv << k) | (inv >> (8 - k)));
        s ^= 0x63;
        aes_sbox[i] = s;
        aes_inv_sbox[s] = (uint8_t)i;
    }
    for (int i = 0; i < 256; i++) {
        uint8_t s = aes_sbox[i], t = aes_inv_sbox[i];
        uint32_t e = (uint32_t)gmul(s, 2) << 24 | (uint32_t)s << 16 | (uint32_t)s << 8 | gmul(s, 3);
        uint32_t d = (uint32_t)gmul(t, 14) << 24 | (uint32_t)gmul(t, 9) << 16 |
                     (uint32_t)gmul(t, 13) << 8 | gmul(t, 11);
        Te0[i] = e; Te1[i] = ror8(e); Te2[i] = ror8(ror8(e)); Te3[i] = ror8(ror8(ror8(e)));
        Td0[i] = d; Td1[i] = ror8(d); Td2[i] = ror8(ror8(d)); Td3[i] = ror8(ror8(ror8(d)));
    }
}

typedef struct { uint32_t ek[44], dk[44]; } aes_key;

static uint32_t load_be(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void store_be(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24); p[1] = (uint8_t)(v >> 16); p[2] = (uint8_t)(v >> 8); p[3] = (uint8_t)v;
}

static uint32_t sub_word(uint32_t w)
{
    return (uint32_t)aes_sbox[w >> 24] << 24 | (uint32_t)aes_sbox[(w >> 16) & 0xff] << 16 |
           (uint32_t)aes_sbox[(w >> 8) & 0xff] << 8 | aes_sbox[w & 0xff];
}

static void key_setup(aes_key *k, const uint8_t key[16])
{
    uint8_t rcon = 1;
    for (int i = 0; i < 4; i++)
        k->ek[i] = load_be(key + 4 * i);
    for (int i = 4; i < 44; i++) {
        uint32_t t = k->ek[i - 1];
        if (i % 4 == 0) {
            t = sub_word((t << 8) | (t >> 24)) ^ (uint32_t)rcon << 24;
            rcon = xtime(rcon);
        }
        k->ek[i] = k->ek[i - 4] ^ t;
    }
    /* decryption keys: reversed rounds, InvMixColumns applied to the inner ones */
    for (int r = 0; r <= 10; r++)
        for (int j = 0; j < 4; j++) {
            uint32_t w = k->ek[4 * (10 - r) + j];
            if (r > 0 && r < 10)
                w = Td0[aes_sbox[w >> 24]] ^ Td1[aes_sbox[(w >> 16) & 0xff]] ^
                    Td2[aes_sbox[(w >> 8) & 0xff]] ^ Td3[aes_sbox[w & 0xff]];
            k->dk[4 * r + j] = w;
        }
}

/* Ten rounds over the state words s0..s3.  Round word i takes its four bytes from words i,
 * i+d, i+2d, i+3d (mod 4): d = 1 is ShiftRows (encryption), d = 3 its inverse.  Inlined with a
 * constant d, PICK folds to plain register variables, as in hand-written T-table code. */
#define PICK(j) ((j) % 4 == 0 ? s0 : (j) % 4 == 1 ? s1 : (j) % 4 == 2 ? s2 : s3)
#define TWORD(i) (T0[PICK(i) >> 24] ^ T1[(PICK((i) + d) >> 16) & 0xff] ^ \
                  T2[(PICK((i) + 2 * d) >> 8) & 0xff] ^ T3[PICK((i) + 3 * d) & 0xff])
#define SWORD(i) ((uint32_t)S[PICK(i) >> 24] << 24 | (uint32_t)S[(PICK((i) + d) >> 16) & 0xff] << 16 | \
                  (uint32_t)S[(PICK((i) + 2 * d) >> 8) & 0xff] << 8 | S[PICK((i) + 3 * d) & 0xff])

static inline __attribute__((always_inline)) void aes_block(
    const uint32_t *T0, const uint32_t *T1, const uint32_t *T2, const uint32_t *T3, const uint8_t *S,
    const uint32_t *rk, int d, const uint8_t in[16], uint8_t out[16])
{
    uint32_t s0 = load_be(in) ^ rk[0], s1 = load_be(in + 4) ^ rk[1];
    uint32_t s2 = load_be(in + 8) ^ rk[2], s3 = load_be(in + 12) ^ rk[3];
    for (int r = 1; r < 10; r++) {
        rk += 4;
        uint32_t t0 = TWORD(0) ^ rk[0], t1 = TWORD(1) ^ rk[1], t2 = TWORD(2) ^ rk[2], t3 = TWORD(3) ^ rk[3];
        s0 = t0; s1 = t1; s2 = t2; s3 = t3;
    }
    rk += 4;
    store_be(out, SWORD(0) ^ rk[0]);
    store_be(out + 4, SWORD(1) ^ rk[1]);
    store_be(out + 8, SWORD(2) ^ rk[2]);
    store_be(out + 12, SWORD(3) ^ rk[3]);
}

__attribute__((noinline)) void aes_encrypt(const aes_key *k, const uint8_t in[16], uint8_t out[16])
{
    aes_block(Te0, Te1, Te2, Te3, aes_sbox, k->ek, 1, in, out);
}

__attribute__((noinline)) void aes_decrypt(const aes_key *k, const uint8_t in[16], uint8_t out[16])
{
    aes_block(Td0, Td1, Td2, Td3, aes_inv_sbox, k->dk, 3, in, out);
}

#define LEN 4096
#define PASSES 220
static uint8_t plain[LEN], cipher[LEN], back[LEN];

static void cbc_encrypt(const aes_key *k, uint8_t iv[16], const uint8_t *in, uint8_t *out, int n)
{
    uint8_t x[16];
    for (int off = 0; off < n; off += 16) {
        for (int i = 0; i < 16; i++)
            x[i] = in[off + i] ^ iv[i];
        aes_encrypt(k, x, out + off);
        memcpy(iv, out + off, 16);
    }
}

static void cbc_decrypt(const aes_key *k, uint8_t iv[16], const uint8_t *in, uint8_t *out, int n)
{
    for (int off = 0; off < n; off += 16) {
        aes_decrypt(k, in + off, out + off);
        for (int i = 0; i < 16; i++)
            out[off + i] ^= iv[i];
        memcpy(iv, in + off, 16);
    }
}

int main(void)
{
    static const uint8_t fips_ct[16] = {0x69, 0xc4, 0xe0, 0xd8, 0x6a, 0x7b, 0x04, 0x30,
                                        0xd8, 0xcd, 0xb7, 0x80, 0x70, 0xb4, 0xc5, 0x5a};
    uint8_t key[16], pt[16], ct[16], dt[16];
    aes_key k;
    int ok = 1;
    make_tables();
    for (int i = 0; i < 16; i++) {
        key[i] = (uint8_t)i;
        pt[i] = (uint8_t)(i * 0x11);
    }
    key_setup(&k, key);
    aes_encrypt(&k, pt, ct);
    aes_decrypt(&k, ct, dt);
    ok &= memcmp(ct, fips_ct, 16) == 0 && memcmp(dt, pt, 16) == 0;
    printf("aes: FIPS-197 C.1 %s, sbox[0x53] = 0x%02x\n", ok ? "matches" : "MISMATCH", aes_sbox[0x53]);

    uint32_t seed = 0x1234567u, sum = 0;
    for (int i = 0; i < LEN; i++)
        plain[i] = (uint8_t)suite_rand(&seed);
    printf("aes: CBC over %d bytes, %d passes, encrypt + decrypt\n", LEN, PASSES);
    for (int p = 0; p < PASSES; p++) {
        uint8_t iv_e[16], iv_d[16];
        for (int i = 0; i < 16; i++)
            iv_e[i] = iv_d[i] = (uint8_t)(p + i);
        cbc_encrypt(&k, iv_e, plain, cipher, LEN);
        cbc_decrypt(&k, iv_d, cipher, back, LEN);
        ok &= memcmp(back, plain, LEN) == 0;
        for (int i = 0; i < LEN; i += 4)
            sum = suite_mix(sum, load_be(cipher + i));
        /* next pass: new key from the last block, plaintext perturbed by the ciphertext */
        key_setup(&k, cipher + LEN - 16);
        plain[p % LEN] ^= cipher[(p * 7) % LEN];
    }
    return suite_result("aes", sum, ok);
}
