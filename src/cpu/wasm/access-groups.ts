/**
 * Memory accesses of a basic block grouped by base register, so compiled code checks bounds,
 * alignment and self-modifying code once per group instead of once per access.
 *
 * A group is a run of loads/stores with the same base register rs1 that no instruction between
 * them redefines. If the group's whole byte range [rs1 + minImm, rs1 + minImm + span) lies in
 * one memory window (RAM, or flash for groups that only load), `rs1 + minImm` is aligned to the
 * group's widest access and every member's offset from minImm is a multiple of its own width,
 * then every member is an aligned in-window access; the check runs at the first member, and when
 * it fails the code leaves before that member (the interpreter runs it). Stores need RAM whose
 * 64-byte code granules under the group's stores hold no decoded instruction.
 *
 * Members whose offsets do not fit that pattern (packed structures) form groups of their own.
 */
import { Op } from '../isa.js';
import type { Node } from './region.js';

export interface AccessGroup {
  /** Index of the first member in the node: where the check goes. */
  first: number;
  /** Base register. */
  base: number;
  /** Lowest immediate of the members; the group's local holds the address of rs1 + minImm. */
  minImm: number;
  /** Bytes from rs1 + minImm to the end of the highest member's access. */
  span: number;
  /** rs1 + minImm must have these low bits clear (widest member's width - 1). */
  align: number;
  /** Byte range of the members that store, relative to rs1 + minImm ([storeLo, storeHi); empty when none). */
  storeLo: number;
  storeHi: number;
  /** Which of the region's group locals holds the address. */
  slot: number;
  /** Checked once before a loop (codegen's hoisting) rather than at its first member. */
  hoisted: boolean;
}

/** Store groups check the code granules under their stores; beyond this span, stores go alone. */
const MAX_STORE_SPAN = 256;

/** Loads and stores, the F/D ones included (flw, fsw, fld, fsd). */
export function isMemory(op: number): boolean {
  return (op >= Op.LB && op <= Op.SW) || op === Op.FLW || op === Op.FSW || op === Op.FLD || op === Op.FSD;
}
export function isStore(op: number): boolean { return op === Op.SB || op === Op.SH || op === Op.SW || op === Op.FSW || op === Op.FSD; }
export function accessWidth(op: number): number {
  return op === Op.LB || op === Op.LBU || op === Op.SB ? 1 : op === Op.LH || op === Op.LHU || op === Op.SH ? 2
    : op === Op.FLD || op === Op.FSD ? 8 : 4;
}

/** The group of each memory access of the node (null for other instructions). */
export function accessGroups(nd: Node, writesRd: (op: number) => boolean): (AccessGroup | null)[] {
  const insns = nd.insns;
  const out: (AccessGroup | null)[] = insns.map(() => null);
  const runs: number[][] = [];
  const open = new Map<number, number[]>();
  insns.forEach((i, k) => {
    if (isMemory(i.op)) {
      const run = open.get(i.rs1);
      if (run !== undefined) run.push(k); else open.set(i.rs1, [k]);
    }
    // A write to a base register ends its run after this instruction (a load into its own base
    // register still belongs to the run: its address was formed before the write).
    if (writesRd(i.op) && i.rd !== 0) {
      const run = open.get(i.rd);
      if (run !== undefined) { runs.push(run); open.delete(i.rd); }
    }
  });
  for (const run of open.values()) runs.push(run);

  let slots = 0;
  const make = (members: number[]): void => {
    if (members.length === 0) return;
    const minImm = Math.min(...members.map((k) => insns[k]!.imm));
    // Members whose offset from minImm is not a multiple of their width go alone.
    const fits = members.filter((k) => (insns[k]!.imm - minImm) % accessWidth(insns[k]!.op) === 0);
    for (const k of members) if (!fits.includes(k)) make([k]);
    let end = -Infinity, widest = 1, sLo = Infinity, sHi = -Infinity;
    for (const k of fits) {
      const i = insns[k]!, w = accessWidth(i.op);
      end = Math.max(end, i.imm + w);
      widest = Math.max(widest, w);
      if (isStore(i.op)) { sLo = Math.min(sLo, i.imm); sHi = Math.max(sHi, i.imm + w); }
    }
    const g: AccessGroup = {
      first: fits[0]!, base: insns[fits[0]!]!.rs1, minImm, span: end - minImm, align: widest - 1,
      storeLo: sHi > sLo ? sLo - minImm : 0, storeHi: sHi > sLo ? sHi - minImm : 0, slot: slots++,
      hoisted: false,
    };
    for (const k of fits) out[k] = g;
  };
  for (const run of runs) {
    const stores = run.filter((k) => isStore(insns[k]!.op));
    const sSpan = stores.length === 0 ? 0
      : Math.max(...stores.map((k) => insns[k]!.imm + accessWidth(insns[k]!.op))) - Math.min(...stores.map((k) => insns[k]!.imm));
    if (sSpan > MAX_STORE_SPAN) {
      make(run.filter((k) => !isStore(insns[k]!.op)));
      for (const k of stores) make([k]);
    } else make(run);
  }
  return out;
}
