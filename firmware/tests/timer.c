/* timer: machine timer interrupts at a fixed period.  The handler re-arms
 * mtimecmp = previous deadline + PERIOD; main sleeps (wfi) until N interrupts
 * arrived, then disarms.  Prints counts only, never times. */
#include "check.h"

#define PERIOD 1000  /* mtime ticks: 10k instructions on rv-zoo, 100k on QEMU icount=0 */
#define N 10

static volatile uint32_t ticks;
static volatile uint64_t deadline;
static volatile uint32_t late;   /* handler ran before its deadline? (must not) */

static trap_frame *on_timer(trap_frame *f)
{
    if (clint_mtime() < deadline)
        late++;
    /* re-arm for the next period; after the N-th, disarm here so a late interrupt
     * (timer much faster than instructions) cannot add an (N+1)-th before main
     * sees the count */
    if (++ticks < N) {
        deadline += PERIOD;
        clint_set_mtimecmp(deadline);
    } else {
        clint_timer_disarm();
    }
    return f;
}

int main(void)
{
    printf("timer: %d interrupts, period %d ticks\n", N, PERIOD);
    trap_set_interrupt_handler(IRQ_M_TIMER, on_timer);
    uint64_t start = clint_mtime();
    deadline = start + PERIOD;
    clint_set_mtimecmp(deadline);
    csr_set(mie, MIP_MTIP);
    WAIT_UNTIL(ticks >= N);
    clint_timer_disarm();
    csr_clear(mie, MIP_MTIP);
    uint64_t elapsed = clint_mtime() - start;
    printf("timer: got %u interrupts\n", (unsigned)ticks);
    check_eq("interrupt count", ticks, N);
    check_eq("interrupts taken before mtimecmp", late, 0);
    check_true("elapsed >= N * PERIOD", elapsed >= (uint64_t)N * PERIOD);
    check_eq("no interrupt after disarm", ticks, N);
    printf("timer: elapsed >= %d ticks: ok\n", N * PERIOD);
    check_true("mip.MTIP clear after disarm", (csr_read(mip) & MIP_MTIP) == 0);
    printf("timer: all ok\n");
    return 0;
}
