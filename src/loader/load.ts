import { RvZooError } from '../errors.js';
import type { Board } from '../soc/board.js';
import { PT_LOAD, type ElfImage } from './elf.js';

const hex = (n: number): string => '0x' + (n >>> 0).toString(16).padStart(8, '0');

/** The parts of Board the loader uses. */
export type LoadTarget = Pick<Board, 'regions' | 'poke' | 'fill' | 'hart'> & { entry: number };

/**
 * Copy every PT_LOAD segment's file image to its physical (load) address p_paddr — for XIP
 * builds .data's image lands in flash and crt0 copies it to RAM — and zero the rest of the
 * segment (memsz beyond filesz: .bss) where the program will use it, at p_vaddr. Both ranges
 * must lie inside one RAM or flash region each (an XIP build's .bss, heap and stack are
 * checked against RAM, where they run, not against the flash address the linker gave them as
 * load address); the entry point must be in executable memory.
 */
export function loadElf(image: ElfImage, board: LoadTarget): void {
  const mems = board.regions.filter((r) => r.kind !== 'mmio');
  const label = (r: (typeof mems)[number]): string => {
    const kind = r.kind === 'ram' ? 'RAM' : 'flash';
    return `${r.name.toLowerCase() === r.kind ? kind : `${kind} '${r.name}'`} [${hex(r.base)}, ${hex(r.base + r.size)})`;
  };
  const mustFit = (what: string, start: number, end: number): void => {
    const home = mems.find((r) => start >= r.base && start < r.base + r.size);
    if (home && end <= home.base + home.size) return;
    const touched = mems.filter((r) => start < r.base + r.size && end > r.base);
    const where = home ? label(home) : touched.length > 0 ? touched.map(label).join(' and ') : `any memory region (${mems.map(label).join(', ')})`;
    throw new RvZooError(`${image.file}: ${what} [${hex(start)}, ${hex(end)}) does not fit in ${where}`);
  };
  for (const seg of image.segments) {
    if (seg.type !== PT_LOAD || seg.memsz === 0) continue;
    const lma = seg.paddr >>> 0, vma = seg.vaddr >>> 0;
    if (lma === vma) {
      mustFit(`segment ${seg.index}`, lma, lma + seg.memsz);
    } else {
      if (seg.filesz > 0) mustFit(`segment ${seg.index} load image`, lma, lma + seg.filesz);
      mustFit(`segment ${seg.index} (run address)`, vma, vma + seg.memsz);
    }
  }
  for (const seg of image.segments) {
    if (seg.type !== PT_LOAD || seg.memsz === 0) continue;
    if (seg.filesz > 0) board.poke(seg.paddr >>> 0, seg.data);
    if (seg.memsz > seg.filesz) board.fill(((seg.vaddr >>> 0) + seg.filesz) >>> 0, seg.memsz - seg.filesz, 0);
  }
  const entry = image.entry >>> 0;
  const exec = mems.find((r) => r.executable && entry >= r.base && entry + 2 <= r.base + r.size);
  if (!exec) {
    throw new RvZooError(`${image.file}: entry point ${hex(entry)} is not in executable memory (${mems.filter((r) => r.executable).map(label).join(', ')})`);
  }
  board.entry = entry;
  board.hart.pc = entry;
}
