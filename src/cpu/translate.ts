/**
 * Block translator: turns a region of decoded instructions into the source of a JavaScript
 * function that executes them with the registers held in locals.
 *
 * A region starts at an entry pc and holds the translatable instructions of its 4 KiB page
 * reachable from there through fall-through, branch and jal edges (Hart.compile, up to a size
 * limit); it never contains jalr targets, instructions left to the interpreter (system, CSR, AMO,
 * fence.i, illegal) or overlapping instructions. The code is laid out in address order inside
 * `L: for (;;) switch (lbl)`: fall-through between neighbours is free, every other transfer to a
 * region instruction sets the label and continues the loop, so nested loops of one function run
 * inside one call. Transfers out of the region leave the function ("exits").
 *
 * The generated function is `(h, x, lim) => number`: h is the Hart, x its register file, lim
 * the instret value the trace must not pass. The dispatcher enters it only when `len` (the
 * region's instruction count) more steps fit; between two label jumps the code runs straight
 * through in address order, so every label jump re-checks `ir + len <= lim` and otherwise
 * leaves at the target. It reads h.instret/h.cycleDelta and on every exit writes back the
 * registers it modified, h.pc, h.instret and h.cycleDelta. It returns 0, or 2 when it stopped
 * before an instruction the interpreter must run: memory accesses use the hart's primary (RAM)
 * and secondary (flash) windows directly when aligned and inside them (stores: only into RAM
 * pages holding no code); anything else (MMIO, misaligned, faults, stores into code) leaves the
 * trace before the access, and the dispatcher interprets that one instruction, so devices,
 * traps, invalidation, interrupts and yields behave exactly as in the interpreter.
 */
import { Op } from './isa.js';

/** One decoded instruction of a trace (rd = 0 for x0). */
export interface TInsn { pc: number; op: number; len: number; rd: number; rs1: number; rs2: number; imm: number }

/** Constants folded into generated code. */
export interface TConfig {
  ramBase: number; ramSize: number;
  flashBase: number; flashSize: number;
  cmLoad: number; cmStore: number; cmBranch: number; cmJump: number; cmMul: number; cmDiv: number;
  /** Emit store journaling calls (h.t_jw) for the 'check' mode. */
  journal: boolean;
}

/** A translated (or candidate) trace starting at `start`. */
export class Block {
  /** Times the dispatcher found this entry pc not yet translated. */
  count = 0;
  /** Instructions the interpreter runs for a cold visit (the basic block up to its branch). */
  blen = 1;
  /** Instructions in the compiled region (the most it runs between two budget checks). */
  len = 0;
  /** Lowest and one-past-highest byte address the trace's instructions occupy. */
  lo = 0;
  hi = 0;
  valid = true;
  fn: ((h: unknown, x: Int32Array, lim: number) => number) | null = null;
  /** Direct-jump cache: the block last seen after this one, and its entry pc. */
  npc = -1;
  nb: Block | null = null;
  /** Global page index the trace lives in (for invalidation). */
  page = -1;
  insns: TInsn[] | null = null;
  constructor(readonly start: number) {}
}

/** Ops a trace can contain. Everything else ends the trace before it. */
export function translatable(op: number): boolean {
  return (op >= Op.LUI && op <= Op.FENCE) && op !== Op.ECALL && op !== Op.EBREAK
    || (op >= Op.MUL && op <= Op.REMU);
}

export function isBranch(op: number): boolean { return op >= Op.BEQ && op <= Op.BGEU; }

const lit = (n: number): string => (n < 0 ? `(${n})` : `${n}`);

/**
 * JavaScript source of the function body for a trace. The parameter names of the enclosing
 * factory are: r8 ri8 r16 ri16 r32 rdirty rcode f8 fi8 f16 fi16 f32 mulhu.
 */
