/* bitmanip: Zba, Zbb and Zbs (bitmanip_zb, built with -march=rv32imac_zba_zbb_zbs).
 * Every instruction on values worked out from the spec, then on random operands (a hash per
 * instruction, compared with QEMU's), then what GCC makes of bit-twiddling C when it may use
 * them (cpop, clz, ctz, rev8, rotations, min/max, andn, sh*add addressing). */
#include "check.h"

#define OP_R1(insn, a) ({ uint32_t r_; __asm__ volatile(insn " %0, %1" : "=r"(r_) : "r"((uint32_t)(a))); r_; })

static void known_values(void)
{
    /* Zba */
    CHECK(OP_RR("sh1add", 0x40000001, 5), 0x80000007);
    CHECK(OP_RR("sh2add", 0x40000001, 5), 0x00000009);
    CHECK(OP_RR("sh3add", 0xffffffff, 16), 8);
    group_ok("zba");
    /* Zbb */
    CHECK(OP_RR("andn", 0xff00ff00, 0x0ff00ff0), 0xf000f000);
    CHECK(OP_RR("orn", 0x0000000f, 0xffff0000), 0x0000ffff);
    CHECK(OP_RR("xnor", 0xaaaaaaaa, 0x0f0f0f0f), 0x5a5a5a5a);
    CHECK(OP_R1("clz", 0), 32);
    CHECK(OP_R1("clz", 1), 31);
    CHECK(OP_R1("clz", 0x80000000), 0);
    CHECK(OP_R1("clz", 0x00012345), 15);
    CHECK(OP_R1("ctz", 0), 32);
    CHECK(OP_R1("ctz", 0x80000000), 31);
    CHECK(OP_R1("ctz", 0x00012340), 6);
    CHECK(OP_R1("cpop", 0), 0);
    CHECK(OP_R1("cpop", 0xffffffff), 32);
    CHECK(OP_R1("cpop", 0x12345678), 13);
    CHECK(OP_RR("max", 0xffffffff, 1), 1);
    CHECK(OP_RR("maxu", 0xffffffff, 1), 0xffffffff);
    CHECK(OP_RR("min", 0x80000000, 0x7fffffff), 0x80000000);
    CHECK(OP_RR("minu", 0x80000000, 0x7fffffff), 0x7fffffff);
    CHECK(OP_R1("sext.b", 0x12345680), 0xffffff80);
    CHECK(OP_R1("sext.b", 0x1234567f), 0x7f);
    CHECK(OP_R1("sext.h", 0x12348000), 0xffff8000);
    CHECK(OP_R1("zext.h", 0xffff8001), 0x8001);
    CHECK(OP_RR("rol", 0x80000001, 1), 0x00000003);
    CHECK(OP_RR("rol", 0x12345678, 36), 0x23456781);   /* only the low 5 bits count */
    CHECK(OP_RR("ror", 0x80000001, 1), 0xc0000000);
    CHECK(OP_RR("ror", 0x12345678, 0), 0x12345678);
    CHECK(OP_RI("rori", 0x12345678, 8), 0x78123456);
    CHECK(OP_RI("rori", 0x12345678, 31), 0x2468acf0);
    CHECK(OP_R1("orc.b", 0x00100a00), 0x00ffff00);
    CHECK(OP_R1("orc.b", 0x80000001), 0xff0000ff);
    CHECK(OP_R1("rev8", 0x12345678), 0x78563412);
    group_ok("zbb");
    /* Zbs */
    CHECK(OP_RR("bclr", 0xffffffff, 31), 0x7fffffff);
    CHECK(OP_RR("bclr", 0xffffffff, 33), 0xfffffffd);
    CHECK(OP_RI("bclri", 0x000000ff, 3), 0x000000f7);
    CHECK(OP_RR("bext", 0x80000000, 31), 1);
    CHECK(OP_RR("bext", 0x80000000, 30), 0);
    CHECK(OP_RI("bexti", 0x00000010, 4), 1);
    CHECK(OP_RR("binv", 0, 63), 0x80000000);
    CHECK(OP_RI("binvi", 0xffffffff, 0), 0xfffffffe);
    CHECK(OP_RR("bset", 0, 5), 0x20);
    CHECK(OP_RI("bseti", 0x1, 31), 0x80000001);
    group_ok("zbs");
}

