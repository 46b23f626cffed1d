/**
 * A memory-mapped device on the bus. Offsets are relative to `base`. Guest faults are values:
 * `load` returns BUS_FAULT (-1) and `store` returns false when the access is refused (wrong
 * width, for instance); unimplemented registers usually read 0 and ignore writes, as QEMU does.
 */
export interface Device {
  readonly name: string;
  readonly base: number;
  readonly size: number;
  load(offset: number, width: 1 | 2 | 4): number;
  store(offset: number, width: 1 | 2 | 4, value: number): boolean;
  /** Back to the power-on state (machine reset). */
  reset?(): void;
  snapshot?(): unknown;
  restore?(state: unknown): void;
}

/**
 * For byte-register devices (the 16550): split a wider access into byte accesses at
 * consecutive offsets, little-endian, as QEMU's memory core does for an impl size of 1.
 */
export function loadBytes(dev: { loadByte(offset: number): number }, offset: number, width: number): number {
  let v = 0;
  for (let i = 0; i < width; i++) v |= (dev.loadByte(offset + i) & 0xff) << (8 * i);
  return v >>> 0;
}

export function storeBytes(dev: { storeByte(offset: number, value: number): void }, offset: number, width: number, value: number): void {
  for (let i = 0; i < width; i++) dev.storeByte(offset + i, (value >>> (8 * i)) & 0xff);
}
