import { describe, expect, it } from 'vitest';
import { BUS_FAULT } from '../../src/cpu/bus.js';
import { Clint } from '../../src/soc/clint.js';
import { TestFinisher, type FinisherEvent } from '../../src/soc/finisher.js';
import { MIP_MEIP, MIP_MSIP, MIP_MTIP } from '../../src/soc/hart-port.js';
import { Plic } from '../../src/soc/plic.js';
import { Uart16550 } from '../../src/soc/uart16550.js';
import { FakeHart } from './fakes.js';

describe('test finisher', () => {
  const make = () => {
    const events: FinisherEvent[] = [];
    return { f: new TestFinisher(0x100000, (e) => events.push(e)), events };
  };
  it('0x5555 passes with 0, (code<<16)|0x3333 fails with code, 0x7777 resets', () => {
    const { f, events } = make();
    expect(f.store(0, 4, 0x5555)).toBe(true);
    expect(f.store(0, 4, (42 << 16) | 0x3333)).toBe(true);
    expect(f.store(0, 4, 0x7777)).toBe(true);
    expect(f.store(0, 4, 0xffff3333)).toBe(true);
    expect(events).toEqual([{ kind: 'exit', code: 0 }, { kind: 'exit', code: 42 }, { kind: 'reset' }, { kind: 'exit', code: 0xffff }]);
  });
  it('ignores other values and offsets, reads 0, refuses byte accesses', () => {
    const { f, events } = make();
    expect(f.store(0, 4, 0x1234)).toBe(true);
    expect(f.store(4, 4, 0x5555)).toBe(true);
    expect(f.store(0, 2, 0x1111)).toBe(true);
    expect(events).toEqual([]);
    expect(f.load(0, 4)).toBe(0);
    expect(f.load(0, 1)).toBe(BUS_FAULT);
    expect(f.store(0, 1, 0x55)).toBe(false);
    expect(f.store(0, 2, 0x5555)).toBe(true);
    expect(events).toEqual([{ kind: 'exit', code: 0 }]);
  });
});

