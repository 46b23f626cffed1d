/*
 * suite lz77: an LZSS compressor of the kind found in firmware updaters and log packers:
 * 4 KiB window, hash chains over 3-byte prefixes (head/prev arrays, bounded chain walk),
 * greedy matching with one step of lazy evaluation, flag bytes for 8 literal-or-match items,
 * 12-bit offsets and 4-bit lengths.  Then base64 encoding of the compressed stream as for a
 * text transport, and the way back: base64 decode, decompress, compare with the input.
 */
#include <string.h>
#include "suite.h"

#define WINDOW 4096
#define MIN_MATCH 3
#define MAX_MATCH 18
#define HASH_BITS 12
#define MAX_CHAIN 24

#define LEN 24576
static uint8_t input[LEN], packed[LEN + LEN / 8 + 16], unpacked[LEN];
static char b64[(LEN + LEN / 8 + 16) * 4 / 3 + 8];
static uint8_t b64_back[LEN + LEN / 8 + 16];
static int32_t head[1 << HASH_BITS];   /* last position with this hash, or -1 */
static int32_t prev[LEN];               /* previous position with the same hash as this one */
static int32_t inserted;                /* positions below this are in the chains */

static uint32_t hash3(const uint8_t *p)
{
    return ((uint32_t)p[0] << 16 ^ (uint32_t)p[1] << 8 ^ p[2]) * 2654435761u >> (32 - HASH_BITS);
}

static void insert_upto(int32_t limit, int32_t n)
{
    for (; inserted < limit && inserted + 2 < n; inserted++) {
        uint32_t h = hash3(input + inserted);
        prev[inserted] = head[h];
        head[h] = inserted;
    }
}

static int find_match(int32_t pos, int32_t n, int32_t *offset)
{
    int best = 0, chain = MAX_CHAIN;
    int32_t limit = n - pos < MAX_MATCH ? n - pos : MAX_MATCH;
    if (limit < MIN_MATCH)
        return 0;
    insert_upto(pos + 1, n);
    int32_t cand = prev[pos];
    while (cand >= 0 && pos - cand < WINDOW && chain--) {
        if (input[cand + best] == input[pos + best] && input[cand] == input[pos]) {
            int len = 0;
            while (len < limit && input[cand + len] == input[pos + len])
                len++;
            if (len > best) {
                best = len;
                *offset = pos - cand;
                if (len == limit)
                    break;
            }
        }
        cand = prev[cand];
    }
    return best >= MIN_MATCH ? best : 0;
}

static int32_t compress(int32_t n)
{
    int32_t out = 0, flag_at = 0, items = 8, pos = 0;
    for (int i = 0; i < (1 << HASH_BITS); i++)
        head[i] = -1;
    inserted = 0;
    while (pos < n) {
        if (items == 8) {
            flag_at = out++;
            packed[flag_at] = 0;
            items = 0;
        }
        int32_t off = 0, off2 = 0;
        int len = find_match(pos, n, &off);
        if (len && len < MAX_MATCH && find_match(pos + 1, n, &off2) > len)
            len = 0;                          /* lazy: a longer match starts at the next byte */
        if (len) {
            packed[flag_at] |= (uint8_t)(1u << items);
            packed[out++] = (uint8_t)(off & 0xff);
            packed[out++] = (uint8_t)((off >> 8) << 4 | (uint32_t)(len - MIN_MATCH));
            pos += len;
        } else {
            packed[out++] = input[pos++];
        }
        items++;
    }
    return out;
}

static int32_t decompress(const uint8_t *src, int32_t n, uint8_t *dst)
{
    int32_t in = 0, out = 0;
    while (in < n) {
        uint8_t flags = src[in++];
        for (int i = 0; i < 8 && in < n; i++) {
            if (flags & (1u << i)) {
                int32_t off = src[in] | (src[in + 1] >> 4) << 8;
                int len = (src[in + 1] & 15) + MIN_MATCH;
                in += 2;
                for (int k = 0; k < len; k++, out++)
                    dst[out] = dst[out - off];
            } else {
                dst[out++] = src[in++];
            }
        }
    }
    return out;
}