export function genTrace(path: readonly TInsn[], cfg: TConfig): string {
  const start = path[0]!.pc;
  // Lay the region out in address order; fall-through between neighbours is free, every other
  // transfer inside the region goes through a `switch` label.
  const ins = [...path].sort((p, q) => p.pc - q.pc);
  const n = ins.length;
  const inRegion = new Set<number>(ins.map((i) => i.pc));
  const label = new Map<number, number>();
  const addLabel = (pc: number): number => {
    let id = label.get(pc);
    if (id === undefined) { id = label.size; label.set(pc, id); }
    return id;
  };
  addLabel(start);
  for (const i of ins) {
    if (i.op === Op.JAL || isBranch(i.op)) { const t = (i.pc + i.imm) | 0; if (inRegion.has(t)) addLabel(t); }
  }
  const used = new Set<number>();
  const written = new Set<number>();
  for (const i of ins) {
    const reads = readsOf(i);
    for (const r of reads) if (r !== 0) used.add(r);
    if (writesRd(i.op) && i.rd !== 0) { used.add(i.rd); written.add(i.rd); }
  }
  const R = (r: number): string => (r === 0 ? '0' : `g${r}`);
  const wb = [...written].sort((a, b) => a - b).map((r) => `x[${r}] = g${r};`).join(' ');
  const out: string[] = [];
  out.push('let ir = h.instret, cd = h.cycleDelta, a = 0, o = 0, v = 0, npc = 0, ex = 0, lbl = 0;');
  if (used.size > 0) out.push(`let ${[...used].sort((a, b) => a - b).map((r) => `g${r} = x[${r}]`).join(', ')};`);
  out.push('L: for (;;) switch (lbl) {');
  // ir/cd are brought up to date at every label and exit: `seg` is the index of the first
  // instruction since the last label, cdAcc the static extra cycles since then.
  let seg = 0;
  let cdAcc = 0;
    const adv = (k: number, c: number): string => `ir += ${k - seg + 1};${c !== 0 ? ` cd += ${c};` : ''}`;
  /** Leave with pc = target expression after instruction k and `c` extra cycles. */
  // Every exit leaves the loop with npc/ir/cd set; the epilogue writes the state back once.
  const exitTo = (target: string, k: number, c: number): string => `{ npc = ${target}; ${adv(k, c)} break L; }`;
  /**
   * Jump to the region's instruction at `t` after instruction k. Between two such jumps the code
   * runs straight through in address order (at most n instructions), so checking that n more
   * steps fit in the budget at every jump keeps the trace inside `lim`.
   */
  const jumpIn = (t: number, k: number, c: number): string =>
    `{ ${adv(k, c)} if (ir + ${n} <= lim) { lbl = ${addLabel(t)}; continue L; } npc = ${t | 0}; break L; }`;
  let fell = false;
  /** Continue at `next` after instruction k (static target). */
  const goTo = (next: number, k: number, c: number): string => {
    if (k + 1 < n && ins[k + 1]!.pc === next) { fell = true; return ''; }
    fell = false;
    return inRegion.has(next) ? jumpIn(next, k, c) : exitTo(`${next | 0}`, k, c);
  };
  /**
   * Leave before instruction k (at pc, `c` extra cycles so far) and return 2: the dispatcher runs
   * that one instruction in the interpreter (slow memory accesses: MMIO, misaligned, faults,
   * stores into code), so devices, traps, invalidation and attn behave exactly as there.
   */
  const interp = (pc: number, k: number, c: number): string =>
    `{ npc = ${pc | 0}; ex = 2;${k > seg ? ` ir += ${k - seg};` : ''}${c !== 0 ? ` cd += ${c};` : ''} break L; }`;

  for (let k = 0; k < n; k++) {
    const i = ins[k]!;
    const pc = i.pc, imm = i.imm, next = (pc + i.len) | 0;
    if (label.has(pc) || !fell) {
      if (fell && k > seg) out.push(`ir += ${k - seg};${cdAcc !== 0 ? ` cd += ${cdAcc};` : ''}`);
      out.push(`case ${addLabel(pc)}:`);
      seg = k;
      cdAcc = 0;
    }
    fell = true;
    const d = i.rd !== 0 ? `g${i.rd}` : '';
    const s1 = R(i.rs1), s2 = R(i.rs2);
    const set = (e: string): string => (d ? `${d} = ${e};` : '');
    let c = cdAcc;
    out.push(`// ${(pc >>> 0).toString(16)} op ${i.op}`);
    switch (i.op) {
      case Op.LUI: out.push(set(lit(imm))); break;
      case Op.AUIPC: out.push(set(lit((pc + imm) | 0))); break;
      case Op.JAL: {
        c += cfg.cmJump;
        out.push(set(lit(next)));
        const t = (pc + imm) | 0;
        // A jal to the next instruction still needs its own fall-through (not a label jump).
        out.push(goTo(t, k, c));
        break;
      }
      case Op.JALR: {
        c += cfg.cmJump;
        out.push(`a = (${s1} + ${lit(imm)}) & -2;`);
        out.push(set(lit(next)));
        out.push(exitTo('a', k, c));
        fell = false;
        break;
      }
      case Op.BEQ: case Op.BNE: case Op.BLT: case Op.BGE: case Op.BLTU: case Op.BGEU: {
        const cond = i.op === Op.BEQ ? `${s1} === ${s2}` : i.op === Op.BNE ? `${s1} !== ${s2}`
          : i.op === Op.BLT ? `${s1} < ${s2}` : i.op === Op.BGE ? `${s1} >= ${s2}`
          : i.op === Op.BLTU ? `(${s1} >>> 0) < (${s2} >>> 0)` : `(${s1} >>> 0) >= (${s2} >>> 0)`;
        const target = (pc + imm) | 0;
        const tc = c + cfg.cmBranch;
        const taken = inRegion.has(target) ? jumpIn(target, k, tc) : exitTo(`${target | 0}`, k, tc);
        out.push(`if (${cond}) ${taken}`);
        out.push(goTo(next, k, c));
        break;
      }
      case Op.LB: case Op.LH: case Op.LW: case Op.LBU: case Op.LHU: {
        c += cfg.cmLoad;
        const w = i.op === Op.LB || i.op === Op.LBU ? 1 : i.op === Op.LW ? 4 : 2;
        const [rv, fv] = i.op === Op.LB ? ['ri8[o]', 'fi8[o]'] : i.op === Op.LBU ? ['r8[o]', 'f8[o]']
          : i.op === Op.LH ? ['ri16[o >>> 1]', 'fi16[o >>> 1]'] : i.op === Op.LHU ? ['r16[o >>> 1]', 'f16[o >>> 1]']
          : ['r32[o >>> 2]', 'f32[o >>> 2]'];
        const al = w === 1 ? '' : `(a & ${w - 1}) === 0 && `;
        const dst = d || 'v';
        out.push(`a = (${s1} + ${lit(imm)}) | 0;`);
        out.push(`if (${al}(o = (a - ${cfg.ramBase}) >>> 0) < ${cfg.ramSize}) ${dst} = ${rv};`);
        out.push(`else if (${al}(o = (a - ${cfg.flashBase}) >>> 0) < ${cfg.flashSize}) ${dst} = ${fv};`);
        out.push(`else ${interp(pc, k, cdAcc)}`);
        out.push(goTo(next, k, c));
        break;
      }
      case Op.SB: case Op.SH: case Op.SW: {
        c += cfg.cmStore;
        const w = i.op === Op.SB ? 1 : i.op === Op.SH ? 2 : 4;
        const arr = w === 1 ? 'r8[o]' : w === 2 ? 'r16[o >>> 1]' : 'r32[o >>> 2]';
        const al = w === 1 ? '' : `(a & ${w - 1}) === 0 && `;
        out.push(`a = (${s1} + ${lit(imm)}) | 0;`);
        // A store into a page holding code, MMIO, other windows, misaligned: the interpreter.
        out.push(`if (${al}(o = (a - ${cfg.ramBase}) >>> 0) < ${cfg.ramSize} && rcode[o >>> 12] === 0) { ${cfg.journal ? `h.t_jw(a, ${w}); ` : ''}${arr} = ${s2}; rdirty[o >>> 12] = 1; }`);
        out.push(`else ${interp(pc, k, cdAcc)}`);
        out.push(goTo(next, k, c));
        break;
      }
      case Op.ADDI: out.push(set(i.rs1 === 0 ? lit(imm) : `(${s1} + ${lit(imm)}) | 0`)); break;
      case Op.SLTI: out.push(set(`${s1} < ${lit(imm)} ? 1 : 0`)); break;
      case Op.SLTIU: out.push(set(`(${s1} >>> 0) < ${imm >>> 0} ? 1 : 0`)); break;
      case Op.XORI: out.push(set(`${s1} ^ ${lit(imm)}`)); break;
      case Op.ORI: out.push(set(`${s1} | ${lit(imm)}`)); break;
      case Op.ANDI: out.push(set(`${s1} & ${lit(imm)}`)); break;
      case Op.SLLI: out.push(set(`${s1} << ${imm & 31}`)); break;
      case Op.SRLI: out.push(set(`(${s1} >>> ${imm & 31}) | 0`)); break;
      case Op.SRAI: out.push(set(`${s1} >> ${imm & 31}`)); break;
      case Op.ADD: out.push(set(`(${s1} + ${s2}) | 0`)); break;
      case Op.SUB: out.push(set(`(${s1} - ${s2}) | 0`)); break;
      case Op.SLL: out.push(set(`${s1} << ${s2}`)); break;
      case Op.SLT: out.push(set(`${s1} < ${s2} ? 1 : 0`)); break;
      case Op.SLTU: out.push(set(`(${s1} >>> 0) < (${s2} >>> 0) ? 1 : 0`)); break;
      case Op.XOR: out.push(set(`${s1} ^ ${s2}`)); break;
      case Op.SRL: out.push(set(`(${s1} >>> ${s2}) | 0`)); break;
      case Op.SRA: out.push(set(`${s1} >> ${s2}`)); break;
      case Op.OR: out.push(set(`${s1} | ${s2}`)); break;
      case Op.AND: out.push(set(`${s1} & ${s2}`)); break;
      case Op.FENCE: break;
      case Op.MUL: c += cfg.cmMul; out.push(set(`Math.imul(${s1}, ${s2})`)); break;
      case Op.MULH: c += cfg.cmMul; out.push(set(`(mulhu(${s1}, ${s2}) - (${s1} < 0 ? ${s2} : 0) - (${s2} < 0 ? ${s1} : 0)) | 0`)); break;
      case Op.MULHSU: c += cfg.cmMul; out.push(set(`(mulhu(${s1}, ${s2}) - (${s1} < 0 ? ${s2} : 0)) | 0`)); break;
      case Op.MULHU: c += cfg.cmMul; out.push(set(`mulhu(${s1}, ${s2})`)); break;
      case Op.DIV: c += cfg.cmDiv; out.push(set(`${s2} === 0 ? -1 : (${s1} === -2147483648 && ${s2} === -1) ? ${s1} : (${s1} / ${s2}) | 0`)); break;
      case Op.DIVU: c += cfg.cmDiv; out.push(set(`${s2} === 0 ? -1 : ((${s1} >>> 0) / (${s2} >>> 0)) | 0`)); break;
      case Op.REM: c += cfg.cmDiv; out.push(set(`${s2} === 0 ? ${s1} : (${s1} === -2147483648 && ${s2} === -1) ? 0 : (${s1} % ${s2}) | 0`)); break;
      case Op.REMU: c += cfg.cmDiv; out.push(set(`${s2} === 0 ? ${s1} : ((${s1} >>> 0) % (${s2} >>> 0)) | 0`)); break;
      default: throw new Error(`translate: op ${i.op} cannot be translated`);
    }
    if (!isControl(i.op) && !isMem(i.op)) out.push(goTo(next, k, c));
    cdAcc = c;
  }
  // Every path ends in a break or continue (the last instruction always leaves via goTo/exit).
  out.push('}');
  out.push(`${wb} h.pc = npc >>> 0; h.instret = ir; h.cycleDelta = cd; return ex;`);
  return out.filter((l) => l !== '').join('\n');
}

function isControl(op: number): boolean { return op === Op.JAL || op === Op.JALR || isBranch(op); }
function isMem(op: number): boolean { return op >= Op.LB && op <= Op.SW; }

function writesRd(op: number): boolean {
  return !(isBranch(op) || op === Op.SB || op === Op.SH || op === Op.SW || op === Op.FENCE);
}

function readsOf(i: TInsn): number[] {
  switch (i.op) {
    case Op.LUI: case Op.AUIPC: case Op.JAL: case Op.FENCE: return [];
    case Op.JALR: case Op.LB: case Op.LH: case Op.LW: case Op.LBU: case Op.LHU:
    case Op.ADDI: case Op.SLTI: case Op.SLTIU: case Op.XORI: case Op.ORI: case Op.ANDI:
    case Op.SLLI: case Op.SRLI: case Op.SRAI:
      return [i.rs1];
    default: return [i.rs1, i.rs2];
  }
}
