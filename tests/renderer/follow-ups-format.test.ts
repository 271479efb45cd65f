import type { CareRuleDto, FollowUpHistoryEntryDto, StaffFollowUpFiguresRowDto } from '@contract';
import { describe, expect, it } from 'vitest';
import {
  formatAssignment,
  formatCap,
  formatHoldout,
  formatRuleFilters,
  formatRulePreview,
  formatRuleTiming,
  newRepurchaseRule,
  parseDayList,
  predictionsNotice,
  problemsByField,
  toRuleInput,
} from '../../src-renderer/format/care-rules';
import { figuresChartData, figuresStaffName, formatAverageSatisfaction, lastThirtyDays } from '../../src-renderer/format/follow-up-figures';
import {
  completedText,
  complaintLoggedText,
  formatDue,
  formatHistoryLine,
  formatOrderChoice,
  formatOrderItems,
  formatOverdue,
  formatPendingTask,
  formatRecordedAt,
  formatShownOf,
  formatStars,
  formatTaskCounts,
  listRows,
  snoozeQuickPicks,
} from '../../src-renderer/format/follow-ups';
import { addDays, daysBetween } from '../../src-renderer/format/relative-date';
import { fenToYuan, yuanToFen } from '../../src-renderer/format/yuan';

const NO_FILTERS = { tierIds: null, minOrderFen: null, maxOrderFen: null, productKeywords: [], shopIds: null };
const timing = { delayDays: 0, fallbackDays: null, cycleDays: null, dormantDays: null, filters: NO_FILTERS };

const rule: CareRuleDto = {
  id: 4,
  kind: 'repurchase',
  name: '复购提醒·洗发水',
  enabled: false,
  priority: 3,
  ...timing,
  cycleDays: 45,
  capDays: 10,
  assignMode: 'staff',
  assignStaffId: 2,
  template: '#昵称#，洗发水该补货啦',
  holdoutPercent: 10,
  aliveBelowPercent: null,
  minSpentFen: null,
  updatedAt: '2026-11-20T08:00:00.000Z',
};

const entry = (fields: Partial<FollowUpHistoryEntryDto>): FollowUpHistoryEntryDto => ({
  at: '2026-11-22T01:30:00.000Z',
  action: 'done',
  staffName: '小王',
  ruleName: '确认收货后回访',
  taskId: 1,
  note: null,
  satisfaction: null,
  hadProblem: false,
  snoozedTo: null,
  assigneeName: null,
  ...fields,
});

