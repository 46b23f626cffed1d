/* compressed: explicit RVC instructions (c.li, c.lui, c.addi, c.addi16sp,
 * c.addi4spn, shifts, ALU ops, c.lw/c.sw, c.lwsp/c.swsp, branches, jumps) and
 * 32-bit instructions at 2-byte-aligned addresses. */
#include "check.h"

static uint32_t mem[4] __attribute__((aligned(16))) = {0x11111111u, 0x22222222u, 0x33333333u, 0x44444444u};

#define RVC(body) ".option push\n.option rvc\n" body "\n.option pop\n"

int main(void)
{
    printf("compressed: RVC instructions\n");
    uint32_t a, b, c;

    __asm__ volatile(RVC("c.li a0, -32\nmv %0, a0") : "=r"(a) :: "a0");
    CHECK(a, 0xffffffe0u);
    __asm__ volatile(RVC("c.lui a0, 0xfffe1\nmv %0, a0") : "=r"(a) :: "a0");
    CHECK(a, 0xfffe1000u);
    __asm__ volatile(RVC("c.lui a0, 31\nmv %0, a0") : "=r"(a) :: "a0");
    CHECK(a, 0x1f000u);
    __asm__ volatile(RVC("c.li a0, 5\nc.addi a0, -6\nmv %0, a0") : "=r"(a) :: "a0");
    CHECK(a, 0xffffffffu);
    __asm__ volatile(RVC("mv a0, sp\nc.addi16sp sp, -64\nmv %0, sp\nc.addi16sp sp, 64\nsub %0, a0, %0")
                     : "=r"(a) :: "a0", "memory");
    CHECK(a, 64);
    __asm__ volatile(RVC("c.addi4spn a0, sp, 1020\nsub %0, a0, sp") : "=r"(a) :: "a0");
    CHECK(a, 1020);
    group_ok("immediates");

    __asm__ volatile(RVC("li a0, 0x80000001\nc.slli a0, 4\nmv %0, a0") : "=r"(a) :: "a0");
    CHECK(a, 0x00000010u);
    __asm__ volatile(RVC("li a0, 0x80000000\nc.srli a0, 31\nmv %0, a0") : "=r"(a) :: "a0");
    CHECK(a, 1);
    __asm__ volatile(RVC("li a0, 0x80000000\nc.srai a0, 31\nmv %0, a0") : "=r"(a) :: "a0");
    CHECK(a, 0xffffffffu);
    __asm__ volatile(RVC("li a0, 0x12345678\nc.andi a0, -16\nmv %0, a0") : "=r"(a) :: "a0");
    CHECK(a, 0x12345670u);
    __asm__ volatile(RVC("li a0, 100\nli a1, 58\nc.sub a0, a1\nmv %0, a0") : "=r"(a) :: "a0", "a1");
    CHECK(a, 42);
    __asm__ volatile(RVC("li a0, 0xff00\nli a1, 0x0ff0\nc.xor a0, a1\nmv %0, a0") : "=r"(a) :: "a0", "a1");
    CHECK(a, 0xf0f0u);
    __asm__ volatile(RVC("li a0, 0xff00\nli a1, 0x0ff0\nc.or a0, a1\nmv %0, a0") : "=r"(a) :: "a0", "a1");
    CHECK(a, 0xfff0u);
    __asm__ volatile(RVC("li a0, 0xff00\nli a1, 0x0ff0\nc.and a0, a1\nmv %0, a0") : "=r"(a) :: "a0", "a1");
    CHECK(a, 0x0f00u);
    __asm__ volatile(RVC("li t0, 7\nc.mv t1, t0\nc.add t1, t0\nmv %0, t1") : "=r"(a) :: "t0", "t1");
    CHECK(a, 14);
    group_ok("alu");

    __asm__ volatile(RVC("mv a1, %1\nc.lw a0, 8(a1)\nmv %0, a0") : "=r"(a) : "r"(mem) : "a0", "a1", "memory");
    CHECK(a, 0x33333333u);
    __asm__ volatile(RVC("mv a1, %0\nli a0, 0x5a5a\nc.sw a0, 12(a1)") :: "r"(mem) : "a0", "a1", "memory");
    CHECK(mem[3], 0x5a5au);
    __asm__ volatile(RVC("c.addi16sp sp, -16\nli t0, 0x1234\nc.swsp t0, 12(sp)\nc.lwsp t1, 12(sp)\n"
                         "c.addi16sp sp, 16\nmv %0, t1") : "=r"(a) :: "t0", "t1", "memory");
    CHECK(a, 0x1234u);
    group_ok("loads/stores");

    __asm__ volatile(RVC("li a0, 0\nli %0, 1\nc.beqz a0, 1f\nli %0, 2\n1:") : "=&r"(a) :: "a0");
    CHECK(a, 1);
    __asm__ volatile(RVC("li a0, 0\nli %0, 1\nc.bnez a0, 1f\nli %0, 2\n1:") : "=&r"(a) :: "a0");
    CHECK(a, 2);
    __asm__ volatile(RVC("li %0, 1\nc.j 1f\nli %0, 2\n1:") : "=&r"(a));
    CHECK(a, 1);
    /* c.jal (RV32 only) links pc+2 */
    __asm__ volatile(RVC("c.jal 1f\n2: c.nop\n1: mv %0, ra\nla %1, 2b") : "=r"(a), "=r"(b) :: "ra");
    CHECK(a, b);
    __asm__ volatile(RVC("la t0, 1f\nc.jalr t0\n2: c.nop\n1: mv %0, ra\nla %1, 2b") : "=r"(a), "=r"(b) :: "t0", "ra");
    CHECK(a, b);
    __asm__ volatile(RVC("la t0, 1f\nli %0, 1\nc.jr t0\nli %0, 2\n1:") : "=&r"(a) :: "t0");
    CHECK(a, 1);
    group_ok("control transfer");

    /* 32-bit instructions at an address that is 2 mod 4 */
    __asm__ volatile(RVC(".balign 4\nc.nop\n1: lui %0, 0x12345\naddi %0, %0, 0x678\nla %1, 1b")
                     : "=r"(a), "=r"(c));
    CHECK(a, 0x12345678u);
    CHECK(c & 3, 2);
    group_ok("mixed 16/32-bit");
    printf("compressed: all ok\n");
    return 0;
}
