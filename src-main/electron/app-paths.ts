import { join } from 'node:path';

export interface ElectronAppPaths {
  migrationsDir: string;
  rendererDir: string;
  preloadPath: string;
  /** Worker threads cannot start from inside app.asar; electron-builder unpacks this one file. */
  importWorkerPath: string;
  /** The predictions worker, unpacked the same way. */
  predictionsWorkerPath: string;
  iconPath: string;
  /** better_sqlite3.node built for Electron; never the Node build the tests use. */
  nativeBinding: string;
}

/**
 * Where the desktop app finds its files. Packaged, they are resources next to app.asar
 * (electron-builder's extraResources); from a checkout (`npm start`), the project folder and
 * native/electron-<os>-<arch>/ made by scripts/electron-native.mjs.
 */
export function electronAppPaths(input: {
  isPackaged: boolean;
  appRoot: string;
  resourcesPath: string;
  bundleDir: string;
  platform: string;
  arch: string;
}): ElectronAppPaths {
  const base = input.isPackaged ? input.resourcesPath : input.appRoot;
  const unpacked = input.bundleDir.replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked');
  return {
    migrationsDir: join(base, 'migrations'),
    rendererDir: join(input.appRoot, 'dist', 'renderer'),
    preloadPath: join(input.bundleDir, 'preload.cjs'),
    importWorkerPath: join(unpacked, 'import-worker.cjs'),
    predictionsWorkerPath: join(unpacked, 'predictions-worker.cjs'),
    iconPath: join(base, 'assets', 'icon.png'),
    nativeBinding: input.isPackaged
      ? join(input.resourcesPath, 'native', 'better_sqlite3.node')
      : join(input.appRoot, 'native', `electron-${builderOsName(input.platform)}-${input.arch}`, 'better_sqlite3.node'),
  };
}

/** electron-builder's ${os} names, so one folder name works for `npm start` and `npm run dist`. */
export function builderOsName(platform: string): string {
  if (platform === 'win32') return 'win';
  if (platform === 'darwin') return 'mac';
  return 'linux';
}
