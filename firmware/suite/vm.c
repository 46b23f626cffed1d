/*
 * suite vm: a register bytecode virtual machine whose whole state lives in global variables,
 * dispatched by one large switch (57 opcodes: compilers emit a jump table), the shape of an
 * embedded script interpreter or protocol engine.  Three bytecode programs, assembled at start:
 * a byte sieve, a call-heavy mixer that touches most opcodes, and a bubble sort over VM memory.
 * Each result is checked against the same algorithm written in C.
 */
#include "suite.h"

enum {
    OP_HALT, OP_NOP, OP_LDI, OP_LDHI, OP_MOV, OP_ADD, OP_SUB, OP_MUL, OP_DIVU, OP_REMU,
    OP_AND, OP_OR, OP_XOR, OP_SHL, OP_SHR, OP_SAR, OP_ADDI, OP_MULI, OP_ANDI, OP_ORI,
    OP_XORI, OP_SHLI, OP_SHRI, OP_SARI, OP_LDW, OP_STW, OP_LDB, OP_STB, OP_JMP, OP_JZ,
    OP_JNZ, OP_JLT, OP_JGE, OP_JLTU, OP_JEQ, OP_JNE, OP_CALL, OP_RET, OP_PUSH, OP_POP,
    OP_INC, OP_DEC, OP_NEG, OP_NOT, OP_MIN, OP_MAX, OP_ABS, OP_ROL, OP_ROR, OP_POPC,
    OP_CLZ, OP_SWAP, OP_SLT, OP_SLTU, OP_SEQ, OP_HASH, OP_OUT, OP_COUNT
};

#define MEM_WORDS 4096
#define CODE_WORDS 512

/* machine state: globals, as in many small interpreters */
uint32_t vm_reg[16];
uint32_t vm_pc, vm_sp, vm_out, vm_fault;
uint32_t vm_stack[64];
uint32_t vm_mem[MEM_WORDS];
uint32_t vm_code[CODE_WORDS];
uint32_t vm_steps;

static uint32_t rotl(uint32_t v, uint32_t n)
{
    n &= 31;
    return n ? (v << n) | (v >> (32 - n)) : v;
}

static uint32_t popcount(uint32_t v)
{
    uint32_t n = 0;
    while (v) {
        v &= v - 1;
        n++;
    }
    return n;
}

static uint32_t clz(uint32_t v)
{
    uint32_t n = 0;
    if (!v)
        return 32;
    while (!(v & 0x80000000u)) {
        v <<= 1;
        n++;
    }
    return n;
}

