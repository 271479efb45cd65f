import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src-main/backend';
import type { ExportFileDto } from '../../src-main/contract';
import { readFirstSheetRows } from '../../src-main/core/import/xlsx/workbook-reader';
import { startHttpServer, type HttpHost } from '../../src-main/http/server';
import { bytesSource } from '../../src-main/services/import/byte-source';
import { openTestBackend } from '../helpers/backend';
import { createOwnerSession } from '../helpers/http-session';
import { TAOBAO_FIXTURES } from '../helpers/import-fixtures';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
let running: { host: HttpHost; backend: Backend } | null = null;

afterEach(async () => {
  if (!running) return;
  await running.host.close();
  running.backend.close();
  running = null;
});

async function start() {
  const dir = tempDir();
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>');
  const { backend } = await openTestBackend(dir);
  const fixture = join(TAOBAO_FIXTURES, '2022-gbk-pair');
  const files = ['ExportOrderList202404011048.csv', 'ExportOrderDetailList202404011048.csv'];
  backend.importFiles(files.map((f) => bytesSource(f, readFileSync(join(fixture, f)))), { commit: true });
  const host = await startHttpServer({ backend, rendererDir: join(dir, 'renderer'), port: 0 });
  running = { host, backend };
  return { host, dir, owner: await createOwnerSession(host.port) };
}

describe('exporting the customer list from the browser version', () => {
  it('writes the file beside the book, named by the shop clock, and serves it as a download', async () => {
    const { host, dir, owner } = await start();
    const response = await fetch(`${host.url}api/customers.export`, {
      method: 'POST',
      headers: { ...owner, 'Content-Type': 'application/json' },
      body: JSON.stringify({ format: 'xlsx', query: { orderCountMin: 1 }, sortField: 'netSpentFen' }),
    });
    const body = (await response.json()) as { ok: true; data: ExportFileDto };
    expect(body.ok).toBe(true);
    // FROZEN_NOW is 2026-11-22 01:30 UTC: 09:30 in Asia/Shanghai.
    expect(body.data).toMatchObject({ fileName: '客户-20261122-093000.xlsx', path: join(dir, 'exports', '客户-20261122-093000.xlsx') });
    expect(body.data.rows).toBeGreaterThan(10);

    const download = await fetch(`${host.url}exports/${encodeURIComponent(body.data.fileName)}`, { headers: owner });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('客户-20261122-093000.xlsx')}`);
    const rows: string[][] = [];
    readFirstSheetRows(new Uint8Array(await download.arrayBuffer()), { onRow: (cells) => void rows.push(cells) });
    expect(rows).toHaveLength(body.data.rows + 1);
  });

  it('serves nothing but the exports folder’s own files, and nothing to another site', async () => {
    const { host, owner } = await start();
    for (const name of ['..%2Fbook.sqlite', 'book.sqlite', '%2E%2E%2Fbook.sqlite', 'nope.xlsx']) {
      expect((await fetch(`${host.url}exports/${name}`, { headers: owner })).status).toBe(404);
    }
    await fetch(`${host.url}api/customers.export`, { method: 'POST', headers: { ...owner, 'Content-Type': 'application/json' }, body: '{"format":"csv"}' });
    const crossSite = await fetch(`${host.url}exports/${encodeURIComponent('客户-20261122-093000.csv')}`, { headers: { ...owner, 'Sec-Fetch-Site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    const sameSite = await fetch(`${host.url}exports/${encodeURIComponent('客户-20261122-093000.csv')}`, { headers: { ...owner, 'Sec-Fetch-Site': 'same-origin' } });
    expect(sameSite.status).toBe(200);
    expect(sameSite.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await sameSite.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes).startsWith('客户编号,')).toBe(true);
  });
});
