import { describe, expect, it } from 'vitest';
import { MemoryRegion } from '../../src/soc/memory.js';
import * as SH from '../../src/soc/semihost.js';
import { SystemBus } from '../../src/soc/system-bus.js';
import { FakeHart } from './fakes.js';

const RAM = 0x8000_0000;

function make(input: number[] = []) {
  const ram = new MemoryRegion('ram', RAM, 0x10000, true, true, 'ram');
  const bus = new SystemBus([ram], []);
  const hart = new FakeHart();
  const out: number[] = [];
  const exits: number[] = [];
  let ticks = 0;
  const sh = new SH.Semihost({
    bus, console: (b) => out.push(...b), readByte: () => (input.length ? input.shift()! : -1),
    ticks: () => ticks, tickHz: 10_000_000, exit: (c) => exits.push(c),
  });
  const call = (op: number, arg: number): number => {
    hart.x[10] = op; hart.x[11] = arg | 0;
    expect(sh.handle(hart)).toBe(true);
    return hart.x[10]!;
  };
  const words = (addr: number, ...ws: number[]) => ws.forEach((w, i) => bus.store(addr + 4 * i, 4, w));
  const str = (addr: number, s: string) => { bus.writeBytes(addr, new TextEncoder().encode(s + '\0')); return s.length; };
  const text = () => String.fromCharCode(...out);
  return { bus, hart, sh, out, exits, call, words, str, text, setTicks: (t: number) => { ticks = t; } };
}

