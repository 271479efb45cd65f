import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import type { CustomerPredictionDto, PredictionModelDto, PredictionSegmentsDto } from '../../../src-main/contract/dto/predictions';
import type { PushEvent } from '../../../src-main/contract';
import { PREDICTION_GATE } from '../../../src-main/contract/predictions';
import { openTestBackend } from '../../helpers/backend';
import { completedOrder, importExport } from '../../helpers/care-book';
import { call } from '../../helpers/dispatch-calls';
import { FROZEN_NOW } from '../../helpers/paths';
import { ACTIVE_BUYERS, importPredictionBook, LAPSED_BUYERS, type PredictionBook } from '../../helpers/prediction-book';
import { useSuiteTempDir, useTempDir } from '../../helpers/temp-dir';

const TODAY = '2026-11-22';

function idOf(sqlite: Database.Database, nick: string): number {
  return sqlite.prepare('SELECT coalesce(merged_into_id, id) FROM customers WHERE buyer_nick = ?').pluck().get(nick) as number;
}

async function settled(backend: Backend): Promise<PredictionModelDto> {
  await backend.predictionsIdle();
  return call<PredictionModelDto>(backend, 'predictions.status', {});
}

describe('客户预测 on a book too small for them', () => {
  const tempDir = useTempDir('zhanggui-predictions-');

  it('says what is missing, with the figures, and stores no predictions', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    try {
      importExport(backend, '202611210900', [
        completedOrder('小本买家甲', '2026-09-01 10:00:00', 9_900),
        completedOrder('小本买家甲', '2026-10-01 10:00:00', 9_900),
        completedOrder('小本买家甲', '2026-11-01 10:00:00', 9_900),
        completedOrder('小本买家乙', '2026-10-15 10:00:00', 5_000),
      ]);
      const model = await settled(backend);
      expect(model.status).toBe('notReady');
      expect(model.computing).toBe(false);
      expect(model.buyers).toBe(2);
      expect(model.repeaters).toBe(1);
      expect(model.spanDays).toBe(61);
      expect(model.missing).toEqual([
        `需要至少 ${PREDICTION_GATE.minBuyers} 位有订单的买家，现在只有 2 位`,
        `需要至少 ${PREDICTION_GATE.minSpanDays} 天的订单记录（从最早一单到最近一单），现在只有 61 天`,
        `需要至少 ${PREDICTION_GATE.minThreeTimeBuyers} 位在 3 个或更多不同日子下过单的买家，现在只有 1 位`,
      ]);
      expect(model.purchase).toBeNull();
      const sqlite = new Database(join(dir, 'book.sqlite'), { readonly: true });
      try {
        expect(sqlite.prepare('SELECT count(*) FROM customer_predictions').pluck().get()).toBe(0);
        const detail = await call<CustomerPredictionDto>(backend, 'predictions.customer', { customerId: idOf(sqlite, '小本买家甲') });
        expect(detail.prediction).toBeNull();
        expect(detail.model.status).toBe('notReady');
      } finally {
        sqlite.close();
      }
      const segments = await call<PredictionSegmentsDto>(backend, 'predictions.segments', {});
      expect(segments.segments).toEqual([]);
    } finally {
      backend.close();
    }
  });

  it('has computed once at start on an empty book: not ready, nothing stored', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      const model = await settled(backend);
      expect(model.status).toBe('notReady');
      expect(model.buyers).toBe(0);
      expect(model.missing).toHaveLength(3);
    } finally {
      backend.close();
    }
  });
});

