/** What a command may touch: the CLI is a function of this, so tests run it in-process. */
export interface Out {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface CliContext {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: Out;
  stderr: Out;
  /** `check --stdin` reads it (default: process.stdin) */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** ends a --watch run (tests, embedding); a real process stops it with Ctrl-C */
  signal?: AbortSignal;
}

/** Thrown by commands for a usage problem (exit 2) with a message for the user, never a stack trace. */
export class UsageError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}
