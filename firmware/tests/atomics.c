/* atomics: LR/SC success and failure, every AMO*.W (old value returned and
 * memory result) on signed/unsigned boundary values. */
#include "check.h"

static volatile uint32_t word __attribute__((aligned(8)));
static volatile uint32_t other __attribute__((aligned(8)));

#define AMO(insn, init, operand, want_mem) do {                                   \
        uint32_t old_;                                                            \
        word = (init);                                                            \
        __asm__ volatile(insn " %0, %2, (%1)" : "=r"(old_) : "r"(&word),          \
                         "r"((uint32_t)(operand)) : "memory");                     \
        check_eq(insn " old", old_, (init));                                      \
        check_eq(insn " mem", word, (want_mem));                                  \
    } while (0)

static void amos(void)
{
    AMO("amoswap.w", 0x11111111u, 0xdeadbeefu, 0xdeadbeefu);
    AMO("amoadd.w", 0x7fffffffu, 1, 0x80000000u);
    AMO("amoadd.w", 0xffffffffu, 2, 1);
    AMO("amoxor.w", 0xff00ff00u, 0x0ff00ff0u, 0xf0f0f0f0u);
    AMO("amoand.w", 0xff00ff00u, 0x0ff00ff0u, 0x0f000f00u);
    AMO("amoor.w", 0xff00ff00u, 0x0ff00ff0u, 0xfff0fff0u);
    AMO("amomin.w", 0x00000001u, 0x80000000u, 0x80000000u);
    AMO("amomin.w", 0xffffffffu, 0x00000001u, 0xffffffffu);
    AMO("amomax.w", 0x00000001u, 0x80000000u, 0x00000001u);
    AMO("amomax.w", 0xffffffffu, 0x7fffffffu, 0x7fffffffu);
    AMO("amominu.w", 0x00000001u, 0x80000000u, 0x00000001u);
    AMO("amominu.w", 0xffffffffu, 0x7fffffffu, 0x7fffffffu);
    AMO("amomaxu.w", 0x00000001u, 0x80000000u, 0x80000000u);
    AMO("amomaxu.w", 0xffffffffu, 0x7fffffffu, 0xffffffffu);
    AMO("amoadd.w.aqrl", 40, 2, 42);
    AMO("amoswap.w.aq", 1, 2, 2);
    AMO("amoor.w.rl", 1, 2, 3);
    /* rd = x0 discards the old value but still updates memory */
    word = 5;
    __asm__ volatile("amoadd.w zero, %1, (%0)" :: "r"(&word), "r"(10) : "memory");
    CHECK(word, 15);
    group_ok("amo*.w");
}

static void lrsc(void)
{
    uint32_t v, rc;
    /* success: lr then sc to the same address */
    word = 100;
    __asm__ volatile("lr.w %0, (%2)\naddi %0, %0, 1\nsc.w %1, %0, (%2)"
                     : "=&r"(v), "=&r"(rc) : "r"(&word) : "memory");
    CHECK(rc, 0);
    CHECK(word, 101);
    /* failure: a second sc has no reservation left */
    __asm__ volatile("sc.w %0, %2, (%1)" : "=r"(rc) : "r"(&word), "r"(7) : "memory");
    check_true("sc.w without reservation fails", rc != 0);
    CHECK(word, 101);
    /* failure: sc to an address other than the reserved one */
    other = 9;
    __asm__ volatile("lr.w %0, (%2)\nsc.w %1, %3, (%4)"
                     : "=&r"(v), "=&r"(rc) : "r"(&word), "r"(55), "r"(&other) : "memory");
    check_true("sc.w to another address fails", rc != 0);
    CHECK(other, 9);
    CHECK(v, 101);
    /* and that failed sc cleared the reservation on word too */
    __asm__ volatile("sc.w %0, %2, (%1)" : "=r"(rc) : "r"(&word), "r"(7) : "memory");
    check_true("reservation gone after failed sc.w", rc != 0);
    CHECK(word, 101);
    /* lr/sc loop: atomic increment 1000 times */
    word = 0;
    for (int i = 0; i < 1000; i++) {
        __asm__ volatile("1: lr.w.aq %0, (%2)\naddi %0, %0, 3\nsc.w.rl %1, %0, (%2)\nbnez %1, 1b"
                         : "=&r"(v), "=&r"(rc) : "r"(&word) : "memory");
    }
    CHECK(word, 3000);
    group_ok("lr.w/sc.w");
}

int main(void)
{
    printf("atomics: A extension\n");
    amos();
    lrsc();
    printf("atomics: all ok\n");
    return 0;
}
