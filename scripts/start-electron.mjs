// `npm start` after the build: opens the desktop app, or says in one line how to use the browser
// version when Electron's binary was not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1).
import { spawn } from 'node:child_process';
import { electronBinary, root } from './electron-info.mjs';
import { ensureElectronNative } from './electron-native.mjs';

const binary = electronBinary();
if (!binary) {
  console.error('未安装 Electron 程序（安装时跳过了下载），无法打开桌面窗口；请运行 npm run serve，在浏览器中打开同一个应用。');
  process.exit(1);
}
ensureElectronNative();
const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, ELECTRON_RUN_AS_NODE: '' } });
child.on('exit', (code) => process.exit(code ?? 0));
