import { readFileSync } from 'node:fs';

/**
 * The one error class meant for users: bad input files, bad flags, unknown symbols. Its message
 * names the file, address or symbol concerned; the CLI prints only the message.
 * Guest misbehaviour is never an RvZooError: it is a RISC-V trap or a clean stop.
 */
export class RvZooError extends Error {
  override readonly name = 'RvZooError';
  /** Process exit code the CLI uses for this error. */
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

/**
 * Read a file the user named. Failures become one RvZooError line: `${prefix}${path}: no such
 * file` (or "is a directory", or the system's message).
 */
export async function readUserFile(path: string, prefix = ''): Promise<Uint8Array> {
  try {
    // Synchronous: one small file at start-up; the promise API costs more (streams, a thread hop).
    return readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message;
    throw new RvZooError(`${prefix}${path}: ${why}`);
  }
}
