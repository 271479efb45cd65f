import type { TierDraft } from '../tiers';

export interface TierDto extends Omit<TierDraft, 'id'> {
  id: number;
  rank: number;
  /** Active customers in this tier now. */
  customerCount: number;
}

export interface TierProgramDto {
  /** Lowest first. Empty until the owner sets tiers up. */
  tiers: TierDto[];
  nonMember: { birthdayOffer: string; birthdayTemplate: string };
  /** Active customers without a tier (店铺客户). */
  nonMemberCount: number;
  /** Taobao's four tiers, offered to start from. */
  defaults: TierDraft[];
}

/** How many customers move into a tier (null: 店铺客户). */
export interface TierMoveCountDto {
  tierId: number | null;
  /** The tier's name (of the draft, for a tier not saved yet). */
  name: string;
  /** Its position in the draft, for tiers not saved yet; null for 店铺客户. */
  draftIndex: number | null;
  up: number;
  down: number;
  /** Customers in it after the change. */
  total: number;
}

/** What saving a tier set would do (or did). */
export interface TierChangeSummaryDto {
  up: number;
  down: number;
  /** Kept their tier at its expiry (still met the rule, or the tier says stay). */
  renewed: number;
  /** Customers examined. */
  customers: number;
  tiers: TierMoveCountDto[];
}

export interface TierChangeDto {
  id: number;
  customerId: number;
  buyerNick: string | null;
  receiverName: string | null;
  fromName: string;
  toName: string;
  /** none: the tier stayed and only its lock was set or lifted by hand. */
  direction: 'up' | 'down' | 'none';
  /** rule: a rule change or full recompute; import: after an import; manual: set by hand; expiry: validity ran out. */
  cause: 'rule' | 'import' | 'manual' | 'expiry';
  reason: string | null;
  staffName: string | null;
  /** The shop's date and the exact time (ISO). */
  changedOn: string;
  changedAt: string;
}

/** What a customer lacks for the next tier (差 ¥X 升级到 …). */
export interface NextTierGapDto {
  tierId: number;
  tierName: string;
  /** null: the tier has no spend criterion. 0 for every used criterion once the tier is met (it moves at the next recompute). */
  missingFen: number | null;
  missingOrders: number | null;
  /** any: one of the two is enough; all: both. */
  combine: 'any' | 'all';
}

export interface CustomerTierDto {
  tierId: number | null;
  /** 店铺客户 without a tier. */
  name: string;
  since: string | null;
  expiresOn: string | null;
  locked: boolean;
  discountNote: string | null;
  next: NextTierGapDto | null;
  history: TierChangeDto[];
}

export interface NearNextTierDto {
  customerId: number;
  buyerNick: string | null;
  receiverName: string | null;
  tierName: string;
  netSpentFen: number;
  orderCount: number;
  next: NextTierGapDto;
}
