/**
 * Regions for the translation tier: which instructions one compiled function covers, its basic
 * blocks, and a structured layout (WebAssembly has `block`/`loop`/`br`, not arbitrary gotos).
 *
 * A region holds the translatable instructions of one memory window reachable from its entry pc
 * through fall-through, conditional branches and plain jumps (`jal x0`) to code that has already
 * run, up to a size limit.
 * Calls (`jal ra`), `jalr`, instructions left to the interpreter (system, CSR, AMO, fence.i,
 * illegal) and edges to overlapping instructions leave the region ("exits"). F, D, Zba, Zbb,
 * Zbs and Zicond instructions are translatable (they decode as illegal when the hart's ISA
 * lacks them).
 *
 * Layout: basic blocks are ordered so that every loop (natural loop of a back edge) is
 * contiguous and every other edge goes forward; a loop becomes a wasm `loop` around its blocks,
 * a forward edge a `br` out of a wasm `block` that ends right before its target. Edges that would
 * make the graph irreducible (a second way into a loop) become exits, so the dispatcher enters
 * the region's target through its own function instead.
 */
import { Op } from '../isa.js';
import { isBitmanip } from './bitmanip.js';
import { isFp } from './codegen-fp.js';

/** One decoded instruction (rd = 0 for x0). */
export interface TInsn { pc: number; op: number; len: number; rd: number; rs1: number; rs2: number; imm: number }

/** Ops a region can contain. Everything else ends it before that instruction. */
export function translatable(op: number): boolean {
  return (op >= Op.LUI && op <= Op.FENCE) && op !== Op.ECALL && op !== Op.EBREAK
    || (op >= Op.MUL && op <= Op.REMU) || isBitmanip(op) || isFp(op);
}

export function isBranch(op: number): boolean { return op >= Op.BEQ && op <= Op.BGEU; }
export function isControl(op: number): boolean { return op === Op.JAL || op === Op.JALR || isBranch(op); }

/** A successor of a basic block: a node of the region (index in `nodes`) or an exit to `pc`. */
export interface Edge { pc: number; node: number }

export interface Node {
  insns: TInsn[];
  /** branch: [taken, fall-through]; jal x0: [target]; straight code: [next]; call/jalr: []. */
  succ: Edge[];
  /** Index of the successor emitted last, by falling into the next node when it is one (or -1). */
  last: number;
}

/** A wasm construct over node positions [open, close): a loop (header at open) or a block (target at close). */
export interface Construct { kind: 'loop' | 'block'; open: number; close: number }

export interface Region {
  entry: number;
  /** Nodes in emission order; nodes[0] starts at the entry. */
  nodes: Node[];
  constructs: Construct[];
  /** Instructions in the region (at most this many run between two loop back edges). */
  count: number;
  /** Lowest and one-past-highest byte address of its instructions. */
  lo: number;
  hi: number;
}

export interface RegionSource {
  /** The decoded instruction at pc, or null (not executable here). */
  insnAt(pc: number): TInsn | null;
  /** Whether [pc, pc+len) lies in the entry's memory window. */
  inWindow(pc: number, len: number): boolean;
  /**
   * Whether execution has reached pc as the start of a basic block. Jumps and branches are
   * followed only to such targets, so a region holds the code that has run, not every cold path
   * of its function.
   */
  seen(pc: number): boolean;
}

