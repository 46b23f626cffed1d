/**
 * Instruction-level profiling by single-stepping: instructions per function (self), call
 * counts, per stage, and folded stacks (the `a;b;c count` lines flamegraph.pl and speedscope
 * read). Calls are recognised by the instruction that transferred control writing the return
 * address into ra (jal/jalr/c.jal/c.jalr with rd = ra); returns by pc reaching a return address
 * on the shadow stack. Attribution uses the ELF's function symbols. Instructions are retired
 * instructions, as everywhere in rv-zoo (minstret, RunResult.instructions, stages): one that
 * raised an exception is not counted.
 */
import { BUS_FAULT } from '../cpu/bus.js';
import type { Machine, RunOptions, RunResult, TrapEvent } from './machine.js';

const CSR_MTVEC = 0x305;

export interface FunctionProfile {
  name: string;
  /** Instructions executed in the function itself. */
  instructions: number;
  /** Times it was entered by a call. */
  calls: number;
}

export interface StageProfile {
  index: number;
  label: string;
  instructions: number;
  functions: FunctionProfile[];
}

export interface ProfileReport {
  total: number;
  functions: FunctionProfile[];
  stages: StageProfile[];
  /** Folded stacks: "outer;inner;leaf" -> instructions. */
  folded: Map<string, number>;
}

const MAX_DEPTH = 512;

/** Whether the instruction at pc (word, length) writes ra and jumps: a call. */
export function isCall(word: number, length: number): boolean {
  if (length === 4) {
    const opcode = word & 0x7f;
    const rd = (word >>> 7) & 31;
    return rd === 1 && (opcode === 0x6f || (opcode === 0x67 && ((word >>> 12) & 7) === 0));
  }
  const h = word & 0xffff;
  if ((h & 0xe003) === 0x2001) return true; // c.jal (RV32)
  // c.jalr: funct4 1001, rs1 != 0, rs2 = 0, op 10
  return (h & 0xf07f) === 0x9002 && ((h >>> 7) & 31) !== 0;
}

class Bucket {
  readonly self = new Map<string, number>();
  readonly calls = new Map<string, number>();
  total = 0;
  list(): FunctionProfile[] {
    const names = new Set([...this.self.keys(), ...this.calls.keys()]);
    return [...names]
      .map((name) => ({ name, instructions: this.self.get(name) ?? 0, calls: this.calls.get(name) ?? 0 }))
      .sort((a, b) => b.instructions - a.instructions || a.name.localeCompare(b.name));
  }
}

/**
 * Run `machine` to its stop in single-step mode and profile it. Returns the run result and
 * the profile. Slower than a plain run (every instruction goes through the harness).
 */
