/* isa: RV32IM integer corner cases -- shifts, sign extension, compares,
 * mul/mulh/mulhsu/mulhu, div/divu/rem/remu edge values (incl. division by zero
 * and INT_MIN / -1), jumps and auipc.  Built three ways: isa.elf (rv32imac),
 * isa_noc.elf (rv32ima, no compressed code) and isa_xip.elf (XIP layout). */
#include "check.h"

#define INT_MIN_U 0x80000000u

static volatile uint8_t bytes[8] = {0x80, 0x7f, 0xff, 0x01, 0x00, 0x80, 0xfe, 0xff};

static void shifts(void)
{
    CHECK(OP_RR("sll", 1, 31), 0x80000000u);
    CHECK(OP_RR("sll", 1, 32), 1);          /* only rs2[4:0] is used */
    CHECK(OP_RR("sll", 0x12345678, 36), 0x23456780u);
    CHECK(OP_RR("srl", 0x80000000u, 31), 1);
    CHECK(OP_RR("srl", 0x80000000u, 63), 1);
    CHECK(OP_RR("sra", 0x80000000u, 31), 0xffffffffu);
    CHECK(OP_RR("sra", 0x80000000u, 36), 0xf8000000u);
    CHECK(OP_RR("sra", 0x7fffffff, 30), 1);
    CHECK(OP_RR("srl", 0xffffffffu, 0), 0xffffffffu);
    CHECK(OP_RI("slli", 0xffffffffu, 31), 0x80000000u);
    CHECK(OP_RI("srli", 0xf0000000u, 28), 0xf);
    CHECK(OP_RI("srai", 0xf0000000u, 28), 0xffffffffu);
    CHECK(OP_RI("srai", 0x40000000u, 0), 0x40000000u);
    group_ok("shifts");
}

static void sign_extension(void)
{
    uint32_t v;
    const volatile uint8_t *p = bytes;
    __asm__ volatile("lb %0, 0(%1)" : "=r"(v) : "r"(p)); CHECK(v, 0xffffff80u);
    __asm__ volatile("lbu %0, 0(%1)" : "=r"(v) : "r"(p)); CHECK(v, 0x80u);
    __asm__ volatile("lb %0, 1(%1)" : "=r"(v) : "r"(p)); CHECK(v, 0x7fu);
    __asm__ volatile("lh %0, 4(%1)" : "=r"(v) : "r"(p)); CHECK(v, 0xffff8000u);
    __asm__ volatile("lhu %0, 4(%1)" : "=r"(v) : "r"(p)); CHECK(v, 0x8000u);
    __asm__ volatile("lh %0, 2(%1)" : "=r"(v) : "r"(p)); CHECK(v, 0x01ffu);
    __asm__ volatile("lw %0, 4(%1)" : "=r"(v) : "r"(p)); CHECK(v, 0xfffe8000u);
    __asm__ volatile("lui %0, 0x80000" : "=r"(v)); CHECK(v, 0x80000000u);
    __asm__ volatile("lui %0, 0xfffff" : "=r"(v)); CHECK(v, 0xfffff000u);
    CHECK(OP_RI("addi", 0, -2048), 0xfffff800u);
    CHECK(OP_RI("addi", 0x7fffffff, 1), 0x80000000u);   /* wraps, no trap */
    CHECK(OP_RI("xori", 0x0f0f0f0f, -1), 0xf0f0f0f0u);  /* imm sign-extends */
    CHECK(OP_RI("andi", 0x12345678, -16), 0x12345670u);
    CHECK(OP_RI("ori", 0, -1), 0xffffffffu);
    CHECK(OP_RI("slti", INT_MIN_U, -1), 1);
    CHECK(OP_RI("slti", 0, -1), 0);
    CHECK(OP_RI("sltiu", 0, -1), 1);            /* -1 compares as 0xffffffff */
    CHECK(OP_RI("sltiu", 0xffffffffu, -1), 0);
    CHECK(OP_RR("slt", INT_MIN_U, 0x7fffffff), 1);
    CHECK(OP_RR("sltu", INT_MIN_U, 0x7fffffff), 0);
    CHECK(OP_RR("sub", 0, 1), 0xffffffffu);
    CHECK(OP_RR("sub", INT_MIN_U, 1), 0x7fffffffu);
    group_ok("sign extension and compares");
}

static void multiply(void)
{
    CHECK(OP_RR("mul", 0x80000000u, 0xffffffffu), 0x80000000u);
    CHECK(OP_RR("mul", 0x12345678, 0x9abcdef0u), 0x242d2080u);
    CHECK(OP_RR("mulh", 0x80000000u, 0x80000000u), 0x40000000u);
    CHECK(OP_RR("mulh", 0xffffffffu, 0xffffffffu), 0);
    CHECK(OP_RR("mulh", 0x80000000u, 0xffffffffu), 0);
    CHECK(OP_RR("mulh", 0x7fffffff, 0x80000000u), 0xc0000000u);
    CHECK(OP_RR("mulh", 0x12345678, 0x9abcdef0u), 0xf8cc93d6u);
    CHECK(OP_RR("mulhu", 0xffffffffu, 0xffffffffu), 0xfffffffeu);
    CHECK(OP_RR("mulhu", 0x80000000u, 2), 1);
    CHECK(OP_RR("mulhu", 0x12345678, 0x9abcdef0u), 0x0b00ea4eu);
    CHECK(OP_RR("mulhsu", 0xffffffffu, 0xffffffffu), 0xffffffffu);
    CHECK(OP_RR("mulhsu", 0x80000000u, 0xffffffffu), 0x80000000u);
    CHECK(OP_RR("mulhsu", 1, 0xffffffffu), 0);
    CHECK(OP_RR("mulhsu", 0x7fffffff, 0xffffffffu), 0x7ffffffeu);
    CHECK(OP_RR("mulhsu", 0x12345678, 0x9abcdef0u), 0x0b00ea4eu);
    group_ok("mul/mulh/mulhu/mulhsu");
}

