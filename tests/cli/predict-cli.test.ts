import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PredictionModelDto } from '../../src-main/contract/dto/predictions';
import { PREDICTION_GATE } from '../../src-main/contract/predictions';
import { openTestBackend } from '../helpers/backend';
import { completedOrder, importExport } from '../helpers/care-book';
import { ACTIVE_BUYER, endDayBeforeRealToday, importPredictionBookWithCli, predictionBook } from '../helpers/prediction-book';
import { startServe } from '../e2e/serve-process';
import { runCli } from '../helpers/run-cli';
import { useTempDir } from '../helpers/temp-dir';

describe('zhanggui predict', () => {
  const tempDir = useTempDir('zhanggui-cli-predict-');

  it('computes now and prints the models, the buyers and the time taken', async () => {
    const dir = tempDir();
    // The command line follows the real clock: the book ends a few days before today.
    const book = predictionBook({ endDay: endDayBeforeRealToday() });
    const { backend } = await openTestBackend(dir);
    importExport(backend, book.stamp, book.orders);
    backend.close();
    const db = join(dir, 'book.sqlite');

    const json = await runCli(['predict', '--json', '--db', db], dir);
    expect(json.code, json.stderr).toBe(0);
    const model = JSON.parse(json.stdout) as PredictionModelDto;
    expect(model).toMatchObject({ status: 'ready', computing: false, horizon: book.endDay, buyers: new Set(book.orders.map((o) => o.buyer)).size });

    const text = await runCli(['predict', '--db', db], dir);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`客户预测已算好：截至 \\d{4}-\\d{2}-\\d{2}，用到 ${book.endDay} 为止的订单，用时 \\d+\\.\\d 秒`));
    expect(text.stdout).toContain(`有订单的买家 ${model.buyers} 位，其中 ${model.repeaters} 位在 2 个或更多不同日子下过单`);
    expect(text.stdout).toContain(`r = ${Number(model.purchase!.r.toPrecision(4))}`);
    expect(text.stdout).toContain('客单价模型（Gamma-Gamma，以分计）');
  });

  it('says what the book still lacks', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    importExport(backend, '202611210900', [completedOrder('小店买家', '2026-11-01 10:00:00', 9_900)]);
    backend.close();
    const run = await runCli(['predict', '--db', join(dir, 'book.sqlite')], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('客户本的订单还不够，暂时不能预测：');
    expect(run.stdout).toContain(`- 需要至少 ${PREDICTION_GATE.minBuyers} 位有订单的买家，现在只有 1 位`);
    expect(run.stdout).toContain('现在只有 0 天');
  });

  it('serve computes them in its worker on a book imported with the command line', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    const book = await importPredictionBookWithCli(dir, db, { endDay: endDayBeforeRealToday() });
    const serve = await startServe(db);
    try {
      const post = async (method: string, body: unknown) => {
        const response = await fetch(`${serve.url}api/${method}`, { method: 'POST', headers: { ...serve.ownerHeaders, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        return ((await response.json()) as { data: unknown }).data;
      };
      await expect.poll(async () => ((await post('predictions.status', {})) as PredictionModelDto).status, { timeout: 30_000, interval: 200 }).toBe('ready');
      const page = (await post('customers.list', { search: ACTIVE_BUYER })) as { items: { id: number }[] };
      const detail = (await post('predictions.customer', { customerId: page.items[0]!.id })) as { prediction: { pAlive: number; nextOrderOn: string } };
      expect(detail.prediction.pAlive).toBeGreaterThan(0.7);
      expect(detail.prediction.nextOrderOn > book.endDay).toBe(true);
    } finally {
      await serve.stop();
    }
  });
});