/* instruction word: op | a << 8 | b << 12 | imm16 << 16; three-register forms take c = imm & 15 */
__attribute__((noinline)) void vm_run(void)
{
    for (;;) {
        uint32_t w = vm_code[vm_pc++ % CODE_WORDS];
        uint32_t a = (w >> 8) & 15, b = (w >> 12) & 15;
        int32_t imm = (int32_t)w >> 16;
        uint32_t c = (uint32_t)imm & 15;
        vm_steps++;
        switch (w & 0xff) {
        case OP_HALT: return;
        case OP_NOP: break;
        case OP_LDI: vm_reg[a] = (uint32_t)imm; break;
        case OP_LDHI: vm_reg[a] = (vm_reg[a] & 0xffffu) | ((uint32_t)imm << 16); break;
        case OP_MOV: vm_reg[a] = vm_reg[b]; break;
        case OP_ADD: vm_reg[a] = vm_reg[b] + vm_reg[c]; break;
        case OP_SUB: vm_reg[a] = vm_reg[b] - vm_reg[c]; break;
        case OP_MUL: vm_reg[a] = vm_reg[b] * vm_reg[c]; break;
        case OP_DIVU: vm_reg[a] = vm_reg[c] ? vm_reg[b] / vm_reg[c] : 0xffffffffu; break;
        case OP_REMU: vm_reg[a] = vm_reg[c] ? vm_reg[b] % vm_reg[c] : vm_reg[b]; break;
        case OP_AND: vm_reg[a] = vm_reg[b] & vm_reg[c]; break;
        case OP_OR: vm_reg[a] = vm_reg[b] | vm_reg[c]; break;
        case OP_XOR: vm_reg[a] = vm_reg[b] ^ vm_reg[c]; break;
        case OP_SHL: vm_reg[a] = vm_reg[b] << (vm_reg[c] & 31); break;
        case OP_SHR: vm_reg[a] = vm_reg[b] >> (vm_reg[c] & 31); break;
        case OP_SAR: vm_reg[a] = (uint32_t)((int32_t)vm_reg[b] >> (vm_reg[c] & 31)); break;
        case OP_ADDI: vm_reg[a] = vm_reg[b] + (uint32_t)imm; break;
        case OP_MULI: vm_reg[a] = vm_reg[b] * (uint32_t)imm; break;
        case OP_ANDI: vm_reg[a] = vm_reg[b] & (uint32_t)imm; break;
        case OP_ORI: vm_reg[a] = vm_reg[b] | (uint32_t)imm; break;
        case OP_XORI: vm_reg[a] = vm_reg[b] ^ (uint32_t)imm; break;
        case OP_SHLI: vm_reg[a] = vm_reg[b] << (imm & 31); break;
        case OP_SHRI: vm_reg[a] = vm_reg[b] >> (imm & 31); break;
        case OP_SARI: vm_reg[a] = (uint32_t)((int32_t)vm_reg[b] >> (imm & 31)); break;
        case OP_LDW: vm_reg[a] = vm_mem[(vm_reg[b] + (uint32_t)imm) % MEM_WORDS]; break;
        case OP_STW: vm_mem[(vm_reg[b] + (uint32_t)imm) % MEM_WORDS] = vm_reg[a]; break;
        case OP_LDB: vm_reg[a] = ((uint8_t *)vm_mem)[(vm_reg[b] + (uint32_t)imm) % (MEM_WORDS * 4)]; break;
        case OP_STB: ((uint8_t *)vm_mem)[(vm_reg[b] + (uint32_t)imm) % (MEM_WORDS * 4)] = (uint8_t)vm_reg[a]; break;
        case OP_JMP: vm_pc = (uint32_t)imm; break;
        case OP_JZ: if (!vm_reg[a]) vm_pc = (uint32_t)imm; break;
        case OP_JNZ: if (vm_reg[a]) vm_pc = (uint32_t)imm; break;
        case OP_JLT: if ((int32_t)vm_reg[a] < (int32_t)vm_reg[b]) vm_pc = (uint32_t)imm; break;
        case OP_JGE: if ((int32_t)vm_reg[a] >= (int32_t)vm_reg[b]) vm_pc = (uint32_t)imm; break;
        case OP_JLTU: if (vm_reg[a] < vm_reg[b]) vm_pc = (uint32_t)imm; break;
        case OP_JEQ: if (vm_reg[a] == vm_reg[b]) vm_pc = (uint32_t)imm; break;
        case OP_JNE: if (vm_reg[a] != vm_reg[b]) vm_pc = (uint32_t)imm; break;
        case OP_CALL: vm_stack[vm_sp++ % 64] = vm_pc; vm_pc = (uint32_t)imm; break;
        case OP_RET: vm_pc = vm_stack[--vm_sp % 64]; break;
        case OP_PUSH: vm_stack[vm_sp++ % 64] = vm_reg[a]; break;
        case OP_POP: vm_reg[a] = vm_stack[--vm_sp % 64]; break;
        case OP_INC: vm_reg[a]++; break;
        case OP_DEC: vm_reg[a]--; break;
        case OP_NEG: vm_reg[a] = 0u - vm_reg[b]; break;
        case OP_NOT: vm_reg[a] = ~vm_reg[b]; break;
        case OP_MIN: vm_reg[a] = (int32_t)vm_reg[b] < (int32_t)vm_reg[c] ? vm_reg[b] : vm_reg[c]; break;
        case OP_MAX: vm_reg[a] = (int32_t)vm_reg[b] > (int32_t)vm_reg[c] ? vm_reg[b] : vm_reg[c]; break;
        case OP_ABS: vm_reg[a] = (int32_t)vm_reg[b] < 0 ? 0u - vm_reg[b] : vm_reg[b]; break;
        case OP_ROL: vm_reg[a] = rotl(vm_reg[b], vm_reg[c]); break;
        case OP_ROR: vm_reg[a] = rotl(vm_reg[b], 32 - (vm_reg[c] & 31)); break;
        case OP_POPC: vm_reg[a] = popcount(vm_reg[b]); break;
        case OP_CLZ: vm_reg[a] = clz(vm_reg[b]); break;
        case OP_SWAP: { uint32_t t = vm_reg[a]; vm_reg[a] = vm_reg[b]; vm_reg[b] = t; break; }
        case OP_SLT: vm_reg[a] = (int32_t)vm_reg[b] < (int32_t)vm_reg[c]; break;
        case OP_SLTU: vm_reg[a] = vm_reg[b] < vm_reg[c]; break;
        case OP_SEQ: vm_reg[a] = vm_reg[b] == vm_reg[c]; break;
        case OP_HASH: vm_reg[a] = suite_mix(vm_reg[a], vm_reg[b]); break;
        case OP_OUT: vm_out = suite_mix(vm_out, vm_reg[a]); break;
        default: vm_fault++; return;
        }
    }
}

