import {
  NON_MEMBER_TIER_NAME,
  type CareRuleDto,
  type CareRuleInput,
  type CareRulePreviewDto,
  type FieldProblem,
  type PredictionModelDto,
  type StaffDto,
} from '@contract';
import { formatCount, formatFen } from './numbers';

type RuleTiming = Pick<CareRuleInput, 'kind' | 'delayDays' | 'fallbackDays' | 'cycleDays' | 'dormantDays' | 'filters'> &
  Partial<Pick<CareRuleInput, 'aliveBelowPercent' | 'minSpentFen'>>;

/** 确认收货 7 天后, 确认收货当天. */
function after(event: string, days: number): string {
  return days === 0 ? `${event}当天` : `${event} ${formatCount(days)} 天后`;
}

/**
 * When a rule makes its task, in one line: 「确认收货 7 天后；15 天未确认收货则发货 15 天后」,
 * 「生日前 3 天」, 「30/60/90 天没有下单」, 「累计消费 ¥500.00 以上的回头客活跃概率低于 50% 时」.
 */
export function formatRuleTiming(rule: RuleTiming): string {
  switch (rule.kind) {
    case 'afterReceipt': {
      const fallback = rule.fallbackDays === null ? '' : `；${formatCount(rule.fallbackDays)} 天未确认收货则发货 ${formatCount(rule.fallbackDays)} 天后`;
      return `${after('确认收货', rule.delayDays)}${fallback}`;
    }
    case 'shipped':
      return after('发货', rule.delayDays);
    case 'refund':
      return after('退款', rule.delayDays);
    case 'tierUp':
      return after('升级', rule.delayDays);
    case 'birthday':
      return rule.delayDays === 0 ? '生日当天' : `生日前 ${formatCount(rule.delayDays)} 天`;
    case 'repurchase': {
      const products = rule.filters.productKeywords.length > 0 ? `「${rule.filters.productKeywords.join('、')}」` : '任一商品';
      return `买${products}后 ${formatCount(rule.cycleDays ?? 0)} 天没有再买`;
    }
    case 'dormant':
      return `${(rule.dormantDays ?? []).join('/')} 天没有下单`;
    case 'complaint':
      return after('登记投诉', rule.delayDays);
    case 'churnRisk': {
      const spent = rule.minSpentFen ? `累计消费 ${formatFen(rule.minSpentFen)} 以上的` : '';
      const below = `${spent}回头客活跃概率低于 ${formatCount(rule.aliveBelowPercent ?? 0)}%`;
      return rule.delayDays === 0 ? `${below} 时` : `${below} 后 ${formatCount(rule.delayDays)} 天`;
    }
  }
}

/** 留出 10% 作对照组; null for a rule without a hold-out. */
export function formatHoldout(percent: number): string | null {
  return percent > 0 ? `留出 ${formatCount(percent)}% 作对照组` : null;
}

/**
 * Why 流失预警 makes no task yet, for its editor: the predictions' state in a title and the
 * items the book still lacks; null once the predictions are ready.
 */
export function predictionsNotice(model: PredictionModelDto): { title: string; items: string[] } | null {
  switch (model.status) {
    case 'ready':
      return null;
    case 'never':
      return { title: '还没有计算过客户预测，流失预警要等预测算出来后才会生成任务', items: [] };
    case 'computing':
      return { title: '客户预测正在计算，算好后流失预警才会生成任务', items: [] };
    case 'notReady':
      return { title: '客户本的购买记录还不够，流失预警暂时不会生成任务：', items: model.missing };
    case 'failed':
      return { title: '客户预测没有算成功，流失预警暂时不会生成任务', items: model.message ? [model.message] : [] };
  }
}

