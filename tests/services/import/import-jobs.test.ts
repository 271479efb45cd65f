import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportJobDto } from '../../../src-main/contract';
import { bytesSource } from '../../../src-main/services/import/byte-source';
import { openTestBackend } from '../../helpers/backend';
import { dumpBook, dumpBookData } from '../../helpers/book-dump';
import { TAOBAO_FIXTURES } from '../../helpers/import-fixtures';
import { useTempDir } from '../../helpers/temp-dir';
import { call, uploadFile, whenFinished } from '../../helpers/upload';

const PAIR = join(TAOBAO_FIXTURES, '2022-gbk-pair');
const FIRST = ['ExportOrderList202404011048.csv', 'ExportOrderDetailList202404011048.csv'];
const LATER = ['ExportOrderList202404151355.csv', 'ExportOrderDetailList202404151355.csv'];
const expected = JSON.parse(readFileSync(join(PAIR, 'expected.json'), 'utf8')) as {
  steps: { files: string[]; result: { orders: unknown }; stats: unknown }[];
};

async function uploadAll(backend: Parameters<typeof uploadFile>[0], names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) ids.push(await uploadFile(backend, name, readFileSync(join(PAIR, name))));
  return ids;
}

describe('importing from the window: uploads, a background preview, then the commit', () => {
  const tempDir = useTempDir();

  it('previews without writing, then commits exactly what was previewed', async () => {
    expect(expected.steps[0]!.files).toEqual(FIRST);
    const dir = tempDir();
    const { backend } = await openTestBackend(dir, { withImportWorker: true });
    try {
      // The predictions are computed in the background when the book opens: compared once written.
      await backend.predictionsIdle();
      const before = dumpBook(join(dir, 'book.sqlite'));
      const uploadIds = await uploadAll(backend, FIRST);
      const started = await call<ImportJobDto>(backend, 'imports.preview', { uploadIds });
      const previewed = await whenFinished(backend, started.jobId);
      expect(previewed.phase).toBe('previewed');
      expect(previewed.summary?.orders).toEqual(expected.steps[0]!.result.orders);
      expect(dumpBook(join(dir, 'book.sqlite'))).toBe(before);

      const committing = whenFinished(backend, started.jobId);
      await call(backend, 'imports.commit', { jobId: started.jobId });
      const committed = await committing;
      expect(committed.phase).toBe('committed');
      expect(committed.summary?.orders).toEqual(previewed.summary?.orders);
      expect(await call(backend, 'stats.get', {})).toEqual(expected.steps[0]!.stats);
      const history = await call<{ total: number }>(backend, 'imports.history', {});
      expect(history.total).toBe(2);
    } finally {
      backend.close();
    }
  });

  it('puts the new buyers into member tiers before the window hears the commit landed', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir, { withImportWorker: true });
    try {
      await call(backend, 'tiers.save', { tiers: [{ name: '普通会员', minOrderCount: 1 }] });
      const uploadIds = await uploadAll(backend, FIRST);
      const started = await call<ImportJobDto>(backend, 'imports.preview', { uploadIds });
      await whenFinished(backend, started.jobId);
      const committing = whenFinished(backend, started.jobId);
      await call(backend, 'imports.commit', { jobId: started.jobId });
      expect((await committing).phase).toBe('committed');
      const program = await call<{ tiers: { customerCount: number }[]; nonMemberCount: number }>(backend, 'tiers.get', {});
      const buyers = await call<{ total: number }>(backend, 'customers.list', { orderCountMin: 1 });
      expect(buyers.total).toBeGreaterThan(0);
      expect(program.tiers[0]!.customerCount).toBe(buyers.total);
      const upgrades = await call<{ items: { cause: string }[] }>(backend, 'tiers.upgrades', { days: 1, pageSize: 200 });
      expect(new Set(upgrades.items.map((u) => u.cause))).toEqual(new Set(['import']));
    } finally {
      backend.close();
    }
  });

  it('a cancelled commit leaves the book exactly as before', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir, { withImportWorker: true });
    try {
      const started = await call<ImportJobDto>(backend, 'imports.preview', { uploadIds: await uploadAll(backend, FIRST) });
      await whenFinished(backend, started.jobId);
      // The predictions are computed in the background when the book opens: compared once written.
      await backend.predictionsIdle();
      const before = dumpBookData(join(dir, 'book.sqlite'));
      const finished = whenFinished(backend, started.jobId);
      await call(backend, 'imports.commit', { jobId: started.jobId });
      await call(backend, 'imports.cancel', { jobId: started.jobId });
      const job = await finished;
      expect(job.phase).toBe('cancelled');
      expect(job.error).toContain('取消');
      expect(dumpBookData(join(dir, 'book.sqlite'))).toBe(before);
    } finally {
      backend.close();
    }
  });

  it('refuses to commit a preview once the book has changed, and changes nothing', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir, { withImportWorker: true });
    try {
      const started = await call<ImportJobDto>(backend, 'imports.preview', { uploadIds: await uploadAll(backend, LATER) });
      await whenFinished(backend, started.jobId);
      backend.importFiles(FIRST.map((name) => bytesSource(name, readFileSync(join(PAIR, name)))), { commit: true });
      // That import recomputes the predictions in the background: compared once they are written.
      await backend.predictionsIdle();
      const before = dumpBookData(join(dir, 'book.sqlite'));
      const finished = whenFinished(backend, started.jobId);
      await call(backend, 'imports.commit', { jobId: started.jobId });
      const job = await finished;
      expect(job.phase).toBe('failed');
      expect(job.error).toContain('重新预览');
      expect(dumpBookData(join(dir, 'book.sqlite'))).toBe(before);
    } finally {
      backend.close();
    }
  });

  it('runs one import at a time and says so', async () => {
    const { backend } = await openTestBackend(tempDir(), { withImportWorker: true });
    try {
      const first = await call<ImportJobDto>(backend, 'imports.preview', { uploadIds: await uploadAll(backend, FIRST) });
      const second = await backend.dispatch('imports.preview', { uploadIds: await uploadAll(backend, LATER) });
      expect(second).toMatchObject({ ok: false, error: { code: 'REJECTED' } });
      await whenFinished(backend, first.jobId);
    } finally {
      backend.close();
    }
  });
});
