import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { careRuleInput, CARE_RULE_KINDS, type CareRuleInput } from '../../../src-main/contract';
import { DEFAULT_CARE_RULES, DEFAULT_CARE_TEMPLATES } from '../../../src-main/core/follow-ups/default-care-rules';
import { createCareRulesRepo } from '../../../src-main/db/repos/care-rules-repo';
import { createCareRulesService } from '../../../src-main/services/follow-ups/care-rules-service';
import { followUpsServiceOn, insertComplaintRow, insertTask, insertTimedOrder, openFixtureCareBook, recordingGenerator, TODAY } from '../../helpers/follow-up-rows';
import { FROZEN_NOW } from '../../helpers/paths';
import { useTempDir } from '../../helpers/temp-dir';

function rulesServiceOn(sqlite: Database.Database) {
  const { generator, calls } = recordingGenerator(sqlite);
  const staffActive = sqlite.prepare('SELECT active FROM staff WHERE id = ?').pluck();
  const tier = sqlite.prepare('SELECT 1 FROM tiers WHERE id = ?').pluck();
  const shop = sqlite.prepare('SELECT 1 FROM shops WHERE id = ?').pluck();
  const service = createCareRulesService({
    repo: createCareRulesRepo(sqlite),
    generator: () => generator,
    staffActive: (id) => staffActive.get(id) as number | undefined,
    tierExists: (id) => tier.get(id) !== undefined,
    shopExists: (id) => shop.get(id) !== undefined,
    now: () => FROZEN_NOW,
  });
  return { service, calls, generator };
}

/** A rule as the window sends it, through the contract's parsing (its defaults). */
function draft(fields: Partial<CareRuleInput> & Pick<CareRuleInput, 'kind'>): CareRuleInput {
  return careRuleInput.parse({ name: '测试规则', enabled: true, priority: 2, delayDays: 3, capDays: 0, assignMode: 'owner', template: '', ...fields });
}

