/**
 * Region compilation on a worker thread, so that the emulator's thread keeps running guest code
 * (in the dispatcher's interpreter) while a hot region's WebAssembly is generated and compiled:
 * code generation is most of the tier's cost in short runs (~2-5 ms per region before V8 has
 * optimised the code generator), and the host usually has a second core.
 *
 * One worker per process, shared by every machine, created on first use and unreferenced (it
 * never keeps the process alive). The emulator's thread polls for finished modules without
 * waiting (receiveMessageOnPort) between dispatcher runs; see TierDriver. Which regions are
 * compiled, and when they are linked, never changes what the guest computes: a region runs
 * exactly like the interpreter, so only the speed depends on the worker's timing.
 *
 * The worker runs src/cpu/wasm/compile-worker.ts as built JavaScript: dist/src/cpu/wasm/compile-worker.js
 * next to this module, or dist/rv-zoo-compile-worker.cjs next to the CLI bundle. Where neither
 * exists (the TypeScript sources run by the test runner), `backgroundCompiler()` is null and
 * regions are compiled on the emulator's thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { MessagePort } from 'node:worker_threads';
import type { CodegenConfig } from './codegen.js';
import type { Region } from './region.js';

export interface CompileRequest { owner: number; id: number; region: Region; cfg: CodegenConfig; pages: number }
export type CompileReply = { owner: number; id: number; module: WebAssembly.Module } | { owner: number; id: number; error: string };

const load = createRequire(import.meta.url);

/** Finished compilations of one owner (a tier driver), in the order they arrived. */
export class CompileInbox {
  readonly done: CompileReply[] = [];
  constructor(readonly owner: number) {}
}

export class BackgroundCompiler {
  private readonly inboxes = new Map<number, WeakRef<CompileInbox>>();
  private nextOwner = 1;

  private constructor(private readonly port: MessagePort,
    private readonly receive: (port: MessagePort) => { message: CompileReply } | undefined) {}

  /** The process's background compiler, started on first call; null when the worker script is not available. */
  static get(): BackgroundCompiler | null {
    if (instance === undefined) instance = BackgroundCompiler.start();
    return instance;
  }

  private static start(): BackgroundCompiler | null {
    const script = ['./compile-worker.js', './rv-zoo-compile-worker.cjs']
      .map((rel) => fileURLToPath(new URL(rel, import.meta.url))).find((p) => existsSync(p));
    if (script === undefined) return null;
    try {
      const wt = load('node:worker_threads') as typeof import('node:worker_threads');
      const { port1, port2 } = new wt.MessageChannel();
      const worker = new wt.Worker(script, { workerData: { port: port2 }, transferList: [port2], stdout: false, stderr: false });
      worker.unref();
      // A worker that dies (out of memory, say) leaves the machines on their own thread's compiler.
      worker.on('error', () => { if (instance !== null && instance !== undefined) instance.dead = true; });
      return new BackgroundCompiler(port1, wt.receiveMessageOnPort as (port: MessagePort) => { message: CompileReply } | undefined);
    } catch {
      return null;
    }
  }

  /** The worker failed: callers compile on their own thread from now on. */
  dead = false;

  /** A new inbox for one tier driver. */
  inbox(): CompileInbox {
    const box = new CompileInbox(this.nextOwner++);
    this.inboxes.set(box.owner, new WeakRef(box));
    return box;
  }

  /** Queue a region for compilation; its module arrives in the inbox under `id`. */
  request(box: CompileInbox, id: number, region: Region, cfg: CodegenConfig, pages: number): void {
    const req: CompileRequest = { owner: box.owner, id, region, cfg, pages };
    this.port.postMessage(req);
  }

  /** Move every finished compilation that has arrived into its owner's inbox (never waits). */
  poll(): void {
    for (let m = this.receive(this.port); m !== undefined; m = this.receive(this.port)) {
      const box = this.inboxes.get(m.message.owner)?.deref();
      if (box === undefined) this.inboxes.delete(m.message.owner);
      else box.done.push(m.message);
    }
  }
}

let instance: BackgroundCompiler | null | undefined;
