/*
 * suite huffman: Huffman coding as in image and archive decoders.  For each text: count
 * symbol frequencies, build the tree with a binary min-heap, derive code lengths, assign
 * canonical codes, encode to a bit stream, then decode it twice (a bit-by-bit canonical
 * decoder with per-length counts, and a walk of a decoding trie built from the codes) and
 * compare both with the text.
 */
#include <string.h>
#include "suite.h"

#define LEN 12288
#define MAXBITS 24

static uint8_t text[LEN], decoded[LEN];
static uint8_t bits[LEN * 3];
static uint32_t freq[256];
static uint8_t code_len[256];
static uint32_t code[256];

/* tree: leaves 0..255, internal nodes 256.. */
static uint32_t node_weight[512];
static int16_t node_left[512], node_right[512];
static int heap[512], heap_n;

static int heap_less(int a, int b)
{
    return node_weight[a] != node_weight[b] ? node_weight[a] < node_weight[b] : a < b;
}

static void heap_push(int n)
{
    int i = heap_n++;
    heap[i] = n;
    while (i > 0 && heap_less(heap[i], heap[(i - 1) / 2])) {
        int p = (i - 1) / 2, t = heap[p];
        heap[p] = heap[i];
        heap[i] = t;
        i = p;
    }
}

static int heap_pop(void)
{
    int top = heap[0];
    heap[0] = heap[--heap_n];
    int i = 0;
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < heap_n && heap_less(heap[l], heap[m]))
            m = l;
        if (r < heap_n && heap_less(heap[r], heap[m]))
            m = r;
        if (m == i)
            break;
        int t = heap[m];
        heap[m] = heap[i];
        heap[i] = t;
        i = m;
    }
    return top;
}

static void assign_lengths(int n, int depth)
{
    if (n < 256) {
        code_len[n] = (uint8_t)(depth ? depth : 1);
        return;
    }
    assign_lengths(node_left[n], depth + 1);
    assign_lengths(node_right[n], depth + 1);
}

static int build_code(void)
{
    int next = 256;
    heap_n = 0;
    memset(code_len, 0, sizeof code_len);
    for (int s = 0; s < 256; s++) {
        node_weight[s] = freq[s];
        if (freq[s])
            heap_push(s);
    }
    while (heap_n > 1) {
        int a = heap_pop(), b = heap_pop();
        node_weight[next] = node_weight[a] + node_weight[b];
        node_left[next] = (int16_t)a;
        node_right[next] = (int16_t)b;
        heap_push(next++);
    }
    assign_lengths(heap_pop(), 0);
    /* canonical codes: by length, then symbol */
    uint32_t c = 0;
    int maxlen = 0;
    for (int len = 1; len <= MAXBITS; len++) {
        for (int s = 0; s < 256; s++)
            if (code_len[s] == len)
                code[s] = c++;
        c <<= 1;
        for (int s = 0; s < 256; s++)
            if (code_len[s] == len)
                maxlen = len;
    }
    return maxlen;
}

static uint32_t encode(void)
{
    uint32_t pos = 0;
    memset(bits, 0, sizeof bits);
    for (int i = 0; i < LEN; i++) {
        uint32_t c = code[text[i]];
        for (int b = code_len[text[i]] - 1; b >= 0; b--, pos++)
            if ((c >> b) & 1)
                bits[pos >> 3] |= (uint8_t)(0x80 >> (pos & 7));
    }
    return pos;
}

static int get_bit(uint32_t *pos)
{
    int b = (bits[*pos >> 3] >> (7 - (*pos & 7))) & 1;
    (*pos)++;
    return b;
}

/* canonical decode: codes of length len start at first[len] and there are count[len] */
static void decode_canonical(void)
{
    uint16_t count[MAXBITS + 1] = {0};
    uint8_t sorted[256];
    int n = 0;
    for (int len = 1; len <= MAXBITS; len++)
        for (int s = 0; s < 256; s++)
            if (code_len[s] == len) {
                count[len]++;
                sorted[n++] = (uint8_t)s;
            }
    uint32_t pos = 0;
    for (int i = 0; i < LEN; i++) {
        int c = 0, first = 0, index = 0;
        for (int len = 1; len <= MAXBITS; len++) {
            c |= get_bit(&pos);
            if (c - first < count[len]) {
                decoded[i] = sorted[index + c - first];
                break;
            }
            index += count[len];
            first = (first + count[len]) << 1;
            c <<= 1;
        }
    }
}

/* decoding trie: child[node][bit]; a negative entry is -(symbol + 1) */
static int16_t trie[512][2];

static void decode_trie(void)
{
    int nodes = 1;
    memset(trie, 0, sizeof trie);
    for (int s = 0; s < 256; s++) {
        if (!code_len[s])
            continue;
        int n = 0;
        for (int b = code_len[s] - 1; b > 0; b--) {
            int bit = (code[s] >> b) & 1;
            if (!trie[n][bit])
                trie[n][bit] = (int16_t)nodes++;
            n = trie[n][bit];
        }
        trie[n][code[s] & 1] = (int16_t)(-(s + 1));
    }
    uint32_t pos = 0;
    for (int i = 0; i < LEN; i++) {
        int n = 0;
        for (;;) {
            int next = trie[n][get_bit(&pos)];
            if (next < 0) {
                decoded[i] = (uint8_t)(-next - 1);
                break;
            }
            n = next;
        }
    }
}

static const char *const words[] = {
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "with", "was",
    "on", "be", "by", "this", "are", "from", "which", "firmware", "interrupt", "register",
    "quantized", "tensor", "0x7f", "Huffman", "(", ")", ";\n",
};

static void make_text(uint32_t *seed)
{
    int n = 0;
    int nwords = (int)(sizeof words / sizeof words[0]);
    while (n < LEN) {
        uint32_t r = suite_rand(seed);
        int w = (int)((r & 0xffff) % (uint32_t)nwords);
        w = (int)((r >> 16) % (uint32_t)(w + 1));      /* skewed towards the first words */
        for (const char *p = words[w]; *p && n < LEN; p++)
            text[n++] = (uint8_t)*p;
        if (n < LEN)
            text[n++] = (r & 0x300) ? ' ' : (uint8_t)('A' + (r >> 27));
    }
}

#define ROUNDS 40

int main(void)
{
    uint32_t seed = 0x3c6ef372u, sum = 0, total_bits = 0;
    int ok = 1, longest = 0;
    printf("huffman: %d texts of %d bytes: build, encode, decode twice\n", ROUNDS, LEN);
    for (int r = 0; r < ROUNDS; r++) {
        make_text(&seed);
        memset(freq, 0, sizeof freq);
        for (int i = 0; i < LEN; i++)
            freq[text[i]]++;
        int maxlen = build_code();
        if (maxlen > longest)
            longest = maxlen;
        ok &= maxlen <= MAXBITS;
        uint32_t nbits = encode();
        total_bits += nbits;
        decode_canonical();
        ok &= memcmp(decoded, text, LEN) == 0;
        memset(decoded, 0, LEN);
        decode_trie();
        ok &= memcmp(decoded, text, LEN) == 0;
        sum = suite_mix(sum, nbits);
        for (uint32_t i = 0; i < (nbits + 7) / 8; i++)
            sum = suite_mix(sum, bits[i]);
    }
    printf("huffman: %lu bits total (%lu%% of the input), longest code %d bits\n",
           (unsigned long)total_bits, (unsigned long)(total_bits * 100u / (8u * LEN * ROUNDS)), longest);
    return suite_result("huffman", sum, ok);
}
