import { BUS_FAULT } from '../cpu/bus.js';
import { loadBytes, storeBytes, type Device } from './device.js';

// Register offsets (reg-shift 0)
export const UART_RBR_THR = 0; // DLL when LCR.DLAB
export const UART_IER = 1; // DLM when LCR.DLAB
export const UART_IIR_FCR = 2;
export const UART_LCR = 3;
export const UART_MCR = 4;
export const UART_LSR = 5;
export const UART_MSR = 6;
export const UART_SCR = 7;

export const IER_RDI = 0x01;
export const IER_THRI = 0x02;
export const IER_RLSI = 0x04;
export const IER_MSI = 0x08;

export const IIR_NO_INT = 0x01;
export const IIR_MSI = 0x00;
export const IIR_THRI = 0x02;
export const IIR_RDI = 0x04;
export const IIR_RLSI = 0x06;
export const IIR_CTI = 0x0c;
export const IIR_FIFO = 0xc0;

export const LCR_DLAB = 0x80;
export const LSR_DR = 0x01;
export const LSR_THRE = 0x20;
export const LSR_TEMT = 0x40;

export const FCR_FE = 0x01;
export const FCR_RFR = 0x02;
export const FCR_XFR = 0x04;

const FIFO_SIZE = 16;
const TRIGGER = [1, 4, 8, 14] as const;

interface UartState {
  ier: number; iir: number; fcr: number; lcr: number; mcr: number; msr: number; scr: number;
  dll: number; dlm: number; thrIpending: boolean; lastRbr: number; rxHead: number; rx: number[];
}

/**
 * NS16550A as QEMU's serial device models it (reg-shift 0, 8 byte registers; wider accesses
 * are split into byte accesses; offsets 8.. of the 0x100 window fault, as QEMU's 8-byte region
 * leaves them unassigned).
 *
 * Transmission is instantaneous: a THR write goes to the sink at once and THRE/TEMT stay set
 * (the THR-empty interrupt re-arms after each write, as QEMU's does when its chardev accepts
 * the byte). Reception takes bytes from a host queue (stdin): LSR.DR is set while the queue is
 * not empty; in FIFO mode the receive FIFO shows at most 16 of them and the RX-data interrupt
 * fires at the trigger level, below it the character-timeout interrupt (IIR 0x0C) is reported
 * at once (there is no wall-clock timeout here). Resetting the RX FIFO through FCR does not
 * discard queued stdin bytes (they model input that has not arrived yet). No loopback, no modem
 * status changes: MSR reads DCD|DSR|CTS.
 */
export class Uart16550 implements Device {
  readonly name: string;
  private ier = 0;
  private iir = IIR_NO_INT;
  private fcr = 0;
  private lcr = 0;
  private mcr = 0x08;
  private msr = 0xb0;
  private scr = 0;
  private dll = 0x0c;
  private dlm = 0;
  private thrIpending = false;
  private lastRbr = 0;
  private rx: number[] = [];
  private rxHead = 0;
  private irqLevel = false;

  constructor(
    readonly base: number,
    private readonly transmit: (byte: number) => void,
    private readonly irq: (level: boolean) => void,
    readonly size = 0x100,
    name = 'uart0',
  ) {
    this.name = name;
  }

  /** Queue bytes for the guest to receive. */
  pushInput(bytes: Uint8Array | readonly number[]): void {
    for (const b of bytes) this.rx.push(b & 0xff);
    this.update();
  }

  /** Bytes queued and not yet read by the guest. */
  get rxPending(): number {
    return this.rx.length - this.rxHead;
  }

  /** RX-data interrupt enabled with data waiting. */
  get rxInterruptReady(): boolean {
    return (this.ier & IER_RDI) !== 0 && this.rxPending > 0;
  }

  get interruptLevel(): boolean {
    return this.irqLevel;
  }

  /** Take one received byte (semihosting SYS_READ shares the same input queue). */
  takeInput(): number {
    if (this.rxHead >= this.rx.length) return -1;
    const b = this.rx[this.rxHead++]!;
    if (this.rxHead > 4096 && this.rxHead * 2 > this.rx.length) { this.rx = this.rx.slice(this.rxHead); this.rxHead = 0; }
    this.update();
    return b;
  }

  private get fifoEnabled(): boolean {
    return (this.fcr & FCR_FE) !== 0;
  }

  private lsr(): number {
    return LSR_THRE | LSR_TEMT | (this.rxPending > 0 ? LSR_DR : 0);
  }

