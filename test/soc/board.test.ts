import { beforeAll, describe, expect, it } from 'vitest';
import { RvZooError } from '../../src/errors.js';
import { parseElf, type ElfImage } from '../../src/loader/elf.js';
import { loadElf } from '../../src/loader/load.js';
import { Board, type BoardOptions } from '../../src/soc/board.js';
import { buildElf, skipWithoutTools } from '../loader/build.js';
import { LD, PROGRAMS } from './programs.js';

const images = new Map<string, ElfImage>();

function boot(name: string, options: BoardOptions = {}) {
  const out: number[] = [];
  const board = new Board({ ...options, onConsole: (b) => { out.push(...b); options.onConsole?.(b); } });
  const image = images.get(name)!;
  loadElf(image, board);
  return { board, image, text: () => String.fromCharCode(...out) };
}

describe.skipIf(skipWithoutTools)('Board.run with real programs', () => {
  beforeAll(() => {
    for (const [name, src] of Object.entries(PROGRAMS)) {
      const { bytes } = buildElf(`board-${name}`, { 'p.S': src }, LD);
      images.set(name, parseElf(bytes, `${name}.elf`));
    }
  });

  it('prints through the UART and exits through the test finisher', () => {
    const { board, text } = boot('hello');
    const stop = board.run(1000);
    expect(stop).toMatchObject({ reason: 'exit', exitCode: 0 });
    expect(text()).toBe('hi\n');
  });

  it('finisher fail code', () => {
    const stop = boot('fail42').board.run(1000);
    expect(stop).toMatchObject({ reason: 'exit', exitCode: 42 });
  });

  it('stops on the budget, and onSlice can stop early', () => {
    const { board } = boot('spin', { sliceInstructions: 100 });
    const stop = board.run(1000);
    expect(stop.reason).toBe('budget');
    expect(board.hart.instret).toBe(1000);
    let calls = 0;
    const s2 = board.run(1_000_000, () => ++calls < 3);
    expect(s2.reason).toBe('budget');
    expect(calls).toBe(3);
    expect(board.hart.instret).toBe(1300);
  });

  it('MTIP rises at exactly the first instruction boundary where mtime >= mtimecmp', () => {
    for (const ipt of [10, 7, 1]) {
      const { board, image } = boot('timerBusy', { instructionsPerTick: ipt, sliceInstructions: 333 });
      expect(board.run(100_000)).toMatchObject({ reason: 'exit', exitCode: 0 });
      const result = image.symbol('result')!.value;
      const [minstret, mtime] = Array.from(new Uint32Array(board.peek(result, 8).buffer));
      expect(minstret).toBe(100 * ipt);
      expect(mtime).toBe(Math.floor((100 * ipt + 3) / ipt)); // csrr, lui, addi retired before the lw
    }
  });

  it('wfi with the timer armed skips idle time to mtimecmp', () => {
    const { board, image, text } = boot('timerWfi');
    expect(board.run(100_000)).toMatchObject({ reason: 'exit', exitCode: 0 });
    expect(text()).toBe('w');
    expect(board.peek(image.symbol('result')!.value, 4)).toEqual(Uint8Array.of(0x88, 0x13, 0, 0)); // 5000
    expect(board.idleInstructions).toBeGreaterThan(40_000);
    expect(board.hart.instret).toBeLessThan(100);
  });

  it('wfi with nothing that can wake it is a deadlock naming the pc', () => {
    const { board, image } = boot('wfiDeadlock');
    const stop = board.run(10_000);
    expect(stop.reason).toBe('wfi-deadlock');
    const sleep = image.symbol('sleep')!.value;
    expect([sleep, sleep + 4]).toContain(stop.pc);
    expect(stop.message).toMatch(/^wfi deadlock at pc 0x8000/);
  });

  it('a trap loop stops naming the trap that started it (pc, mcause, mtval) and where it loops', () => {
    const { board, image } = boot('trapLoop');
    const stop = board.run(10_000);
    const bad = image.symbol('bad')!.value;
    expect(stop).toMatchObject({ reason: 'trap-loop', pc: bad, cause: 2, tval: 0 });
    expect(stop.message).toBe(`trap loop: illegal instruction (mcause 2) at pc 0x${bad.toString(16).padStart(8, '0')}, mtval 0x00000000; `
      + 'the handler then keeps trapping at pc 0x00000000 (instruction access fault)');
  });

  it('msip raises the software interrupt right after the store', () => {
    const { board, text } = boot('msip');
    expect(board.run(10_000)).toMatchObject({ reason: 'exit', exitCode: 0 });
    expect(text()).toBe('m');
  });

  it('UART receive interrupts through the PLIC echo stdin', () => {
    const { board, text } = boot('uartEcho', { stdin: new TextEncoder().encode('abc.') });
    expect(board.run(100_000)).toMatchObject({ reason: 'exit', exitCode: 0 });
    expect(text()).toBe('abc.');
  });

  it('UART input pushed later wakes a hart sleeping in wfi', () => {
    const { board, text } = boot('uartEcho');
    const first = board.run(100_000);
    expect(first.reason).toBe('wfi-deadlock');
    board.pushInput(new TextEncoder().encode('z.'));
    expect(board.run(100_000)).toMatchObject({ reason: 'exit', exitCode: 0 });
    expect(text()).toBe('z.');
  });

  it('finisher 0x7777 resets the hart to the entry and keeps memory', () => {
    const { board, text } = boot('reset3');
    expect(board.run(10_000)).toMatchObject({ reason: 'exit', exitCode: 0 });
    expect(text()).toBe('123');
  });

  it('semihosting console and SYS_EXIT_EXTENDED', () => {
    const { board, text } = boot('semihost');
    expect(board.run(10_000)).toMatchObject({ reason: 'exit', exitCode: 3 });
    expect(text()).toBe('semihosted\n');
  });

  it('time is deterministic: mtime follows instret, never the host clock', () => {
    const a = boot('spin'), b = boot('spin');
    a.board.run(12345); b.board.run(12345);
    expect(a.board.mtime()).toBe(1234);
    expect(b.board.mtime()).toBe(1234);
    expect(a.board.hart.readCsr(0xc01)).toBe(1234); // time CSR
  });

  it('snapshot once, restore many times: same output and exit each time', () => {
    const { board, text } = boot('hello');
    const snap = board.snapshot();
    for (let i = 0; i < 3; i++) {
      board.restore(snap);
      expect(board.run(1000)).toMatchObject({ reason: 'exit', exitCode: 0 });
    }
    expect(text()).toBe('hi\nhi\nhi\n');
  });

  it('restore brings back memory written after the snapshot, and pages first written after it are zeroed', () => {
    const { board, image } = boot('dirtyPages');
    const arena = image.symbol('arena')!.value;
    board.poke(arena + 4096 * 5, Uint8Array.of(9, 9, 9, 9));
    const snap = board.snapshot();
    expect(board.run(100_000)).toMatchObject({ reason: 'exit', exitCode: 0 });
    expect(board.peek(arena + 4096 * 5, 4)).toEqual(Uint8Array.of(5, 0, 0, 0));
    expect(board.peek(arena + 4096 * 7, 4)).toEqual(Uint8Array.of(7, 0, 0, 0));
    board.restore(snap);
    expect(board.peek(arena + 4096 * 5, 4)).toEqual(Uint8Array.of(9, 9, 9, 9));
    expect(board.peek(arena + 4096 * 7, 4)).toEqual(Uint8Array.of(0, 0, 0, 0));
    const ram = board.memories.find((m) => m.kind === 'ram')!;
    expect(ram.dirty[(arena + 4096 * 7 - ram.base) >>> 12]).toBe(0);
    expect(board.hart.instret).toBe(0);
    // and it runs again identically
    expect(board.run(100_000)).toMatchObject({ reason: 'exit', exitCode: 0 });
    expect(board.peek(arena + 4096 * 2047, 4)).toEqual(Uint8Array.of(0xff, 0x07, 0, 0));
  });

  it('snapshot/restore cost: restore copies only pages changed since', () => {
    const { board } = boot('dirtyPages');
    const snap0 = board.snapshot();
    board.run(100_000); // dirties 2048 pages (8 MiB)
    const t0 = performance.now();
    const snap1 = board.snapshot();
    const tSnap = performance.now() - t0;
    const t1 = performance.now();
    const N = 20;
    for (let i = 0; i < N; i++) board.restore(snap1);
    const tRestoreSame = (performance.now() - t1) / N;
    expect(board.lastRestorePages).toBe(0);
    const t2 = performance.now();
    board.restore(snap0);
    expect(board.lastRestorePages).toBe(2048);
    board.restore(snap1);
    expect(board.lastRestorePages).toBe(2048);
    const tRestoreAll = (performance.now() - t2) / 2;
    // a second snapshot shares the unchanged page copies of the first
    const snap2 = board.snapshot();
    expect(snap2.memory[1]!.pages.get(0x80000 >>> 12) ?? null).toBe(snap1.memory[1]!.pages.get(0x80000 >>> 12) ?? null);
    // eslint-disable-next-line no-console
    console.log(`snapshot of 2048 dirty pages: ${tSnap.toFixed(2)} ms; restore with nothing changed: ${tRestoreSame.toFixed(3)} ms; restore of 2048 changed pages: ${tRestoreAll.toFixed(2)} ms`);
  });

  it('poke/peek outside memory are RvZooErrors; poke writes flash', () => {
    const { board } = boot('hello');
    expect(() => board.poke(0x10000000, Uint8Array.of(1))).toThrow(RvZooError);
    expect(() => board.peek(0x87fffffe, 4)).toThrow(/peek: \[0x87fffffe, 0x88000002\) is not inside RAM or flash/);
    board.poke(0x20000000, Uint8Array.of(1, 2));
    expect(board.peek(0x20000000, 2)).toEqual(Uint8Array.of(1, 2));
    expect(board.bus.store(0x20000000, 1, 5)).toBe(false);
  });

  it('loader rejects segments that do not fit a small RAM', () => {
    const board = new Board({ ramSize: 64 << 10 });
    expect(() => loadElf(images.get('dirtyPages')!, board)).toThrow(/^dirtyPages\.elf: segment \d+ \[0x800[0-9a-f]{5}, 0x80[0-9a-f]{6}\) does not fit in RAM \[0x80000000, 0x80010000\)$/);
  });
});

describe('Board construction', () => {
  it('builds virt by default with the QEMU map', () => {
    const board = new Board();
    expect(board.regions.map((r) => [r.name, r.base, r.kind])).toEqual([
      ['test-finisher', 0x100000, 'mmio'], ['clint', 0x2000000, 'mmio'], ['plic', 0xc000000, 'mmio'],
      ['uart0', 0x10000000, 'mmio'], ['flash', 0x20000000, 'flash'], ['ram', 0x80000000, 'ram'],
    ]);
    expect(board.entry).toBe(0x80000000);
    expect(board.hart.pc).toBe(0x80000000);
  });
  it('mcu profile and size overrides', () => {
    const b = new Board({ profile: 'mcu', flashSize: 1 << 20 });
    expect(b.regions.filter((r) => r.kind !== 'mmio').map((r) => r.size)).toEqual([1 << 20, 512 << 10]);
  });
  it('bad overrides are RvZooErrors', () => {
    expect(() => new Board({ ramSize: 1000 })).toThrow(RvZooError);
    expect(() => new Board({ instructionsPerTick: 0 })).toThrow(RvZooError);
    expect(() => new Board({ profile: 'nope' })).toThrow(RvZooError);
  });
});
