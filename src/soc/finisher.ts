import { BUS_FAULT } from '../cpu/bus.js';
import type { Device } from './device.js';

export const FINISHER_FAIL = 0x3333;
export const FINISHER_PASS = 0x5555;
export const FINISHER_RESET = 0x7777;

export type FinisherEvent = { kind: 'exit'; code: number } | { kind: 'reset' };

/**
 * SiFive test finisher (QEMU "sifive_test"): a store of 0x5555 at offset 0 powers off with
 * status 0, (code << 16) | 0x3333 with `code`, 0x7777 resets. Other values are ignored; reads
 * return 0. QEMU accepts 2- and 4-byte accesses only.
 */
export class TestFinisher implements Device {
  readonly name: string;
  constructor(
    readonly base: number,
    private readonly signal: (e: FinisherEvent) => void,
    readonly size = 0x1000,
    name = 'test-finisher',
  ) {
    this.name = name;
  }

  load(_offset: number, width: 1 | 2 | 4): number {
    return width === 1 ? BUS_FAULT : 0;
  }

  store(offset: number, width: 1 | 2 | 4, value: number): boolean {
    if (width === 1) return false;
    if (offset !== 0) return true;
    const status = value & 0xffff;
    const code = (value >>> 16) & 0xffff;
    if (status === FINISHER_PASS) this.signal({ kind: 'exit', code: 0 });
    else if (status === FINISHER_FAIL) this.signal({ kind: 'exit', code });
    else if (status === FINISHER_RESET) this.signal({ kind: 'reset' });
    return true;
  }
}
