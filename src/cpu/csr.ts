/** CSR numbers (privileged spec, "Machine-level CSRs" / "Unprivileged counters"). */
export const CSR = {
  cycle: 0xc00, time: 0xc01, instret: 0xc02,
  cycleh: 0xc80, timeh: 0xc81, instreth: 0xc82,
  mvendorid: 0xf11, marchid: 0xf12, mimpid: 0xf13, mhartid: 0xf14, mconfigptr: 0xf15,
  mstatus: 0x300, misa: 0x301, medeleg: 0x302, mideleg: 0x303, mie: 0x304, mtvec: 0x305,
  mcounteren: 0x306, menvcfg: 0x30a, mstatush: 0x310, menvcfgh: 0x31a, mcountinhibit: 0x320,
  mscratch: 0x340, mepc: 0x341, mcause: 0x342, mtval: 0x343, mip: 0x344,
  pmpcfg0: 0x3a0, pmpaddr0: 0x3b0,
  mcycle: 0xb00, minstret: 0xb02, mcycleh: 0xb80, minstreth: 0xb82,
} as const;

/** mstatus bits */
export const MSTATUS_MIE = 1 << 3;
export const MSTATUS_MPIE = 1 << 7;
export const MSTATUS_MPP = 3 << 11;
export const MSTATUS_MPRV = 1 << 17;
export const MSTATUS_TW = 1 << 21;
/** FP state: 0 Off (FP instructions and CSRs are illegal), 1 Initial, 2 Clean, 3 Dirty. */
export const MSTATUS_FS = 3 << 13;
/** Read-only summary: FS (or XS) is Dirty. */
export const MSTATUS_SD = 1 << 31;

/** misa of the default ISA rv32imac: MXL=1 (RV32), extensions A, C, I, M, U (see isa-profile.ts). */
export const MISA_VALUE = 0x40101105;

/** Names for the disassembler (every CSR GNU objdump knows by name that we may print). */
export const CSR_NAMES: ReadonlyMap<number, string> = (() => {
  const m = new Map<number, string>();
  for (const [k, v] of Object.entries(CSR)) m.set(v, k);
  for (let i = 3; i < 32; i++) {
    m.set(0xc00 + i, `hpmcounter${i}`);
    m.set(0xc80 + i, `hpmcounter${i}h`);
    m.set(0xb00 + i, `mhpmcounter${i}`);
    m.set(0xb80 + i, `mhpmcounter${i}h`);
    m.set(0x320 + i, `mhpmevent${i}`);
  }
  for (let i = 0; i < 4; i++) m.set(0x3a0 + i, `pmpcfg${i}`);
  for (let i = 0; i < 16; i++) m.set(0x3b0 + i, `pmpaddr${i}`);
  Object.entries({
    sstatus: 0x100, sie: 0x104, stvec: 0x105, scounteren: 0x106, senvcfg: 0x10a, sscratch: 0x140,
    sepc: 0x141, scause: 0x142, stval: 0x143, sip: 0x144, satp: 0x180, mtinst: 0x34a, mtval2: 0x34b,
    mseccfg: 0x747, mseccfgh: 0x757, tselect: 0x7a0, tdata1: 0x7a1, tdata2: 0x7a2, tdata3: 0x7a3, tinfo: 0x7a4, tcontrol: 0x7a5,
    dcsr: 0x7b0, dpc: 0x7b1, dscratch0: 0x7b2, dscratch1: 0x7b3, fflags: 0x001, frm: 0x002, fcsr: 0x003,
  }).forEach(([k, v]) => m.set(v, k));
  return m;
})();

/** The CSRs the hart implements: 1 = exists (see csrImplemented). */
const CSR_IMPL = new Uint8Array(4096);
for (const c of [0xc00, 0xc01, 0xc02, 0xc80, 0xc81, 0xc82, 0xf11, 0xf12, 0xf13, 0xf14, 0xf15,
  0x300, 0x301, 0x304, 0x305, 0x306, 0x30a, 0x310, 0x31a, 0x320, 0x340, 0x341, 0x342, 0x343, 0x344,
  0xb00, 0xb02, 0xb80, 0xb82]) CSR_IMPL[c] = 1;
for (let i = 0; i < 4; i++) CSR_IMPL[0x3a0 + i] = 1;
// mhpmcounter3-31(h), mhpmevent3-31 and the user hpmcounter3-31(h): no events are counted, so
// they read as zero (as on QEMU) and writes are ignored.
for (let i = 3; i < 32; i++) for (const b of [0xb00, 0xb80, 0x320, 0xc00, 0xc80]) CSR_IMPL[b + i] = 1;
for (let i = 0; i < 16; i++) CSR_IMPL[0x3b0 + i] = 1;
// fflags, frm, fcsr: only with F (see csrImplemented)
for (let i = 1; i <= 3; i++) CSR_IMPL[i] = 1;
// Sdtrig: tselect, tdata1-3, tinfo (src/cpu/debug.ts; no tcontrol, as on QEMU 7.2)
for (let c = 0x7a0; c <= 0x7a4; c++) CSR_IMPL[c] = 1;

/** The hart implements CSR `csr` (0..4095); fflags, frm and fcsr only with F. */
export function csrImplemented(csr: number, hasF: boolean): boolean {
  return CSR_IMPL[csr] === 1 && (csr > 3 || hasF);
}