describe('the care rule sentences', () => {
  it('says when each kind of rule makes its task', () => {
    expect(formatRuleTiming({ ...timing, kind: 'afterReceipt', delayDays: 7, fallbackDays: 15 })).toBe('确认收货 7 天后；15 天未确认收货则发货 15 天后');
    expect(formatRuleTiming({ ...timing, kind: 'afterReceipt', delayDays: 0 })).toBe('确认收货当天');
    expect(formatRuleTiming({ ...timing, kind: 'birthday', delayDays: 3 })).toBe('生日前 3 天');
    expect(formatRuleTiming({ ...timing, kind: 'dormant', dormantDays: [30, 60, 90] })).toBe('30/60/90 天没有下单');
    expect(formatRuleTiming({ ...timing, kind: 'shipped', delayDays: 2 })).toBe('发货 2 天后');
    expect(formatRuleTiming({ ...timing, kind: 'complaint' })).toBe('登记投诉当天');
    expect(formatRuleTiming({ ...timing, kind: 'repurchase', cycleDays: 60 })).toBe('买任一商品后 60 天没有再买');
    expect(formatRuleTiming({ ...timing, kind: 'repurchase', cycleDays: 45, filters: { ...NO_FILTERS, productKeywords: ['洗发水', '护发素'] } })).toBe(
      '买「洗发水、护发素」后 45 天没有再买',
    );
    expect(formatRuleTiming({ ...timing, kind: 'churnRisk', aliveBelowPercent: 50, minSpentFen: 50_000 })).toBe('累计消费 ¥500.00 以上的回头客活跃概率低于 50% 时');
    expect(formatRuleTiming({ ...timing, kind: 'churnRisk', delayDays: 3, aliveBelowPercent: 30, minSpentFen: null })).toBe('回头客活跃概率低于 30% 后 3 天');
  });

  it('names a rule’s 对照组, and nothing without one', () => {
    expect(formatHoldout(10)).toBe('留出 10% 作对照组');
    expect(formatHoldout(0)).toBeNull();
  });

  it('says why 流失预警 makes no task while the predictions are not ready, with what the book lacks', () => {
    const model = {
      status: 'notReady' as const,
      computing: false,
      missing: ['有订单的买家 120 位，至少要 500 位', '订单跨度 90 天，至少要 180 天'],
      message: null,
      computedAt: '2026-11-22T01:00:00.000Z',
      asOf: '2026-11-22',
      horizon: '2026-11-21',
      stale: false,
      buyers: 120,
      repeaters: 30,
      spanDays: 90,
      purchase: null,
      spend: null,
      fitMs: null,
    };
    expect(predictionsNotice(model)).toEqual({ title: '客户本的购买记录还不够，流失预警暂时不会生成任务：', items: model.missing });
    expect(predictionsNotice({ ...model, status: 'failed', missing: [], message: '拟合没有收敛' })?.items).toEqual(['拟合没有收敛']);
    expect(predictionsNotice({ ...model, status: 'never', missing: [] })?.title).toMatch(/还没有计算过客户预测/);
    expect(predictionsNotice({ ...model, status: 'ready', missing: [], purchase: { r: 1, alpha: 30, a: 0.5, b: 2 } })).toBeNull();
  });

  it('names the filters, 店铺客户 for tier 0, and nothing for a rule without any', () => {
    const tiers = new Map([[3, 'VIP会员']]);
    expect(formatRuleFilters(NO_FILTERS, tiers)).toBeNull();
    expect(formatRuleFilters({ ...NO_FILTERS, tierIds: [3, 0], minOrderFen: 10000, maxOrderFen: 50000 }, tiers)).toBe('仅 VIP会员、店铺客户；订单 ¥100.00 至 ¥500.00');
    expect(formatRuleFilters({ ...NO_FILTERS, maxOrderFen: 9950 }, tiers)).toBe('订单 ¥99.50 以下');
  });

  it('says who gets the tasks and how often a customer is contacted', () => {
    const staff = [{ id: 2, name: '小王', active: true }];
    expect(formatAssignment(rule, staff)).toBe('指定客服：小王');
    expect(formatAssignment({ assignMode: 'roundRobin', assignStaffId: null }, staff)).toBe('轮流分配');
    expect(formatCap(3)).toBe('同一客户 3 天内只联系一次');
    expect(formatCap(0)).toBe('不限联系间隔');
  });

  it('says what saving would do, leaving out what is zero', () => {
    expect(formatRulePreview({ dueToday: 132, upcoming: 8, excluded: 12, capped: 5, heldOut: 0 })).toBe(
      '保存后今天会生成 132 个任务，另有 8 个即将到期；12 位客户因黑名单/免打扰被排除，5 位因联系间隔被跳过',
    );
    expect(formatRulePreview({ dueToday: 0, upcoming: 0, excluded: 0, capped: 2, heldOut: 0 })).toBe('保存后今天会生成 0 个任务；2 位因联系间隔被跳过');
    expect(formatRulePreview({ dueToday: 1234, upcoming: 0, excluded: 0, capped: 0, heldOut: 0 })).toBe('保存后今天会生成 1,234 个任务');
    expect(formatRulePreview({ dueToday: 90, upcoming: 0, excluded: 0, capped: 0, heldOut: 10 })).toBe('保存后今天会生成 90 个任务；10 位留作对照组不生成任务');
  });

  it('sends a saved rule back without its timestamp, and starts a new repurchase rule from an existing one', () => {
    const input = toRuleInput(rule);
    expect(input).not.toHaveProperty('updatedAt');
    expect(input.id).toBe(4);
    expect(input).toMatchObject({ holdoutPercent: 10, aliveBelowPercent: null, minSpentFen: null });
    const fresh = newRepurchaseRule([rule]);
    expect(fresh).not.toHaveProperty('id');
    expect(fresh).toMatchObject({ kind: 'repurchase', enabled: true, cycleDays: 45, capDays: 10, template: rule.template, holdoutPercent: 10 });
    expect(fresh.filters.productKeywords).toEqual([]);
    expect(newRepurchaseRule([]).cycleDays).toBe(60);
  });

  it('sorts refused fields by path and reads day tags', () => {
    expect(
      problemsByField([
        { path: 'filters.maxOrderFen', message: '上限不能小于下限' },
        { path: 'filters.maxOrderFen', message: '太大' },
        { path: 'dormantDays.1', message: '休眠天数最多 730 天' },
        { path: '', message: '规则不存在' },
      ]),
    ).toEqual({ 'filters.maxOrderFen': '上限不能小于下限；太大', dormantDays: '休眠天数最多 730 天', '': '规则不存在' });
    expect(parseDayList(['90', ' 30', '30', 'abc', '1.5', '-2', '60'])).toEqual([30, 60, 90]);
  });

  it('turns yuan typed by the owner into fen and back', () => {
    expect(yuanToFen(99.9)).toBe(9990);
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen(null)).toBeNull();
    expect(fenToYuan(12345)).toBe(123.45);
  });
});

