import { z } from 'zod';

const id = z.int().positive();

/**
 * The care scenarios of domain.md §5, each a kind of rule:
 * - afterReceipt 确认收货后回访: `delayDays` after 确认收货, or `fallbackDays` after 发货 when no
 *   confirmation arrived by then (one task per order either way);
 * - shipped 发货提醒: `delayDays` after 发货, while the order is still on its way;
 * - refund 退款关怀: `delayDays` after a refund was seen;
 * - tierUp 升级提醒: `delayDays` after a move up a tier;
 * - birthday 生日关怀: `delayDays` BEFORE the birthday (solar or lunar), once per birthday year;
 * - repurchase 复购提醒: `cycleDays` after the last purchase of the rule's products (any product
 *   without keywords), unless bought again since;
 * - dormant 休眠唤醒: each of `dormantDays` days after the last purchase;
 * - complaint 投诉/差评处理: `delayDays` after staff logged a complaint;
 * - churnRisk 流失预警: `delayDays` after the day a customer who bought more than once and spent at
 *   least `minSpentFen` in all is predicted (BG/NBD) to be active with less than `aliveBelowPercent`
 *   percent probability, unless they bought again since (once per last purchase).
 * Every kind may keep a hold-out group (`holdoutPercent`, 效果评估): that share of the customers it
 * meets, drawn at random once per customer, gets no task from it.
 */
export const CARE_RULE_KINDS = ['afterReceipt', 'shipped', 'refund', 'tierUp', 'birthday', 'repurchase', 'dormant', 'complaint', 'churnRisk'] as const;
export type CareRuleKind = (typeof CARE_RULE_KINDS)[number];

export const CARE_RULE_KIND_NAMES: Readonly<Record<CareRuleKind, string>> = {
  afterReceipt: '确认收货后回访',
  shipped: '发货提醒',
  refund: '退款关怀',
  tierUp: '升级提醒',
  birthday: '生日关怀',
  repurchase: '复购提醒',
  dormant: '休眠唤醒',
  complaint: '投诉/差评处理',
  churnRisk: '流失预警',
};

/** Rules about one order: the order amount and product filters apply to that order. */
export const ORDER_RULE_KINDS: readonly CareRuleKind[] = ['afterReceipt', 'shipped', 'refund', 'repurchase'];

/** 1 高, 2 中, 3 低. */
export const CARE_PRIORITIES = [1, 2, 3] as const;
export type CarePriority = (typeof CARE_PRIORITIES)[number];
export const CARE_PRIORITY_NAMES: Readonly<Record<CarePriority, string>> = { 1: '高', 2: '中', 3: '低' };

/** The #变量# a follow-up message may use. */
export const FOLLOW_UP_TEMPLATE_VARIABLES = ['#昵称#', '#姓名#', '#订单编号#', '#商品#', '#物流公司#', '#物流单号#', '#等级#', '#优惠#', '#店铺#'] as const;

/**
 * Tasks are made for due dates from `FOLLOW_UP_LOOKBACK_DAYS` ago (a week away from the app
 * still gets its tasks, overdue) to `FOLLOW_UP_AHEAD_DAYS` ahead (即将到期); never for older
 * history, so the first import of three years of orders does not bury staff in old events.
 */
export const FOLLOW_UP_LOOKBACK_DAYS = 7;
export const FOLLOW_UP_AHEAD_DAYS = 7;

const days = (label: string, min: number, max: number) =>
  z.int({ error: `${label}要是整数天数` }).min(min, { error: `${label}至少 ${min} 天` }).max(max, { error: `${label}最多 ${max} 天` });
const fen = z.int({ error: '金额要以分为单位的整数' }).min(0, { error: '金额不能为负' }).max(1e12);

