// The rv-zoo library: the Machine harness on top, and the layers below it for those who
// build their own tools (a Board is a whole machine; a Hart is just the CPU).
export { RvZooError } from './errors.js';
export { DEMO_ELF } from './demo.js';
export {
  Machine, type MachineOptions, type RunOptions, type RunResult, type StageRecord, type Stop,
  type StopReason, type MachineEvents, type MachineSnapshot, type ByteSource, type TrapEvent, type TensorSource,
} from './harness/machine.js';
export { ResultTensor, parseResultLine, parseStageLine, MAX_LINE_BYTES, type DType, type ResultSource, type TensorValues } from './harness/protocol.js';
export { parseOutputSpec, type OutputSpec, type OutputStop, type TensorLocation } from './harness/tensor.js';
export { parseNpy, encodeNpy, isNpy, type NpyArray } from './harness/npy.js';
export { parseIreeLine, type IreeLine, type IreeTensorText } from './harness/iree-text.js';
export { applyResultLine, emptyResultState, type ResultState } from './harness/results.js';
export {
  verifyFirmware, describeModel, referenceOutputs, loadVerifyInputs, pickResult,
  type VerifyOptions, type VerifyReport, type VerifyRow, type VerifyInput, type ReferenceModel,
} from './harness/verify.js';
export { ruleSet, ireeRuleSpecs, emitcModuleNames, type RuleSpec, type RulesFile, type RuleSet } from './loader/components.js';
export { footprintHints, symbolsWithFiles } from './loader/footprint.js';
export { parseLayerLine, layersFromConsole, dispatchParts, type LayerRecord, type LayerTensor } from './harness/layers.js';
export { attachFootprint, footprintJson, footprintLine, staticFootprint, berkeleySizes, parseLinkerMap, componentBreakdown, type FootprintTracker, type FootprintReport, type FootprintJson, type StaticFootprint } from './harness/footprint.js';
export { profileRun, foldedText, type ProfileReport, type FunctionProfile } from './harness/profile.js';
export { describeCause } from './cpu/causes.js';
export { parseElf, loadElf, type ElfImage, type ElfSymbol, type ElfSegment, type ElfSection } from './loader/index.js';
export { Board, type BoardOptions, type BoardStop } from './soc/board.js';
export { builtinProfile, parseMachineJson, parseSize, type MachineProfile } from './soc/profiles.js';
export { Hart, type HartOptions, type CycleModel, type RunExit } from './cpu/hart.js';
export { disassemble } from './cpu/disasm.js';
export type { Bus, MemoryWindow } from './cpu/bus.js';
export { BUS_FAULT } from './cpu/bus.js';