describe('semihosting', () => {
  it('opens :tt for reading and writing, writes, reads, closes', () => {
    const m = make([0x61, 0x62, 0x63]);
    const n = m.str(RAM + 0x100, ':tt');
    m.words(RAM + 0x200, RAM + 0x100, 0, n);
    const hin = m.call(SH.SYS_OPEN, RAM + 0x200);
    m.words(RAM + 0x200, RAM + 0x100, 4, n);
    const hout = m.call(SH.SYS_OPEN, RAM + 0x200);
    m.words(RAM + 0x200, RAM + 0x100, 8, n);
    const herr = m.call(SH.SYS_OPEN, RAM + 0x200);
    expect(new Set([hin, hout, herr]).size).toBe(3);
    expect(Math.min(hin, hout, herr)).toBeGreaterThan(0);

    m.str(RAM + 0x300, 'hello\n');
    m.words(RAM + 0x200, hout, RAM + 0x300, 6);
    expect(m.call(SH.SYS_WRITE, RAM + 0x200)).toBe(0);
    m.words(RAM + 0x200, herr, RAM + 0x300, 2);
    expect(m.call(SH.SYS_WRITE, RAM + 0x200)).toBe(0);
    expect(m.text()).toBe('hello\nhe');
    m.words(RAM + 0x200, hin, RAM + 0x300, 6);
    expect(m.call(SH.SYS_WRITE, RAM + 0x200)).toBe(6); // not written: stdin handle

    m.words(RAM + 0x200, hin, RAM + 0x400, 2);
    expect(m.call(SH.SYS_READ, RAM + 0x200)).toBe(0);
    expect(Array.from(m.bus.readBytes(RAM + 0x400, 2)!)).toEqual([0x61, 0x62]);
    m.words(RAM + 0x200, hin, RAM + 0x400, 4);
    expect(m.call(SH.SYS_READ, RAM + 0x200)).toBe(3); // 1 read, 3 not read
    expect(m.call(SH.SYS_READ, RAM + 0x200)).toBe(4); // EOF

    m.words(RAM + 0x200, hout);
    expect(m.call(SH.SYS_ISTTY, RAM + 0x200)).toBe(1);
    expect(m.call(SH.SYS_FLEN, RAM + 0x200)).toBe(-1);
    m.words(RAM + 0x200, hout, 0);
    expect(m.call(SH.SYS_SEEK, RAM + 0x200)).toBe(-1);
    m.words(RAM + 0x200, hout);
    expect(m.call(SH.SYS_CLOSE, RAM + 0x200)).toBe(0);
    expect(m.call(SH.SYS_CLOSE, RAM + 0x200)).toBe(-1);
    expect(m.call(SH.SYS_ERRNO, 0)).toBe(9);
  });

  it('refuses other file names with -1 and errno ENOENT', () => {
    const m = make();
    const n = m.str(RAM + 0x100, 'data.bin');
    m.words(RAM + 0x200, RAM + 0x100, 0, n);
    expect(m.call(SH.SYS_OPEN, RAM + 0x200)).toBe(-1);
    expect(m.call(SH.SYS_ERRNO, 0)).toBe(2);
  });

  it(':semihosting-features reports EXIT_EXTENDED and STDOUT_STDERR', () => {
    const m = make();
    const n = m.str(RAM + 0x100, ':semihosting-features');
    m.words(RAM + 0x200, RAM + 0x100, 0, n);
    const h = m.call(SH.SYS_OPEN, RAM + 0x200);
    expect(h).toBeGreaterThan(0);
    m.words(RAM + 0x200, h);
    expect(m.call(SH.SYS_FLEN, RAM + 0x200)).toBe(5);
    expect(m.call(SH.SYS_ISTTY, RAM + 0x200)).toBe(0);
    m.words(RAM + 0x200, h, 4);
    expect(m.call(SH.SYS_SEEK, RAM + 0x200)).toBe(0);
    m.words(RAM + 0x200, h, RAM + 0x300, 1);
    expect(m.call(SH.SYS_READ, RAM + 0x200)).toBe(0);
    expect(m.bus.load(RAM + 0x300, 1)).toBe(3);
  });

  it('WRITEC, WRITE0, READC', () => {
    const m = make([0x7a]);
    m.str(RAM + 0x10, 'ok');
    expect(m.call(SH.SYS_WRITEC, RAM + 0x10)).toBe(0);
    expect(m.call(SH.SYS_WRITE0, RAM + 0x10)).toBe(0);
    expect(m.text()).toBe('ook');
    expect(m.call(SH.SYS_READC, 0)).toBe(0x7a);
    expect(m.call(SH.SYS_READC, 0)).toBe(-1);
  });

  it('clock, time, elapsed and tick frequency come from the deterministic clock', () => {
    const m = make();
    m.setTicks(25_000_000); // 2.5 s at 10 MHz
    expect(m.call(SH.SYS_CLOCK, 0)).toBe(250);
    expect(m.call(SH.SYS_TIME, 0)).toBe(2);
    expect(m.call(SH.SYS_TICKFREQ, 0)).toBe(10_000_000);
    m.setTicks(2 ** 32 + 5);
    expect(m.call(SH.SYS_ELAPSED, RAM + 0x40)).toBe(0);
    expect(m.bus.load(RAM + 0x40, 4)).toBe(5);
    expect(m.bus.load(RAM + 0x44, 4)).toBe(1);
  });

  it('GET_CMDLINE gives an empty line; HEAPINFO zeros', () => {
    const m = make();
    m.bus.writeBytes(RAM + 0x100, Uint8Array.of(0xff, 0xff));
    m.words(RAM + 0x200, RAM + 0x100, 80);
    expect(m.call(SH.SYS_GET_CMDLINE, RAM + 0x200)).toBe(0);
    expect(m.bus.load(RAM + 0x100, 1)).toBe(0);
    expect(m.bus.load(RAM + 0x204, 4)).toBe(0);
    m.words(RAM + 0x300, RAM + 0x310);
    m.words(RAM + 0x310, 1, 2, 3, 4);
    expect(m.call(SH.SYS_HEAPINFO, RAM + 0x300)).toBe(0);
    for (let i = 0; i < 4; i++) expect(m.bus.load(RAM + 0x310 + 4 * i, 4)).toBe(0);
  });

  it('SYS_EXIT on RV32 takes the reason itself; EXIT_EXTENDED a {reason, subcode} block', () => {
    const m = make();
    expect(m.call(SH.SYS_EXIT, SH.ADP_Stopped_ApplicationExit)).toBe(0);
    expect(m.call(SH.SYS_EXIT, 0x20023)).toBe(0); // RunTimeErrorUnknown
    m.words(RAM + 0x20, SH.ADP_Stopped_ApplicationExit, 7);
    m.call(SH.SYS_EXIT_EXTENDED, RAM + 0x20);
    m.words(RAM + 0x20, 0x20024, 7);
    m.call(SH.SYS_EXIT_EXTENDED, RAM + 0x20);
    expect(m.exits).toEqual([0, 1, 7, 1]);
    expect(m.hart.yields).toBe(4);
  });

  it('bad pointers and unknown operations return -1 without throwing', () => {
    const m = make();
    expect(m.call(SH.SYS_WRITE0, 0x1234)).toBe(-1);
    expect(m.call(SH.SYS_OPEN, 0)).toBe(-1);
    expect(m.call(SH.SYS_WRITE, 0xfffffffc)).toBe(-1);
    expect(m.call(SH.SYS_EXIT_EXTENDED, 0)).toBe(-1);
    expect(m.exits).toEqual([]);
    expect(m.call(SH.SYS_ERRNO, 0)).toBe(14);
    expect(m.call(0x99, 0)).toBe(-1);
    expect(m.call(SH.SYS_REMOVE, RAM)).toBe(-1);
    m.words(RAM + 0x200, 1, 0x1000, 4); // write from unmapped buffer on an unopened handle
    expect(m.call(SH.SYS_WRITE, RAM + 0x200)).toBe(4);
  });
});