describe('the task list texts', () => {
  it('walks due, then upcoming, then handled rows', () => {
    const task = (id: number) => ({ id }) as never;
    expect(listRows({ due: [task(3)], upcoming: [task(1), task(2)], handledToday: [task(9)] }).map((t: { id: number }) => t.id)).toEqual([3, 1, 2, 9]);
  });

  it('counts the sections, all of their tasks, and says when a section shows only some', () => {
    expect(formatTaskCounts({ due: 12_345, upcoming: 5, handledToday: 0 })).toBe('今天及逾期 12,345 个 · 即将到期 5 个 · 今天已处理 0 个');
    expect(formatShownOf(100, 27_300)).toBe('已显示 100 个，共 27,300 个');
    expect(formatShownOf(12, 12)).toBeNull();
  });

  it('marks overdue tasks and says due dates relatively', () => {
    expect(formatOverdue(3)).toBe('逾期 3 天');
    expect(formatOverdue(0)).toBeNull();
    expect(formatDue('2026-11-22', '2026-11-22')).toBe('今天');
    expect(formatDue('2026-11-19', '2026-11-22')).toBe('3 天前');
    expect(formatDue('2026-12-01', '2026-11-30')).toBe('明天');
    expect(formatDue('2027-01-02', '2026-12-30')).toBe('3 天后');
  });

  it('shows at most three items of an order', () => {
    const line = (title: string | null, quantity: number | null) => ({ title, skuProps: null, quantity });
    expect(formatOrderItems([line('保温杯', 2), line(null, null)])).toBe('保温杯 × 2、（没有标题的宝贝）');
    expect(formatOrderItems([line('a', 1), line('b', 1), line('c', 1), line('d', 1), line('e', 1)])).toBe('a × 1、b × 1、c × 1 等 5 种宝贝');
    expect(formatOrderItems([])).toBe('没有宝贝明细');
  });

  it('says what a complete did, with the complaint tasks it opened', () => {
    expect(completedText({ changed: 3, complaintTasks: 0 })).toBe('已完成 3 个任务');
    expect(completedText({ changed: 1, complaintTasks: 1 })).toBe('已完成 1 个任务，另生成了 1 个投诉处理任务');
  });

  it('offers snooze dates after today, across month ends', () => {
    expect(snoozeQuickPicks('2026-11-29')).toEqual([
      { label: '明天', day: '2026-11-30' },
      { label: '3 天后', day: '2026-12-02' },
      { label: '下周', day: '2026-12-06' },
    ]);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });
});

