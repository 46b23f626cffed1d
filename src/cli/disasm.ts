import { RvZooError, readUserFile } from '../errors.js';
import { disassemble } from '../cpu/disasm.js';
import { parseElf, SHF_EXECINSTR, SHT_NOBITS, type ElfImage } from '../loader/elf.js';
import { parseCommandArgs } from './args.js';
import { output } from './output.js';

export const DISASM_USAGE = `usage: rv-zoo disasm ELF [--symbol NAME]

Disassemble the executable sections of ELF (objdump -d style: address, encoding, instruction,
function labels), or only the function NAME.
`;

const OPTIONS = { symbol: { type: 'string' } } as const;

/** Disassembly lines for [start, end) of one section's bytes loaded at `addr`. */
export function disassembleRange(elf: ElfImage, bytes: Uint8Array, addr: number, start: number, end: number): string[] {
  const out: string[] = [];
  const labels = new Map<number, string>();
  for (const s of elf.symbols) if (s.type === 'func' && s.value >= start && s.value < end) labels.set(s.value, s.name);
  let pc = start;
  while (pc < end) {
    const label = labels.get(pc);
    if (label) out.push('', `${pc.toString(16).padStart(8, '0')} <${label}>:`);
    const off = pc - addr;
    if (off + 2 > bytes.length) break;
    const lo = bytes[off]! | (bytes[off + 1]! << 8);
    let word = lo;
    let len = 2;
    if ((lo & 3) === 3 && off + 4 <= bytes.length) {
      word = (lo | (bytes[off + 2]! << 16) | (bytes[off + 3]! << 24)) >>> 0;
      len = 4;
    }
    const enc = len === 4 ? word.toString(16).padStart(8, '0') : lo.toString(16).padStart(4, '0').padEnd(8);
    out.push(`${pc.toString(16).padStart(8, ' ')}:\t${enc}\t${disassemble(word, pc)}`);
    pc += len;
  }
  return out;
}

export async function disasmCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('disasm', args, OPTIONS, ['ELF']);
  if (values.help) {
    output.out(DISASM_USAGE);
    return 0;
  }
  const file = positionals[0]!;
  const bytes = await readUserFile(file);
  const elf = parseElf(bytes, file);
  const out: string[] = [];
  let range: [number, number] | null = null;
  if (values.symbol !== undefined) {
    const sym = elf.symbol(values.symbol);
    if (!sym) throw new RvZooError(`${file}: no symbol '${values.symbol}'`);
    if (sym.type !== 'func') throw new RvZooError(`${file}: symbol '${values.symbol}' is not a function`);
    range = [sym.value, sym.value + Math.max(sym.size, 2)];
  }
  for (const sec of elf.sections) {
    if ((sec.flags & SHF_EXECINSTR) === 0 || sec.type === SHT_NOBITS || sec.size === 0) continue;
    const data = bytes.subarray(sec.offset, sec.offset + sec.size);
    const start = range ? Math.max(range[0], sec.addr) : sec.addr;
    const end = range ? Math.min(range[1], sec.addr + sec.size) : sec.addr + sec.size;
    if (start >= end) continue;
    if (!range) out.push('', `Disassembly of section ${sec.name}:`);
    out.push(...disassembleRange(elf, data, sec.addr, start, end));
  }
  output.out(out.join('\n').replace(/^\n/, '') + '\n');
  return 0;
}