export const careRuleFilters = z.strictObject({
  /** Tier ids; 0 stands for 店铺客户 (no tier). null: every tier. */
  tierIds: z.array(z.int().min(0)).max(50).nullable().default(null),
  /** The order's paid amount (order rules only). */
  minOrderFen: fen.nullable().default(null),
  maxOrderFen: fen.nullable().default(null),
  /** Words of the product title (any of them); order rules only. Empty: every product. */
  productKeywords: z
    .array(z.string().trim().min(1, { error: '商品关键词不能为空' }).max(30, { error: '商品关键词最多 30 个字' }))
    .max(20, { error: '最多 20 个商品关键词' })
    .default([]),
  /** Shop ids; null: every shop. */
  shopIds: z.array(id).max(50).nullable().default(null),
});

/** A care rule as the owner edits it; without `id` it is a new rule. */
export const careRuleInput = z
  .strictObject({
    id: id.optional(),
    kind: z.enum(CARE_RULE_KINDS, { error: '不认识的规则类型' }),
    name: z.string().trim().min(1, { error: '规则名称不能为空' }).max(20, { error: '规则名称最多 20 个字' }),
    enabled: z.boolean(),
    priority: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: '优先级只能是 高、中、低' }),
    delayDays: days('天数', 0, 365),
    fallbackDays: days('发货后天数', 1, 90).nullable().default(null),
    cycleDays: days('复购周期', 1, 730).nullable().default(null),
    dormantDays: z.array(days('休眠天数', 1, 730)).max(5, { error: '休眠天数最多 5 档' }).nullable().default(null),
    filters: careRuleFilters.default({ tierIds: null, minOrderFen: null, maxOrderFen: null, productKeywords: [], shopIds: null }),
    /** A customer gets no task from this rule within this many days of another follow-up (0: no cap). */
    capDays: days('间隔天数', 0, 365),
    assignMode: z.enum(['roundRobin', 'staff', 'owner'], { error: '分配方式只能是 轮流、指定客服、客户负责人' }),
    assignStaffId: id.nullable().default(null),
    template: z.string().trim().max(500, { error: '话术最多 500 个字' }),
    holdoutPercent: z
      .int({ error: '对照组比例要是整数' })
      .min(0, { error: '对照组比例不能为负' })
      .max(50, { error: '对照组最多留出 50%' })
      .default(0),
    aliveBelowPercent: z
      .int({ error: '活跃概率要是整数百分比' })
      .min(1, { error: '活跃概率至少 1%' })
      .max(99, { error: '活跃概率最多 99%' })
      .nullable()
      .default(null),
    minSpentFen: fen.nullable().default(null),
  })
  .superRefine((rule, ctx) => {
    if (rule.kind === 'repurchase' && rule.cycleDays === null) ctx.addIssue({ code: 'custom', path: ['cycleDays'], message: '复购提醒要设复购周期（天）' });
    if (rule.kind === 'dormant' && (rule.dormantDays === null || rule.dormantDays.length === 0)) {
      ctx.addIssue({ code: 'custom', path: ['dormantDays'], message: '休眠唤醒要设至少一档天数，例如 30、60、90' });
    }
    if (rule.kind === 'churnRisk' && rule.aliveBelowPercent === null) {
      ctx.addIssue({ code: 'custom', path: ['aliveBelowPercent'], message: '流失预警要设活跃概率低于多少（%），例如 50' });
    }
    if (rule.assignMode === 'staff' && rule.assignStaffId === null) ctx.addIssue({ code: 'custom', path: ['assignStaffId'], message: '指定客服时要选一位客服' });
    const { minOrderFen, maxOrderFen } = rule.filters;
    if (minOrderFen !== null && maxOrderFen !== null && minOrderFen > maxOrderFen) {
      ctx.addIssue({ code: 'custom', path: ['filters', 'maxOrderFen'], message: '订单金额的上限不能小于下限' });
    }
    for (const variable of rule.template.match(/#[^#\s]{1,10}#/g) ?? []) {
      if (!(FOLLOW_UP_TEMPLATE_VARIABLES as readonly string[]).includes(variable)) {
        ctx.addIssue({ code: 'custom', path: ['template'], message: `不认识的变量 ${variable}，可用的有：${FOLLOW_UP_TEMPLATE_VARIABLES.join(' ')}` });
      }
    }
  });

export type CareRuleInput = z.output<typeof careRuleInput>;

export const careRuleIdInput = z.strictObject({ id });
