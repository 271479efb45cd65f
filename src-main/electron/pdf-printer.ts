// The desktop app's PDF of the report: Electron prints the page in a hidden window, the way
// Chromium prints it for the command line, so both files look the same.

import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { buildPrintWindowOptions } from './window-options';

export async function printPdfInHiddenWindow(html: string, path: string): Promise<{ bytes: number }> {
  const work = mkdtempSync(join(tmpdir(), 'zhanggui-print-'));
  const window = new BrowserWindow(buildPrintWindowOptions());
  const partial = `${path}.partial`;
  try {
    const page = join(work, 'report.html');
    writeFileSync(page, html);
    await window.loadFile(page);
    // The page's @page rule sets A4 and its margins.
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(partial, pdf);
    renameSync(partial, path);
    return { bytes: pdf.length };
  } finally {
    window.destroy();
    rmSync(partial, { force: true });
    rmSync(work, { recursive: true, force: true });
  }
}