static void divide(void)
{
    /* division by zero: quotient all ones, remainder = dividend */
    CHECK(OP_RR("div", 12345, 0), 0xffffffffu);
    CHECK(OP_RR("div", INT_MIN_U, 0), 0xffffffffu);
    CHECK(OP_RR("divu", 12345, 0), 0xffffffffu);
    CHECK(OP_RR("rem", 0xfffffff9u, 0), 0xfffffff9u);
    CHECK(OP_RR("remu", 0xfffffff9u, 0), 0xfffffff9u);
    /* overflow: INT_MIN / -1 */
    CHECK(OP_RR("div", INT_MIN_U, 0xffffffffu), INT_MIN_U);
    CHECK(OP_RR("rem", INT_MIN_U, 0xffffffffu), 0);
    CHECK(OP_RR("divu", INT_MIN_U, 0xffffffffu), 0);
    CHECK(OP_RR("remu", INT_MIN_U, 0xffffffffu), INT_MIN_U);
    /* rounding towards zero, remainder takes the dividend's sign */
    CHECK(OP_RR("div", (uint32_t)-7, 2), (uint32_t)-3);
    CHECK(OP_RR("rem", (uint32_t)-7, 2), (uint32_t)-1);
    CHECK(OP_RR("div", 7, (uint32_t)-2), (uint32_t)-3);
    CHECK(OP_RR("rem", 7, (uint32_t)-2), 1);
    CHECK(OP_RR("div", (uint32_t)-7, (uint32_t)-2), 3);
    CHECK(OP_RR("rem", (uint32_t)-7, (uint32_t)-2), (uint32_t)-1);
    CHECK(OP_RR("divu", 0xffffffffu, 2), 0x7fffffffu);
    CHECK(OP_RR("remu", 0xffffffffu, 10), 5);
    CHECK(OP_RR("div", INT_MIN_U, 1), INT_MIN_U);
    CHECK(OP_RR("div", 0x7fffffff, 0x7fffffff), 1);
    group_ok("div/divu/rem/remu");
}

static void jumps(void)
{
    uint32_t link, target, pc;
    __asm__ volatile(".option push\n.option norvc\n"
                     "jal %0, 1f\n1: la %1, 1b\n.option pop" : "=r"(link), "=r"(target));
    CHECK(link, target);                                /* jal links pc+4 */
    __asm__ volatile(".option push\n.option norvc\n"
                     "auipc %0, 0\n2: la %1, 2b\n.option pop" : "=r"(pc), "=r"(target));
    CHECK(pc + 4, target);
    /* jalr clears bit 0 of the target */
    __asm__ volatile(".option push\n.option norvc\n"
                     "la t0, 3f\naddi t0, t0, 1\njalr %0, 0(t0)\nli %1, 0\n"
                     "3: la %1, 3b\n.option pop" : "=r"(link), "=r"(target) :: "t0");
    CHECK(link + 4, target);
    /* x0 stays zero */
    uint32_t z;
    __asm__ volatile("addi x0, x0, 5\nmv %0, x0" : "=r"(z));
    CHECK(z, 0);
    /* branches on signed/unsigned boundaries */
    uint32_t taken;
    __asm__ volatile("li %0, 1\nblt %1, %2, 1f\nli %0, 0\n1:" : "=&r"(taken) : "r"(INT_MIN_U), "r"(0));
    CHECK(taken, 1);
    __asm__ volatile("li %0, 1\nbltu %1, %2, 1f\nli %0, 0\n1:" : "=&r"(taken) : "r"(INT_MIN_U), "r"(0));
    CHECK(taken, 0);
    __asm__ volatile("li %0, 1\nbge %1, %2, 1f\nli %0, 0\n1:" : "=&r"(taken) : "r"(0xffffffffu), "r"(INT_MIN_U));
    CHECK(taken, 1);
    __asm__ volatile("li %0, 1\nbgeu %1, %2, 1f\nli %0, 0\n1:" : "=&r"(taken) : "r"(0xffffffffu), "r"(INT_MIN_U));
    CHECK(taken, 1);
    group_ok("jumps and branches");
}

int main(void)
{
    printf("isa: RV32IM corner cases (%s)\n",
#ifdef __riscv_compressed
           "with C"
#else
           "without C"
#endif
    );
    shifts();
    sign_extension();
    multiply();
    divide();
    jumps();
    printf("isa: all ok\n");
    return 0;
}
