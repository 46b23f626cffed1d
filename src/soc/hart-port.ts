/**
 * The part of the hart that devices and the semihosting handler use. The real `Hart`
 * (src/cpu/hart.ts) satisfies it structurally; unit tests use small fakes.
 */
export interface HartPort {
  readonly x: Int32Array;
  pc: number;
  instret: number;
  setInterruptPending(mask: number, pending: boolean): void;
  requestYield(): void;
}

/** Hardware interrupt bits of mip (the same values src/cpu/hart.ts exports). */
export const MIP_MSIP = 1 << 3;
export const MIP_MTIP = 1 << 7;
export const MIP_MEIP = 1 << 11;

/** mie CSR number. */
export const CSR_MIE = 0x304;
