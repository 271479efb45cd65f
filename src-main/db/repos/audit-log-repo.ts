import type Database from 'better-sqlite3';
import type { AuditEntryDto } from '../../contract/dto/auth';

export type AuditEntry = Omit<AuditEntryDto, 'id'>;

export interface AuditQuery {
  /** ISO instants: from included, to excluded. */
  fromAt: string | null;
  toAt: string | null;
  accountId: number | null;
}

const COLUMNS = `id, at, account_id AS accountId, account_name AS accountName, role, remote AS "where", action, label, detail, customer_id AS customerId`;

/** 操作记录: appended to, read newest first. */
export function createAuditLogRepo(sqlite: Database.Database) {
  const where = `WHERE (@fromAt IS NULL OR at >= @fromAt) AND (@toAt IS NULL OR at < @toAt) AND (@accountId IS NULL OR account_id = @accountId)`;
  const statements = {
    insert: sqlite.prepare(
      `INSERT INTO audit_log (at, account_id, account_name, role, remote, action, label, detail, customer_id)
       VALUES (@at, @accountId, @accountName, @role, @where, @action, @label, @detail, @customerId)`,
    ),
    page: sqlite.prepare(`SELECT ${COLUMNS} FROM audit_log ${where} ORDER BY at DESC, id DESC LIMIT @limit OFFSET @offset`),
    count: sqlite.prepare(`SELECT count(*) FROM audit_log ${where}`).pluck(),
    ofCustomer: sqlite.prepare(`SELECT ${COLUMNS} FROM audit_log WHERE customer_id = ? ORDER BY at, id`),
  };
  return {
    insert: (entry: AuditEntry) => void statements.insert.run(entry),
    page(query: AuditQuery, limit: number, offset: number): { rows: AuditEntryDto[]; total: number } {
      return {
        rows: statements.page.all({ ...query, limit, offset }) as AuditEntryDto[],
        total: statements.count.get(query) as number,
      };
    },
    all: (query: AuditQuery) => statements.page.all({ ...query, limit: -1, offset: 0 }) as AuditEntryDto[],
    ofCustomer: (customerId: number) => statements.ofCustomer.all(customerId) as AuditEntryDto[],
  };
}

export type AuditLogRepo = ReturnType<typeof createAuditLogRepo>;

/** A backup from before logins (schema 11) has no audit log until the app upgrades it. */
export function hasAuditLog(sqlite: Database.Database): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").get() !== undefined;
}
