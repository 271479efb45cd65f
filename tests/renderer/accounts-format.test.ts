import { describe, expect, it } from 'vitest';
import type { AccountDto, StaffDto } from '../../src-main/contract';
import { formatLastLogin, formatPeriod, formatStamp, staffWithoutAccount } from '../../src-renderer/format/accounts';
import { looksMasked } from '../../src-renderer/format/phone';

const account = (changes: Partial<AccountDto>): AccountDto => ({
  id: 1,
  name: '小美',
  role: 'staff',
  staffId: 1,
  staffName: '小美',
  active: true,
  canRevealPhones: false,
  createdAt: '2026-11-22T01:30:00.000Z',
  lastLoginAt: null,
  ...changes,
});
const person = (id: number, name: string, active = true): StaffDto => ({ id, name, active });

describe('设置 → 账号 and 操作记录', () => {
  it('shows an instant in the shop’s time zone, and a shop-time string as it is', () => {
    expect(formatStamp('2026-11-22T16:30:00.000Z', 'Asia/Shanghai')).toBe('2026-11-23 00:30');
    expect(formatStamp('2026-11-22T16:30:00.000Z', 'Europe/London')).toBe('2026-11-22 16:30');
    expect(formatStamp('2026-11-22 18:57:03', 'Asia/Shanghai')).toBe('2026-11-22 18:57');
  });

  it('says so when an account never logged in', () => {
    expect(formatLastLogin(account({}), 'Asia/Shanghai')).toBe('还没有登录过');
    expect(formatLastLogin(account({ lastLoginAt: '2026-11-22T01:30:00.000Z' }), 'Asia/Shanghai')).toBe('2026-11-22 09:30');
  });

  it('offers a new account only the active 客服 who have none yet', () => {
    const staff = [person(1, '小美'), person(2, '阿强'), person(3, '老周', false)];
    expect(staffWithoutAccount(staff, [account({ staffId: 1 }), account({ id: 2, role: 'owner', staffId: null })]).map((s) => s.name)).toEqual(['阿强']);
  });

  it('names the period of an export in words', () => {
    expect([formatPeriod(null, null), formatPeriod('2026-11-01', '2026-11-30'), formatPeriod('2026-11-22', '2026-11-22'), formatPeriod('2026-11-01', null), formatPeriod(null, '2026-11-30')]).toEqual([
      '全部',
      '2026-11-01 至 2026-11-30',
      '2026-11-22',
      '2026-11-01 起',
      '2026-11-30 及以前',
    ]);
  });

  it('recognises a masked phone', () => {
    expect(looksMasked('138****1234')).toBe(true);
    expect(looksMasked('13800001234')).toBe(false);
  });
});