describe('care rules (关怀规则)', () => {
  const tempDir = useTempDir();

  it('a new book gets the default rules once; an owner who deleted some is not given them back', async () => {
    const { sqlite } = await openFixtureCareBook(tempDir());
    try {
      const { service } = rulesServiceOn(sqlite);
      service.ensureDefaults();
      const rules = service.list().rules;
      expect(rules.map((r) => r.kind).sort()).toEqual([...CARE_RULE_KINDS].sort());
      expect(rules.find((r) => r.kind === 'afterReceipt')).toMatchObject({ enabled: true, delayDays: 7, fallbackDays: 15, template: DEFAULT_CARE_TEMPLATES.afterReceipt });
      expect(rules.filter((r) => !r.enabled).map((r) => r.kind).sort()).toEqual(DEFAULT_CARE_RULES.filter((r) => !r.enabled).map((r) => r.kind).sort());

      service.ensureDefaults();
      expect(service.list().rules).toHaveLength(DEFAULT_CARE_RULES.length);
      for (const rule of rules.slice(1)) service.remove({ id: rule.id });
      service.ensureDefaults();
      expect(service.list().rules.map((r) => r.id)).toEqual([rules[0]!.id]);
    } finally {
      sqlite.close();
    }
  });

  it('saving a new rule stores it and generates today’s tasks right away; saving it again updates it', async () => {
    const { sqlite, staff, goldTierId, shopId, customers } = await openFixtureCareBook(tempDir());
    try {
      const { service, calls } = rulesServiceOn(sqlite);
      const first = service.save(
        draft({ kind: 'repurchase', name: '猫砂复购', cycleDays: 30, assignMode: 'staff', assignStaffId: staff.anan, filters: { tierIds: [0, goldTierId], minOrderFen: null, maxOrderFen: null, productKeywords: ['猫砂'], shopIds: [shopId] } }),
      );
      expect(first.created).toBe(0);
      expect(calls).toEqual([`generate ${TODAY} rule`]);
      expect(first.rule).toMatchObject({ kind: 'repurchase', name: '猫砂复购', cycleDays: 30, assignStaffId: staff.anan, filters: { tierIds: [0, goldTierId], productKeywords: ['猫砂'], shopIds: [shopId] }, updatedAt: FROZEN_NOW.toISOString() });
      expect(service.list().rules).toEqual([first.rule]);

      const again = service.save(draft({ id: first.rule.id, kind: 'repurchase', name: '猫砂复购（45 天）', cycleDays: 45, assignMode: 'roundRobin', assignStaffId: staff.anan }));
      expect(again.rule).toMatchObject({ id: first.rule.id, name: '猫砂复购（45 天）', cycleDays: 45, assignMode: 'roundRobin', assignStaffId: null });
      expect(service.list().rules).toHaveLength(1);
      expect(calls).toEqual([`generate ${TODAY} rule`, `generate ${TODAY} rule`]);

      // A complaint logged today waits for a rule: saving one makes its task at once.
      insertComplaintRow(sqlite, { customerId: customers[0]! });
      const complaintRule = service.save(draft({ kind: 'complaint', name: '投诉处理', delayDays: 0 }));
      expect(complaintRule.created).toBe(1);
      expect(sqlite.prepare('SELECT rule_id FROM follow_up_tasks').pluck().all()).toEqual([complaintRule.rule.id]);
    } finally {
      sqlite.close();
    }
  });

  it('refuses a deactivated or unknown staff member, a tier or shop that no longer exists, and an unknown rule, in Chinese, writing nothing', async () => {
    const { sqlite, staff, shopId } = await openFixtureCareBook(tempDir());
    try {
      const { service, calls } = rulesServiceOn(sqlite);
      const noFilters = { tierIds: null, minOrderFen: null, maxOrderFen: null, productKeywords: [], shopIds: null };
      expect(() => service.save(draft({ kind: 'refund', assignMode: 'staff', assignStaffId: staff.zhou }))).toThrow('这位客服已停用，不能再分配任务，请换一位客服。');
      expect(() => service.save(draft({ kind: 'refund', assignMode: 'staff', assignStaffId: 999 }))).toThrow('没有这位客服，请刷新页面后重新选择。');
      expect(() => service.save(draft({ kind: 'refund', filters: { ...noFilters, tierIds: [0, 999] } }))).toThrow('所选的会员等级已不存在，请刷新页面后重新选择。');
      expect(() => service.save(draft({ kind: 'refund', filters: { ...noFilters, shopIds: [shopId, 999] } }))).toThrow('所选的店铺已不存在，请刷新页面后重新选择。');
      expect(() => service.save(draft({ id: 999, kind: 'refund' }))).toThrow('没有这条规则，可能已被删除，请刷新页面。');
      expect(() => service.remove({ id: 999 })).toThrow('没有这条规则，可能已被删除，请刷新页面。');
      expect(() => service.preview(draft({ id: 999, kind: 'refund' }))).toThrow('没有这条规则，可能已被删除，请刷新页面。');
      expect(service.list().rules).toEqual([]);
      expect(calls).toEqual([]);
      // 0 alone (店铺客户) is a tier filter too.
      expect(service.save(draft({ kind: 'refund', filters: { ...noFilters, tierIds: [0] } })).rule.filters.tierIds).toEqual([0]);
    } finally {
      sqlite.close();
    }
  });

  it('预览 asks the generator what the draft would make today (the blacklisted left out) and writes nothing', async () => {
    const { sqlite, customers, shopId } = await openFixtureCareBook(tempDir());
    try {
      const { service, calls } = rulesServiceOn(sqlite);
      const saved = service.save(draft({ kind: 'afterReceipt', name: '收货回访', delayDays: 30 })).rule;
      const [buyer, blacklisted] = [customers[0]!, customers[1]!];
      sqlite.prepare('UPDATE customers SET blacklisted = 1 WHERE id = ?').run(blacklisted);
      for (const [customerId, orderNo] of [[buyer, 'P1'], [blacklisted, 'P2']] as const) {
        insertTimedOrder(sqlite, { shopId, customerId, orderNo, status: 'completed', createdAt: '2026-11-08 10:00:00', paidAt: '2026-11-08 10:01:00', shippedAt: '2026-11-09 10:00:00', completedAt: '2026-11-15 10:00:00', paidFen: 9900 });
      }
      const preview = service.preview(draft({ id: saved.id, kind: 'afterReceipt', name: '收货回访改', delayDays: 7 }));
      expect(preview).toEqual({ dueToday: 1, upcoming: 0, excluded: 1, capped: 0, heldOut: 0 });
      expect(calls.at(-1)).toBe(`preview 收货回访改 ${TODAY}`);
      expect(service.list().rules).toEqual([saved]);
      expect(sqlite.prepare('SELECT count(*) FROM follow_up_tasks').pluck().get()).toBe(0);
    } finally {
      sqlite.close();
    }
  });

  it('deleting a rule keeps its tasks, which then read the default message of their kind', async () => {
    const { sqlite, customers } = await openFixtureCareBook(tempDir());
    try {
      const { service, generator } = rulesServiceOn(sqlite);
      const rule = service.save(draft({ kind: 'refund', name: '退款关怀', template: '自定义的退款话术' })).rule;
      const task = insertTask(sqlite, { customerId: customers[0]!, ruleId: rule.id, kind: 'refund', ruleName: '退款关怀', dueOn: TODAY });
      const tasks = followUpsServiceOn(sqlite, generator);
      expect(tasks.list({}).due.map((t) => t.message)).toEqual(['自定义的退款话术']);
      expect(service.remove({ id: rule.id })).toEqual({ deleted: true });
      expect(service.list().rules).toEqual([]);
      expect(tasks.list({}).due).toEqual([expect.objectContaining({ id: task, ruleId: null, ruleName: '退款关怀', message: DEFAULT_CARE_TEMPLATES.refund })]);
    } finally {
      sqlite.close();
    }
  });
});
