export { RvZooError } from './errors.js';
export type { Bus, MemoryWindow } from './cpu/bus.js';
export { BUS_FAULT } from './cpu/bus.js';
