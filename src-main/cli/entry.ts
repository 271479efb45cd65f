import { resolve } from 'node:path';
import { runCli } from './main';

// Bundled to dist/main/cli.cjs; the project root (package.json, migrations/) is two levels up.
const appRoot = resolve(__dirname, '..', '..');

// Only a long-running command listens for Ctrl+C; short ones keep Node's default (exit at once).
const waitForStop = () =>
  new Promise<void>((resolveStop) => {
    process.once('SIGINT', () => resolveStop());
    process.once('SIGTERM', () => resolveStop());
  });

// Output piped into a reader that stopped (`zhanggui followups | head`): the rest of the output
// is dropped and the command still finishes its work (an import still commits whole).
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stdoutClosed = true;
});

// Read only when a command asks (zhanggui password): others never touch stdin, so they never wait on it.
const readLine = () =>
  new Promise<string>((resolveLine) => {
    let text = '';
    const done = () => {
      process.stdin.pause();
      resolveLine(text.split(/\r?\n/)[0] ?? '');
    };
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      text += chunk;
      if (text.includes('\n')) done();
    });
    process.stdin.once('end', done);
  });

runCli(process.argv.slice(2), {
  out: (line) => {
    if (!stdoutClosed) process.stdout.write(`${line}\n`);
  },
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  appRoot,
  waitForStop,
  readLine,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
