export { Board, type BoardOptions, type BoardStop, type BoardStopReason, type BoardSnapshot, type RegionInfo } from './board.js';
export { SystemBus } from './system-bus.js';
export { MemoryRegion, PAGE_SIZE } from './memory.js';
export type { Device } from './device.js';
export { Clint } from './clint.js';
export { Plic } from './plic.js';
export { Uart16550 } from './uart16550.js';
export { TestFinisher } from './finisher.js';
export { Semihost } from './semihost.js';
export {
  builtinProfile, parseMachineJson, loadMachineFile, parseSize, resolveProfile, validateProfile,
  BUILTIN_PROFILES, type MachineProfile, type RegionSpec, type DeviceSpec,
} from './profiles.js';
