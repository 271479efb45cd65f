import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import type { CustomerDetailDto, TierChangeSummaryDto, TierDraft, TierProgramDto } from '../../../src-main/contract';
import { openTestBackend } from '../../helpers/backend';
import { call, FIRST_EXPORT, importFixtureFiles, LATER_EXPORT, rejected } from '../../helpers/dispatch-calls';
import { useTempDir } from '../../helpers/temp-dir';

type Draft = Partial<TierDraft> & { name: string };

interface Row {
  id: number;
  net: number;
  orders: number;
  tier: string | null;
  blacklisted: number;
}

/** Every active customer's figures and tier name, read straight from the book. */
function customers(dir: string): Row[] {
  const book = new Database(join(dir, 'book.sqlite'), { readonly: true });
  try {
    return book
      .prepare(
        `SELECT c.id, c.net_spent_fen AS net, c.order_count AS orders, t.name AS tier, c.blacklisted
         FROM customers c LEFT JOIN tiers t ON t.id = c.tier_id WHERE c.merged_into_id IS NULL ORDER BY c.id`,
      )
      .all() as Row[];
  } finally {
    book.close();
  }
}

const save = (backend: Backend, tiers: Draft[]) => call<{ program: TierProgramDto; summary: TierChangeSummaryDto }>(backend, 'tiers.save', { tiers });

