import { spawn } from 'node:child_process';
import { CLI_BUNDLE, PROJECT_ROOT } from './paths';

/** A small seeded generator: the same kill moments on every run, so a failure can be replayed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Runs `zhanggui import` on `db` and kills it (SIGKILL: no cleanup of any kind) after `afterMs`,
 * or lets it finish when null; true when it ended by itself first. The crash test and its bench.
 */
export function importKilledAfter(files: readonly string[], db: string, afterMs: number | null, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, 'import', ...files, '--db', db], { cwd: PROJECT_ROOT, env: { ...env, ZHANGGUI_DB: '' }, stdio: 'ignore' });
    const timer = afterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === null && code !== 0) reject(new Error(`import exited with ${code}`));
      else resolve(signal === null);
    });
  });
}
