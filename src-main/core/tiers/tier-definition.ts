/**
 * Member tiers (会员等级): the shop's rules and what a recompute reads and writes. Money is in
 * integer fen; dates are the shop's 'YYYY-MM-DD'. A customer without a tier is 店铺客户 (rank 0).
 */

export interface TierDefinition {
  id: number;
  /** Unique, 1..n; higher is better. */
  rank: number;
  name: string;
  /** null: this criterion is not used. */
  minNetSpentFen: number | null;
  /** Valid orders; null: this criterion is not used. */
  minOrderCount: number | null;
  /** any: one used criterion is enough; all: every used criterion must be met. */
  combine: 'any' | 'all';
  /** null: lifetime figures; N: figures of the orders of the last N months (rolling). */
  windowMonths: number | null;
  /** Only ever given by hand (至尊VIP): rules neither assign nor remove it. */
  manualOnly: boolean;
  /** null: kept once reached; N: checked again N months after it was reached or renewed. */
  validityMonths: number | null;
  /** At expiry, for a customer who no longer meets the rule: one tier down, or renew anyway. */
  expiryAction: 'dropOne' | 'stay';
}

export interface Figures {
  netSpentFen: number;
  orderCount: number;
}

/** One customer as a recompute sees them; figures and windows come from SQL. */
export interface CustomerTierState {
  customerId: number;
  /** An id of a tier that no longer exists counts as no tier. */
  tierId: number | null;
  /** When the current tier was reached or last renewed. */
  tierSince: string | null;
  /** null: no expiry. */
  tierExpiresOn: string | null;
  /** Set by hand with a lock: rules and expiry never change it. */
  locked: boolean;
  /** Never moves up (may still move down). */
  blacklisted: boolean;
  lifetime: Figures;
  /** By windowMonths; a missing entry means no orders in that window. */
  windows: ReadonlyMap<number, Figures>;
  /** The gap as stored by the last recompute, so an unchanged one is not written again. */
  nextTierId: number | null;
  missingFen: number | null;
  missingOrders: number | null;
}

/** What a customer lacks for the next tier (差 ¥120.00 升级到 VIP会员). */
export interface TierGap {
  tierId: number;
  tierName: string;
  /** null: the tier has no spend criterion. */
  missingFen: number | null;
  /** null: the tier has no order-count criterion. */
  missingOrders: number | null;
}

export type TierRecomputeMode = 'rules' | 'import';

export type TierChangeCause = 'rule' | 'import' | 'expiry' | 'manual';

export interface TierChange {
  customerId: number;
  fromTierId: number | null;
  toTierId: number | null;
  direction: 'up' | 'down';
  cause: TierChangeCause;
}

/** The stored tier values of one customer after a plan. */
export interface TierAssignment {
  customerId: number;
  tierId: number | null;
  tierSince: string | null;
  tierExpiresOn: string | null;
  nextTierId: number | null;
  missingFen: number | null;
  missingOrders: number | null;
}

export interface TierPlan {
  /** Every tier move, in input order. */
  changes: TierChange[];
  /** Only customers whose stored values differ from the input: the caller writes just these. */
  assignments: TierAssignment[];
  /** Tiers kept at their expiry (rule still met, or the tier says stay). */
  renewed: number;
  /** Customers arriving in each tier by moving up, by toTierId. */
  movedUp: Map<number | null, number>;
  movedDown: Map<number | null, number>;
  /** Customers per tier after the plan; null: 店铺客户 (also for a tier id that no longer exists). */
  distribution: Map<number | null, number>;
}

/** A tier as offered to start from: no id yet, with its texts for staff and customers. */
export interface TierTemplate extends Omit<TierDefinition, 'id'> {
  benefit: string;
  discountNote: string;
  birthdayOffer: string;
  birthdayTemplate: string;
}

/** The birthday message of the default tiers, and of any tier saved without one of its own. */
export const DEFAULT_BIRTHDAY_TEMPLATE = '#昵称#，生日快乐！#店铺#为#等级#准备了#优惠#，祝您天天开心。';

const LIFETIME_FOREVER = {
  combine: 'any',
  windowMonths: null,
  validityMonths: null,
  expiryAction: 'dropOne',
  birthdayTemplate: DEFAULT_BIRTHDAY_TEMPLATE,
} as const;

/** Taobao's four member tiers, the usual starting point of a small shop. */
export const DEFAULT_TIER_SET: readonly TierTemplate[] = [
  {
    ...LIFETIME_FOREVER,
    rank: 1,
    name: '普通会员',
    minNetSpentFen: null,
    minOrderCount: 1,
    manualOnly: false,
    benefit: '下单满 1 单即可成为会员，享会员价',
    discountNote: '9.8折',
    birthdayOffer: '生日当月无门槛 5 元券',
  },
  {
    ...LIFETIME_FOREVER,
    rank: 2,
    name: '高级会员',
    minNetSpentFen: 500_00,
    minOrderCount: 3,
    manualOnly: false,
    benefit: '会员价 9.5 折，新品优先试用',
    discountNote: '9.5折',
    birthdayOffer: '生日当月无门槛 10 元券',
  },
  {
    ...LIFETIME_FOREVER,
    rank: 3,
    name: 'VIP会员',
    minNetSpentFen: 2000_00,
    minOrderCount: 8,
    manualOnly: false,
    benefit: '会员价 9 折，优先发货，专属客服',
    discountNote: '9折',
    birthdayOffer: '生日当月无门槛 20 元券，下单包邮',
  },
  {
    ...LIFETIME_FOREVER,
    rank: 4,
    name: '至尊VIP',
    minNetSpentFen: null,
    minOrderCount: null,
    manualOnly: true,
    benefit: '店主亲自邀请，会员价 8.5 折，专属客服，新品先发',
    discountNote: '8.5折',
    birthdayOffer: '生日当月无门槛 50 元券，另送生日礼物一份',
  },
];
