import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startHttpServer } from '../../../src-main/http/server';
import { openTestBackend } from '../../helpers/backend';
import { completedOrder, importExport } from '../../helpers/care-book';
import { postApi } from '../../helpers/http-request';
import { createOwnerSession, signIn } from '../../helpers/http-session';
import { useTempDir } from '../../helpers/temp-dir';

const STAFF = { name: '小美', password: 'xiaomei-2026' };

describe('who may compute the predictions', () => {
  const tempDir = useTempDir('zhanggui-predictions-access-');

  it('lets a 客服 read the status but not start a computation; the owner may', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'renderer'));
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>');
    const { backend } = await openTestBackend(dir);
    importExport(backend, '202611210900', [completedOrder('买家甲', '2026-11-01 10:00:00', 9_900)]);
    await backend.predictionsIdle();
    const host = await startHttpServer({ backend, rendererDir: join(dir, 'renderer'), port: 0, lanAddresses: () => [], lanPort: 0 });
    const sqlite = new Database(join(dir, 'book.sqlite'), { readonly: true });
    const runs = () => sqlite.prepare('SELECT count(*) FROM prediction_runs').pluck().get() as number;
    try {
      const owner = await createOwnerSession(host.port);
      expect((await postApi(host.port, 'accounts.create', { ...STAFF, canRevealPhones: false }, owner)).status).toBe(200);
      const staff = await signIn(host.port, STAFF);
      const before = runs();

      const refused = await postApi(host.port, 'predictions.recompute', {}, staff);
      expect(refused.status).toBe(403);
      expect(refused.json).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect((await postApi(host.port, 'predictions.status', {}, staff)).status).toBe(200);
      await backend.predictionsIdle();
      expect(runs()).toBe(before);

      expect((await postApi(host.port, 'predictions.recompute', {}, owner)).status).toBe(200);
      await backend.predictionsIdle();
      expect(runs()).toBe(before + 1);
    } finally {
      sqlite.close();
      await host.close();
      backend.close();
    }
  });
});
