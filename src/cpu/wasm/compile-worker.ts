/**
 * The background compiler's thread (src/cpu/wasm/background.ts): receives regions on the port it
 * is given, generates and compiles their modules, and posts each WebAssembly.Module back (modules
 * can be shared between threads of one process). It reads no guest state: a region carries its
 * decoded instructions, and the configuration its memory layout.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { regionModuleBytes } from './tier.js';
import type { CompileReply, CompileRequest } from './background.js';

const port = (workerData as { port: MessagePort }).port;
port.on('message', (req: CompileRequest) => {
  let reply: CompileReply;
  try {
    reply = { owner: req.owner, id: req.id, module: new WebAssembly.Module(regionModuleBytes(req.region, req.cfg, req.pages)) };
  } catch (err) {
    reply = { owner: req.owner, id: req.id, error: String((err as Error)?.stack ?? err) };
  }
  port.postMessage(reply);
});
