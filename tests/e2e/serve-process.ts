import { spawn, type ChildProcess } from 'node:child_process';
import { CLI_BUNDLE, PROJECT_ROOT } from '../helpers/paths';

export interface ServeProcess {
  url: string;
  output: () => string;
  stop(): Promise<number | null>;
}

/** Starts the real `zhanggui serve` on a free port and waits for the URL it prints. */
export async function startServe(dbPath: string): Promise<ServeProcess> {
  const child: ChildProcess = spawn(process.execPath, [CLI_BUNDLE, 'serve', '--port', '0', '--db', dbPath], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ZHANGGUI_DB: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 20_000);
    const check = () => {
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });

  return {
    url,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