/** 仅 VIP会员、店铺客户；订单 ¥100.00 至 ¥500.00；商品含「杯」; null when the rule applies to everyone. */
export function formatRuleFilters(filters: CareRuleInput['filters'], tierNames: ReadonlyMap<number, string>): string | null {
  const parts: string[] = [];
  if (filters.tierIds !== null) {
    parts.push(`仅 ${filters.tierIds.map((id) => (id === 0 ? NON_MEMBER_TIER_NAME : (tierNames.get(id) ?? `等级 #${id}`))).join('、')}`);
  }
  const { minOrderFen: min, maxOrderFen: max } = filters;
  if (min !== null && max !== null) parts.push(`订单 ${formatFen(min)} 至 ${formatFen(max)}`);
  else if (min !== null) parts.push(`订单 ${formatFen(min)} 以上`);
  else if (max !== null) parts.push(`订单 ${formatFen(max)} 以下`);
  return parts.length > 0 ? parts.join('；') : null;
}

export const ASSIGN_MODE_NAMES: Readonly<Record<CareRuleInput['assignMode'], string>> = {
  roundRobin: '轮流分配',
  staff: '指定客服',
  owner: '客户负责人',
};

/** 轮流分配, 指定客服：小王, 客户负责人（没有则轮流）. */
export function formatAssignment(rule: Pick<CareRuleInput, 'assignMode' | 'assignStaffId'>, staff: readonly StaffDto[]): string {
  if (rule.assignMode === 'owner') return '客户负责人（没有则轮流）';
  if (rule.assignMode === 'roundRobin') return ASSIGN_MODE_NAMES.roundRobin;
  const person = staff.find((candidate) => candidate.id === rule.assignStaffId);
  return `指定客服：${person?.name ?? '未选择'}`;
}

/** 同一客户 3 天内只联系一次, or 不限联系间隔. */
export function formatCap(capDays: number): string {
  return capDays === 0 ? '不限联系间隔' : `同一客户 ${formatCount(capDays)} 天内只联系一次`;
}

/**
 * What saving would do: 「保存后今天会生成 132 个任务，另有 8 个即将到期；12 位客户因黑名单/免打扰被排除，
 * 5 位因联系间隔被跳过」; the parts that are zero are left out.
 */
export function formatRulePreview(preview: CareRulePreviewDto): string {
  const upcoming = preview.upcoming > 0 ? `，另有 ${formatCount(preview.upcoming)} 个即将到期` : '';
  const left = [
    preview.excluded > 0 ? `${formatCount(preview.excluded)} 位客户因黑名单/免打扰被排除` : null,
    preview.capped > 0 ? `${formatCount(preview.capped)} 位因联系间隔被跳过` : null,
    preview.heldOut > 0 ? `${formatCount(preview.heldOut)} 位留作对照组不生成任务` : null,
  ].filter(Boolean);
  return `保存后今天会生成 ${formatCount(preview.dueToday)} 个任务${upcoming}${left.length > 0 ? `；${left.join('，')}` : ''}`;
}

/** A saved rule as the editor sends it back (its id kept, so saving updates it). */
export function toRuleInput(rule: CareRuleDto): CareRuleInput {
  return {
    id: rule.id,
    kind: rule.kind,
    name: rule.name,
    enabled: rule.enabled,
    priority: rule.priority,
    delayDays: rule.delayDays,
    fallbackDays: rule.fallbackDays,
    cycleDays: rule.cycleDays,
    dormantDays: rule.dormantDays,
    filters: rule.filters,
    capDays: rule.capDays,
    assignMode: rule.assignMode,
    assignStaffId: rule.assignStaffId,
    template: rule.template,
    holdoutPercent: rule.holdoutPercent,
    aliveBelowPercent: rule.aliveBelowPercent,
    minSpentFen: rule.minSpentFen,
  };
}

/**
 * 新增复购提醒: a repurchase rule for another product group. It starts from an existing
 * repurchase rule's message and settings when there is one, with its products left to fill in.
 */
export function newRepurchaseRule(rules: readonly CareRuleDto[]): CareRuleInput {
  const model = rules.find((rule) => rule.kind === 'repurchase');
  return {
    kind: 'repurchase',
    name: '复购提醒',
    enabled: true,
    priority: model?.priority ?? 2,
    delayDays: 0,
    fallbackDays: null,
    cycleDays: model?.cycleDays ?? 60,
    dormantDays: null,
    filters: { tierIds: null, minOrderFen: null, maxOrderFen: null, productKeywords: [], shopIds: null },
    capDays: model?.capDays ?? 7,
    assignMode: model?.assignMode ?? 'owner',
    assignStaffId: model?.assignStaffId ?? null,
    template: model?.template ?? '亲，您上次买的#商品#差不多该用完了吧？需要的话随时找我～',
    holdoutPercent: model?.holdoutPercent ?? 0,
    aliveBelowPercent: null,
    minSpentFen: null,
  };
}

/**
 * Refused-input messages by the field they are about (filters.maxOrderFen; a list's item, as in
 * dormantDays.1, counts for its list), so each shows beside its input.
 */
export function problemsByField(details: readonly FieldProblem[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const { path, message } of details) {
    const field = path
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .join('.');
    byField[field] = byField[field] ? `${byField[field]}；${message}` : message;
  }
  return byField;
}

/** 30, 60, 90 from what the owner typed as tags; anything that is not a whole number of days is dropped. */
export function parseDayList(values: readonly string[]): number[] {
  const days = values.map((value) => Number(value.trim())).filter((n) => Number.isInteger(n) && n > 0);
  return [...new Set(days)].sort((a, b) => a - b);
}

/** What the days of `delayDays` count from, per kind; null where the kind has its own days (复购, 休眠). */
export const DELAY_LABELS: Readonly<Record<CareRuleInput['kind'], string | null>> = {
  afterReceipt: '确认收货后几天',
  shipped: '发货后几天',
  refund: '退款后几天',
  tierUp: '升级后几天',
  birthday: '生日前几天',
  repurchase: null,
  dormant: null,
  complaint: '登记投诉后几天',
  churnRisk: '活跃概率降到以下后几天',
};
