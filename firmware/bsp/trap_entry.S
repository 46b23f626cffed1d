/* rv-zoo bsp trap entry: save all registers on the current stack as a
 * trap_frame (see bsp.h), call trap_dispatch(frame), resume the frame it returns. */
#define FRAME 144
#define SAVE(n) sw x##n, (4*n)(sp)
#define LOAD(n) lw x##n, (4*n)(sp)

    .section .text.trap, "ax", @progbits
    .globl trap_entry
    .type trap_entry, @function
    .balign 4
trap_entry:
    addi    sp, sp, -FRAME
    SAVE(1)
    SAVE(3)
    SAVE(4)
    SAVE(5)
    SAVE(6)
    SAVE(7)
    SAVE(8)
    SAVE(9)
    SAVE(10)
    SAVE(11)
    SAVE(12)
    SAVE(13)
    SAVE(14)
    SAVE(15)
    SAVE(16)
    SAVE(17)
    SAVE(18)
    SAVE(19)
    SAVE(20)
    SAVE(21)
    SAVE(22)
    SAVE(23)
    SAVE(24)
    SAVE(25)
    SAVE(26)
    SAVE(27)
    SAVE(28)
    SAVE(29)
    SAVE(30)
    SAVE(31)
    addi    t0, sp, FRAME
    sw      t0, 8(sp)
    sw      zero, 0(sp)
    csrr    t0, mepc
    sw      t0, 128(sp)
    csrr    t0, mstatus
    sw      t0, 132(sp)
    csrr    t0, mcause
    sw      t0, 136(sp)
    csrr    t0, mtval
    sw      t0, 140(sp)
    mv      a0, sp
    call    trap_dispatch
    mv      sp, a0
    lw      t0, 128(sp)
    csrw    mepc, t0
    lw      t0, 132(sp)
    csrw    mstatus, t0
    LOAD(1)
    LOAD(3)
    LOAD(4)
    LOAD(5)
    LOAD(6)
    LOAD(7)
    LOAD(8)
    LOAD(9)
    LOAD(10)
    LOAD(11)
    LOAD(12)
    LOAD(13)
    LOAD(14)
    LOAD(15)
    LOAD(16)
    LOAD(17)
    LOAD(18)
    LOAD(19)
    LOAD(20)
    LOAD(21)
    LOAD(22)
    LOAD(23)
    LOAD(24)
    LOAD(25)
    LOAD(26)
    LOAD(27)
    LOAD(28)
    LOAD(29)
    LOAD(30)
    LOAD(31)
    LOAD(2)
    mret
    .size trap_entry, . - trap_entry
