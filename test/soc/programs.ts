/** Small RV32 assembly programs for Board tests (assembled with riscv64-unknown-elf-gcc at test time). */

export const LD = `
ENTRY(_start)
MEMORY { FLASH (rx) : ORIGIN = 0x20000000, LENGTH = 32M  RAM (rwx) : ORIGIN = 0x80000000, LENGTH = 128M }
SECTIONS {
  .text : { *(.text*) } > RAM
  .data : { . = ALIGN(8); *(.data*) } > RAM
  .bss : { *(.bss*) } > RAM
}
`;

export const PRELUDE = `
  .equ FINISHER, 0x100000
  .equ CLINT, 0x2000000
  .equ MTIMECMP, 0x2004000
  .equ MTIME, 0x200bff8
  .equ PLIC, 0xc000000
  .equ UART, 0x10000000
  .macro exit code
    li t6, FINISHER
    li t5, (\\code << 16) | 0x3333
    .if \\code == 0
    li t5, 0x5555
    .endif
    sw t5, 0(t6)
  .endm
  # take the machine timer interrupt at \\handler once mtime reaches \\ticks
  .macro timer_irq_at handler, ticks
    la t0, \\handler
    csrw mtvec, t0
    li t0, MTIMECMP
    sw zero, 4(t0)
    li t1, \\ticks
    sw t1, 0(t0)
    li t0, 0x80
    csrw mie, t0
    csrsi mstatus, 8
  .endm
  .macro putc ch
    li t6, UART
    li t5, \\ch
    sb t5, 0(t6)
  .endm
  .text
  .globl _start
_start:
`;

export const PROGRAMS: Record<string, string> = {
  hello: `${PRELUDE}
  putc 'h'
  putc 'i'
  putc '\\n'
  exit 0
1: j 1b
`,
  fail42: `${PRELUDE}
  exit 42
1: j 1b
`,
  spin: `${PRELUDE}
1: addi a0, a0, 1
  j 1b
`,
  // MTIP must be taken exactly when instret reaches 10 * 100 (mtime = instret / 10 >= 100)
  timerBusy: `${PRELUDE}
  timer_irq_at handler, 100
loop:
  addi a0, a0, 1
  j loop
  .align 2
handler:
  csrr a1, minstret
  li t0, MTIME
  lw a2, 0(t0)
  la t0, result
  sw a1, 0(t0)
  sw a2, 4(t0)
  exit 0
1: j 1b
  .data
  .globl result
result: .word 0, 0
`,
  // wfi with the timer armed: the board skips idle time to mtimecmp
  timerWfi: `${PRELUDE}
  la t0, handler
  csrw mtvec, t0
  li t0, MTIMECMP
  li t1, 0x7fffffff
  sw t1, 4(t0)
  li t1, 5000
  sw t1, 0(t0)
  sw zero, 4(t0)
  li t0, 0x80
  csrw mie, t0
  wfi
  putc 'w'
  csrsi mstatus, 8
1: j 1b
  .align 2
handler:
  li t0, MTIME
  lw a2, 0(t0)
  la t0, result
  sw a2, 0(t0)
  exit 0
2: j 2b
  .data
  .globl result
result: .word 0
`,
  wfiDeadlock: `${PRELUDE}
  csrw mie, zero
  nop
  .globl sleep
sleep:
  wfi
  j sleep
`,
  trapLoop: `${PRELUDE}
  csrw mtvec, zero
  .globl bad
bad:
  .word 0
`,
  msip: `${PRELUDE}
  la t0, handler
  csrw mtvec, t0
  li t0, 0x8
  csrw mie, t0
  csrsi mstatus, 8
  li t0, CLINT
  li t1, 1
  sw t1, 0(t0)
  putc 'x'
1: j 1b
  .align 2
handler:
  putc 'm'
  exit 0
2: j 2b
`,
  // echo stdin bytes through the UART RX interrupt and the PLIC, until '.'
  uartEcho: `${PRELUDE}
  la t0, handler
  csrw mtvec, t0
  li t0, PLIC + 4 * 10
  li t1, 1
  sw t1, 0(t0)
  li t0, PLIC + 0x2000
  li t1, 1 << 10
  sw t1, 0(t0)
  li t0, PLIC + 0x200000
  sw zero, 0(t0)
  li t0, UART
  li t1, 1
  sb t1, 1(t0)
  li t0, 0x800
  csrw mie, t0
  csrsi mstatus, 8
1: wfi
  j 1b
  .align 2
handler:
  li t0, PLIC + 0x200004
  lw t1, 0(t0)
  li t2, UART
3: lbu t3, 5(t2)
  andi t3, t3, 1
  beqz t3, 4f
  lbu t3, 0(t2)
  sb t3, 0(t2)
  li t4, '.'
  bne t3, t4, 3b
  exit 0
4: sw t1, 0(t0)
  mret
`,
  // test finisher reset: a RAM counter survives resets; pass on the third boot
  reset3: `${PRELUDE}
  la t0, boots
  lw t1, 0(t0)
  addi t1, t1, 1
  sw t1, 0(t0)
  addi t2, t1, '0'
  li t6, UART
  sb t2, 0(t6)
  li t3, 3
  beq t1, t3, done
  li t6, FINISHER
  li t5, 0x7777
  sw t5, 0(t6)
1: j 1b
done:
  exit 0
  .data
boots: .word 0
`,
  semihost: `${PRELUDE}
  la a1, msg
  li a0, 4
  .option push
  .option norvc
  slli x0, x0, 0x1f
  ebreak
  srai x0, x0, 7
  .option pop
  la a1, block
  li a0, 0x20
  .option push
  .option norvc
  slli x0, x0, 0x1f
  ebreak
  srai x0, x0, 7
  .option pop
1: j 1b
  .data
msg: .asciz "semihosted\\n"
  .align 2
block: .word 0x20026, 3
`,
  // writes a byte into each of N pages, then prints and exits (snapshot cost measurement)
  dirtyPages: `${PRELUDE}
  la t0, arena
  li t1, 0
  li t2, 2048
1: sw t1, 0(t0)
  li t3, 4096
  add t0, t0, t3
  addi t1, t1, 1
  bne t1, t2, 1b
  putc 'd'
  exit 0
2: j 2b
  .bss
  .align 12
  .globl arena
arena: .space 4096 * 2048
`,
};
