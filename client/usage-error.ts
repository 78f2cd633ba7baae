// A mistake in how a command was typed (unknown command, wrong arguments, bad quoting).
// The REPL prints it and goes on; the one-shot CLI exits with status 2.
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The usage line of the command concerned, when there is one. */
  readonly usage: string | undefined;

  constructor(message: string, usage?: string) {
    super(message);
    this.usage = usage;
  }
}
