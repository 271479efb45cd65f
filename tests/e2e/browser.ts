import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../helpers/paths';

export const SCREENSHOT_DIR = join(PROJECT_ROOT, 'test-results', 'screenshots');

/** Debian's Chromium, headless, with nothing that reaches out to the network. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`没有找到 Chromium（${executablePath}）。请先安装：apt-get install -y chromium`);
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Waits until antd's transitions (drawers sliding, button colours) are over, for a still screenshot. */
export async function settleAnimations(page: Page): Promise<void> {
  // A string, because the tests are type-checked without the DOM library.
  await page.evaluate(`Promise.all(
    document.getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
      .map((animation) => animation.finished.catch(() => undefined)),
  )`);
}

/**
 * A page of the app at a laptop's size in Chinese, collecting the browser's console errors and
 * uncaught exceptions (a test ends by expecting none).
 */
export async function openAppPage(browser: Browser, options: { height?: number; acceptDownloads?: boolean } = {}): Promise<{ page: Page; consoleErrors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: options.height ?? 900 }, locale: 'zh-CN', acceptDownloads: options.acceptDownloads ?? false });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} @ ${message.location().url}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return { page, consoleErrors };
}

/**
 * A still picture of the window, nothing hovered or focused (so no highlighted border reads as an
 * error). The drawer scrolls inside the window, so `whole` makes the window tall enough to show a
 * drawer or a long editor from top to bottom.
 */
export async function shot(page: Page, name: string, whole = false): Promise<void> {
  const viewport = page.viewportSize()!;
  if (whole) await page.setViewportSize({ width: viewport.width, height: 2800 });
  await page.mouse.move(0, 0);
  await page.evaluate('document.activeElement?.blur()');
  await settleAnimations(page);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
  if (whole) await page.setViewportSize(viewport);
}
