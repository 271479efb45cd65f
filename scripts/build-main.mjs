// Bundles the Node side (command line, Electron main and preload) with esbuild into dist/main.
// Native and Electron modules stay external: better-sqlite3 is loaded at run time, from Node's
// build for the command line and from the Electron build (nativeBinding) for the desktop app.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
};

await Promise.all([
  build({ ...common, entryPoints: { cli: 'src-main/cli/entry.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  build({
    ...common,
    entryPoints: { 'electron-main': 'src-main/electron/main.ts', preload: 'src-main/electron/preload.ts' },
    outdir: 'dist/main',
    outExtension: { '.js': '.cjs' },
    target: 'node22',
  }),
]);
