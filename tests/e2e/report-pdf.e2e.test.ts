import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDashboardDto } from '../../src-main/contract';
import { openTestBackend } from '../helpers/backend';
import { call, FIRST_EXPORT, importFixtureFiles, LATER_EXPORT } from '../helpers/dispatch-calls';
import { PROJECT_ROOT } from '../helpers/paths';
import { runCli } from '../helpers/run-cli';
import { useSuiteTempDir } from '../helpers/temp-dir';
import { launchChromium } from './browser';

const PERIOD = { from: '2024-03-20', to: '2024-04-15' };
const PDFJS = join(PROJECT_ROOT, 'node_modules', 'pdfjs-dist', 'build');
/** An origin of its own for pdf.js and the file, answered by the test (nothing goes to the network). */
const ORIGIN = 'http://pdf.test';

interface ReadPdf {
  pages: number;
  /** Share of the first page's pixels that are not white, drawn at 1×. */
  inked: number;
  text: string;
}

/** Reads a PDF in Chromium with pdf.js: how many pages, how much of page 1 is drawn, and all its text. */
async function readPdf(browser: Browser, pdf: Buffer): Promise<ReadPdf> {
  const page = await browser.newPage();
  try {
    await page.route(`${ORIGIN}/**`, async (route) => {
      const name = new URL(route.request().url()).pathname.slice(1);
      if (name === 'report.pdf') return route.fulfill({ body: pdf, contentType: 'application/pdf' });
      if (name === '') return route.fulfill({ body: '<!doctype html><canvas id="c"></canvas>', contentType: 'text/html' });
      return route.fulfill({ body: readFileSync(join(PDFJS, name)), contentType: 'text/javascript' });
    });
    await page.goto(`${ORIGIN}/`);
    // A string: the tests are type-checked without the DOM library.
    return (await page.evaluate(`(async () => {
      const pdfjs = await import('${ORIGIN}/pdf.min.mjs');
      pdfjs.GlobalWorkerOptions.workerSrc = '${ORIGIN}/pdf.worker.min.mjs';
      const doc = await pdfjs.getDocument('${ORIGIN}/report.pdf').promise;
      let text = '';
      for (let n = 1; n <= doc.numPages; n++) {
        const content = await (await doc.getPage(n)).getTextContent();
        text += content.items.map((item) => item.str).join('') + '\\n';
      }
      const first = await doc.getPage(1);
      const viewport = first.getViewport({ scale: 1 });
      const canvas = document.getElementById('c');
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      const context = canvas.getContext('2d');
      await first.render({ canvasContext: context, canvas, viewport }).promise;
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3] > 0 && (pixels[i] < 235 || pixels[i + 1] < 235 || pixels[i + 2] < 235)) inked++;
      return { pages: doc.numPages, inked: inked / (pixels.length / 4), text };
    })()`)) as ReadPdf;
  } finally {
    await page.close();
  }
}

describe('zhanggui report --out 报表.pdf', () => {
  const suiteDir = useSuiteTempDir();
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('prints the A4 report through Chromium: pages with ink on them, the same headline figures as the dashboard', async () => {
    const dir = suiteDir();
    const { backend } = await openTestBackend(dir);
    let dashboard: ReportDashboardDto;
    try {
      importFixtureFiles(backend, FIRST_EXPORT);
      importFixtureFiles(backend, LATER_EXPORT);
      dashboard = await call<ReportDashboardDto>(backend, 'reports.dashboard', PERIOD);
    } finally {
      backend.close();
    }
    const out = join(dir, '报表.pdf');
    const run = await runCli(
      ['report', '--from', PERIOD.from, '--to', PERIOD.to, '--out', out, '--browser', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', '--db', join(dir, 'book.sqlite')],
      dir,
      90_000,
    );
    expect(run.stderr).toBe('');
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const read = await readPdf(browser, pdf);
    expect(read.pages).toBeGreaterThanOrEqual(1);
    // Headline cards, a chart and tables: far more than a blank page's nothing.
    expect(read.inked).toBeGreaterThan(0.02);
    // The CJK font maps some glyphs to Kangxi radicals (至 comes back as ⾄): NFKC undoes that, except
    // for 户, whose radical ⼾ normalises to the traditional 戶.
    const plain = (s: string) => s.normalize('NFKC').replaceAll('戶', '户').replace(/\s+/g, '');
    const text = plain(read.text);
    expect(text).toContain(plain('经营报表'));
    expect(text).toContain(plain(`${PERIOD.from} 至 ${PERIOD.to}`));
    for (const headline of dashboard.headlines) {
      expect(text).toContain(plain(headline.label));
      expect(text).toContain(plain(headline.value));
      expect(text).toContain(plain(headline.change));
    }
  });
});
