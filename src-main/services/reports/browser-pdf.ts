// Prints an HTML page to PDF with a Chromium-family browser in headless mode, for the command
// line (the desktop app prints through Electron instead). Every Windows 10/11 PC has Microsoft
// Edge, so no browser has to be installed for it; the owner may point at another one.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserFacingError } from '../user-facing-error';

/** Set it to the browser's program to print with that one. */
export const BROWSER_ENV = 'ZHANGGUI_BROWSER';

/** Nothing should take this long for a few pages; a browser that hangs is stopped. */
const PRINT_TIMEOUT_MS = 60_000;

/** Where Edge and Chrome live on Windows (per-machine and per-user installs), and Chromium elsewhere. */
export function browserCandidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES(X86)'], env.PROGRAMFILES, env.LOCALAPPDATA].filter((r): r is string => !!r);
    return roots.flatMap((root) => [join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'), join(root, 'Google', 'Chrome', 'Application', 'chrome.exe')]);
  }
  if (platform === 'darwin') {
    return ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge'];
}

/** The browser given (option or ZHANGGUI_BROWSER), else the first one installed. */
export function findBrowser(chosen: string | undefined, env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const wanted = chosen ?? env[BROWSER_ENV];
  if (wanted) {
    if (!existsSync(wanted)) throw new UserFacingError(`找不到浏览器程序「${wanted}」，请检查路径。`);
    return wanted;
  }
  const found = browserCandidates(env, platform).find((path) => existsSync(path));
  if (!found) {
    throw new UserFacingError(
      `导出 PDF 要用 Edge、Chrome 或 Chromium 浏览器打印，但这台电脑上没找到。可以改用「打印」，在打印对话框里选「另存为 PDF」；命令行可用 --browser 指定浏览器程序，或设置环境变量 ${BROWSER_ENV}。`,
    );
  }
  return found;
}

/**
 * Writes the page to a temporary file and has the browser print it to `<out>.partial`, renamed to
 * `out` once it is complete. A profile of its own keeps a running Edge or Chrome out of it.
 */
export async function printHtmlToPdf(html: string, out: string, browser: string): Promise<{ bytes: number }> {
  const work = mkdtempSync(join(tmpdir(), 'zhanggui-print-'));
  const page = join(work, 'report.html');
  const partial = `${out}.partial`;
  try {
    writeFileSync(page, html);
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-pdf-header-footer',
      `--user-data-dir=${join(work, 'profile')}`,
      `--print-to-pdf=${partial}`,
      // Chromium refuses to run as root with its sandbox (containers, CI); the page is our own file.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      pathToFileURL(page).href,
    ];
    const { code, stderr } = await run(browser, args);
    if (code !== 0 || !existsSync(partial) || statSync(partial).size === 0) {
      throw new UserFacingError(`浏览器没能打印出 PDF（${browser}，退出码 ${code}）：${stderr.trim().split('\n').slice(-3).join(' ')}`);
    }
    renameSync(partial, out);
    return { bytes: statSync(out).size };
  } finally {
    rmSync(partial, { force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

function run(program: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
    const timer = setTimeout(() => child.kill(), PRINT_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new UserFacingError(`打不开浏览器「${program}」：${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}
