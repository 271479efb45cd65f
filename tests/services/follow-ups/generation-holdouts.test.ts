import { describe, expect, it } from 'vitest';
import type { CareRuleInput } from '../../../src-main/contract/care-rules';
import { HOLDOUT_SALT_SETTING } from '../../../src-main/core/follow-ups/holdout-draw';
import { createPersonalDataRepo } from '../../../src-main/db/repos/personal-data-repo';
import { openCareBook, orderNo, type ExportOrder } from '../../helpers/care-book';
import { call } from '../../helpers/dispatch-calls';
import { useTempDir } from '../../helpers/temp-dir';

const DAY = '2026-11-22';

/** Buyers who each confirmed an order three days before the frozen clock's day. */
const orders = (count: number, from = 1): ExportOrder[] =>
  Array.from({ length: count }, (_, i) => ({
    orderNo: orderNo(from + i),
    buyer: `对照买家${from + i}`,
    status: '交易成功',
    createdAt: '2026-11-12 10:00:00',
    shippedAt: '2026-11-13 10:00:00',
    completedAt: '2026-11-19 10:00:00',
  }));

describe('a rule with a 对照组 holds customers out of its tasks, once and for good', () => {
  const tempDir = useTempDir('zhanggui-holdouts-');

  it('records the hold-outs with the tasks, counts them in the preview, and never meets their keys again', async () => {
    const book = await openCareBook(tempDir());
    try {
      const ruleId = book.addRule('afterReceipt', { delayDays: 3, capDays: 0, holdoutPercent: 40 });
      book.importOrders('202611220900', orders(300));
      const rule = book.rules.list().find((r) => r.id === ruleId)!;
      const draft: CareRuleInput = { ...rule, id: ruleId };

      const held = () => book.sqlite.prepare('SELECT customer_id AS customerId, dedupe_key AS dedupeKey, due_on AS dueOn, rule_name AS ruleName FROM care_holdouts ORDER BY id').all() as { customerId: number; dedupeKey: string; dueOn: string; ruleName: string }[];
      // The import's generation made them already: the preview of the saved rule has nothing left to do.
      const made = held();
      const tasks = book.tasks();
      expect(made.length).toBeGreaterThan(80);
      expect(made.length).toBeLessThan(160);
      expect(tasks.length + made.length).toBe(300);
      expect(made[0]).toMatchObject({ dueOn: DAY, ruleName: rule.name });
      const tasked = new Set(tasks.map((t) => t.customerId));
      expect(made.some((h) => tasked.has(h.customerId))).toBe(false);
      expect(book.generator.preview(draft, DAY)).toEqual({ dueToday: 0, upcoming: 0, excluded: 0, capped: 0, heldOut: 0 });

      // A generator that remembers nothing, and the same one a day later, read everything again: nothing new.
      expect(book.makeGenerator().generate(DAY, 'manual')).toBe(0);
      expect(book.generator.generate('2026-11-23', 'startOfDay')).toBe(0);
      expect(held()).toEqual(made);

      // New buyers: the preview says how many would be held out, and the generation holds exactly those.
      const salt = book.sqlite.prepare('SELECT value_json FROM settings WHERE key = ?').pluck().get(HOLDOUT_SALT_SETTING) as string;
      expect(JSON.parse(salt)).toMatch(/^[0-9a-f-]{36}$/);
      const more = orders(200, 1_000);
      book.rules.update(ruleId, { ...draft, enabled: false }, new Date().toISOString());
      book.importOrders('202611221000', more);
      const preview = book.generator.preview(draft, DAY);
      expect(preview.heldOut).toBeGreaterThan(40);
      expect(preview.dueToday + preview.heldOut).toBe(200);
      book.rules.update(ruleId, draft, new Date().toISOString());
      book.generator.generate(DAY, 'rule');
      expect(held().length - made.length).toBe(preview.heldOut);
      expect(book.tasks().length - tasks.length).toBe(preview.dueToday);
      // The salt is kept: the first draw stays.
      expect(book.sqlite.prepare('SELECT value_json FROM settings WHERE key = ?').pluck().get(HOLDOUT_SALT_SETTING)).toBe(salt);
    } finally {
      book.close();
    }
  }, 60_000);

  it('erasing a customer leaves none of their hold-outs; the personal-data export lists them before', async () => {
    const book = await openCareBook(tempDir());
    try {
      book.addRule('afterReceipt', { delayDays: 3, capDays: 0, holdoutPercent: 50 });
      book.importOrders('202611220900', orders(40));
      const customerId = book.sqlite.prepare('SELECT customer_id FROM care_holdouts ORDER BY id LIMIT 1').pluck().get() as number;
      const before = createPersonalDataRepo(book.sqlite).read(customerId, new Date().toISOString())!;
      expect(before.careHoldouts).toEqual([{ customerId, ruleName: '确认收货后回访', dueOn: DAY, createdAt: expect.any(String) }]);
      await call(book.backend, 'customers.erase', { id: customerId, reason: '顾客本人要求' });
      expect(book.sqlite.prepare('SELECT count(*) FROM care_holdouts WHERE customer_id = ?').pluck().get(customerId)).toBe(0);
      expect(book.sqlite.prepare('SELECT count(*) FROM care_holdouts').pluck().get()).toBeGreaterThan(5);
    } finally {
      book.close();
    }
  }, 60_000);
});
