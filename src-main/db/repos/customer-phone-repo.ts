import type Database from 'better-sqlite3';

/** One customer's whole phone, for 查看号码 (a record merged into another answers with nothing). */
export function createCustomerPhoneRepo(sqlite: Database.Database) {
  const phone = sqlite.prepare('SELECT phone FROM customers WHERE id = ? AND merged_into_id IS NULL');
  return {
    phoneOf: (id: number) => phone.get(id) as { phone: string | null } | undefined,
  };
}

export type CustomerPhoneRepo = ReturnType<typeof createCustomerPhoneRepo>;
