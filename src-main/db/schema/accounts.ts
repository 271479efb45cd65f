import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { staff } from './staff';

/**
 * A login of the shop: one owner (店主), any number of 客服. Only the scrypt hash of the password is
 * kept (`scrypt$N$r$p$salt$hash`). A 客服 account works as one staff member, whose tasks and
 * birthday offers are its own. Accounts are deactivated, never deleted: the audit log names them.
 */
export const accounts = sqliteTable(
  'accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** owner | staff */
    role: text('role').notNull(),
    staffId: integer('staff_id').references(() => staff.id),
    passwordHash: text('password_hash').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    canRevealPhones: integer('can_reveal_phones', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    passwordChangedAt: text('password_changed_at').notNull(),
    lastLoginAt: text('last_login_at'),
  },
  (t) => [uniqueIndex('accounts_name_uq').on(t.name)],
);

/**
 * A signed-in window. The token itself is only in the window (a cookie, or the desktop app's
 * memory); the book keeps its SHA-256, so a copied book or backup signs nobody in.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    createdAt: text('created_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    /** ISO instant: refused from then on; moved forward while the window is used. */
    expiresAt: text('expires_at').notNull(),
    /** 本机 or the other PC's address, for the audit log. */
    remote: text('remote').notNull(),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

/** 操作记录: who did what, when, from where. Written once, never changed. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** ISO instant. */
    at: text('at').notNull(),
    accountId: integer('account_id').references(() => accounts.id),
    /** The name at the time (an account may be renamed later); 命令行 for the command line. */
    accountName: text('account_name').notNull(),
    role: text('role'),
    remote: text('remote').notNull(),
    action: text('action').notNull(),
    label: text('label').notNull(),
    detail: text('detail').notNull(),
    customerId: integer('customer_id'),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_customer_idx').on(t.customerId)],
);
