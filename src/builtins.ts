/**
 * Node built-in modules that only some commands need (the GDB server's node:net, `verify`'s
 * node:child_process), loaded at first use instead of at start-up, where every rv-zoo command
 * would pay for them. Synchronous `require` through createRequire, so it works the same from
 * the ES modules in dist/src and from the CommonJS bundle that bin/rv-zoo.js runs in a vm.Script
 * (which has no dynamic import()).
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export const nodeNet = (): typeof import('node:net') => load('node:net') as typeof import('node:net');
export const nodeChildProcess = (): typeof import('node:child_process') => load('node:child_process') as typeof import('node:child_process');