/** Build the region starting at `entry`, or null when there is nothing (or nothing sound) to compile. */
export function buildRegion(entry: number, src: RegionSource, maxInsns: number): Region | null {
  const got = new Map<number, TInsn>();
  const occ = new Set<number>();
  const work = [entry | 0];
  while (work.length > 0 && got.size < maxInsns) {
    const pc = work.pop()!;
    if (got.has(pc) || occ.has(pc)) continue;
    const i = src.insnAt(pc);
    if (i === null || !translatable(i.op) || !src.inWindow(pc, i.len)) continue;
    if (i.len === 4 && occ.has(pc + 2)) continue;
    got.set(pc, i);
    occ.add(pc);
    if (i.len === 4) occ.add(pc + 2);
    const next = (pc + i.len) | 0;
    if (i.op === Op.JALR) continue;
    if (i.op === Op.JAL) { if (i.rd === 0 && src.seen((pc + i.imm) | 0)) work.push((pc + i.imm) | 0); continue; }
    if (isBranch(i.op)) {
      if (src.seen((pc + i.imm) | 0)) work.push((pc + i.imm) | 0);
      if (src.seen(next)) work.push(next);
      continue;
    }
    work.push(next);
  }
  if (got.size === 0) return null;

  // Basic blocks: a block starts at the entry, at a jump target and wherever no straight-line
  // instruction of the region falls into it.
  const targets = new Set<number>([entry | 0]);
  const fallIn = new Set<number>();
  for (const i of got.values()) {
    const next = (i.pc + i.len) | 0;
    if (i.op === Op.JAL) { if (i.rd === 0) targets.add((i.pc + i.imm) | 0); }
    else if (isBranch(i.op)) { targets.add((i.pc + i.imm) | 0); }
    else if (i.op !== Op.JALR && got.has(next)) fallIn.add(next);
  }
  const leaders = [...got.keys()].filter((pc) => targets.has(pc) || !fallIn.has(pc)).sort((a, b) => a - b);
  const index = new Map<number, number>();
  leaders.forEach((pc, k) => index.set(pc, k));
  const edge = (pc: number): Edge => ({ pc: pc | 0, node: index.get(pc | 0) ?? -1 });
  let nodes: Node[] = leaders.map((pc) => {
    const insns: TInsn[] = [];
    let i = got.get(pc)!;
    for (;;) {
      insns.push(i);
      if (isControl(i.op)) break;
      const next = (i.pc + i.len) | 0;
      if (!got.has(next) || index.has(next)) break;
      i = got.get(next)!;
    }
    const t = insns[insns.length - 1]!;
    const next = (t.pc + t.len) | 0;
    let succ: Edge[];
    if (isBranch(t.op)) succ = [edge((t.pc + t.imm) | 0), edge(next)];
    else if (t.op === Op.JAL) succ = t.rd === 0 ? [edge((t.pc + t.imm) | 0)] : [];
    else if (t.op === Op.JALR) succ = [];
    else succ = [edge(next)];
    return { insns, succ, last: -1 };
  });

  // Cut edges that make the graph irreducible, then drop what became unreachable.
  let entryIdx = index.get(entry | 0)!;
  for (;;) {
    const g = analyse(nodes, entryIdx);
    if (g.cut === 0) {
      if (g.reachable.length !== nodes.length) {
        const keep = new Map<number, number>();
        g.reachable.forEach((n, k) => keep.set(n, k));
        nodes = g.reachable.map((n) => nodes[n]!);
        for (const nd of nodes) for (const e of nd.succ) e.node = e.node >= 0 ? (keep.get(e.node) ?? -1) : -1;
        entryIdx = keep.get(entryIdx)!;
        continue;
      }
      return layout(nodes, entryIdx, g.loops);
    }
  }
}

interface Analysis { reachable: number[]; loops: Map<number, Set<number>>; cut: number }

/**
 * Depth-first numbering from the entry, dominators (Cooper, Harvey and Kennedy's iterative
 * algorithm), natural loops. Retreating edges whose target does not dominate their source are
 * turned into exits (counted in `cut`).
 */
function analyse(nodes: Node[], entry: number): Analysis {
  const n = nodes.length;
  const state = new Uint8Array(n); // 0 new, 1 on stack, 2 done
  const post: number[] = [];
  const retreating: [number, number][] = [];
  const stack: { v: number; k: number }[] = [{ v: entry, k: 0 }];
  state[entry] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const succ = nodes[top.v]!.succ;
    if (top.k < succ.length) {
      const w = succ[top.k++]!.node;
      if (w < 0) continue;
      if (state[w] === 0) { state[w] = 1; stack.push({ v: w, k: 0 }); }
      else if (state[w] === 1) retreating.push([top.v, w]);
    } else {
      state[top.v] = 2;
      post.push(top.v);
      stack.pop();
    }
  }
  const rpo = post.reverse();
  const order = new Int32Array(n).fill(-1);
  rpo.forEach((v, k) => { order[v] = k; });
  const preds: number[][] = Array.from({ length: n }, () => []);
  for (const v of rpo) for (const e of nodes[v]!.succ) if (e.node >= 0) preds[e.node]!.push(v);
  const idom = new Int32Array(n).fill(-1);
  idom[entry] = entry;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (order[a]! > order[b]!) a = idom[a]!;
      while (order[b]! > order[a]!) b = idom[b]!;
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const v of rpo) {
      if (v === entry) continue;
      let d = -1;
      for (const p of preds[v]!) if (idom[p] !== -1) d = d === -1 ? p : intersect(p, d);
      if (d !== idom[v]) { idom[v] = d; changed = true; }
    }
  }
  const dominates = (a: number, b: number): boolean => {
    for (let v = b; ; v = idom[v]!) {
      if (v === a) return true;
      if (v === entry || v < 0) return false;
    }
  };
  let cut = 0;
  const loops = new Map<number, Set<number>>();
  for (const [u, h] of retreating) {
    if (!dominates(h, u)) {
      for (const e of nodes[u]!.succ) if (e.node === h) { e.node = -1; cut++; }
      continue;
    }
    const body = loops.get(h) ?? new Set<number>([h]);
    loops.set(h, body);
    const work = [u];
    while (work.length > 0) {
      const v = work.pop()!;
      if (body.has(v)) continue;
      body.add(v);
      for (const p of preds[v]!) work.push(p);
    }
  }
  return { reachable: rpo, loops, cut };
}