export async function profileRun(machine: Machine, opts: Omit<RunOptions, 'onStep'> = {}): Promise<{ result: RunResult; profile: ProfileReport }> {
  const bus = machine.board.bus;
  const hart = machine.board.hart;
  const nameCache = new Map<number, string>();
  const fnName = (pc: number): string => {
    let n = nameCache.get(pc);
    if (n === undefined) {
      const s = machine.elf.symbolAt(pc);
      n = s ? s.name : `0x${pc.toString(16).padStart(8, '0')}`;
      nameCache.set(pc, n);
    }
    return n;
  };
  const overall = new Bucket();
  const stages: { index: number; label: string; bucket: Bucket }[] = [];
  let current = new Bucket();
  stages.push({ index: 0, label: '(boot)', bucket: current });
  const onStage = (st: { index: number; label: string }): void => {
    current = new Bucket();
    stages.push({ index: st.index, label: st.label, bucket: current });
  };
  machine.on('stage', onStage);

  const folded = new Map<string, number>();
  const frames: { name: string; ret: number }[] = [];
  let stackKey = '';
  const rebuildKey = (): void => { stackKey = frames.map((f) => f.name).join(';'); };

  let prevPc = -1, prevWord = 0, prevLen = 0;
  const bump = (m: Map<string, number>, k: string): void => { m.set(k, (m.get(k) ?? 0) + 1); };

  /** The instruction at pc was executed (retired or not): follow calls and returns, count it. */
  const account = (pc: number, retired: boolean): void => {
    // What the previous instruction did: call, return, or neither.
    if (prevPc >= 0 && pc !== ((prevPc + prevLen) >>> 0)) {
      if (isCall(prevWord, prevLen)) {
        const callee = fnName(pc);
        bump(overall.calls, callee);
        bump(current.calls, callee);
        if (frames.length < MAX_DEPTH) {
          frames.push({ name: callee, ret: (prevPc + prevLen) >>> 0 });
          rebuildKey();
        }
      } else {
        // a return (possibly past frames that tail-called or unwound)
        for (let i = frames.length - 1; i >= 0; i--) {
          if (frames[i]!.ret === pc) {
            frames.length = i;
            rebuildKey();
            break;
          }
        }
      }
    }
    const name = fnName(pc);
    if (retired) {
      bump(overall.self, name);
      bump(current.self, name);
      overall.total++;
      current.total++;
      const top = frames.length > 0 ? frames[frames.length - 1]!.name : '';
      const key = stackKey === '' ? name : top === name ? stackKey : `${stackKey};${name}`;
      folded.set(key, (folded.get(key) ?? 0) + 1);
    }
    const lo = bus.fetch16(pc);
    if (lo === BUS_FAULT) { prevPc = -1; return; }
    if ((lo & 3) === 3) {
      const hi = bus.fetch16((pc + 2) >>> 0);
      prevWord = hi === BUS_FAULT ? 0 : (lo | (hi << 16)) >>> 0;
      prevLen = 4;
    } else {
      prevWord = lo;
      prevLen = 2;
    }
    prevPc = pc;
  };

  // Each step is accounted after it ran, so that only retired instructions are counted (as
  // minstret and RunResult.instructions count them; an instruction that raised an exception is
  // not) and in the stage that was current when it retired: the store that ends a stage line
  // belongs to the new stage, as in the Machine's stage records. An interrupt taken at the
  // start of a step means the step ran the first instruction of the trap handler, not the one
  // at the pc onStep saw.
  let stepPc = -1, executedPc = -1, instretBefore = 0, stepFaulted = false;
  const onTrap = (t: TrapEvent): void => {
    if (stepPc < 0) return;
    if (t.cause < 0x8000_0000) { stepFaulted = true; return; }
    if (hart.instret === instretBefore && !stepFaulted) {
      const mtvec = hart.readCsr(CSR_MTVEC) >>> 0;
      executedPc = ((mtvec & ~3) + ((mtvec & 3) === 1 ? 4 * (t.cause & 0x7fff_ffff) : 0)) >>> 0;
    }
  };
  const settle = (): void => {
    if (stepPc < 0) return;
    const pc = executedPc >= 0 ? executedPc : stepPc;
    const retired = hart.instret > instretBefore;
    stepPc = -1;
    executedPc = -1;
    account(pc, retired);
  };
  const onStep = (pc: number): void => {
    settle();
    stepPc = pc;
    stepFaulted = false;
    instretBefore = hart.instret;
  };
  // The entry function is the root frame.
  frames.push({ name: fnName(hart.pc >>> 0), ret: -1 });
  rebuildKey();
  let result: RunResult;
  machine.on('trap', onTrap);
  try {
    result = await machine.run({ ...opts, onStep });
    settle();
  } finally {
    machine.off('stage', onStage);
    machine.off('trap', onTrap);
  }
  return {
    result,
    profile: {
      total: overall.total,
      functions: overall.list(),
      stages: stages.filter((s) => s.bucket.total > 0).map((s) => ({
        index: s.index, label: s.label, instructions: s.bucket.total, functions: s.bucket.list(),
      })),
      folded,
    },
  };
}

/** Folded-stack text, one `stack count` line each, sorted by stack. */
export function foldedText(folded: Map<string, number>): string {
  return [...folded.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join('\n') + '\n';
}
