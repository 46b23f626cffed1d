import { RvZooError } from '../errors.js';
import type { Board } from '../soc/board.js';
import { PT_LOAD, type ElfImage } from './elf.js';

const hex = (n: number): string => '0x' + (n >>> 0).toString(16).padStart(8, '0');

/** The parts of Board the loader uses. */
export type LoadTarget = Pick<Board, 'regions' | 'poke' | 'fill' | 'hart'> & { entry: number };

/**
 * Copy every PT_LOAD segment to its physical (load) address p_paddr — for XIP builds .data's
 * image lands in flash and crt0 copies it to RAM — zero-fill memsz beyond filesz, and start the
 * hart at e_entry. A segment must lie entirely inside one RAM or flash region; the entry point
 * must be in executable memory.
 */
export function loadElf(image: ElfImage, board: LoadTarget): void {
  const mems = board.regions.filter((r) => r.kind !== 'mmio');
  const label = (r: (typeof mems)[number]): string => {
    const kind = r.kind === 'ram' ? 'RAM' : 'flash';
    return `${r.name.toLowerCase() === r.kind ? kind : `${kind} '${r.name}'`} [${hex(r.base)}, ${hex(r.base + r.size)})`;
  };
  for (const seg of image.segments) {
    if (seg.type !== PT_LOAD || seg.memsz === 0) continue;
    const start = seg.paddr >>> 0, end = start + seg.memsz;
    const range = `[${hex(start)}, ${hex(end)})`;
    const home = mems.find((r) => start >= r.base && start < r.base + r.size);
    if (!home || end > home.base + home.size) {
      const touched = mems.filter((r) => start < r.base + r.size && end > r.base);
      const where = home ? label(home) : touched.length > 0 ? touched.map(label).join(' and ') : `any memory region (${mems.map(label).join(', ')})`;
      throw new RvZooError(`${image.file}: segment ${seg.index} ${range} does not fit in ${where}`);
    }
    if (seg.filesz > 0) board.poke(start, seg.data);
    if (seg.memsz > seg.filesz) board.fill(start + seg.filesz, seg.memsz - seg.filesz, 0);
  }
  const entry = image.entry >>> 0;
  const exec = mems.find((r) => r.executable && entry >= r.base && entry + 2 <= r.base + r.size);
  if (!exec) {
    throw new RvZooError(`${image.file}: entry point ${hex(entry)} is not in executable memory (${mems.filter((r) => r.executable).map(label).join(', ')})`);
  }
  board.entry = entry;
  board.hart.pc = entry;
}
