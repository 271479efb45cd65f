/** What a command may touch of the outside world; the entry point passes the real process. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  appRoot: string;
  /** Resolves when the user asks the process to stop (Ctrl+C); only long-running commands wait on it. */
  waitForStop(): Promise<void>;
  /** The first line typed (or piped) on standard input, without its line end; '' at its end. */
  readLine(): Promise<string>;
}

/** A mistake of the caller: printed as is, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