static const char b64chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int32_t base64_encode(const uint8_t *src, int32_t n, char *dst)
{
    int32_t o = 0;
    for (int32_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)src[i] << 16 | (i + 1 < n ? (uint32_t)src[i + 1] << 8 : 0) | (i + 2 < n ? src[i + 2] : 0);
        dst[o++] = b64chars[v >> 18];
        dst[o++] = b64chars[(v >> 12) & 63];
        dst[o++] = i + 1 < n ? b64chars[(v >> 6) & 63] : '=';
        dst[o++] = i + 2 < n ? b64chars[v & 63] : '=';
    }
    dst[o] = 0;
    return o;
}

static int b64value(char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    return c == '+' ? 62 : c == '/' ? 63 : -1;
}

static int32_t base64_decode(const char *src, int32_t n, uint8_t *dst)
{
    int32_t o = 0;
    for (int32_t i = 0; i + 3 < n; i += 4) {
        uint32_t v = 0;
        int pad = 0;
        for (int k = 0; k < 4; k++) {
            int x = b64value(src[i + k]);
            if (x < 0) { pad++; x = 0; }
            v = v << 6 | (uint32_t)x;
        }
        dst[o++] = (uint8_t)(v >> 16);
        if (pad < 2) dst[o++] = (uint8_t)(v >> 8);
        if (pad < 1) dst[o++] = (uint8_t)v;
    }
    return o;
}

static void make_input(uint32_t *seed, int variant)
{
    static const char *const vocab[] = {"sensor", "reading", "ok", "temperature", "=", "23.5C",
                                         "humidity", "41%", "uptime", "s", "\n", "[info]",
                                         "[warn]", "battery", "3.71V", "link", "up", "down"};
    int32_t n = 0;
    while (n < LEN) {
        uint32_t r = suite_rand(seed);
        if ((r & 15) < (uint32_t)(2 + variant % 3)) {   /* noise: a few random bytes */
            for (int k = 0; k < 1 + (int)(r >> 28) && n < LEN; k++)
                input[n++] = (uint8_t)suite_rand(seed);
            continue;
        }
        const char *w = vocab[(r >> 8) % (sizeof vocab / sizeof vocab[0])];
        while (*w && n < LEN)
            input[n++] = (uint8_t)*w++;
        if (n < LEN)
            input[n++] = ' ';
    }
}

#define ROUNDS 35

int main(void)
{
    uint32_t seed = 0x1a2b3c4du, sum = 0, in_total = 0, out_total = 0;
    int ok = 1;
    printf("lz77: %d rounds: LZSS compress %d bytes, base64, decode, decompress\n", ROUNDS, LEN);
    for (int r = 0; r < ROUNDS; r++) {
        make_input(&seed, r);
        int32_t plen = compress(LEN);
        int32_t blen = base64_encode(packed, plen, b64);
        int32_t back = base64_decode(b64, blen, b64_back);
        ok &= back == plen && memcmp(b64_back, packed, (size_t)plen) == 0;
        memset(unpacked, 0, LEN);
        ok &= decompress(b64_back, back, unpacked) == LEN && memcmp(unpacked, input, LEN) == 0;
        in_total += LEN;
        out_total += (uint32_t)plen;
        sum = suite_mix(sum, (uint32_t)plen);
        for (int32_t i = 0; i < blen; i += 4)
            sum = suite_mix(sum, (uint32_t)(uint8_t)b64[i] | (uint32_t)(uint8_t)b64[i + 1] << 8 |
                                     (uint32_t)(uint8_t)b64[i + 2] << 16 | (uint32_t)(uint8_t)b64[i + 3] << 24);
    }
    printf("lz77: %lu -> %lu bytes (%lu%%)\n", (unsigned long)in_total, (unsigned long)out_total,
           (unsigned long)(out_total * 100u / in_total));
    return suite_result("lz77", sum, ok);
}
