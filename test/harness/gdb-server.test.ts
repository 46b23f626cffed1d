/**
 * Machine.gdbServer over TCP (loopback): run control through the stub — wait for GDB,
 * breakpoints, steps, watchpoints, Ctrl-C, kill, detach, stops that end a plain run turned
 * into signals — and determinism: a run stopped, stepped and inspected under GDB ends with
 * the same console, instruction and cycle counts as a plain run.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Machine } from '../../dist/src/harness/machine.js';
import { PREBUILT, firmwareCases } from '../firmware-lib.js';
import { GdbClient, le, toLe } from '../gdb-client.js';

const DEBUGGEE = join(PREBUILT, 'debuggee.elf');
const hex = (n: number): string => (n >>> 0).toString(16);
const expected = (name: string): string => firmwareCases().find((c) => c.name === name)!.expected!;

/** Every trap of a run: cause, epc and the instruction count when it was taken. */
function recordTraps(m: Machine): string[] {
  const traps: string[] = [];
  m.on('trap', (t) => traps.push(`${t.cause}@${hex(t.epc)}#${t.instructions}`));
  return traps;
}

async function plain(elf: string, opts: Parameters<typeof Machine.fromElf>[1] = {}) {
  const m = await Machine.fromElf(elf, opts);
  const traps = recordTraps(m);
  return { ...(await m.run()), traps };
}