describe('客户预测 over the days', () => {
  const tempDir = useTempDir('zhanggui-predictions-days-');

  it('computes again as of the new shop day when read after midnight, and the silent days count', async () => {
    let now = FROZEN_NOW.getTime();
    const dir = tempDir();
    const { backend } = await openTestBackend(dir, { now: () => new Date(now) });
    try {
      importPredictionBook(backend);
      await backend.predictionsIdle();
      const sqlite = new Database(join(dir, 'book.sqlite'), { readonly: true });
      const customerId = idOf(sqlite, ACTIVE_BUYERS[0]);
      sqlite.close();
      const before = (await call<CustomerPredictionDto>(backend, 'predictions.customer', { customerId })).prediction!;
      // Still the same day in Shanghai: nothing to do.
      now += 10 * 3_600_000;
      expect((await call<PredictionModelDto>(backend, 'predictions.status', {})).computing).toBe(false);
      now += 30 * 86_400_000;
      expect((await call<PredictionModelDto>(backend, 'predictions.status', {})).computing).toBe(true);
      const model = await settled(backend);
      expect(model.asOf).toBe('2026-12-22');
      expect(model.stale).toBe(true);
      const after = (await call<CustomerPredictionDto>(backend, 'predictions.customer', { customerId })).prediction!;
      expect(after.pAlive!).toBeLessThan(before.pAlive!);
    } finally {
      backend.close();
    }
  });
});

