import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { FollowUpListDto } from '../../../src-main/contract';
import { addDays } from '../../../src-main/core/calendar-dates';
import { DEFAULT_CARE_TEMPLATES } from '../../../src-main/core/follow-ups/default-care-rules';
import { probabilityAlive } from '../../../src-main/core/predictions/bgnbd-predictions';
import type { BgNbdParams } from '../../../src-main/core/predictions/bgnbd-types';
import { completedOrder, openCareBook, type CareBook } from '../../helpers/care-book';
import { call } from '../../helpers/dispatch-calls';
import { useTempDir } from '../../helpers/temp-dir';

// The frozen clock's shop day; 流失预警 looks only at due dates (a week back to today).
const DAY = '2026-11-22';
// A shop's fit, time in days: a customer who buys every month or two, whose silence says a lot.
const MODEL: BgNbdParams = { r: 1.2, alpha: 40, a: 0.6, b: 2.2 };
const BAR = 0.5;
/** Three purchase days, 30 days apart: x = 2, tₓ = 60. */
const X = 2;
const TX = 60;

/**
 * Days from the first purchase until P(alive) is first below the bar, found by walking the model's
 * own P(alive) day by day (not by the closed form the rule uses).
 */
function daysUntilBelow(params: BgNbdParams, bar: number): number {
  for (let T = TX; ; T++) if (probabilityAlive(params, { x: X, tx: TX, T }) < bar) return T;
}

/** A customer's first purchase day such that P(alive) drops below the bar on `crossing`. */
const firstDayFor = (crossing: string) => addDays(crossing, -daysUntilBelow(MODEL, BAR));

/** Imports three purchases of `fen` each, 30 days apart, starting on `first`. */
function buyer(nick: string, first: string, fen: number) {
  return [0, 30, 60].map((offset) => completedOrder(nick, `${addDays(first, offset)} 14:00:00`, fen));
}

function insertRun(sqlite: Database.Database, status: 'ready' | 'notReady', params: BgNbdParams | null) {
  sqlite
    .prepare(
      `INSERT INTO prediction_runs (status, message, computed_at, as_of, horizon, buyers, repeaters, span_days, r, alpha, a, b, p, q, gamma, log_likelihood, fit_ms)
       VALUES (?, ?, '2026-11-22T01:00:00.000Z', ?, ?, 600, 200, 400, ?, ?, ?, ?, 6, 4, 15, -1234.5, 800)`,
    )
    .run(status, status === 'ready' ? null : '有订单的买家不到 500 位', DAY, '2026-11-21', params?.r ?? null, params?.alpha ?? null, params?.a ?? null, params?.b ?? null);
}

/** The customer's prediction row as the predictions service writes it, as of DAY. */
function insertPrediction(book: CareBook, nick: string, first: string, repeatDays = X) {
  const last = addDays(first, repeatDays === 0 ? 0 : TX);
  const alive = repeatDays === 0 ? null : probabilityAlive(MODEL, { x: repeatDays, tx: TX, T: Math.round((Date.parse(DAY) - Date.parse(first)) / 86_400_000) });
  book.sqlite
    .prepare(
      `INSERT OR REPLACE INTO customer_predictions (customer_id, repeat_days, first_day, last_day, repeat_mean_fen, p_alive, expected_orders_90, next_order_on, value_fen)
       VALUES (?, ?, ?, ?, 60000, ?, 0.3, NULL, 50000)`,
    )
    .run(book.customerId(nick), repeatDays, first, last, alive);
}

const churnTasks = (book: CareBook) => book.tasks().filter((t) => t.ruleKind === 'churnRisk');

