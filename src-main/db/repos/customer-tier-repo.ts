import type Database from 'better-sqlite3';
import { NON_MEMBER_TIER_NAME, type CustomerTierDto, type TierChangeDto } from '../../contract';
import { TIER_CHANGE_COLUMNS, TIER_CHANGE_JOINS } from './tier-history-sql';

interface TierRow {
  tierId: number | null;
  name: string | null;
  since: string | null;
  expiresOn: string | null;
  locked: number;
  discountNote: string | null;
  nextTierId: number | null;
  nextName: string | null;
  nextCombine: 'any' | 'all' | null;
  missingFen: number | null;
  missingOrders: number | null;
}

/** A customer's tier as the last recompute left it, with the history of changes (newest first). */
export function createCustomerTierRepo(sqlite: Database.Database) {
  const statements = {
    tier: sqlite.prepare(
      `SELECT t.id AS tierId, t.name, c.tier_since AS since, c.tier_expires_on AS expiresOn, c.tier_locked AS locked,
         t.discount_note AS discountNote, n.id AS nextTierId, n.name AS nextName, n.combine AS nextCombine,
         c.tier_missing_fen AS missingFen, c.tier_missing_orders AS missingOrders
       FROM customers c LEFT JOIN tiers t ON t.id = c.tier_id LEFT JOIN tiers n ON n.id = c.next_tier_id
       WHERE c.id = ?`,
    ),
    history: sqlite.prepare(
      `SELECT ${TIER_CHANGE_COLUMNS} FROM tier_changes h ${TIER_CHANGE_JOINS}
       WHERE h.customer_id = ? ORDER BY h.id DESC LIMIT 100`,
    ),
  };
  return {
    tierOf(customerId: number): CustomerTierDto {
      const row = statements.tier.get(customerId) as TierRow | undefined;
      const history = statements.history.all(customerId) as TierChangeDto[];
      if (!row) return { tierId: null, name: NON_MEMBER_TIER_NAME, since: null, expiresOn: null, locked: false, discountNote: null, next: null, history };
      return {
        tierId: row.tierId,
        name: row.name ?? NON_MEMBER_TIER_NAME,
        since: row.tierId === null ? null : row.since,
        expiresOn: row.tierId === null ? null : row.expiresOn,
        locked: row.locked === 1,
        discountNote: row.discountNote,
        next:
          row.nextTierId === null
            ? null
            : { tierId: row.nextTierId, tierName: row.nextName!, missingFen: row.missingFen, missingOrders: row.missingOrders, combine: row.nextCombine ?? 'any' },
        history,
      };
    },
  };
}
