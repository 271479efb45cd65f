import type Database from 'better-sqlite3';
import type { AccountDto } from '../../contract/dto/auth';
import type { Role } from '../../contract/access';

export interface AccountRow extends AccountDto {
  passwordHash: string;
}

interface RawAccount {
  id: number;
  name: string;
  role: string;
  staffId: number | null;
  staffName: string | null;
  active: number;
  canRevealPhones: number;
  createdAt: string;
  lastLoginAt: string | null;
  passwordHash: string;
}

const SELECT = `SELECT a.id, a.name, a.role, a.staff_id AS staffId, s.name AS staffName, a.active,
  a.can_reveal_phones AS canRevealPhones, a.created_at AS createdAt, a.last_login_at AS lastLoginAt,
  a.password_hash AS passwordHash
  FROM accounts a LEFT JOIN staff s ON s.id = a.staff_id`;

/** The shop's logins. Few rows; every read is by name or id. */
export function createAccountsRepo(sqlite: Database.Database) {
  const statements = {
    count: sqlite.prepare('SELECT count(*) FROM accounts').pluck(),
    all: sqlite.prepare(`${SELECT} ORDER BY a.role = 'owner' DESC, a.active DESC, a.name`),
    byName: sqlite.prepare(`${SELECT} WHERE a.name = ?`),
    byId: sqlite.prepare(`${SELECT} WHERE a.id = ?`),
    byStaff: sqlite.prepare('SELECT id FROM accounts WHERE staff_id = ?').pluck(),
    insert: sqlite.prepare(
      `INSERT INTO accounts (name, role, staff_id, password_hash, can_reveal_phones, created_at, password_changed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    update: sqlite.prepare('UPDATE accounts SET active = coalesce(?, active), can_reveal_phones = coalesce(?, can_reveal_phones) WHERE id = ?'),
    setPassword: sqlite.prepare('UPDATE accounts SET password_hash = ?, password_changed_at = ? WHERE id = ?'),
    loggedIn: sqlite.prepare('UPDATE accounts SET last_login_at = ? WHERE id = ?'),
  };
  return {
    count: () => statements.count.get() as number,
    all: () => (statements.all.all() as RawAccount[]).map(toRow),
    byName: (name: string) => optional(statements.byName.get(name) as RawAccount | undefined),
    byId: (id: number) => optional(statements.byId.get(id) as RawAccount | undefined),
    /** The account working as this staff member, if any (one account per 客服). */
    accountOfStaff: (staffId: number) => statements.byStaff.get(staffId) as number | undefined,
    insert(account: { name: string; role: Role; staffId: number | null; passwordHash: string; canRevealPhones: boolean }, now: string): number {
      const result = statements.insert.run(account.name, account.role, account.staffId, account.passwordHash, account.canRevealPhones ? 1 : 0, now, now);
      return Number(result.lastInsertRowid);
    },
    update(id: number, change: { active?: boolean; canRevealPhones?: boolean }): void {
      statements.update.run(bool(change.active), bool(change.canRevealPhones), id);
    },
    setPassword: (id: number, passwordHash: string, now: string) => void statements.setPassword.run(passwordHash, now, id),
    recordLogin: (id: number, now: string) => void statements.loggedIn.run(now, id),
  };
}

export type AccountsRepo = ReturnType<typeof createAccountsRepo>;

function bool(value: boolean | undefined): number | null {
  return value === undefined ? null : value ? 1 : 0;
}

function optional(raw: RawAccount | undefined): AccountRow | null {
  return raw ? toRow(raw) : null;
}

function toRow(raw: RawAccount): AccountRow {
  return { ...raw, role: raw.role === 'owner' ? 'owner' : 'staff', active: raw.active === 1, canRevealPhones: raw.canRevealPhones === 1 };
}

/** The DTO leaves the hash behind. */
export function toAccountDto(row: AccountRow): AccountDto {
  const { passwordHash: _hash, ...dto } = row;
  return dto;
}