/** Order the nodes (loops contiguous, entry first) and place the wasm constructs. */
function layout(nodes: Node[], entry: number, loops: Map<number, Set<number>>): Region | null {
  const out: number[] = [];
  let lastNext = -1;
  const nextPc = (v: number): number => { const t = nodes[v]!.insns[nodes[v]!.insns.length - 1]!; return (t.pc + t.len) | 0; };
  const startPc = (v: number): number => nodes[v]!.insns[0]!.pc;

  const place = (set: Set<number>, header: number): boolean => {
    // Inner loops of this set collapse into their header ("rep").
    const rep = new Map<number, number>();
    for (const v of set) rep.set(v, v);
    const inner = [...loops.keys()].filter((h) => h !== header && set.has(h))
      .sort((a, b) => loops.get(a)!.size - loops.get(b)!.size);
    for (const h of inner) for (const v of loops.get(h)!) if (set.has(v)) rep.set(v, h); // largest wins (sorted ascending)
    const reps = new Set(rep.values());
    const indeg = new Map<number, number>();
    const succs = new Map<number, Set<number>>();
    for (const r of reps) { indeg.set(r, 0); succs.set(r, new Set()); }
    for (const v of set) {
      for (const e of nodes[v]!.succ) {
        if (e.node < 0 || !set.has(e.node) || e.node === header) continue;
        const a = rep.get(v)!, b = rep.get(e.node)!;
        if (a === b || succs.get(a)!.has(b)) continue;
        succs.get(a)!.add(b);
        indeg.set(b, indeg.get(b)! + 1);
      }
    }
    const ready = [...reps].filter((r) => indeg.get(r) === 0);
    let placed = 0;
    while (ready.length > 0) {
      let k = ready.findIndex((r) => startPc(r) === lastNext);
      if (k < 0) { k = 0; for (let j = 1; j < ready.length; j++) if ((startPc(ready[j]!) >>> 0) < (startPc(ready[k]!) >>> 0)) k = j; }
      const r = ready.splice(k, 1)[0]!;
      placed++;
      if (r !== header && loops.has(r) && set.has(r)) {
        if (!place(loops.get(r)!, r)) return false;
      } else {
        out.push(r);
        lastNext = nextPc(r);
      }
      for (const s of succs.get(r)!) {
        const d = indeg.get(s)! - 1;
        indeg.set(s, d);
        if (d === 0) ready.push(s);
      }
    }
    return placed === reps.size;
  };
  if (!place(new Set<number>(nodes.map((_, k) => k)), -1)) return null;
  if (out.length !== nodes.length || out[0] !== entry) return null;

  const pos = new Int32Array(nodes.length);
  out.forEach((v, p) => { pos[v] = p; });
  const ordered = out.map((v) => nodes[v]!);
  for (const nd of ordered) for (const e of nd.succ) if (e.node >= 0) e.node = pos[e.node]!;

  const constructs: Construct[] = [];
  for (const [h, body] of loops) {
    let hi = -1, lo = Infinity;
    for (const v of body) { hi = Math.max(hi, pos[v]!); lo = Math.min(lo, pos[v]!); }
    if (lo !== pos[h] || hi - lo + 1 !== body.size) return null; // not contiguous: give up
    constructs.push({ kind: 'loop', open: lo, close: hi + 1 });
  }
  // Which successor each node reaches by falling through, and the blocks the others need.
  const need = new Map<number, number>();
  ordered.forEach((nd, p) => {
    const s = nd.succ;
    nd.last = s.length === 0 ? -1 : s.length === 2 && s[0]!.node === p + 1 && s[1]!.node !== p + 1 ? 0 : s.length - 1;
    s.forEach((e, k) => {
      if (e.node <= p) return; // exit or back edge
      if (k === nd.last && e.node === p + 1) return;
      need.set(e.node, Math.min(need.get(e.node) ?? p, p));
    });
  });
  const blocks: Construct[] = [...need].map(([t, p]) => ({ kind: 'block', open: p, close: t }));
  // A block must enclose every construct it opens inside and outlives: move its start up. Blocks
  // in order of their end: one that ends later never forces an earlier one to move.
  blocks.sort((a, b) => a.close - b.close);
  const all = constructs.concat(blocks);
  for (const b of blocks) {
    for (let moved = true; moved;) {
      moved = false;
      for (const c of all) {
        if (c !== b && c.open < b.open && b.open < c.close && c.close < b.close) { b.open = c.open; moved = true; }
      }
    }
  }
  for (const a of all) {
    for (const b of all) {
      if (a.open < b.open && b.open < a.close && a.close < b.close) return null;
    }
  }
  let count = 0, lo = Infinity, hi = -Infinity;
  for (const nd of ordered) {
    for (const i of nd.insns) { count++; lo = Math.min(lo, i.pc >>> 0); hi = Math.max(hi, (i.pc >>> 0) + i.len); }
  }
  return { entry: ordered[0]!.insns[0]!.pc, nodes: ordered, constructs: all, count, lo, hi };
}