describe('the customer history lines', () => {
  it('says who did what, with the note and the stars', () => {
    expect(formatHistoryLine(entry({ note: '客户说很好用', satisfaction: 5 }))).toBe('小王 完成了 确认收货后回访：客户说很好用 ★★★★★');
    expect(formatHistoryLine(entry({ satisfaction: 2, hadProblem: true, staffName: null }))).toBe('店主 完成了 确认收货后回访 ★★☆☆☆（客户反映有问题）');
    expect(formatHistoryLine(entry({ action: 'skipped', note: '客户已经在旺旺里说过了' }))).toBe('小王 跳过了 确认收货后回访：客户已经在旺旺里说过了');
    expect(formatHistoryLine(entry({ action: 'snoozed', snoozedTo: '2026-11-25' }))).toBe('小王 把 确认收货后回访 延后到 2026-11-25');
    expect(formatHistoryLine(entry({ action: 'reassigned', assigneeName: '小李' }))).toBe('小王 把 确认收货后回访 改派给 小李');
    expect(formatHistoryLine(entry({ action: 'complaint', ruleName: null, note: '杯盖漏水' }))).toBe('小王 登记投诉：杯盖漏水');
    expect(formatHistoryLine(entry({ action: 'started' }))).toBe('小王 开始处理 确认收货后回访');
  });

  it('lists what is still to do, and says whether a complaint became a task', () => {
    expect(formatPendingTask({ id: 1, ruleName: '确认收货后回访', dueOn: '2026-11-22', status: 'inProgress', assigneeName: '小王' })).toBe(
      '确认收货后回访 · 2026-11-22 到期 · 小王 · 处理中',
    );
    expect(formatPendingTask({ id: 2, ruleName: '生日关怀', dueOn: '2026-11-25', status: 'open', assigneeName: null })).toBe('生日关怀 · 2026-11-25 到期 · 未分配');
    expect(complaintLoggedText(7)).toBe('已登记投诉，已生成投诉处理任务。');
    expect(complaintLoggedText(null)).toContain('没有生成任务');
    expect(formatOrderChoice({ orderNo: '3012', createdAt: null, paidAt: '2026-11-15 10:00:00', paidFen: 12900 })).toBe('2026-11-15 · 订单 3012 · ¥129.00');
  });

  it('shows record times in the shop time zone whatever the machine zone', () => {
    expect(formatRecordedAt('2026-11-21T17:30:00.000Z', 'Asia/Shanghai')).toBe('2026-11-22 01:30');
    expect(formatRecordedAt('2026-11-22 09:30:00', 'Asia/Shanghai')).toBe('2026-11-22 09:30');
    expect(formatStars(4)).toBe('★★★★☆');
  });
});

describe('the staff figures', () => {
  const row = (name: string | null, doneOnTime: number, doneLate: number, overdue: number): StaffFollowUpFiguresRowDto => ({
    staff: name === null ? null : { id: name.length, name, active: name !== '老张' },
    due: doneOnTime + doneLate + overdue,
    doneOnTime,
    doneLate,
    overdue,
    skipped: 0,
    averageSatisfaction: null,
    problemsFound: 0,
    repurchasedWithin30Days: 0,
  });

  it('stacks on time, late and overdue per staff member', () => {
    const chart = figuresChartData([row('小王', 5, 1, 2), row('老张', 0, 3, 0), row(null, 0, 0, 4)]);
    expect(chart.staffNames).toEqual(['小王', '老张（已停用）', '未分配']);
    expect(chart.series.map((s) => [s.name, s.data])).toEqual([
      ['按时完成', [5, 0, 0]],
      ['逾期完成', [1, 3, 0]],
      ['逾期未处理', [2, 0, 4]],
    ]);
    expect(figuresStaffName(null)).toBe('未分配');
  });

  it('shows the average score with one decimal, the 30 days ending today', () => {
    expect(formatAverageSatisfaction(4.25)).toBe('4.3');
    expect(formatAverageSatisfaction(5)).toBe('5.0');
    expect(formatAverageSatisfaction(null)).toBe('—');
    expect(lastThirtyDays('2026-11-22')).toEqual({ from: '2026-10-24', to: '2026-11-22' });
  });
});