static uint32_t rs = 0x2545f491;
static uint32_t rnd(void) { rs ^= rs << 13; rs ^= rs >> 17; rs ^= rs << 5; return rs; }
/* operands with structure: small, near powers of two, random, one bit set */
static uint32_t operand(void)
{
    switch (rnd() % 4) {
    case 0: return rnd() % 64;
    case 1: return (1u << (rnd() % 32)) - (rnd() % 3);
    case 2: return 1u << (rnd() % 32);
    default: return rnd();
    }
}

#define MIX(h, v) ((h) = ((h) ^ (v)) * 0x01000193u)
#define HASH_RR(insn) do { uint32_t h = 0x811c9dc5; rs = 0x2545f491 ^ __LINE__; \
    for (int i = 0; i < 2000; i++) { uint32_t a = operand(), b = operand(); MIX(h, OP_RR(insn, a, b)); } \
    printf("%-7s %08lx\n", insn, (unsigned long)h); } while (0)
#define HASH_R1(insn) do { uint32_t h = 0x811c9dc5; rs = 0x2545f491 ^ __LINE__; \
    for (int i = 0; i < 2000; i++) MIX(h, OP_R1(insn, operand())); \
    printf("%-7s %08lx\n", insn, (unsigned long)h); } while (0)
/* immediate forms: every shift amount */
#define HASH_RI(insn) do { uint32_t h = 0x811c9dc5; rs = 0x2545f491 ^ __LINE__; \
    for (int i = 0; i < 64; i++) { uint32_t a = operand(); \
        MIX(h, OP_RI(insn, a, 0)); MIX(h, OP_RI(insn, a, 1)); MIX(h, OP_RI(insn, a, 7)); MIX(h, OP_RI(insn, a, 8)); \
        MIX(h, OP_RI(insn, a, 15)); MIX(h, OP_RI(insn, a, 16)); MIX(h, OP_RI(insn, a, 30)); MIX(h, OP_RI(insn, a, 31)); } \
    printf("%-7s %08lx\n", insn, (unsigned long)h); } while (0)

static void random_operands(void)
{
    HASH_RR("sh1add"); HASH_RR("sh2add"); HASH_RR("sh3add");
    HASH_RR("andn"); HASH_RR("orn"); HASH_RR("xnor");
    HASH_R1("clz"); HASH_R1("ctz"); HASH_R1("cpop");
    HASH_RR("max"); HASH_RR("maxu"); HASH_RR("min"); HASH_RR("minu");
    HASH_R1("sext.b"); HASH_R1("sext.h"); HASH_R1("zext.h");
    HASH_RR("rol"); HASH_RR("ror"); HASH_RI("rori");
    HASH_R1("orc.b"); HASH_R1("rev8");
    HASH_RR("bclr"); HASH_RI("bclri"); HASH_RR("bext"); HASH_RI("bexti");
    HASH_RR("binv"); HASH_RI("binvi"); HASH_RR("bset"); HASH_RI("bseti");
}

/* C that GCC compiles to Zba/Zbb/Zbs instructions at -O2 */
__attribute__((noinline)) static uint32_t bits_kernel(const uint32_t *v, int n, const uint64_t *t)
{
    uint32_t acc = 0;
    for (int i = 0; i < n; i++) {
        uint32_t x = v[i];
        acc += (uint32_t)__builtin_popcount(x);
        acc ^= x ? (uint32_t)__builtin_clz(x) << 8 : 0;
        acc += x ? (uint32_t)__builtin_ctz(x) << 16 : 0;
        acc = (acc << 7) | (acc >> 25);
        acc += __builtin_bswap32(x) & ~acc;
        uint32_t lo = x < acc ? x : acc, hi = (int32_t)x > (int32_t)acc ? x : acc;
        acc ^= lo + hi;
        acc |= 1u << (x & 31);
        acc &= ~(1u << ((x >> 8) & 31));
        acc += (uint32_t)t[x & 15];          /* sh3add */
        acc += (x >> ((x >> 16) & 31)) & 1;  /* bext */
    }
    return acc;
}

static void compiled(void)
{
    static uint32_t v[256];
    static uint64_t t[16];
    for (int i = 0; i < 256; i++) v[i] = operand();
    for (int i = 0; i < 16; i++) t[i] = (uint64_t)rnd() << 3 | i;
    printf("compiled: %08lx\n", (unsigned long)bits_kernel(v, 256, t));
}

int main(void)
{
    printf("bitmanip: Zba, Zbb, Zbs\n");
    known_values();
    random_operands();
    compiled();
    printf("bitmanip: all ok\n");
    return 0;
}
