import { z } from 'zod';

const id = z.int().positive();
const months = z.int().min(1, { error: '月数至少为 1' }).max(120, { error: '最多 120 个月' });
const shortText = (label: string, max: number) => z.string().trim().max(max, { error: `${label}最多 ${max} 个字` });

/** What a customer without a tier is called. */
export const NON_MEMBER_TIER_NAME = '店铺客户';

/** The #变量# a birthday message may use. */
export const BIRTHDAY_TEMPLATE_VARIABLES = ['#昵称#', '#姓名#', '#等级#', '#优惠#', '#生日#', '#店铺#'] as const;

/**
 * One tier as the owner edits it. `id` names an existing tier (kept, so its customers and
 * history stay with it); without one, the tier is new. Ranks follow the order of the list.
 */
export const tierDraft = z
  .strictObject({
    id: id.optional(),
    name: z.string().trim().min(1, { error: '等级名称不能为空' }).max(20, { error: '等级名称最多 20 个字' }),
    minNetSpentFen: z.int({ error: '金额要以分为单位的整数' }).min(1, { error: '累计消费至少 ¥0.01' }).max(1e12).nullable().default(null),
    minOrderCount: z.int({ error: '订单数要是整数' }).min(1, { error: '订单数至少 1 单' }).max(100_000).nullable().default(null),
    combine: z.enum(['any', 'all']).default('any'),
    windowMonths: months.nullable().default(null),
    manualOnly: z.boolean().default(false),
    validityMonths: months.nullable().default(null),
    expiryAction: z.enum(['dropOne', 'stay']).default('dropOne'),
    benefit: shortText('权益说明', 200).default(''),
    discountNote: shortText('折扣说明', 40).default(''),
    birthdayOffer: shortText('生日优惠', 100).default(''),
    birthdayTemplate: shortText('生日祝福', 500).default(''),
  })
  .superRefine((t, ctx) => {
    if (!t.manualOnly && t.minNetSpentFen === null && t.minOrderCount === null) {
      ctx.addIssue({ code: 'custom', path: ['minNetSpentFen'], message: `「${t.name}」要设累计消费或订单数（或者设为只能手动调整）` });
    }
    if (t.validityMonths !== null && !t.manualOnly && t.windowMonths === null) {
      // With lifetime figures a customer who dropped at expiry would be upgraded straight back.
      ctx.addIssue({ code: 'custom', path: ['windowMonths'], message: `「${t.name}」设了有效期，升级条件要按「近 N 个月」计算，否则到期降级后会马上按累计消费升回来` });
    }
    checkTemplate(t.birthdayTemplate, ctx);
  });

export type TierDraft = z.output<typeof tierDraft>;

function checkTemplate(template: string, ctx: z.RefinementCtx): void {
  for (const variable of template.match(/#[^#\s]{1,10}#/g) ?? []) {
    if (!(BIRTHDAY_TEMPLATE_VARIABLES as readonly string[]).includes(variable)) {
      ctx.addIssue({ code: 'custom', path: ['birthdayTemplate'], message: `不认识的变量 ${variable}，可用的有：${BIRTHDAY_TEMPLATE_VARIABLES.join(' ')}` });
    }
  }
}

/** What a customer with no tier (店铺客户) gets on a birthday. */
export const nonMemberOffer = z
  .strictObject({
    birthdayOffer: shortText('生日优惠', 100).default(''),
    birthdayTemplate: shortText('生日祝福', 500).default(''),
  })
  .superRefine((offer, ctx) => checkTemplate(offer.birthdayTemplate, ctx));

/** The whole tier set, lowest first; an empty list switches tiers off (every customer becomes 店铺客户). */
export const tierSetInput = z
  .strictObject({
    tiers: z.array(tierDraft).max(20, { error: '最多 20 个等级' }),
    nonMember: nonMemberOffer.optional(),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.tiers.forEach((t, index) => {
      if (seen.has(t.name)) ctx.addIssue({ code: 'custom', path: ['tiers', index, 'name'], message: `等级名称「${t.name}」重复了` });
      seen.add(t.name);
    });
    const ids = input.tiers.flatMap((t) => (t.id === undefined ? [] : [t.id]));
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['tiers'], message: '同一个等级出现了两次，请刷新后再改' });
  });

export type TierSetInput = z.output<typeof tierSetInput>;

/** Sets a customer's tier by hand (null: 店铺客户), with the reason; locked: rules and expiry leave it alone. */
export const customerSetTierInput = z.strictObject({
  id,
  tierId: id.nullable(),
  locked: z.boolean(),
  reason: z.string().trim().min(1, { error: '请写明调整原因' }).max(200, { error: '原因最多 200 个字' }),
});

export const tierRecomputeInput = z.strictObject({
  /** true: apply the rules both ways (as after a rule change); false: upgrades and expiry only, as after an import. */
  full: z.boolean().default(false),
});

export const tierUpgradesInput = z.strictObject({
  /** Upgrades of the last N days, today included. */
  days: z.int().min(1).max(366).default(30),
  page: z.int().min(1).default(1),
  pageSize: z.int().min(1).max(200).default(50),
});

export const tierNearNextInput = z.strictObject({
  page: z.int().min(1).default(1),
  pageSize: z.int().min(1).max(200).default(50),
});
