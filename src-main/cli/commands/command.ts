import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from '../cli-io';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: OptionSpec;
  /** Whether the command takes file arguments (e.g. `import a.csv b.csv`). */
  positionals?: boolean;
  /** Returns the exit code. */
  run(values: Record<string, string | boolean | undefined>, io: CliIo, positionals: string[]): Promise<number>;
}

export const dbOption: OptionSpec = { db: { type: 'string' } };
