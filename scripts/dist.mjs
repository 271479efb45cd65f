// `npm run dist [-- --win|--mac|--linux]`: prepares the Electron build of better-sqlite3 for each
// target, then runs electron-builder (which must not rebuild node_modules: npmRebuild is false).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './electron-info.mjs';
import { ensureElectronNative } from './electron-native.mjs';

const args = process.argv.slice(2);
const wanted = { '--win': 'win32', '--mac': 'darwin', '--linux': 'linux' };
const platforms = args.filter((a) => a in wanted).map((a) => wanted[a]);
for (const platform of platforms.length ? platforms : [process.platform]) ensureElectronNative(platform, 'x64');
const builder = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-builder.cmd' : 'electron-builder');
execFileSync(builder, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
