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
