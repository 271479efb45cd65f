import { posix, win32 } from 'node:path';

export const DATA_FOLDER_NAME = 'zhanggui';
export const DATABASE_FILE_NAME = 'zhanggui.sqlite';

/**
 * The per-user data folder, the same for the desktop app, `serve` and the command line:
 * Windows %APPDATA%\zhanggui, macOS ~/Library/Application Support/zhanggui, Linux
 * $XDG_DATA_HOME/zhanggui (~/.local/share/zhanggui). Per-user, so no admin rights are needed.
 */
export function defaultDataDir(platform: string, env: Record<string, string | undefined>, homeDir: string): string {
  if (platform === 'win32') {
    const appData = env.APPDATA || win32.join(homeDir, 'AppData', 'Roaming');
    return win32.join(appData, DATA_FOLDER_NAME);
  }
  if (platform === 'darwin') return posix.join(homeDir, 'Library', 'Application Support', DATA_FOLDER_NAME);
  const dataHome = env.XDG_DATA_HOME || posix.join(homeDir, '.local', 'share');
  return posix.join(dataHome, DATA_FOLDER_NAME);
}

export interface DatabaseLocation {
  dbPath: string;
  /** Automatic backups sit next to the book unless the owner chooses another folder. */
  backupDir: string;
  /** Error log the owner can send us (personal data masked before it is written). */
  logDir: string;
  source: 'flag' | 'env' | 'default';
}

/** `--db` wins over `ZHANGGUI_DB`, which wins over the default file in the data folder. */
export function resolveDatabaseLocation(input: {
  flag: string | undefined;
  env: Record<string, string | undefined>;
  dataDir: string;
  resolvePath: (path: string) => string;
  dirname: (path: string) => string;
  join: (...parts: string[]) => string;
}): DatabaseLocation {
  const fromFlag = input.flag?.trim();
  const fromEnv = input.env.ZHANGGUI_DB?.trim();
  const chosen = fromFlag || fromEnv;
  if (chosen) {
    const dbPath = input.resolvePath(chosen);
    const folder = input.dirname(dbPath);
    return {
      dbPath,
      backupDir: input.join(folder, 'backups'),
      logDir: input.join(folder, 'logs'),
      source: fromFlag ? 'flag' : 'env',
    };
  }
  return {
    dbPath: input.join(input.dataDir, DATABASE_FILE_NAME),
    backupDir: input.join(input.dataDir, 'backups'),
    logDir: input.join(input.dataDir, 'logs'),
    source: 'default',
  };
}
