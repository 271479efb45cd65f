import {
  NON_MEMBER_TIER_NAME,
  type CustomerTierDto,
  type FieldProblem,
  type NextTierGapDto,
  type TierChangeDto,
  type TierChangeSummaryDto,
  type TierDraft,
  type TierDto,
  type TierMoveCountDto,
  type TierProgramDto,
} from '@contract';
import { formatCount, formatFen } from './numbers';

/** Why a customer's tier changed, as the owner would say it. */
export const TIER_CAUSE_TEXT: Readonly<Record<TierChangeDto['cause'], string>> = {
  rule: '规则调整',
  import: '导入订单后',
  manual: '手动调整',
  expiry: '到期',
};

/** 店铺客户 → 普通会员; a change of the lock alone keeps the tier: 仍为 普通会员. */
export function formatTierMove(change: Pick<TierChangeDto, 'fromName' | 'toName' | 'direction'>): string {
  return change.direction === 'none' ? `仍为 ${change.toName}` : `${change.fromName} → ${change.toName}`;
}

/**
 * 差 ¥120.00 升级到 VIP会员 / 差 ¥120.00 或 1 单… / 差 ¥120.00 和 1 单…; a criterion the tier
 * does not use is left out, and one already met is not mentioned when the other is still needed.
 */
export function formatTierGap(next: NextTierGapDto): string {
  const parts = [
    next.missingFen === null ? null : { missing: next.missingFen, text: formatFen(next.missingFen) },
    next.missingOrders === null ? null : { missing: next.missingOrders, text: `${formatCount(next.missingOrders)} 单` },
  ].filter((part) => part !== null);
  const target = `升级到 ${next.tierName}`;
  if (parts.length === 0) return `下一级：${next.tierName}`;
  // The server says nothing is missing (0 for each criterion) once the next tier is met.
  if (parts.every((p) => p.missing <= 0)) return `已达标，下次计算时${target}`;
  const lacking = next.combine === 'any' ? parts : parts.filter((p) => p.missing > 0);
  const missing = lacking.map((p) => p.text).join(next.combine === 'any' ? ' 或 ' : ' 和 ');
  // 「差 ¥120.00 升级到」 but 「差 1 单升级到」: a space after a number, none after 单.
  return `差 ${missing}${missing.endsWith('单') ? '' : ' '}${target}`;
}

/** 升级 3 位、降级 1 位 (or 没有客户变动). */
export function formatMoves(summary: Pick<TierChangeSummaryDto, 'up' | 'down'>): string {
  if (summary.up === 0 && summary.down === 0) return '没有客户升级或降级';
  return `${formatCount(summary.up)} 位客户升级、${formatCount(summary.down)} 位降级`;
}

/** The question before saving: what saving will do to the customers. */
export function formatSaveQuestion(summary: TierChangeSummaryDto): string {
  const moves = formatMoves(summary);
  // 「保存后 28 位…」 but 「保存后没有…」: a space only before a number.
  return `保存后${/^\d/.test(moves) ? ' ' : ''}${moves}，确定吗？`;
}

/** After saving or recomputing: what happened, including tiers renewed at their expiry. */
export function formatSummaryDone(prefix: string, summary: TierChangeSummaryDto): string {
  const renewed = summary.renewed > 0 ? `，${formatCount(summary.renewed)} 位到期续级` : '';
  return `${prefix}：${formatMoves(summary)}${renewed}`;
}

/** 店铺客户 first, then the tiers lowest first, as the editor lists them. */
export function orderTierMoves(moves: readonly TierMoveCountDto[]): TierMoveCountDto[] {
  const nonMember = moves.filter((m) => m.tierId === null && m.draftIndex === null);
  return [...nonMember, ...moves.filter((m) => !nonMember.includes(m))];
}

/** A saved tier back into the shape the editor sends (its id kept, so its customers stay with it). */
export function toTierDraft(tier: TierDto): TierDraft {
  return {
    id: tier.id,
    name: tier.name,
    minNetSpentFen: tier.minNetSpentFen,
    minOrderCount: tier.minOrderCount,
    combine: tier.combine,
    windowMonths: tier.windowMonths,
    manualOnly: tier.manualOnly,
    validityMonths: tier.validityMonths,
    expiryAction: tier.expiryAction,
    benefit: tier.benefit,
    discountNote: tier.discountNote,
    birthdayOffer: tier.birthdayOffer,
    birthdayTemplate: tier.birthdayTemplate,
  };
}

export interface TierProblems {
  /** By position in the sent list, then by field: tiers.2.name → byTier[2].name. */
  byTier: Record<number, Record<string, string>>;
  /** nonMember.birthdayTemplate → nonMember.birthdayTemplate. */
  nonMember: Record<string, string>;
  /** Whatever belongs to no single field (a duplicate tier, too many tiers). */
  general: string[];
}

/** Sorts refused-input messages to the tier and field they are about, so each shows beside its input. */
export function sortTierProblems(details: readonly FieldProblem[]): TierProblems {
  const problems: TierProblems = { byTier: {}, nonMember: {}, general: [] };
  const add = (target: Record<string, string>, field: string, message: string) => {
    target[field] = target[field] ? `${target[field]}；${message}` : message;
  };
  for (const detail of details) {
    const [root, second, third] = detail.path.split('.');
    const index = Number(second);
    if (root === 'tiers' && second !== undefined && Number.isInteger(index) && third !== undefined) {
      add((problems.byTier[index] ??= {}), third, detail.message);
    } else if (root === 'nonMember' && second !== undefined) {
      add(problems.nonMember, second, detail.message);
    } else {
      problems.general.push(detail.message);
    }
  }
  return problems;
}

export interface TierBar {
  key: string;
  name: string;
  count: number;
}

/** Customers per tier for the chart and its table: 店铺客户 first, then the tiers lowest first. */
export function tierDistribution(program: Pick<TierProgramDto, 'tiers' | 'nonMemberCount'>): TierBar[] {
  return [
    { key: 'none', name: NON_MEMBER_TIER_NAME, count: program.nonMemberCount },
    ...program.tiers.map((tier) => ({ key: `tier-${tier.id}`, name: tier.name, count: tier.customerCount })),
  ];
}

/** 2026-01-05 起，2027-01-05 到期 / 2026-01-05 起，长期有效; null when the customer has no tier dates. */
export function formatTierPeriod(tier: Pick<CustomerTierDto, 'since' | 'expiresOn'>): string | null {
  if (tier.since === null && tier.expiresOn === null) return null;
  const since = tier.since === null ? null : `${tier.since.slice(0, 10)} 起`;
  const until = tier.expiresOn === null ? '长期有效' : `${tier.expiresOn.slice(0, 10)} 到期`;
  return [since, until].filter(Boolean).join('，');
}
