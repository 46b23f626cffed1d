/**
 * The ISA an ELF was built for, from its `.riscv.attributes` section (Tag_RISCV_arch, as
 * `readelf -A` prints it, e.g. "rv32i2p1_m2p0_a2p1_f2p2_c2p0_zicsr2p0").
 *
 * Layout (RISC-V ELF psABI, "Attributes"): the byte 'A', then subsections of
 * [uint32 length][vendor NTBS "riscv"][sub-subsections]; a sub-subsection is
 * [ULEB128 tag (1 = whole file)][uint32 size][attributes], each attribute a ULEB128 tag and a
 * value: Tag_RISCV_arch (5) is a NUL-terminated string, the other RISC-V tags (4, 6, 8, 10, 12)
 * are ULEB128 numbers; unknown tags follow the generic rule (odd: string, even: number).
 */
import type { ElfImage } from './elf.js';

const TAG_FILE = 1;
const TAG_RISCV_ARCH = 5;

/** Tag_RISCV_arch of the ELF, or undefined when it has none (or the section is malformed). */
export function riscvArch(bytes: Uint8Array, elf: ElfImage): string | undefined {
  const sec = elf.section('.riscv.attributes');
  if (sec === undefined || sec.offset + sec.size > bytes.length || sec.size < 1) return undefined;
  const data = bytes.subarray(sec.offset, sec.offset + sec.size);
  const dv = new DataView(data.buffer, data.byteOffset, data.length);
  if (data[0] !== 0x41) return undefined; // 'A'
  let p = 1;
  const uleb = (end: number): number => {
    let v = 0, shift = 0;
    while (p < end) {
      const b = data[p++]!;
      v += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if ((b & 0x80) === 0) return v;
    }
    return -1;
  };
  const ntbs = (end: number): string => {
    const start = p;
    while (p < end && data[p] !== 0) p++;
    const s = new TextDecoder('latin1').decode(data.subarray(start, p));
    p++;
    return s;
  };
  while (p + 4 <= data.length) {
    const subEnd = p + dv.getUint32(p, true);
    if (subEnd > data.length || subEnd <= p) return undefined;
    p += 4;
    const vendor = ntbs(subEnd);
    if (vendor !== 'riscv') { p = subEnd; continue; }
    while (p < subEnd) {
      const start = p;
      const tag = uleb(subEnd);
      if (p + 4 > subEnd) return undefined;
      const end = start + dv.getUint32(p, true);
      p += 4;
      if (end > subEnd || end <= start) return undefined;
      if (tag !== TAG_FILE) { p = end; continue; }
      while (p < end) {
        const t = uleb(end);
        if (t < 0) return undefined;
        if (t === TAG_RISCV_ARCH) return ntbs(end);
        if (t % 2 === 1) ntbs(end); else uleb(end);
      }
    }
  }
  return undefined;
}
