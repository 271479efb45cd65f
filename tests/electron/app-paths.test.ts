import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builderOsName, electronAppPaths } from '../../src-main/electron/app-paths';

const common = {
  appRoot: join('/opt', 'zhanggui', 'resources', 'app.asar'),
  resourcesPath: join('/opt', 'zhanggui', 'resources'),
  bundleDir: join('/opt', 'zhanggui', 'resources', 'app.asar', 'dist', 'main'),
};

describe('electronAppPaths', () => {
  it('uses the resources folder when packaged', () => {
    const paths = electronAppPaths({ ...common, isPackaged: true, platform: 'win32', arch: 'x64' });
    expect(paths).toEqual({
      migrationsDir: join(common.resourcesPath, 'migrations'),
      rendererDir: join(common.appRoot, 'dist', 'renderer'),
      preloadPath: join(common.bundleDir, 'preload.cjs'),
      // worker threads cannot start from inside app.asar: electron-builder unpacks the worker
      importWorkerPath: join('/opt', 'zhanggui', 'resources', 'app.asar.unpacked', 'dist', 'main', 'import-worker.cjs'),
      predictionsWorkerPath: join('/opt', 'zhanggui', 'resources', 'app.asar.unpacked', 'dist', 'main', 'predictions-worker.cjs'),
      iconPath: join(common.resourcesPath, 'assets', 'icon.png'),
      nativeBinding: join(common.resourcesPath, 'native', 'better_sqlite3.node'),
    });
  });

  it('uses the project folder and the Electron build of better-sqlite3 from a checkout', () => {
    const checkout = join('/home', 'dev', 'zhanggui');
    const paths = electronAppPaths({
      appRoot: checkout,
      resourcesPath: join('/home', 'dev', 'zhanggui', 'node_modules', 'electron', 'dist', 'resources'),
      bundleDir: join(checkout, 'dist', 'main'),
      isPackaged: false,
      platform: 'darwin',
      arch: 'arm64',
    });
    expect(paths).toEqual({
      migrationsDir: join(checkout, 'migrations'),
      rendererDir: join(checkout, 'dist', 'renderer'),
      preloadPath: join(checkout, 'dist', 'main', 'preload.cjs'),
      importWorkerPath: join(checkout, 'dist', 'main', 'import-worker.cjs'),
      predictionsWorkerPath: join(checkout, 'dist', 'main', 'predictions-worker.cjs'),
      iconPath: join(checkout, 'assets', 'icon.png'),
      nativeBinding: join(checkout, 'native', 'electron-mac-arm64', 'better_sqlite3.node'),
    });
  });
});

describe('builderOsName', () => {
  it.each([
    ['win32', 'win'],
    ['darwin', 'mac'],
    ['linux', 'linux'],
    ['freebsd', 'linux'],
  ])('%s → %s', (platform, name) => {
    expect(builderOsName(platform)).toBe(name);
  });
});
