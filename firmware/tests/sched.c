/* sched: two tasks under a preemptive round-robin scheduler driven by the
 * machine timer; each timer interrupt saves the running task's trap_frame and
 * resumes the other's.
 *
 * Deterministic output whatever the timer rate: the tasks never yield.  They
 * hand a turn token back and forth; a task that does not hold the token spins
 * until preemption lets the other run.  Each turn the holder does a fixed
 * amount of work (which preemption may cut anywhere) and prints its counters.
 * So the order and content of the lines depend only on the token, while the
 * number of preemptions (not printed) depends on the timer rate. */
#include "check.h"

#define SLICE 200   /* mtime ticks per time slice */
#define TURNS 6     /* turns per task */
#define WORK  20000 /* loop iterations per turn */

struct task {
    trap_frame *frame;       /* saved context while not running */
    volatile uint32_t done;
    uint32_t counter, hash;
    char name;
};

static struct task tasks[2];
static trap_frame *main_frame;
static int current = -1;           /* -1: main (before start / after both done) */
static volatile uint32_t preemptions;
static volatile int turn;          /* index of the task allowed to print next */
static uint64_t next_deadline;
static uint8_t stacks[2][4096] __attribute__((aligned(16)));

static trap_frame *on_timer(trap_frame *f)
{
    next_deadline += SLICE;
    clint_set_mtimecmp(next_deadline);
    preemptions++;
    if (current < 0)
        main_frame = f;
    else
        tasks[current].frame = f;
    if (tasks[0].done && tasks[1].done) {
        clint_timer_disarm();
        current = -1;
        return main_frame;
    }
    int next = current < 0 ? 0 : current ^ 1;
    if (tasks[next].done)
        next ^= 1;
    current = next;
    return tasks[current].frame;
}

static void task_body(int me)
{
    struct task *t = &tasks[me];
    for (int k = 0; k < TURNS; k++) {
        while (turn != me)
            ;   /* spin: only preemption gets us out */
        for (uint32_t i = 0; i < WORK; i++) {
            t->counter++;
            t->hash = (t->hash ^ (t->counter * 2654435761u)) * 16777619u;
        }
        printf("task %c: turn %d counter=%u hash=%08x\n", t->name, k, (unsigned)t->counter,
               (unsigned)t->hash);
        turn = me ^ 1;
    }
    t->done = 1;
    for (;;)
        wfi();   /* wait to be switched away for good */
}

static void task_a(void) { task_body(0); }
static void task_b(void) { task_body(1); }

static void make_task(int i, void (*entry)(void), char name)
{
    uint8_t *top = stacks[i] + sizeof stacks[i];
    trap_frame *f = (trap_frame *)(top - TRAP_FRAME_SIZE);
    for (int r = 0; r < 32; r++)
        f->x[r] = 0;
    uint32_t gp, tp;
    __asm__ volatile("mv %0, gp\nmv %1, tp" : "=r"(gp), "=r"(tp));
    f->x[2] = (uint32_t)top;
    f->x[3] = gp;
    f->x[4] = tp;
    f->mepc = (uint32_t)entry;
    f->mstatus = MSTATUS_MPP_M | MSTATUS_MPIE;   /* M-mode, interrupts on after mret */
    tasks[i].frame = f;
    tasks[i].name = name;
    tasks[i].hash = 2166136261u;
}

int main(void)
{
    printf("sched: 2 tasks, %d turns each, preemptive round robin on the timer\n", TURNS);
    make_task(0, task_a, 'A');
    make_task(1, task_b, 'B');
    trap_set_interrupt_handler(IRQ_M_TIMER, on_timer);
    next_deadline = clint_mtime() + SLICE;
    clint_set_mtimecmp(next_deadline);
    csr_set(mie, MIP_MTIP);
    WAIT_UNTIL(tasks[0].done && tasks[1].done);   /* main runs until the first tick and after both tasks end */
    csr_clear(mie, MIP_MTIP);
    printf("sched: both tasks done, counters A=%u B=%u\n", (unsigned)tasks[0].counter,
           (unsigned)tasks[1].counter);
    check_eq("counter A", tasks[0].counter, TURNS * WORK);
    check_eq("counter B", tasks[1].counter, TURNS * WORK);
    check_eq("same work, same hash", tasks[0].hash, tasks[1].hash);
    /* every hand-over of the token needs at least one preemption */
    check_true("preemptions >= 2 * TURNS", preemptions >= 2 * TURNS);
    printf("sched: preemptions >= %d: ok\n", 2 * TURNS);
    printf("sched: all ok\n");
    return 0;
}