describe('GDB server', () => {
  it('--gdb-wait: nothing runs before GDB continues; break, step, watch, continue to exit, same counts as a plain run', async () => {
    const ref = await plain(DEBUGGEE);
    const m = await Machine.fromElf(DEBUGGEE);
    const server = await m.gdbServer(0, { wait: true });
    const running = m.run();
    const gdb = await GdbClient.connect(server.port);
    try {
      expect(await gdb.request('qSupported:swbreak+;hwbreak+')).toContain('PacketSize');
      expect(await gdb.request('?')).toBe('T05thread:01;');
      expect(m.board.hart.instret).toBe(0);
      const square = m.elf.symbol('square')!.value;
      expect(await gdb.request(`Z0,${hex(square)},2`)).toBe('OK');
      expect(await gdb.request('c')).toBe('T05thread:01;swbreak:;');
      expect(le(await gdb.request('p20'))).toBe(square);
      expect(le(await gdb.request('pa'))).toBe(0); // square(0)
      // continue: the same breakpoint again, with the next argument
      expect(await gdb.request('vCont;c')).toBe('T05thread:01;swbreak:;');
      expect(le(await gdb.request('pa'))).toBe(1);
      // single steps: one instruction each
      const before = m.board.hart.instret;
      expect(await gdb.request('s')).toBe('T05thread:01;');
      expect(await gdb.request('vCont;s:1')).toBe('T05thread:01;');
      expect(m.board.hart.instret - before).toBe(2);
      expect(await gdb.request(`z0,${hex(square)},2`)).toBe('OK');
      // a write watchpoint on counter: stops before the store (counter still 1)
      const counter = m.elf.symbol('counter')!.value;
      expect(await gdb.request(`Z2,${hex(counter)},4`)).toBe('OK');
      expect(await gdb.request('c')).toBe(`T05thread:01;watch:${hex(counter)};`);
      expect(await gdb.request(`m${hex(counter)},4`)).toBe(toLe(1));
      const at = m.board.hart.pc;
      // GDB steps over it with the watchpoint removed
      expect(await gdb.request(`z2,${hex(counter)},4`)).toBe('OK');
      expect(await gdb.request('s')).toBe('T05thread:01;');
      expect(await gdb.request(`m${hex(counter)},4`)).toBe(toLe(2));
      expect(m.board.hart.pc).not.toBe(at);
      // an access watchpoint on squares[5] (written by the loop), then a read watchpoint on origin (read by printf)
      const squares = m.elf.symbol('squares')!.value;
      expect(await gdb.request(`Z4,${hex(squares + 20)},1`)).toBe('OK');
      expect(await gdb.request('c')).toBe(`T05thread:01;awatch:${hex(squares + 20)};`);
      expect(await gdb.request(`z4,${hex(squares + 20)},1`)).toBe('OK');
      const origin = m.elf.symbol('origin')!.value;
      expect(await gdb.request(`Z3,${hex(origin)},8`)).toBe('OK');
      expect(await gdb.request('c')).toMatch(new RegExp(`^T05thread:01;rwatch:(${hex(origin)}|${hex(origin + 4)});$`)); // the first of x and y printf reads
      expect(await gdb.request(`z3,${hex(origin)},8`)).toBe('OK');
      // to the end
      expect(await gdb.request('c')).toBe('W00');
      const r = await running;
      expect(r.stop.reason).toBe('exit');
      expect(r.exitCode).toBe(0);
      expect(r.console).toBe(expected('debuggee'));
      expect(r.instructions).toBe(ref.instructions);
      expect(r.cycles).toBe(ref.cycles);
      expect(gdb.errors).toEqual([]);
    } finally {
      gdb.close();
      await server.close();
    }
  });

  for (const translate of ['on', 'off'] as const) {
    it(`determinism under timer interrupts: sched stopped 200 times, stepped 500 times, then detached (translate ${translate})`, async () => {
      const elf = join(PREBUILT, 'sched.elf');
      const ref = await plain(elf, { translate });
      const m = await Machine.fromElf(elf, { translate });
      const traps = recordTraps(m);
      const server = await m.gdbServer(0, { wait: true });
      const running = m.run();
      const gdb = await GdbClient.connect(server.port);
      try {
        const putc = m.elf.symbol('uart_putc')!.value;
        expect(await gdb.request(`Z1,${hex(putc)},2`)).toBe('OK');
        for (let i = 0; i < 200; i++) expect(await gdb.request('c')).toBe('T05thread:01;');
        expect(await gdb.request(`z1,${hex(putc)},2`)).toBe('OK');
        for (let i = 0; i < 500; i++) expect(await gdb.request('s')).toBe('T05thread:01;');
        expect(await gdb.request('g')).toHaveLength(264);
        expect(await gdb.request('D')).toBe('OK');
        await gdb.waitClosed();
        const r = await running;
        expect(r.stop.reason).toBe('exit');
        expect(r.console).toBe(ref.console);
        expect(r.instructions).toBe(ref.instructions);
        expect(r.cycles).toBe(ref.cycles);
        expect(r.exceptions).toBe(ref.exceptions);
        // every timer interrupt at the same instruction as in the plain run
        expect(ref.traps.length).toBeGreaterThan(100);
        expect(traps).toEqual(ref.traps);
      } finally {
        gdb.close();
        await server.close();
      }
    });
  }

  it('without --gdb-wait the firmware runs; a connection stops it; Ctrl-C stops it again; kill ends the run', async () => {
    const m = await Machine.fromElf(join(PREBUILT, 'spin.elf'));
    const server = await m.gdbServer(0);
    const running = m.run({ maxInstructions: 1e15 });
    const gdb = await GdbClient.connect(server.port);
    try {
      expect(await gdb.request('?')).toBe('T05thread:01;');
      const stoppedAt = m.board.hart.instret;
      expect(await gdb.request('qC')).toBe('QC01');
      expect(m.board.hart.instret).toBe(stoppedAt); // halted while GDB looks
      gdb.send('c');
      // wait until the stub acknowledged the continue, then interrupt
      await new Promise<void>((r) => { const f = (d: string): void => { if (d.includes('+')) { gdb.socket.off('data', f); r(); } }; gdb.socket.on('data', f); });
      gdb.raw('\x03');
      expect(await gdb.reply()).toBe('T02thread:01;');
      expect(await gdb.request('vKill;1')).toBe('OK');
      const r = await running;
      expect(r.stop.reason).toBe('killed');
      expect(r.stop.message).toMatch(/killed by the debugger at pc 0x/);
    } finally {
      gdb.close();
      await server.close();
    }
  });

  it('one client at a time: a second connection is closed', async () => {
    const m = await Machine.fromElf(DEBUGGEE);
    const server = await m.gdbServer(0, { wait: true });
    const a = await GdbClient.connect(server.port);
    try {
      expect(await a.request('?')).toBe('T05thread:01;');
      const b = await GdbClient.connect(server.port);
      await b.waitClosed();
      expect(await a.request('qC')).toBe('QC01');
    } finally {
      a.close();
      await server.close();
    }
  });

  it('stops that would end a plain run become signals while GDB is attached: trap loop (SIGILL), budget (SIGXCPU)', async () => {
    const m = await Machine.fromElf(DEBUGGEE, { stdin: 'c' });
    const server = await m.gdbServer(0, { wait: true });
    const running = m.run({ maxInstructions: 1e6 });
    const gdb = await GdbClient.connect(server.port);
    try {
      const notes: string[] = [];
      expect(await gdb.request('c', notes)).toBe('T04thread:01;');
      expect(notes.join('')).toMatch(/rv-zoo: trap loop: illegal instruction \(mcause 2\) at pc 0x[0-9a-f]{8}/);
      const crash = m.elf.symbol('crash')!;
      const pc = le(await gdb.request('p20'));
      expect(pc - crash.value).toBeLessThan(crash.size);
      // continuing: the same trap loop again
      expect(await gdb.request('c')).toBe('T04thread:01;');
      expect(await gdb.request('D')).toBe('OK');
      const r = await running;
      expect(r.stop.reason).toBe('trap-loop');
      expect(r.stop.location).toMatchObject({ function: 'crash', file: 'tests/debuggee.c' });
    } finally {
      gdb.close();
      await server.close();
    }
    const s = await Machine.fromElf(join(PREBUILT, 'spin.elf'));
    const server2 = await s.gdbServer(0, { wait: true });
    const running2 = s.run({ maxInstructions: 5000 });
    const gdb2 = await GdbClient.connect(server2.port);
    try {
      const notes: string[] = [];
      expect(await gdb2.request('c', notes)).toBe('T18thread:01;');
      expect(notes.join('')).toMatch(/instruction budget of 5000 exhausted/);
      expect(s.board.hart.instret).toBe(5000);
      expect(await gdb2.request('c')).toBe('T18thread:01;');
      expect(s.board.hart.instret).toBe(10000);
      expect(await gdb2.request('D')).toBe('OK');
      expect((await running2).stop.reason).toBe('budget');
    } finally {
      gdb2.close();
      await server2.close();
    }
  });

  it('the firmware exit is reported to GDB as W with its code; closing the server lets a waiting run go on', async () => {
    const m = await Machine.fromElf(join(PREBUILT, 'exitcode.elf'));
    const server = await m.gdbServer(0, { wait: true });
    const running = m.run();
    const gdb = await GdbClient.connect(server.port);
    try {
      expect(await gdb.request('c')).toBe(`W${(42).toString(16)}`);
      expect((await running).exitCode).toBe(42);
    } finally {
      gdb.close();
      await server.close();
    }
    const n = await Machine.fromElf(join(PREBUILT, 'hello.elf'));
    const s2 = await n.gdbServer(0, { wait: true });
    const run2 = n.run();
    await s2.close();
    const r = await run2;
    expect(r.stop.reason).toBe('exit');
    expect(r.console).toBe(expected('hello'));
  });
});
