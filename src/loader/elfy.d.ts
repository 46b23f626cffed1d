// Minimal types for the parts of the `elfy` package (CommonJS, untyped) that rv-zoo uses.
declare module 'elfy' {
  interface ElfyProgram {
    type: string | undefined;
    offset: number;
    vaddr: number;
    paddr: number;
    filesz: number;
    memsz: number;
    flags: Record<string, boolean>;
    align: number;
    data: Buffer;
  }
  interface ElfySection {
    name: string;
    type: string | number;
    flags: Record<string, boolean>;
    addr: number;
    off: number;
    size: number;
    link: number;
    info: number;
    addralign: number;
    entsize: number;
    data: Buffer;
  }
  interface ElfyFile {
    class: string;
    endian: string;
    type: string | undefined;
    machine: string | undefined;
    entry: number;
    phoff: number;
    shoff: number;
    flags: number;
    phnum: number;
    shnum: number;
    shstrndx: number;
    body: { programs: ElfyProgram[]; sections: ElfySection[] };
  }
  const elfy: { parse(buf: Buffer): ElfyFile };
  export default elfy;
}
