// Builds better-sqlite3 for Electron into native/electron-<os>-<arch>/, beside (never over) the
// Node build in node_modules that the tests use, so `npm start` and `npm test` can alternate
// with no manual rebuild. Tries the published prebuilt binary first, then compiles with node-gyp.
// Usage: node scripts/electron-native.mjs [--platform win32|darwin|linux] [--arch x64|arm64]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { builderOsName, electronVersion, root } from './electron-info.mjs';

export function ensureElectronNative(platform = process.platform, arch = process.arch) {
  const version = electronVersion();
  const targetDir = join(root, 'native', `electron-${builderOsName(platform)}-${arch}`);
  const target = join(targetDir, 'better_sqlite3.node');
  const stamp = join(targetDir, 'electron-version.txt');
  if (existsSync(target) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === version) return target;

  const workDir = join(root, 'native', '.build', `${platform}-${arch}`);
  rmSync(workDir, { recursive: true, force: true });
  cpSync(join(root, 'node_modules', 'better-sqlite3'), workDir, {
    recursive: true,
    filter: (source) => !source.includes(`${join('better-sqlite3', 'build')}`),
  });
  const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
  const run = (command, args) => execFileSync(command, args, { cwd: workDir, stdio: 'inherit', shell: process.platform === 'win32' });
  console.log(`正在为 Electron ${version}（${platform}-${arch}）准备 better-sqlite3 …`);
  try {
    run(bin('prebuild-install'), ['--runtime', 'electron', '--target', version, '--platform', platform, '--arch', arch]);
  } catch {
    if (platform !== process.platform) {
      throw new Error(`无法下载 ${platform}-${arch} 的 better-sqlite3 预编译文件，且不能跨平台编译。请在该系统上打包。`);
    }
    run(bin('node-gyp'), ['rebuild', '--release', '--runtime=electron', `--target=${version}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers']);
  }
  mkdirSync(targetDir, { recursive: true });
  cpSync(join(workDir, 'build', 'Release', 'better_sqlite3.node'), target);
  writeFileSync(stamp, `${version}\n`);
  rmSync(workDir, { recursive: true, force: true });
  return target;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replaceAll('\\', '/').split('/').pop())) {
  const { values } = parseArgs({ options: { platform: { type: 'string' }, arch: { type: 'string' } } });
  console.log(ensureElectronNative(values.platform, values.arch));
}
