/**
 * The GDB stub on TCP: `rv-zoo run ELF --gdb [HOST:]PORT` and `Machine.gdbServer(port)`.
 * One client at a time (a second connection is closed at once, as QEMU does); loopback by
 * default. See stub.ts for the protocol and run control.
 */
import type { Server, Socket } from 'node:net';
import { nodeNet } from '../../builtins.js';
import { RvZooError } from '../../errors.js';
import type { Machine } from '../machine.js';
import { GdbStub, type GdbStubOptions } from './stub.js';

export interface GdbServerOptions extends GdbStubOptions {
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
}

export class GdbServer {
  private client: Socket | null = null;
  private closed = false;

  private constructor(private readonly server: Server, readonly stub: GdbStub, readonly host: string, readonly port: number,
    private readonly log: ((line: string) => void) | undefined) {}

  /** Listen on host:port (port 0: any free port; `port` then says which). */
  static async listen(machine: Machine, port: number, options: GdbServerOptions = {}): Promise<GdbServer> {
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RvZooError(`gdb: port must be 0..65535, got ${String(port)}`);
    const host = options.host ?? '127.0.0.1';
    const stub = new GdbStub(machine, options);
    const server = nodeNet().createServer();
    await new Promise<void>((resolve, reject) => {
      const fail = (err: NodeJS.ErrnoException): void => {
        reject(new RvZooError(`gdb: cannot listen on ${host}:${port}: ${err.code === 'EADDRINUSE' ? 'address in use' : err.message}`));
      };
      server.once('error', fail);
      server.listen(port, host, () => { server.off('error', fail); resolve(); });
    });
    const addr = server.address();
    const actual = typeof addr === 'object' && addr !== null ? addr.port : port;
    const s = new GdbServer(server, stub, host, actual, options.log);
    server.on('connection', (sock) => s.accept(sock));
    server.on('error', () => { /* a listening socket error after start: keep running without GDB */ });
    return s;
  }

  private accept(sock: Socket): void {
    if (this.client !== null || this.closed) {
      sock.destroy();
      return;
    }
    this.client = sock;
    sock.setNoDelay(true);
    this.log?.(`gdb: connection from ${sock.remoteAddress ?? '?'}:${sock.remotePort ?? '?'}`);
    this.stub.connect({
      write: (bytes) => { if (!sock.destroyed) sock.write(bytes); },
      close: () => { sock.end(); },
    });
    sock.on('data', (chunk: Buffer) => this.stub.receive(chunk));
    const gone = (): void => {
      if (this.client !== sock) return;
      this.client = null;
      this.stub.disconnected();
    };
    sock.on('close', gone);
    sock.on('error', gone);
  }

  /** Stop listening and drop the client; the firmware runs on without breakpoints. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stub.dispose();
    this.client?.destroy();
    this.client = null;
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}
