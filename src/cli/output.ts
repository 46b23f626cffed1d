/**
 * The command's standard output and error, written with synchronous write(2) calls through a
 * small buffer per stream instead of Node's process.stdout/stderr streams:
 *
 * - backpressure: a slow reader (a pipe into `less`, a `--trace` into `grep`) blocks the
 *   emulator instead of queueing output in memory without limit;
 * - a closed reader (`| head -1`) shows up at the write that failed (EPIPE), so the command
 *   can stop the run at once and end quietly with status 141 (128 + SIGPIPE, what a shell
 *   reports for `cat` or `seq` in the same place) instead of a stack trace;
 * - order: before writing to one stream, what is buffered for the other is written, so
 *   `2>&1` keeps the order in which things were printed.
 *
 * A stream that is a terminal is line-buffered; otherwise output is written in 64 KiB blocks
 * (and whenever the other stream is written, and at the end).
 */
import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';

/** Exit status when stdout or stderr was closed by its reader. */
export const EXIT_OUTPUT_CLOSED = 141;

const BLOCK = 64 * 1024;
const encoder = new TextEncoder();
const pause = new Int32Array(new SharedArrayBuffer(4));

export class Stream {
  private buf = new Uint8Array(BLOCK);
  private used = 0;
  readonly tty: boolean;

  constructor(readonly fd: number, private readonly owner: Output) {
    this.tty = isatty(fd);
  }

  get pending(): number {
    return this.used;
  }

  write(data: string | Uint8Array): void {
    if (this.owner.closed) return;
    const bytes = typeof data === 'string' ? encoder.encode(data) : data;
    if (this.used + bytes.length > this.buf.length) {
      this.flush();
      if (bytes.length > this.buf.length) {
        this.writeOut(bytes);
        return;
      }
    }
    this.buf.set(bytes, this.used);
    this.used += bytes.length;
    if (this.tty && bytes.includes(10)) this.flush();
  }

  flush(): void {
    if (this.used === 0 || this.owner.closed) {
      this.used = 0;
      return;
    }
    const n = this.used;
    this.used = 0;
    this.writeOut(this.buf.subarray(0, n));
  }

  /** write(2) until everything is out: waits while the reader is slow, notes a closed one. */
  private writeOut(bytes: Uint8Array): void {
    let off = 0, wait = 1;
    while (off < bytes.length && !this.owner.closed) {
      try {
        off += writeSync(this.fd, bytes, off, bytes.length - off);
        wait = 1;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          // A non-blocking descriptor (a socket from a Node parent, say) whose reader is
          // behind: sleep, longer each time (up to 64 ms), and try again.
          Atomics.wait(pause, 0, 0, wait);
          wait = Math.min(64, wait * 2);
        } else if (code === 'EPIPE' || code === 'EBADF') {
          this.owner.markClosed();
        } else {
          throw err;
        }
      }
    }
  }
}

export class Output {
  readonly stdout: Stream;
  readonly stderr: Stream;
  /** stdout or stderr went away (EPIPE): nothing more is written. */
  closed = false;
  private readonly closeListeners: (() => void)[] = [];

  constructor(stdoutFd = 1, stderrFd = 2) {
    this.stdout = new Stream(stdoutFd, this);
    this.stderr = new Stream(stderrFd, this);
  }

  /** Write to stdout (after flushing what stderr holds). */
  out(data: string | Uint8Array): void {
    if (this.stderr.pending > 0) this.stderr.flush();
    this.stdout.write(data);
  }

  /** Write to stderr (after flushing what stdout holds). */
  err(data: string | Uint8Array): void {
    if (this.stdout.pending > 0) this.stdout.flush();
    this.stderr.write(data);
  }

  flush(): void {
    this.stdout.flush();
    this.stderr.flush();
  }

  /** Call `f` once when an output stream is found closed (e.g. to stop the run). */
  onClose(f: () => void): void {
    this.closeListeners.push(f);
  }

  markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    for (const f of this.closeListeners.splice(0)) f();
  }
}

/** The process's stdout and stderr (fds 1 and 2); the CLI writes nothing any other way. */
export const output = new Output();
