import { execFile } from 'node:child_process';
import { CLI_BUNDLE, PROJECT_ROOT } from './paths';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `zhanggui` with home and data folders inside `dir` and no ZHANGGUI_DB. */
export function runCli(args: string[], dir: string, timeout = 60_000, input?: string): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: dir, USERPROFILE: dir, APPDATA: dir, XDG_DATA_HOME: dir };
  delete env.ZHANGGUI_DB;
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [CLI_BUNDLE, ...args], { cwd: PROJECT_ROOT, env, timeout }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
    // What was typed at the prompt (zhanggui password); otherwise stdin is closed at once.
    child.stdin?.end(input);
  });
}
