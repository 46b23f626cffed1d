/**
 * Small programs for the robustness tests (console, exit statuses, budgets, the CLI's output),
 * assembled with riscv64-unknown-elf-gcc at test time; see test/soc/programs.ts.
 */
import { buildElf } from '../loader/build.js';
import { LD, PRELUDE } from '../soc/programs.js';

const PUTS = `
  # print the NUL-terminated string at a0 (clobbers t0, t1)
  .macro puts label
    la a0, \\label
    li t0, UART
  98: lbu t1, 0(a0)
    beqz t1, 99f
    sb t1, 0(t0)
    addi a0, a0, 1
    j 98b
  99:
  .endm
`;

export const ROBUST_PROGRAMS: Record<string, string> = {
  // 200,000 bytes with no newline
  longLine: `${PRELUDE}
  li t0, UART
  li t1, 200000
  li t2, 'x'
1: sb t2, 0(t0)
  addi t1, t1, -1
  bnez t1, 1b
  exit 0
2: j 2b
`,
  // one @result line with 100,000 values (i % 10)
  bigResult: `${PRELUDE}${PUTS}
  puts head
  li t0, UART
  li t1, 0
  li t3, 100000
  li t4, 10
  li t2, ' '
2: remu a1, t1, t4
  addi a1, a1, '0'
  sb a1, 0(t0)
  sb t2, 0(t0)
  addi t1, t1, 1
  bne t1, t3, 2b
  putc '\\n'
  exit 0
3: j 3b
  .data
head: .asciz "@result big u8[100000] "
`,
  // CRLF line ends and bytes that are not UTF-8
  rawBytes: `${PRELUDE}${PUTS}
  puts text
  exit 0
1: j 1b
  .data
text: .byte 'a', 13, 10, 0xff, 0xfe, 'b', 10
  .ascii "[1/1] stage\\r\\n"
  .byte 0
`,
  // exit through the test finisher with a code the status byte cannot hold, or with 3
  exit256: `${PRELUDE}
  exit 256
1: j 1b
`,
  exit3: `${PRELUDE}
  exit 3
1: j 1b
`,
  // an illegal instruction in a loop whose handler skips it: half the steps trap
  trapEveryOther: `${PRELUDE}
  la t0, handler
  csrw mtvec, t0
1: .word 0
  j 1b
  .align 2
handler:
  csrr t0, mepc
  addi t0, t0, 4
  csrw mepc, t0
  mret
`,
  // runs 40 M instructions, prints a line, runs 20 M more, prints another and exits
  printMidRun: `${PRELUDE}${PUTS}
  li t2, 20000000
1: addi t2, t2, -1
  bnez t2, 1b
  puts first
  li t2, 10000000
2: addi t2, t2, -1
  bnez t2, 2b
  puts second
  exit 0
3: j 3b
  .data
first: .asciz "first line\\n"
second: .asciz "second line\\n"
`,
  // IREE-style stage lines, longer than a summary row
  longStages: `${PRELUDE}${PUTS}
  puts stages
  exit 0
1: j 1b
  .data
stages:
  .ascii "[1/8] Loading Model module...\\n"
  .ascii "[2/8] Creating the HAL device and the VM context with all of its modules and more\\n"
  .ascii "[3/8] x\\n"
  .ascii "[4/8] Invoking function module.main_graph$async with inputs of shape 1x3x224x224xf32\\n"
  .byte 0
`,
  // sleeps in wfi with interrupts enabled: each timer interrupt is taken as the hart wakes,
  // before any other instruction; the straight-line handler re-arms the timer
  wfiTimer: `${PRELUDE}
  li s0, 0
  timer_irq_at handler, 100
loop:
  wfi
  li t1, 5
  bne s0, t1, loop
  exit 0
1: j 1b
  .align 2
  .globl handler
  .type handler, @function
handler:
  addi s0, s0, 1
  li t0, MTIME
  lw t1, 0(t0)
  addi t1, t1, 100
  li t0, MTIMECMP
  sw t1, 0(t0)
  mret
  .size handler, . - handler
`,
  // the trap handler is mtvec 0: the first fault loops
  trapLoop: `${PRELUDE}
  csrw mtvec, zero
  .word 0
`,
};

const built = new Map<string, { path: string; bytes: Uint8Array }>();

/** Assemble one of ROBUST_PROGRAMS (once per test process). */
export function robustProgram(name: keyof typeof ROBUST_PROGRAMS & string): { path: string; bytes: Uint8Array } {
  let b = built.get(name);
  if (!b) {
    b = buildElf(`robust-${name}`, { 'p.S': ROBUST_PROGRAMS[name]! }, LD);
    built.set(name, b);
  }
  return b;
}