describe('CLINT', () => {
  const make = (ipt = 10) => {
    const hart = new FakeHart();
    let idle = 0;
    const clint = new Clint(0x2000000, hart, () => Math.floor((hart.instret + idle) / ipt));
    return { hart, clint, addIdle: (n: number) => { idle += n; } };
  };

  it('derives mtime from instret / instructionsPerTick', () => {
    const { hart, clint, addIdle } = make(10);
    expect(clint.load(0xbff8, 4)).toBe(0);
    hart.instret = 99;
    expect(clint.load(0xbff8, 4)).toBe(9);
    hart.instret = 100;
    expect(clint.load(0xbff8, 4)).toBe(10);
    addIdle(50);
    expect(clint.mtime()).toBe(15);
    hart.instret = 10 * 2 ** 32 + 70;
    expect(clint.load(0xbff8, 4)).toBe(12);
    expect(clint.load(0xbffc, 4)).toBe(1);
  });

  it('mtimecmp resets to 0 so MTIP is pending from power-on (QEMU 7.2); MTIP = mtime >= mtimecmp', () => {
    const { hart, clint } = make(1);
    clint.update();
    expect(clint.load(0x4000, 4)).toBe(0);
    expect(clint.load(0x4004, 4)).toBe(0);
    expect(hart.mip & MIP_MTIP).toBe(MIP_MTIP);
    expect(clint.nextEventRawTicks()).toBeNull();
    hart.instret = 5;
    expect(clint.store(0x4004, 4, 0)).toBe(true);
    expect(clint.store(0x4000, 4, 10)).toBe(true);
    expect(hart.yields).toBe(2);
    expect(hart.mip & MIP_MTIP).toBe(0);
    expect(clint.nextEventRawTicks()).toBe(10);
    hart.instret = 9; clint.update();
    expect(hart.mip & MIP_MTIP).toBe(0);
    hart.instret = 10; clint.update();
    expect(hart.mip & MIP_MTIP).toBe(MIP_MTIP);
    expect(clint.nextEventRawTicks()).toBeNull();
    // a compare value in the past raises MTIP at once; moving it forward lowers it
    clint.store(0x4000, 4, 100);
    expect(hart.mip & MIP_MTIP).toBe(0);
    clint.store(0x4000, 4, 3);
    expect(hart.mip & MIP_MTIP).toBe(MIP_MTIP);
  });

  it('compares all 64 bits (high word)', () => {
    const { hart, clint } = make(1);
    clint.store(0x4004, 4, 1);
    clint.store(0x4000, 4, 0);
    hart.instret = 2 ** 32 - 1; clint.update();
    expect(hart.mip & MIP_MTIP).toBe(0);
    expect(clint.nextEventRawTicks()).toBe(2 ** 32);
    hart.instret = 2 ** 32; clint.update();
    expect(hart.mip & MIP_MTIP).toBe(MIP_MTIP);
    clint.store(0x4004, 4, 0xffffffff);
    clint.store(0x4000, 4, 0xffffffff);
    expect(hart.mip & MIP_MTIP).toBe(0);
    expect(clint.nextEventRawTicks()).toBeNull(); // unreachable
    expect(clint.load(0x4004, 4)).toBe(0xffffffff);
  });

  it('mtime is writable (as in QEMU) and keeps counting from the written value', () => {
    const { hart, clint } = make(1);
    hart.instret = 100;
    clint.store(0xbff8, 4, 5);
    expect(clint.mtime()).toBe(5);
    hart.instret = 110;
    expect(clint.load(0xbff8, 4)).toBe(15);
    clint.store(0xbffc, 4, 2);
    expect(clint.load(0xbffc, 4)).toBe(2);
    expect(clint.load(0xbff8, 4)).toBe(15);
    clint.store(0x4004, 4, 2); clint.store(0x4000, 4, 20);
    expect(clint.nextEventRawTicks()).toBe(115);
  });

  it('msip bit 0 drives MSIP and asks for a yield', () => {
    const { hart, clint } = make();
    clint.store(0, 4, 0xffffffff);
    expect(clint.load(0, 4)).toBe(1);
    expect(hart.mip).toBe(MIP_MSIP);
    expect(hart.yields).toBe(1);
    clint.store(0, 4, 2);
    expect(hart.mip).toBe(0);
    expect(clint.load(0, 4)).toBe(0);
  });

  it('only 32-bit aligned accesses; other offsets read 0', () => {
    const { clint } = make();
    expect(clint.load(0, 1)).toBe(BUS_FAULT);
    expect(clint.load(0x4000, 2)).toBe(BUS_FAULT);
    expect(clint.store(0, 1, 1)).toBe(false);
    expect(clint.load(0x8, 4)).toBe(0);
    expect(clint.store(0x8, 4, 1)).toBe(true);
  });

  it('snapshot/restore', () => {
    const { hart, clint } = make(1);
    clint.store(0x4000, 4, 50);
    const s = clint.snapshot();
    clint.store(0x4000, 4, 70);
    clint.restore(s);
    expect(clint.load(0x4000, 4)).toBe(50);
    hart.instret = 60; clint.update();
    expect(hart.mip & MIP_MTIP).toBe(MIP_MTIP);
  });
});

