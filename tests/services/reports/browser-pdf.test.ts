import { writeFileSync } from 'node:fs';
import { join, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_ENV, browserCandidates, findBrowser } from '../../../src-main/services/reports/browser-pdf';
import { useTempDir } from '../../helpers/temp-dir';

describe('the browser that prints the PDF', () => {
  const tempDir = useTempDir('zhanggui-browser-');

  it('looks for Edge first on Windows (every Windows 10/11 PC has it), then Chrome, per-machine and per-user', () => {
    const env = { 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\掌柜\\AppData\\Local' };
    const found = browserCandidates(env, 'win32').map((p) => p.replaceAll('/', '\\'));
    expect(found[0]).toBe(win32.join('C:\\Program Files (x86)', 'Microsoft', 'Edge', 'Application', 'msedge.exe'));
    expect(found).toContain(win32.join('C:\\Users\\掌柜\\AppData\\Local', 'Google', 'Chrome', 'Application', 'chrome.exe'));
  });

  it('takes the one the owner names (option before environment), and says so in Chinese when it is not there', () => {
    const dir = tempDir();
    const mine = join(dir, 'my-edge');
    writeFileSync(mine, '');
    expect(findBrowser(mine, {}, 'linux')).toBe(mine);
    expect(findBrowser(undefined, { [BROWSER_ENV]: mine }, 'linux')).toBe(mine);
    expect(() => findBrowser(join(dir, 'gone'), { [BROWSER_ENV]: mine }, 'linux')).toThrow(/找不到浏览器程序「.*gone」/);
    expect(() => findBrowser(undefined, {}, 'win32')).toThrow('导出 PDF 要用 Edge、Chrome 或 Chromium 浏览器打印');
  });
});