describe('流失预警: a task when a repeat buyer who spent enough has most likely lapsed', () => {
  const tempDir = useTempDir('zhanggui-churn-risk-');

  /** A book of known cases: the crossing day of each customer is set by their first purchase. */
  async function bookOfCases() {
    const book = await openCareBook(tempDir());
    const lapsed = firstDayFor('2026-11-19');
    const cases = {
      tb_lapsed: lapsed,
      tb_small: firstDayFor('2026-11-19'),
      tb_back: firstDayFor('2026-11-18'),
      tb_black: firstDayFor('2026-11-20'),
      tb_long: firstDayFor('2026-10-01'),
      tb_later: firstDayFor('2026-11-25'),
    };
    book.importOrders('202611220800', [
      ...buyer('tb_lapsed', cases.tb_lapsed, 42_000),
      ...buyer('tb_small', cases.tb_small, 9_000),
      ...buyer('tb_back', cases.tb_back, 42_000),
      ...buyer('tb_black', cases.tb_black, 42_000),
      ...buyer('tb_long', cases.tb_long, 42_000),
      ...buyer('tb_later', cases.tb_later, 42_000),
      completedOrder('tb_once', '2025-06-01 10:00:00', 900_000),
    ]);
    // Bought again after the predictions were computed: they are stale for this customer.
    book.importOrders('202611220900', [completedOrder('tb_back', '2026-11-21 20:00:00', 5_000)]);
    // The backend computes the predictions after each import (not ready on a book this small);
    // the rows of the known cases replace what it wrote.
    await book.backend.predictionsIdle();
    // tb_back's row is as of before the last import: its last day is the one before that purchase.
    for (const [nick, first] of Object.entries(cases)) insertPrediction(book, nick, first);
    insertPrediction(book, 'tb_once', '2025-06-01', 0);
    book.sqlite.prepare("UPDATE customers SET blacklisted = 1 WHERE buyer_nick = 'tb_black'").run();
    return { book, lapsed };
  }

  it('makes one task, due the day P(alive) fell below the bar, for the lapsed customer alone, and none on a second run', async () => {
    const { book, lapsed } = await bookOfCases();
    try {
      insertRun(book.sqlite, 'ready', MODEL);
      const ruleId = book.addRule('churnRisk', { enabled: true, aliveBelowPercent: 50, minSpentFen: 100_000, capDays: 0, holdoutPercent: 0 });
      expect(book.generator.generate(DAY, 'manual')).toBe(1);
      const [task, ...others] = churnTasks(book);
      expect(others).toEqual([]);
      const aliveThen = probabilityAlive(MODEL, { x: X, tx: TX, T: daysUntilBelow(MODEL, BAR) });
      expect(aliveThen).toBeLessThan(BAR);
      expect(task).toMatchObject({
        ruleId,
        ruleName: '流失预警',
        customerId: book.customerId('tb_lapsed'),
        orderId: null,
        dueOn: '2026-11-19',
        status: 'open',
        dedupeKey: `churn:${book.customerId('tb_lapsed')}:${addDays(lapsed, TX)}`,
        reason: `活跃概率已降到 ${Math.floor(aliveThen * 100)}%（上次购买 ${addDays(lapsed, TX)}，累计消费 ¥1,260.00）`,
      });
      // Once per last purchase, whoever generates next (a generator that remembers nothing too).
      expect(book.generator.generate(DAY, 'manual')).toBe(0);
      expect(book.makeGenerator().generate(addDays(DAY, 1), 'manual')).toBe(0);
      expect(churnTasks(book)).toHaveLength(1);
    } finally {
      book.close();
    }
  });

  it('a later crossing waits for its day; the delay moves the due date; the preview counts the blacklisted as left out', async () => {
    const { book } = await bookOfCases();
    try {
      insertRun(book.sqlite, 'ready', MODEL);
      const rule = { enabled: true, aliveBelowPercent: 50, minSpentFen: 100_000, capDays: 0, holdoutPercent: 0 } as const;
      book.addRule('churnRisk', { ...rule, delayDays: 2 });
      // Crossed on the 19th and the 20th: due the 21st and the 22nd (the blacklisted one never).
      const { updatedAt: _updated, ...saved } = book.rules.list().find((r) => r.kind === 'churnRisk')!;
      expect(book.generator.preview(saved, DAY)).toMatchObject({ dueToday: 1, upcoming: 0, excluded: 1, capped: 0 });
      expect(book.generator.generate(DAY, 'manual')).toBe(1);
      expect(churnTasks(book).map((t) => [t.customerId, t.dueOn])).toEqual([[book.customerId('tb_lapsed'), '2026-11-21']]);
      // tb_later crosses on the 25th: its task comes with that day's generation, not before.
      expect(book.generator.generate('2026-11-24', 'manual')).toBe(0);
      expect(book.generator.generate('2026-11-27', 'manual')).toBe(1);
      expect(churnTasks(book).map((t) => [t.customerId, t.dueOn])).toEqual([
        [book.customerId('tb_lapsed'), '2026-11-21'],
        [book.customerId('tb_later'), '2026-11-27'],
      ]);
    } finally {
      book.close();
    }
  });

  it('makes nothing, and fails nothing, while the predictions are not ready', async () => {
    const { book } = await bookOfCases();
    try {
      book.addRule('churnRisk', { enabled: true, aliveBelowPercent: 50, minSpentFen: 0, capDays: 0, holdoutPercent: 0 });
      expect(book.generator.generate(DAY, 'manual')).toBe(0);
      insertRun(book.sqlite, 'notReady', null);
      expect(book.makeGenerator().generate(DAY, 'manual')).toBe(0);
      expect(churnTasks(book)).toEqual([]);
      // Ready from then on: the same book's lapsed customers get their tasks.
      insertRun(book.sqlite, 'ready', MODEL);
      expect(book.makeGenerator().generate(DAY, 'manual')).toBe(2);
    } finally {
      book.close();
    }
  });

  it('its message fills the template variables (#昵称#, #店铺#, #等级#, #优惠#) like every other care', async () => {
    const { book } = await bookOfCases();
    try {
      insertRun(book.sqlite, 'ready', MODEL);
      const template = '#昵称#，#店铺#的#等级#专享：#优惠#';
      book.addRule('churnRisk', { enabled: true, aliveBelowPercent: 50, minSpentFen: 100_000, capDays: 0, holdoutPercent: 0, template });
      await call(book.backend, 'tiers.save', { tiers: [{ name: '金卡', manualOnly: true, discountNote: '全店 95 折', birthdayOffer: '生日礼券 20 元' }] });
      const gold = book.sqlite.prepare("SELECT id FROM tiers WHERE name = '金卡'").pluck().get() as number;
      book.sqlite.prepare('UPDATE customers SET tier_id = ? WHERE id = ?').run(gold, book.customerId('tb_lapsed'));
      book.generator.generate(DAY, 'manual');
      await call(book.backend, 'settings.update', { shopName: '小蜜蜂女装' });
      const list = await call<FollowUpListDto>(book.backend, 'followUps.list', {});
      const task = [...list.due, ...list.upcoming].find((t) => t.ruleKind === 'churnRisk');
      expect(task?.message).toBe('tb_lapsed，小蜜蜂女装的金卡专享：全店 95 折');
      // An empty template falls back to the kind's own, filled the same way.
      book.sqlite.prepare("UPDATE care_rules SET template = '' WHERE kind = 'churnRisk'").run();
      const again = await call<FollowUpListDto>(book.backend, 'followUps.list', {});
      const fallback = [...again.due, ...again.upcoming].find((t) => t.ruleKind === 'churnRisk');
      expect(fallback?.message).toBe(DEFAULT_CARE_TEMPLATES.churnRisk.replace('#昵称#', 'tb_lapsed').replace('#店铺#', '小蜜蜂女装').replace('#优惠#', '全店 95 折'));
    } finally {
      book.close();
    }
  });
});