/* ---- a tiny assembler ---- */
static uint32_t here;

static uint32_t emit(int op, int a, int b, int imm)
{
    vm_code[here] = (uint32_t)op | (uint32_t)a << 8 | (uint32_t)b << 12 | ((uint32_t)imm & 0xffffu) << 16;
    return here++;
}

static void patch(uint32_t at, uint32_t target)
{
    vm_code[at] = (vm_code[at] & 0xffffu) | target << 16;
}

static void emit_const(int r, uint32_t v)
{
    emit(OP_LDI, r, 0, (int)(v & 0xffffu));
    emit(OP_LDHI, r, 0, (int)(v >> 16));
}

static void vm_start(void)
{
    vm_pc = 0;
    vm_sp = 0;
    vm_out = 0;
    for (int i = 0; i < 16; i++)
        vm_reg[i] = 0;
    vm_run();
}

/* program 1: sieve of Eratosthenes on VM bytes 0..n-1, outputs the number of primes */
#define SIEVE_N 16000
static void asm_sieve(void)
{
    here = 0;
    emit(OP_LDI, 0, 0, 0);
    emit_const(2, SIEVE_N);
    emit(OP_LDI, 3, 0, 0);
    uint32_t clr = emit(OP_STB, 0, 3, 0);
    emit(OP_INC, 3, 0, 0);
    emit(OP_JLT, 3, 2, (int)clr);
    emit(OP_LDI, 1, 0, 2);
    emit(OP_LDI, 5, 0, 0);
    emit(OP_LDI, 7, 0, 1);
    uint32_t outer = emit(OP_LDB, 4, 1, 0);
    uint32_t skip1 = emit(OP_JNZ, 4, 0, 0);
    emit(OP_INC, 5, 0, 0);
    emit(OP_MUL, 6, 1, 1);
    uint32_t skip2 = emit(OP_JGE, 6, 2, 0);
    uint32_t mark = emit(OP_STB, 7, 6, 0);
    emit(OP_ADD, 6, 6, 1);
    emit(OP_JLT, 6, 2, (int)mark);
    uint32_t next = emit(OP_INC, 1, 0, 0);
    patch(skip1, next);
    patch(skip2, next);
    emit(OP_JLT, 1, 2, (int)outer);
    emit(OP_OUT, 5, 0, 0);
    emit(OP_HALT, 0, 0, 0);
}

static uint32_t native_sieve(void)
{
    static uint8_t comp[SIEVE_N];
    uint32_t count = 0;
    for (uint32_t i = 0; i < SIEVE_N; i++)
        comp[i] = 0;
    for (uint32_t i = 2; i < SIEVE_N; i++) {
        if (comp[i])
            continue;
        count++;
        for (uint32_t j = i * i; j < SIEVE_N; j += i)
            comp[j] = 1;
    }
    return count;
}

/* program 2: a subroutine called n times that steps a xorshift generator (r8) and folds a
 * dozen operations of it into r9; outputs r9 */
