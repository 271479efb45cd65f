// Bundles the Node side (command line, Electron main and preload, the import and predictions workers) with esbuild
// into dist/main. better-sqlite3 stays external for the main bundles (Node's build for the command
// line, the Electron build via nativeBinding for the desktop app). The import worker bundles its
// JavaScript too and always gets the addon's path, so it also runs unpacked from app.asar.
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
  build({
    ...common,
    external: ['electron'],
    entryPoints: {
      'import-worker': 'src-main/workers/import-worker.ts',
      'parse-worker': 'src-main/workers/parse-worker.ts',
      'predictions-worker': 'src-main/workers/predictions-worker.ts',
    },
    outdir: 'dist/main',
    outExtension: { '.js': '.cjs' },
  }),
]);
