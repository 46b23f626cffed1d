/**
 * Why the hart's execution loops (interpreter, translation tier, debug path) returned to
 * Hart.run: the budget is used up, something needs attention (an interrupt, a yield, a changed
 * pc parity), wfi, a trap loop, or a debugger stop.
 */
export const RUN_BUDGET = 0, RUN_ATTN = 1, RUN_WFI = 2, RUN_TRAPLOOP = 3, RUN_DEBUG = 4;
