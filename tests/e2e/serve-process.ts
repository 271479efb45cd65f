import { spawn, type ChildProcess } from 'node:child_process';
import type { Page } from 'playwright-core';
import { CLI_BUNDLE, PROJECT_ROOT } from '../helpers/paths';

export interface ServeProcess {
  url: string;
  /** Signs a page's browser context in as the owner (the cookie a login would set). */
  signIn(page: Page): Promise<void>;
  /** The owner's Cookie header, for calls from the test itself. */
  ownerHeaders: Record<string, string>;
  output: () => string;
  stop(): Promise<number | null>;
}

export const E2E_OWNER = { name: '店主', password: 'owner-secret-1' };

/**
 * Starts the real `zhanggui serve` on a free port and waits for the URL it prints. Unless told
 * otherwise, the book's owner is created (as 第一次使用 would) so the tests can sign in.
 */
export async function startServe(dbPath: string, options: { owner?: boolean; env?: Record<string, string> } = {}): Promise<ServeProcess> {
  const child: ChildProcess = spawn(process.execPath, [CLI_BUNDLE, 'serve', '--port', '0', '--db', dbPath], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ZHANGGUI_DB: '', ...options.env },
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

  const cookie = options.owner === false ? null : await ownerCookie(url);
  return {
    url,
    ownerHeaders: cookie ? { Cookie: `${cookie.name}=${cookie.value}` } : {},
    signIn: async (page) => {
      if (!cookie) throw new Error('startServe was asked for a book without owner');
      await page.context().addCookies([{ ...cookie, url }]);
    },
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Creates the owner over HTTP from this PC (first start, or a login if the book has one) and returns the session cookie. */
async function ownerCookie(url: string): Promise<{ name: string; value: string }> {
  const post = (method: string) =>
    fetch(`${url}api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(E2E_OWNER) });
  let response = await post('auth.createOwner');
  if (!response.ok) response = await post('auth.login');
  const setCookie = response.headers.get('set-cookie');
  if (!response.ok || !setCookie) throw new Error(`could not sign the owner in: ${await response.text()}`);
  const [name, value] = setCookie.split(';')[0]!.split('=') as [string, string];
  return { name, value };
}
