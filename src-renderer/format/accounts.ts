import type { AccountDto, StaffDto } from '@contract';
import { formatInstant } from './relative-date';

/**
 * A moment the server stamped: an ISO instant ('2026-11-22T10:57:00.000Z') in the shop's time zone,
 * or a shop-time string ('2026-11-22 18:57:00') as it is, without its seconds.
 */
export function formatStamp(at: string, timeZone: string): string {
  return at.includes('T') ? formatInstant(at, timeZone) : at.slice(0, 16);
}

export function formatLastLogin(account: AccountDto, timeZone: string): string {
  return account.lastLoginAt ? formatStamp(account.lastLoginAt, timeZone) : '还没有登录过';
}

/** The 客服 a new account may work as: active ones that have no account yet (one login each). */
export function staffWithoutAccount(staff: readonly StaffDto[], accounts: readonly AccountDto[]): StaffDto[] {
  const taken = new Set(accounts.map((account) => account.staffId));
  return staff.filter((person) => person.active && !taken.has(person.id));
}

/** 'YYYY-MM-DD' of the period an export or a filter covers, in words for the file notice. */
export function formatPeriod(from: string | null, to: string | null): string {
  if (from && to) return from === to ? from : `${from} 至 ${to}`;
  if (from) return `${from} 起`;
  if (to) return `${to} 及以前`;
  return '全部';
}
