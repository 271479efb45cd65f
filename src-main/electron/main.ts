import { resolve } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import type { Backend } from '../backend';
import { openBookHost } from '../book-host';
import { appendErrorLog } from '../config/error-log';
import { locateDatabase } from '../config/local-database';
import { IPC_EVENT_CHANNEL } from '../contract/window-bridge';
import { electronAppPaths } from './app-paths';
import { hardenWebContents } from './harden-contents';
import { registerIpc } from './ipc';
import { createLanHost } from '../http/lan-host';
import { startHttpServer } from '../http/server';
import { printPdfInHiddenWindow } from './pdf-printer';
import { buildMenuTemplate } from './menu';
import { registerAppSchemePrivileges, serveRendererOverAppScheme } from './renderer-protocol';
import { isPermissionAllowed } from './permissions';
import { APP_START_URL, isTrustedAppUrl } from './trusted-origin';
import { buildWindowOptions } from './window-options';

// Bundled to dist/main/electron-main.cjs; the app root (package.json) is two levels up.
const paths = electronAppPaths({
  isPackaged: app.isPackaged,
  appRoot: resolve(__dirname, '..', '..'),
  resourcesPath: process.resourcesPath,
  bundleDir: __dirname,
  platform: process.platform,
  arch: process.arch,
});

let backend: Backend | null = null;
const lanHost = createLanHost(() => {
  if (!backend) return Promise.reject(new Error('客户本还没有打开'));
  return startHttpServer({ backend, rendererDir: paths.rendererDir });
});

registerAppSchemePrivileges(protocol);
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same book twice; bring the first window forward instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.whenReady().then(start, (error: unknown) => fail(error));
}

async function start(): Promise<void> {
  const location = locateDatabase(dbFlag(process.argv), process.env);
  try {
    backend = await openBookHost({
      dbPath: location.dbPath,
      backupDir: location.backupDir,
      migrationsDir: paths.migrationsDir,
      appVersion: app.getVersion(),
      nativeBinding: paths.nativeBinding,
      importWorker: { scriptPath: paths.importWorkerPath, nativeBinding: paths.nativeBinding },
      predictionsWorker: { scriptPath: paths.predictionsWorkerPath, nativeBinding: paths.nativeBinding },
      revealFile: (path) => shell.showItemInFolder(path),
      printPdf: printPdfInHiddenWindow,
      dailyBackup: true,
      // 店内多电脑: an HTTP host for the other PCs is started only once the owner turns it on.
      lanHost,
      logError: (line) => appendErrorLog(location.logDir, line),
    });
  } catch (error) {
    fail(error);
    return;
  }
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback) =>
    callback(isPermissionAllowed(permission, contents.getURL(), isTrustedAppUrl)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, isTrustedAppUrl),
  );
  serveRendererOverAppScheme(protocol, paths.rendererDir);
  registerIpc(ipcMain, backend.dispatch);
  void backend.resumeLan();
  backend.subscribe((event) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(IPC_EVENT_CHANNEL, event);
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform === 'darwin')));
  openMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
}

function openMainWindow(): void {
  const window = new BrowserWindow(buildWindowOptions(paths.preloadPath, paths.iconPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
}

function dbFlag(argv: readonly string[]): string | undefined {
  const index = argv.indexOf('--db');
  return index >= 0 ? argv[index + 1] : undefined;
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('掌柜客户本无法打开客户本', message);
  app.quit();
}

app.on('window-all-closed', () => {
  void lanHost.closeAll();
  backend?.close();
  backend = null;
  app.quit();
});