describe('member tiers over an imported book', () => {
  const tempDir = useTempDir();

  async function bookWithOrders() {
    const dir = tempDir();
    const { backend, loggedErrors } = await openTestBackend(dir);
    importFixtureFiles(backend, FIRST_EXPORT);
    return { dir, backend, loggedErrors };
  }

  it('puts every customer in the highest tier whose rule they meet: exactly the threshold reaches it, one fen less does not', async () => {
    const { dir, backend } = await bookWithOrders();
    try {
      const spends = [...new Set(customers(dir).map((c) => c.net))].filter((n) => n > 0).sort((a, b) => a - b);
      const threshold = spends[Math.floor(spends.length / 2)]!;
      const { summary } = await save(backend, [
        { name: '普通会员', minOrderCount: 1 },
        { name: '金卡', minNetSpentFen: threshold },
      ]);
      const rows = customers(dir);
      const expected = (c: Row) => (c.net >= threshold ? '金卡' : c.orders >= 1 ? '普通会员' : null);
      expect(rows.map((c) => c.tier)).toEqual(rows.map(expected));
      expect(rows.some((c) => c.net === threshold && c.tier === '金卡')).toBe(true);
      expect(summary.up).toBe(rows.filter((c) => c.tier !== null).length);
      expect(summary.down).toBe(0);

      // One fen more: those exactly at the old threshold drop back, and the preview said so first.
      const program = await call<TierProgramDto>(backend, 'tiers.get', {});
      const drafts = program.tiers.map(({ customerCount: _n, rank: _r, ...t }) => t);
      drafts[1]!.minNetSpentFen = threshold + 1;
      const atThreshold = rows.filter((c) => c.net === threshold).length;
      const preview = await call<TierChangeSummaryDto>(backend, 'tiers.preview', { tiers: drafts });
      expect(preview.down).toBe(atThreshold);
      expect(customers(dir)).toEqual(rows);
      const after = await save(backend, drafts);
      expect(after.summary.down).toBe(atThreshold);
      expect(customers(dir).filter((c) => c.net === threshold).every((c) => c.tier === '普通会员')).toBe(true);
    } finally {
      backend.close();
    }
  });

  it('records every move with its cause, and the customer page shows the tier, what is missing for the next one and the history', async () => {
    const { dir, backend } = await bookWithOrders();
    try {
      await save(backend, [
        { name: '普通会员', minOrderCount: 1 },
        { name: 'VIP', minNetSpentFen: 100_000_00 },
      ]);
      const someone = customers(dir).find((c) => c.tier === '普通会员')!;
      const detail = await call<CustomerDetailDto>(backend, 'customers.get', { id: someone.id });
      expect(detail.tier).toMatchObject({ name: '普通会员', since: '2026-11-22', locked: false });
      expect(detail.tier.next).toMatchObject({ tierName: 'VIP', missingFen: 100_000_00 - someone.net, missingOrders: null });
      expect(detail.tier.history).toMatchObject([{ fromName: '店铺客户', toName: '普通会员', direction: 'up', cause: 'rule', changedOn: '2026-11-22' }]);
      const upgrades = await call<{ total: number }>(backend, 'tiers.upgrades', { days: 7 });
      expect(upgrades.total).toBe(customers(dir).filter((c) => c.tier !== null).length);
    } finally {
      backend.close();
    }
  });

  it('after an import, upgrades customers the new orders lift, and never downgrades anyone', async () => {
    const { dir, backend } = await bookWithOrders();
    try {
      const before = customers(dir);
      const maxNet = Math.max(...before.map((c) => c.net));
      // Nobody reaches 金卡 yet; the later export adds orders.
      await save(backend, [{ name: '普通会员', minOrderCount: 1 }, { name: '金卡', minNetSpentFen: maxNet + 1 }]);
      const saved = customers(dir);
      importFixtureFiles(backend, LATER_EXPORT);
      const after = customers(dir);
      const rank = (tier: string | null) => ['普通会员', '金卡'].indexOf(tier ?? '') + 1;
      const earned = (c: Row) => (c.net > maxNet ? '金卡' : c.orders >= 1 ? '普通会员' : null);
      for (const c of after) {
        const was = saved.find((b) => b.id === c.id);
        // Imports only lift: a refund since then never takes a tier away.
        expect(rank(c.tier)).toBe(Math.max(rank(earned(c)), rank(was?.tier ?? null)));
      }
      expect(after.some((c) => c.tier === '金卡')).toBe(true);
      const book = new Database(join(dir, 'book.sqlite'), { readonly: true });
      const moves = book.prepare("SELECT customer_id AS id, direction, to_name AS toName FROM tier_changes WHERE cause = 'import'").all() as { id: number; direction: string; toName: string }[];
      book.close();
      const moved = after.filter((c) => c.tier !== (saved.find((b) => b.id === c.id)?.tier ?? null));
      expect(moves.map((m) => [m.id, m.direction, m.toName]).sort()).toEqual(moved.map((c) => [c.id, 'up', c.tier]).sort());
    } finally {
      backend.close();
    }
  });

  it('never upgrades a blacklisted customer, and a hand-set locked tier survives a full recompute', async () => {
    const { dir, backend } = await bookWithOrders();
    try {
      const [first, second] = customers(dir).filter((c) => c.orders >= 1);
      await call(backend, 'customers.update', { id: first!.id, blacklisted: true, blacklistReason: '恶意退款' });
      await save(backend, [{ name: '普通会员', minOrderCount: 1 }, { name: '至尊VIP', manualOnly: true }]);
      expect(customers(dir).find((c) => c.id === first!.id)!.tier).toBeNull();

      const vip = (await call<TierProgramDto>(backend, 'tiers.get', {})).tiers.find((t) => t.name === '至尊VIP')!;
      const detail = await call<CustomerDetailDto>(backend, 'customers.setTier', { id: second!.id, tierId: null, locked: true, reason: '店主要求暂不参加会员' });
      expect(detail.tier).toMatchObject({ name: '店铺客户', locked: true });
      await call(backend, 'tiers.recompute', { full: true });
      expect(customers(dir).find((c) => c.id === second!.id)!.tier).toBeNull();

      await call(backend, 'customers.setTier', { id: second!.id, tierId: vip.id, locked: false, reason: '老客户，年采购大' });
      await call(backend, 'tiers.recompute', { full: true });
      // Rules never take a customer out of a manual-only tier.
      const page = await call<CustomerDetailDto>(backend, 'customers.get', { id: second!.id });
      expect(page.tier).toMatchObject({ name: '至尊VIP', locked: false });
      expect(page.tier.history.map((h) => [h.toName, h.cause, h.reason])).toEqual([
        ['至尊VIP', 'manual', '老客户，年采购大'],
        ['店铺客户', 'manual', '店主要求暂不参加会员'],
        ['普通会员', 'rule', null],
      ]);
      const refused = await rejected(backend, 'customers.setTier', { id: second!.id, tierId: vip.id, locked: true, reason: ' ' });
      expect(refused).toMatchObject({ code: 'INVALID_INPUT' });
      expect(refused.message).toContain('请写明调整原因');
    } finally {
      backend.close();
    }
  });

  it('lifts the kept customer when a merge adds the other record’s spending, and an undo takes it back', async () => {
    const { dir, backend } = await bookWithOrders();
    try {
      const [a, b] = customers(dir).filter((c) => c.net > 0).sort((x, y) => y.net - x.net);
      // Neither reaches 金卡 alone; together they do.
      await save(backend, [{ name: '普通会员', minOrderCount: 1 }, { name: '金卡', minNetSpentFen: a!.net + 1 }]);
      expect(customers(dir).find((c) => c.id === a!.id)!.tier).toBe('普通会员');
      const merged = await call<CustomerDetailDto>(backend, 'customers.merge', { keepId: a!.id, mergeId: b!.id });
      expect(merged.netSpentFen).toBe(a!.net + b!.net);
      expect(merged.tier).toMatchObject({ name: '金卡', next: null });
      expect(merged.tier.history[0]).toMatchObject({ fromName: '普通会员', toName: '金卡', direction: 'up', cause: 'rule' });
      // Undoing the merge takes back the tier only the merge earned.
      const restored = await call<CustomerDetailDto>(backend, 'customers.unmerge', { id: b!.id });
      expect(restored.tier.name).toBe('普通会员');
      const kept = await call<CustomerDetailDto>(backend, 'customers.get', { id: a!.id });
      expect(kept.tier.name).toBe('普通会员');
      expect(kept.tier.history[0]).toMatchObject({ fromName: '金卡', toName: '普通会员', direction: 'down', cause: 'rule' });
    } finally {
      backend.close();
    }
  });

  it('refuses a rule set that cannot work, in Chinese, and changes nothing', async () => {
    const { dir, backend } = await bookWithOrders();
    try {
      const before = customers(dir);
      const noRule = await rejected(backend, 'tiers.save', { tiers: [{ name: '普通会员' }] });
      expect(noRule.message).toContain('要设累计消费或订单数');
      const twice = await rejected(backend, 'tiers.save', { tiers: [{ name: 'A', minOrderCount: 1 }, { name: 'A', minOrderCount: 2 }] });
      expect(twice.message).toContain('重复');
      const lifetimeExpiry = await rejected(backend, 'tiers.save', { tiers: [{ name: 'A', minOrderCount: 1, validityMonths: 12 }] });
      expect(lifetimeExpiry.message).toContain('近 N 个月');
      const badVariable = await rejected(backend, 'tiers.save', { tiers: [{ name: 'A', minOrderCount: 1, birthdayTemplate: '#生曰#快乐' }] });
      expect(badVariable.message).toContain('不认识的变量 #生曰#');
      expect(customers(dir)).toEqual(before);
    } finally {
      backend.close();
    }
  });
});

describe('starting from the defaults', () => {
  const tempDir = useTempDir();

  it('offers Taobao’s four tiers as drafts that save as they are', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    try {
      importFixtureFiles(backend, FIRST_EXPORT);
      const { defaults, tiers } = await call<TierProgramDto>(backend, 'tiers.get', {});
      expect(tiers).toEqual([]);
      expect(defaults.map((t) => t.name)).toEqual(['普通会员', '高级会员', 'VIP会员', '至尊VIP']);
      const { program } = await save(backend, defaults);
      expect(program.tiers.map((t) => [t.rank, t.name])).toEqual([[1, '普通会员'], [2, '高级会员'], [3, 'VIP会员'], [4, '至尊VIP']]);
      expect(program.tiers.reduce((sum, t) => sum + t.customerCount, program.nonMemberCount)).toBe(customers(dir).length);
    } finally {
      backend.close();
    }
  });
});
