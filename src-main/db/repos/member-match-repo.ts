import type Database from 'better-sqlite3';

export interface StoredBirthday {
  calendar: 'solar' | 'lunar' | null;
  year: number | null;
  month: number | null;
  day: number | null;
  leapMonth: number;
}

/** Finds the customers a member list's row means: by buyer nick in any shop, or by whole phone number. */
export function createMemberMatchRepo(sqlite: Database.Database) {
  const statements = {
    // The (shop, identity) index answers a nick; a merged record stands for the customer it went into.
    byNick: sqlite
      .prepare(
        `SELECT DISTINCT coalesce(merged_into_id, id) FROM customers
         WHERE shop_id IN (SELECT id FROM shops) AND identity_key = 'nick:' || ?`,
      )
      .pluck(),
    byPhone: sqlite
      .prepare('SELECT DISTINCT coalesce(merged_into_id, id) FROM customers WHERE phone_tail = substr(@phone, -4) AND phone = @phone')
      .pluck(),
    birthday: sqlite.prepare(
      `SELECT birthday_calendar AS calendar, birthday_year AS year, birthday_month AS month, birthday_day AS day,
         birthday_leap_month AS leapMonth FROM customers WHERE id = ?`,
    ),
  };
  return {
    byNick(nick: string): number[] {
      return statements.byNick.all(nick) as number[];
    },
    byPhone(phone: string): number[] {
      return statements.byPhone.all({ phone }) as number[];
    },
    birthdayOf(customerId: number): StoredBirthday | undefined {
      return statements.birthday.get(customerId) as StoredBirthday | undefined;
    },
  };
}

export type MemberMatchRepo = ReturnType<typeof createMemberMatchRepo>;