static void asm_mixer(uint32_t n, uint32_t seed)
{
    here = 0;
    emit(OP_LDI, 1, 0, 0);
    emit_const(2, n);
    emit_const(8, seed);
    emit(OP_LDI, 9, 0, 0);
    uint32_t loop = emit(OP_CALL, 0, 0, 0);
    emit(OP_INC, 1, 0, 0);
    emit(OP_JLT, 1, 2, (int)loop);
    emit(OP_OUT, 9, 0, 0);
    emit(OP_HALT, 0, 0, 0);
    patch(loop, here);
    emit(OP_PUSH, 1, 0, 0);
    emit(OP_SHLI, 10, 8, 13); emit(OP_XOR, 8, 8, 10);
    emit(OP_SHRI, 10, 8, 17); emit(OP_XOR, 8, 8, 10);
    emit(OP_SHLI, 10, 8, 5);  emit(OP_XOR, 8, 8, 10);
    emit(OP_POPC, 12, 8, 0);
    emit(OP_CLZ, 13, 8, 0);
    emit(OP_ROL, 14, 8, 12);
    emit(OP_ROR, 15, 14, 13);
    emit(OP_HASH, 9, 15, 0);
    emit(OP_ADDI, 11, 13, 1);
    emit(OP_DIVU, 10, 8, 11);
    emit(OP_REMU, 11, 8, 12);
    emit(OP_SUB, 10, 10, 11);
    emit(OP_SARI, 10, 10, 3);
    emit(OP_NEG, 11, 10, 0);
    emit(OP_MIN, 3, 10, 11);
    emit(OP_MAX, 4, 10, 11);
    emit(OP_ABS, 5, 3, 0);
    emit(OP_SLT, 6, 3, 4);
    emit(OP_SLTU, 7, 3, 4);
    emit(OP_SEQ, 1, 5, 4);
    emit(OP_ADD, 6, 6, 7);
    emit(OP_ADD, 6, 6, 1);
    emit(OP_MULI, 6, 6, 1000);
    emit(OP_XORI, 5, 5, 0x5a5);
    emit(OP_ANDI, 4, 8, 0xff);
    emit(OP_ORI, 4, 4, 0x100);
    emit(OP_SHL, 3, 5, 4);
    emit(OP_SHR, 7, 8, 4);
    emit(OP_SAR, 1, 8, 12);
    emit(OP_AND, 3, 3, 7);
    emit(OP_OR, 3, 3, 1);
    emit(OP_NOT, 1, 3, 0);
    emit(OP_SWAP, 1, 6, 0);
    emit(OP_MUL, 1, 1, 6);
    emit(OP_ANDI, 7, 8, 1023);
    emit(OP_STW, 1, 7, 0);
    emit(OP_LDW, 3, 7, 1);
    emit(OP_STB, 8, 7, 5);
    emit(OP_LDB, 4, 7, 7);
    emit(OP_ADD, 3, 3, 4);
    emit(OP_HASH, 9, 3, 0);
    emit(OP_HASH, 9, 5, 0);
    emit(OP_DEC, 5, 0, 0);
    uint32_t j1 = emit(OP_JZ, 5, 0, 0);
    emit(OP_NOP, 0, 0, 0);
    patch(j1, here);
    emit(OP_POP, 1, 0, 0);
    emit(OP_MOV, 0, 9, 0);
    emit(OP_RET, 0, 0, 0);
}

static uint32_t native_mixer(uint32_t n, uint32_t seed)
{
    uint32_t r[16] = {0};
    static uint32_t mem[MEM_WORDS];
    uint8_t *bytes = (uint8_t *)mem;
    for (int i = 0; i < MEM_WORDS; i++)
        mem[i] = vm_mem[i];
    r[8] = seed;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t saved = i;
        r[8] ^= r[8] << 13; r[8] ^= r[8] >> 17; r[8] ^= r[8] << 5;
        r[12] = popcount(r[8]);
        r[13] = clz(r[8]);
        r[14] = rotl(r[8], r[12]);
        r[15] = rotl(r[14], 32 - (r[13] & 31));
        r[9] = suite_mix(r[9], r[15]);
        r[11] = r[13] + 1;
        r[10] = r[8] / r[11];
        r[11] = r[12] ? r[8] % r[12] : r[8];
        r[10] = (uint32_t)((int32_t)(r[10] - r[11]) >> 3);
        r[11] = 0u - r[10];
        r[3] = (int32_t)r[10] < (int32_t)r[11] ? r[10] : r[11];
        r[4] = (int32_t)r[10] > (int32_t)r[11] ? r[10] : r[11];
        r[5] = (int32_t)r[3] < 0 ? 0u - r[3] : r[3];
        r[6] = (int32_t)r[3] < (int32_t)r[4];
        r[7] = r[3] < r[4];
        r[1] = r[5] == r[4];
        r[6] = (r[6] + r[7] + r[1]) * 1000;
        r[5] ^= 0x5a5;
        r[4] = (r[8] & 0xff) | 0x100;
        r[3] = r[5] << (r[4] & 31);
        r[7] = r[8] >> (r[4] & 31);
        r[1] = (uint32_t)((int32_t)r[8] >> (r[12] & 31));
        r[3] = (r[3] & r[7]) | r[1];
        r[1] = ~r[3];
        uint32_t t = r[1]; r[1] = r[6]; r[6] = t;
        r[1] *= r[6];
        r[7] = r[8] & 1023;
        mem[r[7] % MEM_WORDS] = r[1];
        r[3] = mem[(r[7] + 1) % MEM_WORDS];
        bytes[(r[7] + 5) % (MEM_WORDS * 4)] = (uint8_t)r[8];
        r[4] = bytes[(r[7] + 7) % (MEM_WORDS * 4)];
        r[3] += r[4];
        r[9] = suite_mix(r[9], r[3]);
        r[9] = suite_mix(r[9], r[5]);
        r[5]--;
        r[1] = saved;
    }
    return suite_mix(0, r[9]);
}

