import type { HartPort } from '../../src/soc/hart-port.js';

/** A stand-in for the hart: records interrupt lines and yield requests. */
export class FakeHart implements HartPort {
  readonly x = new Int32Array(32);
  pc = 0;
  instret = 0;
  mip = 0;
  yields = 0;
  setInterruptPending(mask: number, pending: boolean): void {
    this.mip = pending ? this.mip | mask : this.mip & ~mask;
  }
  requestYield(): void {
    this.yields++;
  }
}
