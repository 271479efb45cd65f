import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/paths';
import { useTempDir } from '../helpers/temp-dir';

const run = promisify(execFile);

describe('npm start without the Electron binary (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)', () => {
  const tempDir = useTempDir();

  it('prints one clear line that points to npm run serve, and exits with an error code', async () => {
    const failure = await run(process.execPath, [join(PROJECT_ROOT, 'scripts', 'start-electron.mjs')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: tempDir() },
    }).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure).not.toBeNull();
    expect(failure!.code).toBe(1);
    const lines = `${failure!.stdout}${failure!.stderr}`.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Electron');
    expect(lines[0]).toContain('npm run serve');
  });
});
