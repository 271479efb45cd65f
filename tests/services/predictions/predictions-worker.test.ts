import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CustomerPageDto } from '../../../src-main/contract';
import type { PredictionModelDto } from '../../../src-main/contract/dto/predictions';
import { openTestBackend } from '../../helpers/backend';
import { call } from '../../helpers/dispatch-calls';
import { importPredictionBook } from '../../helpers/prediction-book';
import { useTempDir } from '../../helpers/temp-dir';

const stored = (dir: string) => {
  const sqlite = new Database(join(dir, 'book.sqlite'), { readonly: true });
  try {
    return sqlite
      .prepare(
        `SELECT c.buyer_nick, p.repeat_days, p.first_day, p.last_day, p.repeat_mean_fen, p.p_alive, p.expected_orders_90, p.next_order_on, p.value_fen
         FROM customer_predictions p JOIN customers c ON c.id = p.customer_id ORDER BY c.buyer_nick`,
      )
      .all();
  } finally {
    sqlite.close();
  }
};

describe('客户预测 in the predictions worker', () => {
  const tempDir = useTempDir('zhanggui-predictions-worker-');

  it('computes off this thread what this thread would, while the book stays usable', async () => {
    const inWorker = tempDir();
    const inThread = tempDir();
    const worker = (await openTestBackend(inWorker, { withPredictionsWorker: true })).backend;
    const thread = (await openTestBackend(inThread)).backend;
    try {
      await worker.predictionsIdle();
      importPredictionBook(worker);
      importPredictionBook(thread);
      // The worker has started on the new orders; this thread answers meanwhile.
      expect((await call<PredictionModelDto>(worker, 'predictions.status', {})).computing).toBe(true);
      const list = await call<CustomerPageDto>(worker, 'customers.list', { pageSize: 5 });
      expect(list.total).toBeGreaterThan(600);
      await Promise.all([worker.predictionsIdle(), thread.predictionsIdle()]);
      const model = await call<PredictionModelDto>(worker, 'predictions.status', {});
      expect(model).toMatchObject({ status: 'ready', computing: false });
      const rows = stored(inWorker);
      expect(rows.length).toBe(model.buyers);
      expect(rows).toEqual(stored(inThread));
    } finally {
      worker.close();
      thread.close();
    }
  });
});
