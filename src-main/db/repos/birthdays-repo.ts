import type Database from 'better-sqlite3';

export interface BirthdayCandidate {
  id: number;
  buyerNick: string | null;
  receiverName: string | null;
  phone: string | null;
  calendar: 'solar' | 'lunar';
  year: number | null;
  month: number;
  day: number;
  leapMonth: number;
  blacklisted: number;
  doNotDisturb: number;
  tierId: number | null;
}

export interface SentOffer {
  customerId: number;
  cycleYear: number;
  sentAt: string;
  staffName: string | null;
}

/** Customers with a birthday in some months, and the offers marked as sent. */
export function createBirthdaysRepo(sqlite: Database.Database) {
  const statements = {
    candidates: sqlite.prepare(
      `SELECT c.id, c.buyer_nick AS buyerNick, c.receiver_name AS receiverName, c.phone, c.birthday_calendar AS calendar,
         c.birthday_year AS year, c.birthday_month AS month, c.birthday_day AS day, c.birthday_leap_month AS leapMonth,
         c.blacklisted, c.do_not_disturb AS doNotDisturb, c.tier_id AS tierId
       FROM customers c
       WHERE c.merged_into_id IS NULL AND c.erased_at IS NULL AND c.birthday_day IS NOT NULL
         AND ((c.birthday_calendar = 'solar' AND c.birthday_month IN (SELECT value FROM json_each(@solar)))
           OR (c.birthday_calendar = 'lunar' AND c.birthday_month IN (SELECT value FROM json_each(@lunar))))`,
    ),
    // A mark made on a record merged into the customer since counts for them: one offer a year.
    sent: sqlite.prepare(
      `SELECT coalesce(c.merged_into_id, c.id) AS customerId, b.cycle_year AS cycleYear, b.sent_at AS sentAt, st.name AS staffName
       FROM birthday_offers b JOIN customers c ON c.id = b.customer_id LEFT JOIN staff st ON st.id = b.staff_id
       WHERE coalesce(c.merged_into_id, c.id) IN (SELECT value FROM json_each(?))`,
    ),
    sentOne: sqlite.prepare(
      `SELECT coalesce(c.merged_into_id, c.id) AS customerId, b.cycle_year AS cycleYear, b.sent_at AS sentAt, st.name AS staffName
       FROM birthday_offers b JOIN customers c ON c.id = b.customer_id LEFT JOIN staff st ON st.id = b.staff_id
       WHERE (c.id = @id OR c.merged_into_id = @id) AND b.cycle_year = @year`,
    ),
    insert: sqlite.prepare('INSERT INTO birthday_offers (customer_id, cycle_year, occurs_on, staff_id, sent_at) VALUES (?, ?, ?, ?, ?)'),
    remove: sqlite.prepare(
      'DELETE FROM birthday_offers WHERE cycle_year = @year AND customer_id IN (SELECT id FROM customers WHERE id = @id OR merged_into_id = @id)',
    ),
  };
  return {
    /** Active customers whose birthday month is one of these (solar and lunar months apart). */
    candidates(solarMonths: readonly number[], lunarMonths: readonly number[]): BirthdayCandidate[] {
      return statements.candidates.all({ solar: JSON.stringify(solarMonths), lunar: JSON.stringify(lunarMonths) }) as BirthdayCandidate[];
    },
    sentFor(customerIds: readonly number[]): SentOffer[] {
      return statements.sent.all(JSON.stringify(customerIds)) as SentOffer[];
    },
    sentOne(customerId: number, cycleYear: number): SentOffer | undefined {
      return statements.sentOne.get({ id: customerId, year: cycleYear }) as SentOffer | undefined;
    },
    markSent(customerId: number, cycleYear: number, occursOn: string, staffId: number | null, sentAt: string): void {
      statements.insert.run(customerId, cycleYear, occursOn, staffId, sentAt);
    },
    unmark(customerId: number, cycleYear: number): boolean {
      return statements.remove.run({ id: customerId, year: cycleYear }).changes > 0;
    },
  };
}

export type BirthdaysRepo = ReturnType<typeof createBirthdaysRepo>;
