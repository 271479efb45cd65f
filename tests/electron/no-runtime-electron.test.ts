import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/paths';

/**
 * These modules are unit-tested under plain Node, so they may only use Electron's types.
 * (`import 'electron'` would not fail under Node: it returns the binary's path, and every named
 * import would silently be undefined; hence the check on the bundle rather than on loading.)
 */
const ELECTRON_FREE = [
  'src-main/electron/window-options.ts',
  'src-main/electron/trusted-origin.ts',
  'src-main/electron/ipc.ts',
  'src-main/electron/harden-contents.ts',
  'src-main/electron/app-paths.ts',
  'src-main/electron/menu.ts',
  'src-main/electron/renderer-protocol.ts',
  'src-main/security/content-security-policy.ts',
];

async function runtimeImports(entry: string): Promise<string[]> {
  const result = await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: [join(PROJECT_ROOT, entry)],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
    external: ['electron', 'better-sqlite3'],
  });
  return Object.values(result.metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path));
}

describe('Electron helper modules', () => {
  it.each(ELECTRON_FREE)('%s imports electron for types only', async (entry) => {
    expect(await runtimeImports(entry)).not.toContain('electron');
  });

  it('the check does see a runtime import (main.ts has one)', async () => {
    expect(await runtimeImports('src-main/electron/main.ts')).toContain('electron');
  });
});
