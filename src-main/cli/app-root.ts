import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface AppFiles {
  migrationsDir: string;
  rendererDir: string;
  version: string;
  importWorker: { scriptPath: string; nativeBinding: string };
  predictionsWorker: { scriptPath: string; nativeBinding: string };
}

/** The files the command line ships with, relative to the project (or installed package) root. */
export function appFiles(appRoot: string): AppFiles {
  const pkg = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string };
  // Node's own build of the addon, the one `npm install` compiled (never the Electron build).
  const nativeBinding = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
  return {
    migrationsDir: join(appRoot, 'migrations'),
    rendererDir: join(appRoot, 'dist', 'renderer'),
    version: pkg.version,
    importWorker: { scriptPath: join(appRoot, 'dist', 'main', 'import-worker.cjs'), nativeBinding },
    predictionsWorker: { scriptPath: join(appRoot, 'dist', 'main', 'predictions-worker.cjs'), nativeBinding },
  };
}
