export { parseElf, EM_RISCV, PT_LOAD, type ElfImage, type ElfSection, type ElfSegment, type ElfSymbol } from './elf.js';
export { loadElf } from './load.js';
