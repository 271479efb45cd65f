import type Database from 'better-sqlite3';
import { NON_MEMBER_TIER_NAME, type NearNextTierDto, type TierChangeDto, type TierDraft } from '../../contract';
import type { CustomerTierState, Figures, TierAssignment, TierChange, TierDefinition } from '../../core/tiers/tier-definition';
import { TIER_CHANGE_COLUMNS, TIER_CHANGE_JOINS } from './tier-history-sql';

export interface StoredTier extends TierDefinition {
  benefit: string;
  discountNote: string;
  birthdayOffer: string;
  birthdayTemplate: string;
}

export interface TierChangeRecord extends Omit<TierChange, 'direction'> {
  /** none: only the lock changed (set by hand, with its reason). */
  direction: TierChange['direction'] | 'none';
  fromName: string;
  toName: string;
  reason: string | null;
  staffId: number | null;
}

const NON_MEMBER_KEY = 'tiers.nonMember';
const CHECKED_ON_KEY = 'tiers.checkedOn';
const TIER_COLUMNS = `id, rank, name, min_net_spent_fen AS minNetSpentFen, min_order_count AS minOrderCount, combine,
  window_months AS windowMonths, manual_only AS manualOnly, validity_months AS validityMonths, expiry_action AS expiryAction,
  benefit, discount_note AS discountNote, birthday_offer AS birthdayOffer, birthday_template AS birthdayTemplate`;

const STATE_COLUMNS = `id, tier_id, tier_since, tier_expires_on, tier_locked, blacklisted, net_spent_fen, order_count,
  next_tier_id, tier_missing_fen, tier_missing_orders`;

/** Exactly the rows of customers_tier_gap_idx, so the planner can use it. */
const NEAR_NEXT = 'c.merged_into_id IS NULL AND c.next_tier_id IS NOT NULL AND c.tier_missing_fen IS NOT NULL';

/** Valid orders, as for the customer figures (import-repo's recompute): paid, shipped or completed. */
const VALID_ORDER = `o.status IN ('paid', 'shipped', 'completed')`;