describe('PLIC', () => {
  const CLAIM = 0x200004, THRESH = 0x200000, EN0 = 0x2000;
  const make = () => {
    const hart = new FakeHart();
    return { hart, plic: new Plic(0xc000000, hart) };
  };

  it('priority, enable and threshold gate MEIP; pending follows the line', () => {
    const { hart, plic } = make();
    plic.setLevel(10, true);
    expect(plic.load(0x1000, 4)).toBe(1 << 10);
    expect(hart.mip & MIP_MEIP).toBe(0); // priority 0 = never
    plic.store(4 * 10, 4, 1);
    expect(hart.mip & MIP_MEIP).toBe(0); // not enabled
    plic.store(EN0, 4, 1 << 10);
    expect(plic.load(EN0, 4)).toBe(1 << 10);
    expect(hart.mip & MIP_MEIP).toBe(MIP_MEIP);
    plic.store(THRESH, 4, 1);
    expect(hart.mip & MIP_MEIP).toBe(0); // priority must exceed threshold
    plic.store(4 * 10, 4, 2);
    expect(hart.mip & MIP_MEIP).toBe(MIP_MEIP);
    plic.setLevel(10, false);
    expect(plic.load(0x1000, 4)).toBe(0);
    expect(hart.mip & MIP_MEIP).toBe(0);
  });

  it('priorities are WARL modulo 8, threshold too; context 1 (S-mode) does not drive MEIP', () => {
    const { hart, plic } = make();
    plic.store(4 * 3, 4, 9);
    expect(plic.load(4 * 3, 4)).toBe(1);
    plic.store(THRESH, 4, 15);
    expect(plic.load(THRESH, 4)).toBe(7);
    plic.store(THRESH, 4, 0);
    plic.store(0x2080, 4, 1 << 3);
    plic.setLevel(3, true);
    expect(hart.mip & MIP_MEIP).toBe(0);
    expect(plic.load(0x201004, 4)).toBe(3); // claim on context 1 still works
  });

  it('claim returns the highest priority (lowest id on ties), masks it until complete', () => {
    const { hart, plic } = make();
    plic.store(EN0, 4, (1 << 10) | (1 << 5) | (1 << 7));
    plic.store(4 * 10, 4, 3);
    plic.store(4 * 5, 4, 5);
    plic.store(4 * 7, 4, 5);
    plic.setLevel(10, true);
    plic.setLevel(5, true);
    plic.setLevel(7, true);
    expect(plic.load(CLAIM, 4)).toBe(5);
    expect(plic.load(0x1000, 4)).toBe((1 << 10) | (1 << 7));
    expect(plic.load(CLAIM, 4)).toBe(7);
    expect(plic.load(CLAIM, 4)).toBe(10);
    expect(hart.mip & MIP_MEIP).toBe(0);
    expect(plic.load(CLAIM, 4)).toBe(0);
    plic.setLevel(5, false);
    plic.store(CLAIM, 4, 5); // line low: stays quiet
    expect(hart.mip & MIP_MEIP).toBe(0);
    plic.store(CLAIM, 4, 10); // line still high: pending again
    expect(hart.mip & MIP_MEIP).toBe(MIP_MEIP);
    expect(plic.load(CLAIM, 4)).toBe(10);
  });

  it('pending is read-only, only 32-bit accesses, reset clears registers', () => {
    const { plic } = make();
    plic.store(0x1000, 4, 0xffffffff);
    expect(plic.load(0x1000, 4)).toBe(0);
    expect(plic.load(0, 1)).toBe(BUS_FAULT);
    expect(plic.store(4, 2, 1)).toBe(false);
    plic.store(4, 4, 3);
    plic.reset();
    expect(plic.load(4, 4)).toBe(0);
  });
});

