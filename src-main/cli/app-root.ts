import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface AppFiles {
  migrationsDir: string;
  rendererDir: string;
  version: string;
}

/** The files the command line ships with, relative to the project (or installed package) root. */
export function appFiles(appRoot: string): AppFiles {
  const pkg = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string };
  return {
    migrationsDir: join(appRoot, 'migrations'),
    rendererDir: join(appRoot, 'dist', 'renderer'),
    version: pkg.version,
  };
}