/** The tier set, the inputs of a recompute and what it writes, the tier history. */
export function createTiersRepo(sqlite: Database.Database) {
  const statements = {
    tiers: sqlite.prepare(`SELECT ${TIER_COLUMNS} FROM tiers ORDER BY rank`),
    counts: sqlite.prepare('SELECT tier_id AS tierId, count(*) AS n FROM customers WHERE merged_into_id IS NULL GROUP BY tier_id'),
    setting: sqlite.prepare('SELECT value_json FROM settings WHERE key = ?').pluck(),
    writeSetting: sqlite.prepare(
      `INSERT INTO settings (key, value_json, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
    ),
    // Read in table order: through the partial tier index it is one random lookup per customer (6× slower).
    states: sqlite.prepare(`SELECT ${STATE_COLUMNS} FROM customers NOT INDEXED WHERE merged_into_id IS NULL`),
    stateOf: sqlite.prepare(`SELECT ${STATE_COLUMNS} FROM customers WHERE id = ? AND merged_into_id IS NULL`),
    assign: sqlite.prepare(
      `UPDATE customers SET tier_id = ?, tier_since = ?, tier_expires_on = ?, next_tier_id = ?, tier_missing_fen = ?,
         tier_missing_orders = ? WHERE id = ?`,
    ),
    insertChange: sqlite.prepare(
      `INSERT INTO tier_changes (customer_id, from_tier_id, to_tier_id, from_name, to_name, direction, cause, reason, staff_id, changed_on, changed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    setManual: sqlite.prepare('UPDATE customers SET tier_id = ?, tier_since = ?, tier_expires_on = ?, tier_locked = ?, updated_at = ? WHERE id = ?'),
    // A customer merged away since shows as the one it went into.
    upgrades: sqlite.prepare(
      `SELECT ${TIER_CHANGE_COLUMNS} FROM tier_changes h ${TIER_CHANGE_JOINS}
       WHERE h.direction = 'up' AND h.changed_on >= @since
       ORDER BY h.changed_on DESC, h.id DESC LIMIT @limit OFFSET @offset`,
    ),
    upgradesCount: sqlite.prepare(`SELECT count(*) FROM tier_changes WHERE direction = 'up' AND changed_on >= @since`).pluck(),
    // Ranked by the money still missing (customers_tier_gap_idx); a next tier without a spend
    // criterion has no such figure and is left out of this list.
    nearNext: sqlite.prepare(
      `SELECT c.id AS customerId, c.buyer_nick AS buyerNick, c.receiver_name AS receiverName, t.name AS tierName,
         c.net_spent_fen AS netSpentFen, c.order_count AS orderCount, n.id AS nextTierId, n.name AS nextName, n.combine AS nextCombine,
         c.tier_missing_fen AS missingFen, c.tier_missing_orders AS missingOrders
       FROM customers c JOIN tiers n ON n.id = c.next_tier_id LEFT JOIN tiers t ON t.id = c.tier_id
       WHERE ${NEAR_NEXT} ORDER BY c.tier_missing_fen, c.id LIMIT @limit OFFSET @offset`,
    ),
    nearNextCount: sqlite.prepare(`SELECT count(*) FROM customers c WHERE ${NEAR_NEXT}`).pluck(),
    activeCustomer: sqlite.prepare('SELECT tier_id AS tierId FROM customers WHERE id = ? AND merged_into_id IS NULL'),
  };

  const windowFigures = (since: string, customerId: number | undefined): Map<number, Figures> => {
    const oneCustomer = customerId === undefined ? '' : 'AND (c.id = @customerId OR c.merged_into_id = @customerId)';
    const rows = sqlite
      .prepare(
        `SELECT coalesce(c.merged_into_id, c.id) AS root, count(*) AS n, sum(coalesce(o.paid_fen, 0) - o.refund_fen) AS net
         FROM orders o JOIN customers c ON c.id = o.customer_id
         WHERE ${VALID_ORDER} AND coalesce(o.created_at, o.paid_at) >= @since ${oneCustomer}
         GROUP BY root`,
      )
      .raw()
      .iterate({ since: `${since} 00:00:00`, ...(customerId === undefined ? {} : { customerId }) }) as IterableIterator<[number, number, number]>;
    const byCustomer = new Map<number, Figures>();
    for (const [root, n, net] of rows) byCustomer.set(root, { netSpentFen: net, orderCount: n });
    return byCustomer;
  };

  return {
    tiers(): StoredTier[] {
      return (statements.tiers.all() as (Omit<StoredTier, 'manualOnly'> & { manualOnly: number })[]).map((t) => ({ ...t, manualOnly: t.manualOnly === 1 }));
    },
    /** Active customers per tier id (null: no tier, or a tier id that no longer exists). */
    counts(): Map<number | null, number> {
      return new Map((statements.counts.all() as { tierId: number | null; n: number }[]).map((r) => [r.tierId, r.n]));
    },
    nonMember(): { birthdayOffer: string; birthdayTemplate: string } | null {
      const json = statements.setting.get(NON_MEMBER_KEY) as string | undefined;
      if (json === undefined) return null;
      try {
        const value = JSON.parse(json) as { birthdayOffer?: unknown; birthdayTemplate?: unknown };
        return { birthdayOffer: String(value.birthdayOffer ?? ''), birthdayTemplate: String(value.birthdayTemplate ?? '') };
      } catch {
        return null;
      }
    },
    saveNonMember(value: { birthdayOffer: string; birthdayTemplate: string }, now: string): void {
      statements.writeSetting.run(NON_MEMBER_KEY, JSON.stringify(value), now);
    },
    /** The shop date of the last daily expiry check. */
    checkedOn(): string | null {
      const json = statements.setting.get(CHECKED_ON_KEY) as string | undefined;
      const value: unknown = json === undefined ? null : JSON.parse(json);
      return typeof value === 'string' ? value : null;
    },
    setCheckedOn(date: string, now: string): void {
      statements.writeSetting.run(CHECKED_ON_KEY, JSON.stringify(date), now);
    },
    /**
     * Replaces the tier set with the drafts (ranks in list order): drafts with an id update that
     * tier, the others are inserted, tiers not in the list are deleted. Returns the ids in order.
     */
    replaceTiers(drafts: readonly TierDraft[], now: string): number[] {
      const keep = drafts.flatMap((d) => (d.id === undefined ? [] : [d.id]));
      sqlite.prepare('DELETE FROM tiers WHERE id NOT IN (SELECT value FROM json_each(?))').run(JSON.stringify(keep));
      // Ranks and names are unique: move the kept tiers out of the way before renumbering them.
      sqlite.prepare("UPDATE tiers SET rank = -rank - 1000, name = name || ' #' || id").run();
      const update = sqlite.prepare(
        `UPDATE tiers SET rank = @rank, name = @name, min_net_spent_fen = @minNetSpentFen, min_order_count = @minOrderCount,
           combine = @combine, window_months = @windowMonths, manual_only = @manualOnly, validity_months = @validityMonths,
           expiry_action = @expiryAction, benefit = @benefit, discount_note = @discountNote, birthday_offer = @birthdayOffer,
           birthday_template = @birthdayTemplate, updated_at = @now WHERE id = @id`,
      );
      const insert = sqlite.prepare(
        `INSERT INTO tiers (rank, name, min_net_spent_fen, min_order_count, combine, window_months, manual_only, validity_months,
           expiry_action, benefit, discount_note, birthday_offer, birthday_template, created_at, updated_at)
         VALUES (@rank, @name, @minNetSpentFen, @minOrderCount, @combine, @windowMonths, @manualOnly, @validityMonths,
           @expiryAction, @benefit, @discountNote, @birthdayOffer, @birthdayTemplate, @now, @now)`,
      );
      return drafts.map((draft, index) => {
        const { id, ...fields } = draft;
        const values = { ...fields, manualOnly: fields.manualOnly ? 1 : 0, rank: index + 1, now };
        if (id !== undefined && update.run({ ...values, id }).changes === 1) return id;
        return Number(insert.run(values).lastInsertRowid);
      });
    },
    /**
     * Every active customer's stored tier state with lifetime figures and, for each window length
     * the tiers use, the figures of their valid orders since that window's start. Yielded one at
     * a time as SQLite reads them: 300,000 states held at once took 400 MB more; run no other
     * statement on this connection until the iteration ends.
     */
    *states(windowStarts: ReadonlyMap<number, string>, customerId?: number): Generator<CustomerTierState> {
      const windows = [...windowStarts].map(([months, since]) => [months, windowFigures(since, customerId)] as const);
      const rows = (customerId === undefined ? statements.states.raw().iterate() : statements.stateOf.raw().iterate(customerId)) as IterableIterator<
        [number, number | null, string | null, string | null, number, number, number, number, number | null, number | null, number | null]
      >;
      const noWindows: ReadonlyMap<number, Figures> = new Map();
      for (const [id, tierId, since, expires, locked, blacklisted, net, count, nextTierId, missingFen, missingOrders] of rows) {
        const customerWindows = windows.length === 0 ? noWindows : new Map<number, Figures>();
        for (const [months, figures] of windows) {
          const f = figures.get(id);
          if (f) (customerWindows as Map<number, Figures>).set(months, f);
        }
        yield {
          customerId: id,
          tierId,
          tierSince: since,
          tierExpiresOn: expires,
          locked: locked === 1,
          blacklisted: blacklisted === 1,
          lifetime: { netSpentFen: net, orderCount: count },
          windows: customerWindows,
          nextTierId,
          missingFen,
          missingOrders,
        };
      }
    },
    /** Writes what a recompute decided: the changed assignments and one history row per move. */
    apply(assignments: readonly TierAssignment[], changes: readonly TierChangeRecord[], changedOn: string, changedAt: string): void {
      for (const a of assignments) {
        statements.assign.run(a.tierId, a.tierSince, a.tierExpiresOn, a.nextTierId, a.missingFen, a.missingOrders, a.customerId);
      }
      for (const c of changes) {
        statements.insertChange.run(
          c.customerId, c.fromTierId, c.toTierId, c.fromName, c.toName, c.direction, c.cause, c.reason, c.staffId, changedOn, changedAt,
        );
      }
    },
    /** The tier id of an active customer; undefined when there is none (merged away or unknown). */
    currentTier(customerId: number): { tierId: number | null } | undefined {
      return statements.activeCustomer.get(customerId) as { tierId: number | null } | undefined;
    },
    setManual(customerId: number, tier: { tierId: number | null; since: string | null; expiresOn: string | null; locked: boolean }, now: string): void {
      statements.setManual.run(tier.tierId, tier.since, tier.expiresOn, tier.locked ? 1 : 0, now, customerId);
    },
    upgrades(since: string, page: number, pageSize: number): { items: TierChangeDto[]; total: number } {
      const items = statements.upgrades.all({ since, limit: pageSize, offset: (page - 1) * pageSize }) as TierChangeDto[];
      return { items, total: statements.upgradesCount.get({ since }) as number };
    },
    nearNext(page: number, pageSize: number): { items: NearNextTierDto[]; total: number } {
      const rows = statements.nearNext.all({ limit: pageSize, offset: (page - 1) * pageSize }) as (Omit<NearNextTierDto, 'next' | 'tierName'> & {
        tierName: string | null;
        nextTierId: number;
        nextName: string;
        nextCombine: 'any' | 'all';
        missingFen: number | null;
        missingOrders: number | null;
      })[];
      const items = rows.map(({ nextTierId, nextName, nextCombine, missingFen, missingOrders, tierName, ...r }) => ({
        ...r,
        tierName: tierName ?? NON_MEMBER_TIER_NAME,
        next: { tierId: nextTierId, tierName: nextName, missingFen, missingOrders, combine: nextCombine },
      }));
      return { items, total: statements.nearNextCount.get() as number };
    },
  };
}

export type TiersRepo = ReturnType<typeof createTiersRepo>;
