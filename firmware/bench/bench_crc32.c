/* bench_crc32: table-driven CRC-32 (IEEE, reflected) and FNV-1a over a
 * 16 KiB pseudo-random buffer, many passes; prints both hashes and the
 * minstret delta. */
#include "bench_common.h"

#define LEN 16384
#define PASSES 600

static uint8_t buf[LEN];
static uint32_t table[256];

static void make_table(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}

__attribute__((noinline)) static uint32_t crc32(uint32_t crc, const uint8_t *p, uint32_t n)
{
    crc = ~crc;
    while (n--)
        crc = table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

__attribute__((noinline)) static uint32_t fnv1a(uint32_t h, const uint8_t *p, uint32_t n)
{
    while (n--)
        h = (h ^ *p++) * 16777619u;
    return h;
}

int main(void)
{
    uint32_t x = 0x9e3779b9u;
    for (int i = 0; i < LEN; i++) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;   /* xorshift32 */
        buf[i] = (uint8_t)x;
    }
    make_table();
    printf("bench_crc32: crc32 + fnv1a over %d bytes, %d passes\n", LEN, PASSES);
    /* sanity: CRC-32 of "123456789" is 0xcbf43926 */
    printf("bench_crc32: crc32(\"123456789\") = 0x%08x\n",
           (unsigned)crc32(0, (const uint8_t *)"123456789", 9));
    uint64_t i0 = rd_minstret();
    uint32_t crc = 0, h = 2166136261u;
    for (int p = 0; p < PASSES; p++) {
        crc = crc32(crc, buf, LEN);
        h = fnv1a(h, buf, LEN);
        buf[p % LEN] ^= (uint8_t)crc;        /* vary the data between passes */
    }
    uint64_t i1 = rd_minstret();
    printf("bench_crc32: crc32 0x%08x fnv1a 0x%08x\n", (unsigned)crc, (unsigned)h);
    bench_report("bench_crc32", crc ^ h, i0, i1);
    return 0;
}