  private update(): void {
    let id = IIR_NO_INT;
    const avail = this.rxPending;
    if ((this.ier & IER_RDI) !== 0 && avail > 0) {
      if (!this.fifoEnabled || Math.min(avail, FIFO_SIZE) >= TRIGGER[this.fcr >>> 6]!) id = IIR_RDI;
      else id = IIR_CTI;
    } else if ((this.ier & IER_THRI) !== 0 && this.thrIpending) {
      id = IIR_THRI;
    }
    this.iir = id | (this.fifoEnabled ? IIR_FIFO : 0);
    this.irqLevel = id !== IIR_NO_INT;
    this.irq(this.irqLevel);
  }

  loadByte(offset: number): number {
    const dlab = (this.lcr & LCR_DLAB) !== 0;
    switch (offset) {
      case UART_RBR_THR: {
        if (dlab) return this.dll;
        const b = this.takeInput();
        if (b >= 0) this.lastRbr = b;
        // QEMU: an empty FIFO reads 0; without FIFO the last byte stays in RBR
        return b >= 0 ? b : this.fifoEnabled ? 0 : this.lastRbr;
      }
      case UART_IER: return dlab ? this.dlm : this.ier;
      case UART_IIR_FCR: {
        const v = this.iir;
        if ((v & 0x0f) === IIR_THRI) { this.thrIpending = false; this.update(); }
        return v;
      }
      case UART_LCR: return this.lcr;
      case UART_MCR: return this.mcr;
      case UART_LSR: return this.lsr();
      case UART_MSR: return this.msr;
      case UART_SCR: return this.scr;
      default: return 0;
    }
  }

  storeByte(offset: number, value: number): void {
    value &= 0xff;
    const dlab = (this.lcr & LCR_DLAB) !== 0;
    switch (offset) {
      case UART_RBR_THR:
        if (dlab) { this.dll = value; return; }
        this.thrIpending = false;
        this.transmit(value);
        this.thrIpending = true; // transmitted at once: THR empty again
        this.update();
        return;
      case UART_IER: {
        if (dlab) { this.dlm = value; return; }
        const changed = (this.ier ^ value) & 0x0f;
        this.ier = value & 0x0f;
        if ((changed & IER_THRI) !== 0) this.thrIpending = (this.ier & IER_THRI) !== 0; // THR is always empty
        if (changed !== 0) this.update();
        return;
      }
      case UART_IIR_FCR: {
        if (((value ^ this.fcr) & FCR_FE) !== 0) value |= FCR_RFR | FCR_XFR;
        if ((value & FCR_XFR) !== 0) this.thrIpending = true;
        this.fcr = value & 0xc9;
        this.update();
        return;
      }
      case UART_LCR: this.lcr = value; return;
      case UART_MCR: this.mcr = value & 0x1f; return;
      case UART_SCR: this.scr = value; return;
      default: return; // LSR, MSR: read-only
    }
  }

  load(offset: number, width: 1 | 2 | 4): number {
    if (offset + width > 8) return BUS_FAULT;
    return loadBytes(this, offset, width);
  }

  store(offset: number, width: 1 | 2 | 4, value: number): boolean {
    if (offset + width > 8) return false;
    storeBytes(this, offset, width, value);
    return true;
  }

  reset(): void {
    this.ier = 0; this.fcr = 0; this.lcr = 0; this.mcr = 0x08; this.msr = 0xb0; this.scr = 0;
    this.dll = 0x0c; this.dlm = 0; this.thrIpending = false; this.lastRbr = 0;
    this.update();
  }

  redrive(): void { this.update(); }

  snapshot(): UartState {
    return {
      ier: this.ier, iir: this.iir, fcr: this.fcr, lcr: this.lcr, mcr: this.mcr, msr: this.msr, scr: this.scr,
      dll: this.dll, dlm: this.dlm, thrIpending: this.thrIpending, lastRbr: this.lastRbr,
      rxHead: 0, rx: this.rx.slice(this.rxHead),
    };
  }

  restore(state: unknown): void {
    const s = state as UartState;
    this.ier = s.ier; this.fcr = s.fcr; this.lcr = s.lcr; this.mcr = s.mcr; this.msr = s.msr; this.scr = s.scr;
    this.dll = s.dll; this.dlm = s.dlm; this.thrIpending = s.thrIpending; this.lastRbr = s.lastRbr;
    this.rx = s.rx.slice(); this.rxHead = 0;
    this.update();
  }
}
