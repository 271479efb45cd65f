import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { defaultDataDir, resolveDatabaseLocation, type DatabaseLocation } from './data-location';

/** Where this process keeps the book, from `--db`, `ZHANGGUI_DB` or the per-user default. */
export function locateDatabase(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  const location = resolveDatabaseLocation({
    flag,
    env,
    dataDir: defaultDataDir(process.platform, env, homedir()),
    resolvePath: (path) => resolve(path),
    dirname,
    join,
  });
  mkdirSync(dirname(location.dbPath), { recursive: true });
  return location;
}
