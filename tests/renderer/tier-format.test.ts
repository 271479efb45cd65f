import type { TierDto } from '@contract';
import { describe, expect, it } from 'vitest';
import {
  TIER_CAUSE_TEXT,
  formatMoves,
  formatSaveQuestion,
  formatSummaryDone,
  formatTierGap,
  formatTierMove,
  formatTierPeriod,
  orderTierMoves,
  sortTierProblems,
  tierDistribution,
  toTierDraft,
} from '../../src-renderer/format/tiers';
import { fenToYuan, yuanToFen } from '../../src-renderer/format/yuan';

const gap = { tierId: 3, tierName: 'VIP会员', combine: 'any' as const };

const vip: TierDto = {
  id: 3,
  rank: 3,
  customerCount: 12,
  name: 'VIP会员',
  minNetSpentFen: 200_000,
  minOrderCount: 5,
  combine: 'any',
  windowMonths: 12,
  manualOnly: false,
  validityMonths: 12,
  expiryAction: 'dropOne',
  benefit: '包邮',
  discountNote: '9 折',
  birthdayOffer: '满 99 减 20',
  birthdayTemplate: '#昵称#，生日快乐！',
};

describe('the tier screens formats', () => {
  it('says what is missing for the next tier, joining the criteria as the tier combines them', () => {
    expect(formatTierGap({ ...gap, missingFen: 12_000, missingOrders: null })).toBe('差 ¥120.00 升级到 VIP会员');
    expect(formatTierGap({ ...gap, missingFen: null, missingOrders: 2 })).toBe('差 2 单升级到 VIP会员');
    expect(formatTierGap({ ...gap, missingFen: 12_000, missingOrders: 1 })).toBe('差 ¥120.00 或 1 单升级到 VIP会员');
    expect(formatTierGap({ ...gap, combine: 'all', missingFen: 12_000, missingOrders: 1 })).toBe('差 ¥120.00 和 1 单升级到 VIP会员');
    expect(formatTierGap({ ...gap, missingFen: 123_450, missingOrders: null })).toBe('差 ¥1,234.50 升级到 VIP会员');
  });

  it('leaves out a criterion already met when the tier needs both, and says when nothing is missing', () => {
    expect(formatTierGap({ ...gap, combine: 'all', missingFen: 0, missingOrders: 1 })).toBe('差 1 单升级到 VIP会员');
    expect(formatTierGap({ ...gap, combine: 'all', missingFen: 0, missingOrders: 0 })).toBe('已达标，下次计算时升级到 VIP会员');
    // Once a tier is met the server gives 0 for every criterion it uses, whether any or all.
    expect(formatTierGap({ ...gap, missingFen: 0, missingOrders: 0 })).toBe('已达标，下次计算时升级到 VIP会员');
    expect(formatTierGap({ ...gap, missingFen: 0, missingOrders: null })).toBe('已达标，下次计算时升级到 VIP会员');
    expect(formatTierGap({ ...gap, missingFen: null, missingOrders: null })).toBe('下一级：VIP会员');
  });

  it('names every cause of a tier change in Chinese', () => {
    expect(TIER_CAUSE_TEXT).toEqual({ rule: '规则调整', import: '导入订单后', manual: '手动调整', expiry: '到期' });
  });

  it('sums up what a save would do and did', () => {
    const summary = { up: 1234, down: 5, renewed: 0, customers: 9000, tiers: [] };
    expect(formatMoves(summary)).toBe('1,234 位客户升级、5 位降级');
    expect(formatMoves({ up: 0, down: 0 })).toBe('没有客户升级或降级');
    expect(formatSaveQuestion(summary)).toBe('保存后 1,234 位客户升级、5 位降级，确定吗？');
    expect(formatSaveQuestion({ ...summary, up: 0, down: 0 })).toBe('保存后没有客户升级或降级，确定吗？');
    expect(formatSummaryDone('已保存', summary)).toBe('已保存：1,234 位客户升级、5 位降级');
    expect(formatSummaryDone('已重新计算', { ...summary, up: 0, down: 0, renewed: 3 })).toBe('已重新计算：没有客户升级或降级，3 位到期续级');
  });

  it('lists 店铺客户 first in the change table, then the tiers as sent', () => {
    const moves = [
      { tierId: 1, name: '普通会员', draftIndex: 0, up: 1, down: 0, total: 10 },
      { tierId: null, name: '新等级', draftIndex: 1, up: 2, down: 0, total: 2 },
      { tierId: null, name: '店铺客户', draftIndex: null, up: 0, down: 1, total: 90 },
    ];
    expect(orderTierMoves(moves).map((m) => m.name)).toEqual(['店铺客户', '普通会员', '新等级']);
  });

  it('turns a saved tier back into a draft the strict schema accepts, keeping its id', () => {
    const draft = toTierDraft(vip);
    expect(draft).not.toHaveProperty('rank');
    expect(draft).not.toHaveProperty('customerCount');
    expect(draft).toMatchObject({ id: 3, name: 'VIP会员', minNetSpentFen: 200_000, birthdayTemplate: '#昵称#，生日快乐！' });
  });

  it('files refused fields under their tier and field, the rest as general messages', () => {
    const problems = sortTierProblems([
      { path: 'tiers.2.name', message: '等级名称不能为空' },
      { path: 'tiers.2.name', message: '等级名称「A」重复了' },
      { path: 'tiers.0.windowMonths', message: '要按近 N 个月' },
      { path: 'nonMember.birthdayTemplate', message: '不认识的变量 #年龄#' },
      { path: 'tiers', message: '同一个等级出现了两次，请刷新后再改' },
      { path: '', message: '最多 20 个等级' },
    ]);
    expect(problems.byTier).toEqual({ 2: { name: '等级名称不能为空；等级名称「A」重复了' }, 0: { windowMonths: '要按近 N 个月' } });
    expect(problems.nonMember).toEqual({ birthdayTemplate: '不认识的变量 #年龄#' });
    expect(problems.general).toEqual(['同一个等级出现了两次，请刷新后再改', '最多 20 个等级']);
  });

  it('counts 店铺客户 first for the distribution chart', () => {
    expect(tierDistribution({ nonMemberCount: 80, tiers: [vip] })).toEqual([
      { key: 'none', name: '店铺客户', count: 80 },
      { key: 'tier-3', name: 'VIP会员', count: 12 },
    ]);
  });

  it('shows since and expiry dates of a tier', () => {
    expect(formatTierPeriod({ since: '2026-01-05', expiresOn: '2027-01-05' })).toBe('2026-01-05 起，2027-01-05 到期');
    expect(formatTierPeriod({ since: '2026-01-05', expiresOn: null })).toBe('2026-01-05 起，长期有效');
    expect(formatTierPeriod({ since: null, expiresOn: null })).toBeNull();
  });

  it('converts the yuan the owner types to fen and back without floating-point dust', () => {
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen(1234.5)).toBe(123_450);
    expect(yuanToFen(null)).toBeNull();
    expect(fenToYuan(123_450)).toBe(1234.5);
    expect(fenToYuan(null)).toBeNull();
  });
});

describe('formatTierMove', () => {
  it('names both tiers of a move, and only one when the owner just locked or unlocked it', () => {
    expect(formatTierMove({ fromName: '店铺客户', toName: '普通会员', direction: 'up' })).toBe('店铺客户 → 普通会员');
    expect(formatTierMove({ fromName: 'VIP会员', toName: 'VIP会员', direction: 'none' })).toBe('仍为 VIP会员');
  });
});