/* program 3: bubble sort of n words at VM memory 0..n-1 */
static void asm_bubble(uint32_t n)
{
    here = 0;
    emit_const(2, n);
    uint32_t pass = emit(OP_LDI, 6, 0, 0);            /* swapped = 0 */
    emit(OP_LDI, 1, 0, 0);
    emit(OP_ADDI, 3, 2, -1);
    uint32_t inner = emit(OP_LDW, 4, 1, 0);
    emit(OP_LDW, 5, 1, 1);
    uint32_t noswap = emit(OP_JLTU, 4, 5, 0);
    uint32_t eq = emit(OP_JEQ, 4, 5, 0);
    emit(OP_STW, 5, 1, 0);
    emit(OP_STW, 4, 1, 1);
    emit(OP_LDI, 6, 0, 1);
    patch(noswap, here);
    patch(eq, here);
    emit(OP_INC, 1, 0, 0);
    emit(OP_JLT, 1, 3, (int)inner);
    emit(OP_DEC, 2, 0, 0);
    emit(OP_JNZ, 6, 0, (int)pass);
    emit(OP_LDW, 7, 0, 0);
    emit(OP_OUT, 7, 0, 0);
    emit(OP_HALT, 0, 0, 0);
}

#define ROUNDS 3
#define MIX_N 12000
#define BUBBLE_N 360

int main(void)
{
    uint32_t sum = 0, seed = 0x2545f491u;
    int ok = 1;
    printf("suite vm: %d opcodes, %d rounds of sieve(%d), mixer(%d), bubble(%d)\n",
           OP_COUNT, ROUNDS, SIEVE_N, MIX_N, BUBBLE_N);
    for (int round = 0; round < ROUNDS; round++) {
        asm_sieve();
        vm_start();
        uint32_t primes = native_sieve();
        ok &= vm_out == suite_mix(0, primes);
        sum = suite_mix(sum, vm_out);

        for (int i = 0; i < MEM_WORDS; i++)
            vm_mem[i] = suite_rand(&seed);
        uint32_t s = seed | 1;
        uint32_t want = native_mixer(MIX_N, s);
        asm_mixer(MIX_N, s);
        vm_start();
        ok &= vm_out == want;
        sum = suite_mix(sum, vm_out);

        uint32_t total = 0;
        for (int i = 0; i < BUBBLE_N; i++) {
            vm_mem[i] = suite_rand(&seed) % 100000u;
            total += vm_mem[i];
        }
        asm_bubble(BUBBLE_N);
        vm_start();
        for (int i = 1; i < BUBBLE_N; i++) {
            ok &= vm_mem[i - 1] <= vm_mem[i];
            total -= vm_mem[i];
        }
        ok &= total == vm_mem[0];
        sum = suite_mix(sum, vm_out);
        if (round == 0)
            printf("vm: primes below %d: %lu\n", SIEVE_N, (unsigned long)primes);
    }
    ok &= vm_fault == 0;
    printf("vm: %lu bytecode steps\n", (unsigned long)vm_steps);
    return suite_result("vm", sum, ok);
}