describe('客户预测 on a book with enough history', () => {
  const suiteDir = useSuiteTempDir('zhanggui-predictions-book-');
  let backend: Backend;
  let sqlite: Database.Database;
  let book: PredictionBook;
  const events: PushEvent[] = [];

  beforeAll(async () => {
    ({ backend } = await openTestBackend(suiteDir()));
    await backend.predictionsIdle();
    backend.subscribe((event) => events.push(event));
    book = importPredictionBook(backend);
    await backend.predictionsIdle();
    sqlite = new Database(join(suiteDir(), 'book.sqlite'), { readonly: true });
  }, 120_000);

  afterAll(() => {
    sqlite?.close();
    backend?.close();
  });

  const prediction = async (nick: string) => (await call<CustomerPredictionDto>(backend, 'predictions.customer', { customerId: idOf(sqlite, nick) })).prediction;

  it('is ready after the import, as of today, fitted up to the last order', async () => {
    const model = await call<PredictionModelDto>(backend, 'predictions.status', {});
    expect(model.status).toBe('ready');
    expect(model.asOf).toBe(TODAY);
    expect(model.horizon).toBe(book.endDay);
    expect(model.stale).toBe(false);
    expect(model.buyers).toBe(new Set(book.orders.map((o) => o.buyer)).size);
    expect(model.missing).toEqual([]);
    expect(model.purchase!.r).toBeGreaterThan(0);
    expect(model.spend!.q).toBeGreaterThan(1);
    expect(model.computedAt).toBe(FROZEN_NOW.toISOString());
    const changed = events.filter((event) => event.event === 'predictions.changed');
    expect(changed.at(-1)?.payload).toMatchObject({ status: 'ready', computing: false });
  });

  it('gives a lapsed high-value repeat buyer a low P(alive) and no next order date', async () => {
    for (const nick of LAPSED_BUYERS) {
      const p = (await prediction(nick))!;
      expect(p.repeatDays).toBe(book.orders.filter((o) => o.buyer === nick).length - 1);
      expect(p.pAlive!).toBeLessThan(0.1);
      expect(p.nextOrderOn).toBeNull();
      expect(p.expectedOrders90).toBeLessThan(0.1);
    }
  });

  it('gives an active repeat buyer a high P(alive), a next order after today and a value in fen', async () => {
    for (const nick of ACTIVE_BUYERS) {
      const p = (await prediction(nick))!;
      expect(p.asOf).toBe(TODAY);
      expect(p.pAlive!).toBeGreaterThan(0.7);
      expect(p.nextOrderOn! > TODAY).toBe(true);
      expect(p.nextOrderOn! <= '2027-02-20').toBe(true);
      expect(p.expectedOrders90).toBeGreaterThan(1);
      expect(Number.isInteger(p.valueFen)).toBe(true);
      expect(p.valueFen!).toBeGreaterThan(0);
    }
    // More history of buying more often is worth more than a one-day buyer.
    const oneDay = book.orders.find((o) => book.orders.filter((other) => other.buyer === o.buyer).length === 1)!.buyer;
    const single = (await prediction(oneDay))!;
    expect(single.pAlive).toBeNull();
    expect(single.repeatDays).toBe(0);
    expect(single.valueFen!).toBeLessThan((await prediction(ACTIVE_BUYER_NICK))!.valueFen!);
  });

  it('stores one row per buyer with orders, and a new computation replaces them', async () => {
    const buyers = sqlite.prepare('SELECT count(*) FROM customers WHERE merged_into_id IS NULL AND order_count > 0').pluck().get() as number;
    const rows = () => sqlite.prepare('SELECT count(*) FROM customer_predictions').pluck().get() as number;
    const runs = () => sqlite.prepare('SELECT count(*) FROM prediction_runs').pluck().get() as number;
    expect(rows()).toBe(buyers);
    const before = runs();
    const answer = await call<PredictionModelDto>(backend, 'predictions.recompute', {});
    expect(answer.computing).toBe(true);
    const after = await settled(backend);
    expect(after.status).toBe('ready');
    expect(runs()).toBe(before + 1);
    expect(rows()).toBe(buyers);
  });

  it('sums the predictions up by RFM segment', async () => {
    const dto = await call<PredictionSegmentsDto>(backend, 'predictions.segments', {});
    expect(dto.model.status).toBe('ready');
    const total = dto.segments.reduce((sum, s) => sum + s.customers, 0);
    expect(total).toBe(sqlite.prepare('SELECT count(*) FROM customer_predictions').pluck().get());
    const stored = sqlite.prepare('SELECT sum(value_fen) AS value, sum(p_alive < 0.3) AS high FROM customer_predictions').get() as { value: number; high: number };
    expect(dto.segments.reduce((sum, s) => sum + s.valueFen, 0)).toBe(stored.value);
    expect(dto.segments.reduce((sum, s) => sum + s.highRisk, 0)).toBe(stored.high);
    for (const s of dto.segments) if (s.meanPAlive !== null) expect(s.meanPAlive).toBeGreaterThan(0);
  });

  it('has no prediction for a customer without orders', async () => {
    importExport(backend, '202611211000', [completedOrder('只拍不付', '2026-11-20 10:00:00', 9_900, { status: '等待买家付款', paidAt: null, completedAt: null })]);
    await backend.predictionsIdle();
    const detail = await call<CustomerPredictionDto>(backend, 'predictions.customer', { customerId: idOf(sqlite, '只拍不付') });
    expect(detail.model.status).toBe('ready');
    expect(detail.prediction).toBeNull();
  });

  it('counts a merged record for the customer it was merged into', async () => {
    const keep = ACTIVE_BUYERS[1];
    const merged = LAPSED_BUYERS[4];
    const days = (nick: string) => new Set(book.orders.filter((o) => o.buyer === nick).map((o) => o.createdAt.slice(0, 10)));
    const expectedDays = new Set([...days(keep), ...days(merged)]).size;
    await call(backend, 'customers.merge', { keepId: idOf(sqlite, keep), mergeId: idOf(sqlite, merged) });
    await call(backend, 'predictions.recompute', {});
    await backend.predictionsIdle();
    const p = (await prediction(keep))!;
    expect(p.repeatDays).toBe(expectedDays - 1);
    const mergedOwnId = sqlite.prepare('SELECT id FROM customers WHERE buyer_nick = ? AND merged_into_id IS NOT NULL').pluck().get(merged) as number;
    expect(sqlite.prepare('SELECT count(*) FROM customer_predictions WHERE customer_id = ?').pluck().get(mergedOwnId)).toBe(0);
  });
});

const ACTIVE_BUYER_NICK = ACTIVE_BUYERS[0];