describe('UART 16550', () => {
  const make = () => {
    const out: number[] = [];
    const irq: boolean[] = [];
    const uart = new Uart16550(0x10000000, (b) => out.push(b), (l) => irq.push(l));
    const level = () => irq[irq.length - 1] ?? false;
    return { uart, out, level };
  };

  it('reset values: LSR THRE|TEMT, IIR no interrupt, MCR OUT2, MSR DCD|DSR|CTS', () => {
    const { uart } = make();
    expect(uart.load(5, 1)).toBe(0x60);
    expect(uart.load(2, 1)).toBe(0x01);
    expect(uart.load(1, 1)).toBe(0);
    expect(uart.load(3, 1)).toBe(0);
    expect(uart.load(4, 1)).toBe(0x08);
    expect(uart.load(6, 1)).toBe(0xb0);
  });

  it('THR writes go to the sink at once', () => {
    const { uart, out } = make();
    for (const c of 'hi\n') uart.store(0, 1, c.charCodeAt(0));
    expect(String.fromCharCode(...out)).toBe('hi\n');
    expect(uart.load(5, 1) & 0x60).toBe(0x60);
  });

  it('DLAB switches offsets 0/1 to the divisor latch', () => {
    const { uart, out } = make();
    uart.store(3, 1, 0x83);
    uart.store(0, 1, 0x01);
    uart.store(1, 1, 0x02);
    expect(uart.load(0, 1)).toBe(0x01);
    expect(uart.load(1, 1)).toBe(0x02);
    expect(out).toEqual([]);
    uart.store(3, 1, 0x03);
    expect(uart.load(3, 1)).toBe(0x03);
    expect(uart.load(1, 1)).toBe(0); // IER untouched
    uart.store(7, 1, 0x5a);
    expect(uart.load(7, 1)).toBe(0x5a);
  });

  it('receives from the queue with LSR.DR and the RX-data interrupt', () => {
    const { uart, level } = make();
    uart.pushInput(Uint8Array.of(0x41, 0x42));
    expect(uart.load(5, 1) & 1).toBe(1);
    expect(level()).toBe(false); // IER off
    uart.store(1, 1, 0x01);
    expect(level()).toBe(true);
    expect(uart.load(2, 1)).toBe(0x04);
    expect(uart.load(0, 1)).toBe(0x41);
    expect(uart.load(0, 1)).toBe(0x42);
    expect(uart.load(5, 1) & 1).toBe(0);
    expect(level()).toBe(false);
    expect(uart.load(2, 1)).toBe(0x01);
    uart.pushInput([0x43]);
    expect(level()).toBe(true);
  });

  it('THR-empty interrupt: raised on enable, cleared by reading IIR, re-armed by a THR write', () => {
    const { uart, level } = make();
    uart.store(1, 1, 0x02);
    expect(level()).toBe(true);
    expect(uart.load(2, 1)).toBe(0x02);
    expect(level()).toBe(false);
    expect(uart.load(2, 1)).toBe(0x01);
    uart.store(0, 1, 0x2e);
    expect(level()).toBe(true);
    expect(uart.load(2, 1)).toBe(0x02);
    uart.store(1, 1, 0x00);
    expect(level()).toBe(false);
  });

  it('RX data has priority over THR empty in IIR', () => {
    const { uart } = make();
    uart.store(1, 1, 0x03);
    uart.pushInput([1]);
    expect(uart.load(2, 1)).toBe(0x04);
    uart.load(0, 1);
    expect(uart.load(2, 1)).toBe(0x02);
  });

  it('FIFO mode: IIR top bits, trigger level, character timeout below it', () => {
    const { uart, level } = make();
    uart.store(2, 1, 0x01 | 0x40); // enable, trigger 4
    expect(uart.load(2, 1) & 0xc0).toBe(0xc0);
    uart.store(1, 1, 0x01);
    uart.pushInput([1, 2]);
    expect(uart.load(2, 1)).toBe(0xcc);
    uart.pushInput([3, 4]);
    expect(uart.load(2, 1)).toBe(0xc4);
    expect(level()).toBe(true);
    for (let i = 1; i <= 4; i++) expect(uart.load(0, 1)).toBe(i);
    expect(uart.load(0, 1)).toBe(0); // empty FIFO reads 0
    expect(uart.load(2, 1)).toBe(0xc1);
    uart.store(2, 1, 0x00);
    expect(uart.load(2, 1)).toBe(0x01);
  });

  it('splits wider accesses into byte registers; offsets past 8 fault', () => {
    const { uart, out } = make();
    uart.store(4, 4, 0x5a000000 | 0x03); // MCR=3, LSR/MSR ignored, SCR=0x5a
    expect(uart.load(7, 1)).toBe(0x5a);
    expect(uart.load(4, 1)).toBe(0x03);
    expect(uart.load(4, 4) >>> 24).toBe(0x5a);
    expect(out).toEqual([]);
    expect(uart.load(8, 1)).toBe(BUS_FAULT);
    expect(uart.store(6, 4, 0)).toBe(false);
  });

  it('snapshot/restore keeps registers and the unread input', () => {
    const { uart } = make();
    uart.pushInput([7, 8, 9]);
    uart.store(7, 1, 0x11);
    uart.load(0, 1);
    const s = uart.snapshot();
    uart.load(0, 1);
    uart.store(7, 1, 0x22);
    uart.restore(s);
    expect(uart.load(7, 1)).toBe(0x11);
    expect(uart.load(0, 1)).toBe(8);
  });
});

describe('UART 16550 against qemu-system-riscv32 7.2', () => {
  it('reproduces the register trace of a probe program run on QEMU virt', () => {
    // Recorded on QEMU 7.2 (-M virt -bios none) with a probe that reads/writes UART0 registers
    // in this order; see the sequence below.
    const qemu = '60 01 08 b0 00 00 02 01 02 01 c2 c1 c1 c1 01 0c 00 08';
    const uart = new Uart16550(0x10000000, () => {}, () => {});
    const r: number[] = [];
    const rd = (o: number) => r.push(uart.load(o, 1));
    rd(5); rd(2); rd(4); rd(6); rd(3); rd(1);
    uart.store(1, 1, 2); rd(2); rd(2);
    uart.store(0, 1, 0x2e); rd(2); rd(2);
    uart.store(2, 1, 1); rd(2); rd(2);
    uart.store(2, 1, 0x41); rd(2);
    uart.store(1, 1, 0); rd(2);
    uart.store(2, 1, 0); rd(2);
    uart.store(3, 1, 0x83); rd(0); rd(1); uart.store(3, 1, 3);
    r.push(uart.load(4, 4) & 0xff);
    expect(r.map((v) => v.toString(16).padStart(2, '0')).join(' ')).toBe(qemu);
  });
});
