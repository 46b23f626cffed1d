/*
 * suite crc: checksums as communication stacks and bootloaders compute them: CRC-32 (IEEE,
 * reflected) bit by bit, byte-wise table and slice-by-4; CRC-32C; CRC-16/CCITT-FALSE
 * (non-reflected) bit by bit and by table; CRC-8 (poly 0x07); Adler-32.  Checks the
 * "123456789" check values and that every variant of one CRC agrees on random frames.
 */
#include <string.h>
#include "suite.h"

static uint32_t crc32_tab[4][256], crc32c_tab[256];
static uint16_t crc16_tab[256];
static uint8_t crc8_tab[256];

static uint32_t reflected_entry(uint32_t poly, uint32_t i)
{
    for (int k = 0; k < 8; k++)
        i = (i & 1) ? (i >> 1) ^ poly : i >> 1;
    return i;
}

static void make_tables(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        crc32_tab[0][i] = reflected_entry(0xedb88320u, i);
        crc32c_tab[i] = reflected_entry(0x82f63b78u, i);
        uint16_t c = (uint16_t)(i << 8);
        for (int k = 0; k < 8; k++)
            c = (uint16_t)((c & 0x8000) ? (c << 1) ^ 0x1021 : c << 1);
        crc16_tab[i] = c;
        uint8_t d = (uint8_t)i;
        for (int k = 0; k < 8; k++)
            d = (uint8_t)((d & 0x80) ? (d << 1) ^ 0x07 : d << 1);
        crc8_tab[i] = d;
    }
    for (uint32_t i = 0; i < 256; i++)
        for (int t = 1; t < 4; t++)
            crc32_tab[t][i] = (crc32_tab[t - 1][i] >> 8) ^ crc32_tab[0][crc32_tab[t - 1][i] & 0xff];
}

__attribute__((noinline)) uint32_t crc32_bitwise(uint32_t crc, const uint8_t *p, uint32_t n)
{
    crc = ~crc;
    while (n--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1)));
    }
    return ~crc;
}

__attribute__((noinline)) uint32_t crc32_table(uint32_t crc, const uint8_t *p, uint32_t n)
{
    crc = ~crc;
    while (n--)
        crc = crc32_tab[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

__attribute__((noinline)) uint32_t crc32_slice4(uint32_t crc, const uint8_t *p, uint32_t n)
{
    crc = ~crc;
    while (n && ((uintptr_t)p & 3)) {
        crc = crc32_tab[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
        n--;
    }
    while (n >= 4) {
        crc ^= *(const uint32_t *)(const void *)p;   /* little-endian word */
        crc = crc32_tab[3][crc & 0xff] ^ crc32_tab[2][(crc >> 8) & 0xff] ^
              crc32_tab[1][(crc >> 16) & 0xff] ^ crc32_tab[0][crc >> 24];
        p += 4;
        n -= 4;
    }
    while (n--)
        crc = crc32_tab[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

__attribute__((noinline)) uint32_t crc32c_table(uint32_t crc, const uint8_t *p, uint32_t n)
{
    crc = ~crc;
    while (n--)
        crc = crc32c_tab[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

__attribute__((noinline)) uint16_t crc16_bitwise(uint16_t crc, const uint8_t *p, uint32_t n)
{
    while (n--) {
        crc ^= (uint16_t)(*p++ << 8);
        for (int k = 0; k < 8; k++)
            crc = (uint16_t)((crc & 0x8000) ? (crc << 1) ^ 0x1021 : crc << 1);
    }
    return crc;
}

__attribute__((noinline)) uint16_t crc16_table(uint16_t crc, const uint8_t *p, uint32_t n)
{
    while (n--)
        crc = (uint16_t)((crc << 8) ^ crc16_tab[((crc >> 8) ^ *p++) & 0xff]);
    return crc;
}

__attribute__((noinline)) uint8_t crc8_table(uint8_t crc, const uint8_t *p, uint32_t n)
{
    while (n--)
        crc = crc8_tab[crc ^ *p++];
    return crc;
}

__attribute__((noinline)) uint32_t adler32(uint32_t adler, const uint8_t *p, uint32_t n)
{
    uint32_t a = adler & 0xffff, b = adler >> 16;
    while (n) {
        uint32_t chunk = n < 3800 ? n : 3800;   /* no overflow before the modulo */
        n -= chunk;
        while (chunk--) {
            a += *p++;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    return b << 16 | a;
}

#define LEN 8192
#define ROUNDS 100
static uint8_t frame[LEN + 3];

int main(void)
{
    const uint8_t *check = (const uint8_t *)"123456789";
    int ok = 1;
    make_tables();
    ok &= crc32_bitwise(0, check, 9) == 0xcbf43926u && crc32_table(0, check, 9) == 0xcbf43926u &&
          crc32_slice4(0, check, 9) == 0xcbf43926u;
    ok &= crc32c_table(0, check, 9) == 0xe3069283u;
    ok &= crc16_bitwise(0xffff, check, 9) == 0x29b1 && crc16_table(0xffff, check, 9) == 0x29b1;
    ok &= crc8_table(0, check, 9) == 0xf4;
    ok &= adler32(1, check, 9) == 0x091e01deu;
    printf("crc: check values %s\n", ok ? "match" : "MISMATCH");

    uint32_t seed = 0xc0ffee11u, sum = 0;
    for (int i = 0; i < LEN + 3; i++)
        frame[i] = (uint8_t)suite_rand(&seed);
    printf("crc: %d rounds over %d-byte frames at offsets 0..3\n", ROUNDS, LEN);
    for (int r = 0; r < ROUNDS; r++) {
        const uint8_t *p = frame + (r & 3);     /* unaligned starts for slice-by-4 */
        uint32_t a = crc32_bitwise(r, p, LEN), b = crc32_table(r, p, LEN), c = crc32_slice4(r, p, LEN);
        uint16_t d = crc16_bitwise((uint16_t)r, p, LEN), e = crc16_table((uint16_t)r, p, LEN);
        ok &= a == b && b == c && d == e;
        uint32_t f = crc32c_table(a, p, LEN);
        uint8_t g = crc8_table((uint8_t)r, p, LEN);
        uint32_t h = adler32(1, p, LEN);
        sum = suite_mix(suite_mix(suite_mix(suite_mix(sum, a), d), f), (uint32_t)g << 24 ^ h);
        frame[(r * 131) % LEN] ^= (uint8_t)a;
    }
    return suite_result("crc", sum, ok);
}
