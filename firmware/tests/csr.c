/* csr: machine CSRs and counters -- misa bits (I M A C U, MXL=32), mhartid,
 * mscratch read/write/swap, csrrs/csrrc semantics, minstret and mcycle
 * increasing, minstret delta of a known sequence, time CSR vs CLINT mtime.
 * Prints only facts that do not depend on timing or on the exact misa value. */
#include "check.h"

static void misa_bits(void)
{
    uint32_t misa = csr_read(misa);
    check_eq("misa.MXL", misa >> 30, 1);
    const char *need = "IMACU";
    printf("misa has");
    for (const char *p = need; *p; p++) {
        int has = (misa >> (*p - 'A')) & 1;
        printf(" %c=%d", *p, has);
        check_true("misa extension", has);
    }
    printf("\n");
    group_ok("misa");
}

static void scratch(void)
{
    CHECK(csr_read(mhartid), 0);
    csr_write(mscratch, 0x12345678u);
    CHECK(csr_read(mscratch), 0x12345678u);
    CHECK(csr_swap(mscratch, 0xcafef00du), 0x12345678u);
    CHECK(csr_read(mscratch), 0xcafef00du);
    uint32_t old;
    __asm__ volatile("csrrs %0, mscratch, %1" : "=r"(old) : "r"(0x0000000fu));
    CHECK(old, 0xcafef00du);
    CHECK(csr_read(mscratch), 0xcafef00fu);
    __asm__ volatile("csrrc %0, mscratch, %1" : "=r"(old) : "r"(0xf000000fu));
    CHECK(old, 0xcafef00fu);
    CHECK(csr_read(mscratch), 0x0afef000u);
    __asm__ volatile("csrrwi %0, mscratch, 21" : "=r"(old));
    CHECK(old, 0x0afef000u);
    CHECK(csr_read(mscratch), 21);
    __asm__ volatile("csrrsi %0, mscratch, 10" : "=r"(old));
    CHECK(csr_read(mscratch), 31);
    __asm__ volatile("csrrci %0, mscratch, 1" : "=r"(old));
    CHECK(csr_read(mscratch), 30);
    /* csrrs with x0 does not write: reading a read-only CSR this way is legal */
    __asm__ volatile("csrrs %0, mhartid, x0" : "=r"(old));
    CHECK(old, 0);
    csr_write(mscratch, 0);
    group_ok("mhartid/mscratch");
}

static void counters(void)
{
    uint64_t i0 = rd_minstret();
    volatile uint32_t sink = 0;
    for (int i = 0; i < 1000; i++)
        sink += i;
    uint64_t i1 = rd_minstret();
    check_true("minstret increases over a 1000-iteration loop", i1 > i0 + 1000);

    /* a straight-line run of 20 nops between two reads */
    uint32_t a, b;
    __asm__ volatile(".option push\n.option norvc\n"
                     "csrr %0, minstret\n"
                     ".rept 20\nnop\n.endr\n"
                     "csrr %1, minstret\n.option pop" : "=r"(a), "=r"(b));
    uint32_t d = b - a;
    check_true("minstret delta of 20 nops is 20..22", d >= 20 && d <= 22);

    uint64_t c0 = rd_mcycle();
    for (int i = 0; i < 1000; i++)
        sink += i;
    uint64_t c1 = rd_mcycle();
    check_true("mcycle increases", c1 > c0);

    /* writable counters: minstret set then read back near the written value */
    csr_write(minstreth, 0);
    csr_write(minstret, 0x1000);
    uint32_t r = csr_read(minstret);
    check_true("minstret write", r >= 0x1000 && r < 0x1010);
    group_ok("minstret/mcycle");
}

static void time_csr(void)
{
    uint64_t m0 = clint_mtime();
    uint64_t t = rd_time();
    uint64_t m1 = clint_mtime();
    check_true("mtime <= time", m0 <= t);
    check_true("time <= mtime", t <= m1);
    /* time moves: spin until mtime advances by 10 ticks */
    uint64_t start = rd_time();
    while (clint_mtime() < start + 10)
        ;
    check_true("time advanced", rd_time() >= start + 10);
    group_ok("time vs mtime");
}

int main(void)
{
    printf("csr: machine CSRs and counters\n");
    misa_bits();
    scratch();
    counters();
    time_csr();
    printf("csr: all ok\n");
    return 0;
}
