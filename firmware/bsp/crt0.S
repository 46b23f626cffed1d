/* rv-zoo bsp start-up: hart 0 only, machine mode. */
    .section .text.init, "ax", @progbits
    .globl _start
    .type _start, @function
_start:
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop
    la      sp, __stack_top
    /* trap vector (direct mode) */
    la      t0, trap_entry
    csrw    mtvec, t0
    csrw    mie, zero
    csrw    mscratch, zero
#ifdef __riscv_flen
    /* hard-float builds: FPU on (mstatus.FS = Initial) before any FP instruction; fcsr = 0 */
    li      t0, 1 << 13
    csrs    mstatus, t0
    csrwi   fcsr, 0
#endif

    /* other harts (none on -smp 1) park */
    csrr    t0, mhartid
    bnez    t0, .Lpark

    /* copy .data/.tdata from load address (flash in XIP layout) */
    la      t0, __data_load
    la      t1, __data_start
    la      t2, __data_end
    beq     t0, t1, .Ldata_done
1:  bgeu    t1, t2, .Ldata_done
    lw      t3, 0(t0)
    sw      t3, 0(t1)
    addi    t0, t0, 4
    addi    t1, t1, 4
    j       1b
.Ldata_done:
    /* clear .tbss/.bss */
    la      t1, __bss_start
    la      t2, __bss_end
2:  bgeu    t1, t2, .Lbss_done
    sw      zero, 0(t1)
    addi    t1, t1, 4
    j       2b
.Lbss_done:
    /* thread pointer: the single TLS block is the linked .tdata/.tbss image */
    la      tp, __tls_base

    call    __libc_init_array
    li      a0, 0
    li      a1, 0
    call    main
    call    exit
.Lpark:
    wfi
    j       .Lpark
    .size _start, . - _start
