import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import type { StaffDto, UpcomingBirthdaysDto } from '../../../src-main/contract';
import { FROZEN_NOW } from '../../helpers/paths';
import { openFixtureBook, setBirthday } from '../../helpers/birthday-book';
import { call, rejected } from '../../helpers/dispatch-calls';
import { useTempDir } from '../../helpers/temp-dir';

const upcoming = (backend: Backend, input: { from?: string; days?: number }) => call<UpcomingBirthdaysDto>(backend, 'birthdays.upcoming', input);

describe('birthdays.upcoming: who has a birthday in the next days, and the message to send', () => {
  const tempDir = useTempDir('zhanggui-birthdays-');

  it('puts a lunar birthday on its solar date of the year and a solar one on its day, with days until and age', async () => {
    const { backend, byNick } = await openFixtureBook(tempDir());
    try {
      const moon = byNick('tb1000097');
      const early = byNick('tb4229229');
      const first = byNick('tb6408034');
      await setBirthday(backend, moon.id, { calendar: 'lunar', year: 1990, month: 8, day: 15 });
      await setBirthday(backend, early.id, { calendar: 'solar', month: 9, day: 22 });
      await setBirthday(backend, first.id, { calendar: 'solar', year: 2000, month: 9, day: 20 });
      // Just outside the window on either side: the day before `from` and the day after `to`.
      await setBirthday(backend, byNick('tb8743141').id, { calendar: 'solar', month: 9, day: 19 });
      await setBirthday(backend, byNick('aijia8871619').id, { calendar: 'solar', month: 9, day: 27 });
      // The same numbers in the other calendar are other days: 8月15日 is in August, 农历九月廿二 in October.
      await setBirthday(backend, byNick('longxin3307380').id, { calendar: 'solar', month: 8, day: 15 });
      await setBirthday(backend, byNick('tb10843795').id, { calendar: 'lunar', month: 9, day: 22 });

      const list = await upcoming(backend, { from: '2026-09-20', days: 7 });
      expect({ from: list.from, to: list.to, leftOut: list.leftOut }).toEqual({ from: '2026-09-20', to: '2026-09-26', leftOut: 0 });
      // Days are counted from the shop's today (2026-11-22), so a window in the past says how long ago.
      expect(list.items.map((b) => [b.buyerNick, b.date, b.daysUntil, b.age, b.cycleYear, b.birthdayText])).toEqual([
        ['tb6408034', '2026-09-20', -63, 26, 2026, '2000年9月20日'],
        ['tb4229229', '2026-09-22', -61, null, 2026, '9月22日'],
        ['tb1000097', '2026-09-25', -58, 36, 2026, '1990年农历八月十五'],
      ]);
      expect(list.items[2]).toMatchObject({
        customerId: moon.id,
        receiverName: '朱博刚',
        phone: '15004524745',
        birthday: { calendar: 'lunar', year: 1990, month: 8, day: 15, leapMonth: false },
        tierName: '店铺客户',
        sent: null,
      });
      // No tiers set: everyone gets the 店铺客户 offer; without a shop name the shop is 本店.
      expect(list.items[2]!.message).toBe('tb1000097，生日快乐！本店祝您天天开心，生日当天下单包邮。');

      // The same lunar birthday a year later falls on another solar day (2027-09-15).
      const nextYear = await upcoming(backend, { from: '2027-09-10', days: 7 });
      expect(nextYear.items.map((b) => [b.buyerNick, b.date, b.cycleYear, b.age])).toEqual([['tb1000097', '2027-09-15', 2027, 37]]);
    } finally {
      backend.close();
    }
  });

  it('names the customer’s tier and fills its birthday message once tiers are saved', async () => {
    const { backend, byNick } = await openFixtureBook(tempDir());
    try {
      const member = byNick('tb1000097');
      // tb1972273 has no valid order, so 满 1 单 does not make them a member.
      const guest = byNick('tb1972273');
      expect([member.orderCount, guest.orderCount]).toEqual([1, 0]);
      await setBirthday(backend, member.id, { calendar: 'lunar', month: 8, day: 15 });
      await setBirthday(backend, guest.id, { calendar: 'solar', month: 9, day: 21 });
      await call(backend, 'settings.update', { shopName: '勤驿达' });
      await call(backend, 'tiers.save', {
        tiers: [{ name: '普通会员', minOrderCount: 1, birthdayOffer: '满100减10', birthdayTemplate: '#昵称#生日快乐，#优惠#' }],
        nonMember: { birthdayOffer: '包邮', birthdayTemplate: '#姓名#您好，#店铺#祝您#生日#生日快乐，#优惠#（#等级#）' },
      });

      const list = await upcoming(backend, { from: '2026-09-20', days: 7 });
      expect(list.items.map((b) => [b.buyerNick, b.tierName, b.message])).toEqual([
        ['tb1972273', '店铺客户', '谢俊您好，勤驿达祝您9月21日生日快乐，包邮（店铺客户）'],
        ['tb1000097', '普通会员', 'tb1000097生日快乐，满100减10'],
      ]);
    } finally {
      backend.close();
    }
  });

  it('leaves blacklisted and do-not-disturb customers out of the list but counts them', async () => {
    const { backend, byNick } = await openFixtureBook(tempDir());
    try {
      const listed = byNick('tb1000097');
      const blacklisted = byNick('tb4229229');
      const quiet = byNick('tb6408034');
      const quietElsewhen = byNick('tb8743141');
      for (const c of [listed, blacklisted, quiet]) await setBirthday(backend, c.id, { calendar: 'lunar', month: 8, day: 15 });
      await call(backend, 'customers.update', { id: blacklisted.id, blacklisted: true, blacklistReason: '恶意退款' });
      await call(backend, 'customers.update', { id: quiet.id, doNotDisturb: true });
      // Do-not-disturb with a birthday outside the window is not counted: leftOut is about this window.
      await call(backend, 'customers.update', { id: quietElsewhen.id, doNotDisturb: true, birthday: { calendar: 'solar', month: 1, day: 1 } });

      const list = await upcoming(backend, { from: '2026-09-20', days: 7 });
      expect(list.items.map((b) => b.customerId)).toEqual([listed.id]);
      expect(list.leftOut).toBe(2);
    } finally {
      backend.close();
    }
  });

  it('lists a 腊月 birthday in January under its lunar year, a January solar one under the new year', async () => {
    const { backend, byNick } = await openFixtureBook(tempDir());
    try {
      const layue = byNick('tb1000097');
      const january = byNick('tb4229229');
      await setBirthday(backend, layue.id, { calendar: 'lunar', year: 1980, month: 12, day: 8 });
      await setBirthday(backend, january.id, { calendar: 'solar', year: 1980, month: 1, day: 5 });

      const list = await upcoming(backend, { from: '2026-12-28', days: 30 });
      expect(list.to).toBe('2027-01-26');
      // 农历二〇二六年腊月初八 is 2027-01-15: one offer per lunar year, so cycle 2026 (and age 46, not 47).
      expect(list.items.map((b) => [b.buyerNick, b.date, b.daysUntil, b.cycleYear, b.age, b.birthdayText])).toEqual([
        ['tb4229229', '2027-01-05', 44, 2027, 47, '1980年1月5日'],
        ['tb1000097', '2027-01-15', 54, 2026, 46, '1980年农历腊月初八'],
      ]);
    } finally {
      backend.close();
    }
  });

  it('keeps a 闰月 birthday in the leap month when the year has one, and a 三十 birthday on the 廿九 of a short month', async () => {
    const { backend, byNick } = await openFixtureBook(tempDir());
    try {
      await setBirthday(backend, byNick('tb1000097').id, { calendar: 'lunar', month: 6, day: 1, leapMonth: true });
      await setBirthday(backend, byNick('tb4229229').id, { calendar: 'lunar', month: 8, day: 30 });
      const dates = async (from: string, days: number) =>
        (await upcoming(backend, { from, days })).items.map((b) => [b.buyerNick, b.date, b.birthdayText]);

      // 2025 has a 闰六月: 六月初一 (2025-06-25) is not the day, 闰六月初一 (2025-07-25) is.
      expect(await dates('2025-06-20', 10)).toEqual([]);
      expect(await dates('2025-07-20', 10)).toEqual([['tb1000097', '2025-07-25', '农历闰六月初一']]);
      // 2026 has none: the regular 六月初一. Its 八月 has 29 days: 三十 is kept on 廿九.
      expect(await dates('2026-07-10', 10)).toEqual([['tb1000097', '2026-07-14', '农历闰六月初一']]);
      expect(await dates('2026-10-05', 7)).toEqual([['tb4229229', '2026-10-09', '农历八月三十']]);
    } finally {
      backend.close();
    }
  });

  it('starts at today in the shop’s time zone when no from is given', async () => {
    // 00:30 on 2026-11-22 in Shanghai is still 2026-11-21 in UTC (and on a PC set to UTC).
    const { backend, byNick } = await openFixtureBook(tempDir(), { now: () => new Date('2026-11-21T16:30:00.000Z') });
    try {
      await setBirthday(backend, byNick('tb1000097').id, { calendar: 'solar', month: 11, day: 21 });
      await setBirthday(backend, byNick('tb4229229').id, { calendar: 'solar', month: 11, day: 22 });
      // 农历十月二十 is 2026-11-28, the last day of a 7-day window from 11-22.
      await setBirthday(backend, byNick('tb6408034').id, { calendar: 'lunar', month: 10, day: 20 });

      const list = await upcoming(backend, {});
      expect({ from: list.from, to: list.to }).toEqual({ from: '2026-11-22', to: '2026-11-28' });
      expect(list.items.map((b) => [b.buyerNick, b.date, b.daysUntil])).toEqual([
        ['tb4229229', '2026-11-22', 0],
        ['tb6408034', '2026-11-28', 6],
      ]);
    } finally {
      backend.close();
    }
  });

  it('refuses a from date that does not exist, in Chinese', async () => {
    const { backend } = await openFixtureBook(tempDir());
    try {
      const error = await rejected(backend, 'birthdays.upcoming', { from: '2026-02-30', days: 7 });
      expect(error).toEqual({ code: 'REJECTED', message: '没有 2026-02-30 这一天，请检查日期。' });
      const shape = await rejected(backend, 'birthdays.upcoming', { from: '2026-9-20' });
      expect(shape.code).toBe('INVALID_INPUT');
      expect(shape.message).toContain('日期要写成 2026-09-25 这样');
      expect((await rejected(backend, 'birthdays.upcoming', { days: 367 })).message).toContain('最多看 366 天');
    } finally {
      backend.close();
    }
  });
});

describe('birthdays.markSent: an offer goes out once per birthday year', () => {
  const tempDir = useTempDir('zhanggui-birthdays-sent-');

  it('records who sent it and when, refuses a second mark that year, and unmarking allows it again', async () => {
    const { backend, byNick } = await openFixtureBook(tempDir());
    try {
      const moon = byNick('tb1000097');
      await setBirthday(backend, moon.id, { calendar: 'lunar', month: 8, day: 15 });
      const mei = await call<StaffDto>(backend, 'staff.create', { name: '小美' });
      const mark = { customerId: moon.id, cycleYear: 2026, occursOn: '2026-09-25' };

      expect(await call(backend, 'birthdays.markSent', { ...mark, staffId: mei.id })).toEqual({ sentAt: FROZEN_NOW.toISOString(), staffName: '小美' });
      const listed = await upcoming(backend, { from: '2026-09-20', days: 7 });
      expect(listed.items[0]!.sent).toEqual({ sentAt: '2026-11-22T01:30:00.000Z', staffName: '小美' });
      // Last year's mark says nothing about this year.
      const lastYear = await upcoming(backend, { from: '2025-10-01', days: 10 });
      expect(lastYear.items.map((b) => [b.date, b.cycleYear, b.sent])).toEqual([['2025-10-06', 2025, null]]);

      const again = await rejected(backend, 'birthdays.markSent', mark);
      expect(again).toEqual({
        code: 'REJECTED',
        message: '这位客户 2026 年的生日祝福已经发过了（小美在 2026-11-22 09:30:00 标记），每年只发一次。',
      });

      expect(await call(backend, 'birthdays.unmarkSent', { customerId: moon.id, cycleYear: 2026 })).toEqual({ unmarked: true });
      expect(await call(backend, 'birthdays.unmarkSent', { customerId: moon.id, cycleYear: 2026 })).toEqual({ unmarked: false });
      expect((await upcoming(backend, { from: '2026-09-20', days: 7 })).items[0]!.sent).toBeNull();
      // Marked by the owner this time: no staff name.
      expect(await call(backend, 'birthdays.markSent', mark)).toEqual({ sentAt: FROZEN_NOW.toISOString(), staffName: null });
      expect((await upcoming(backend, { from: '2026-09-20', days: 7 })).items[0]!.sent).toEqual({ sentAt: FROZEN_NOW.toISOString(), staffName: null });
      // The next lunar year is a new birthday year.
      expect(await call(backend, 'birthdays.markSent', { ...mark, cycleYear: 2027, occursOn: '2027-09-15' })).toMatchObject({ staffName: null });
    } finally {
      backend.close();
    }
  });

  it('keeps this year’s mark when the marked record is merged into another: the customer is not sent a second offer', async () => {
    const { backend, byNick } = await openFixtureBook(tempDir());
    try {
      const kept = byNick('tb1000097');
      const merged = byNick('tb4229229');
      await setBirthday(backend, merged.id, { calendar: 'lunar', month: 8, day: 15 });
      await call(backend, 'birthdays.markSent', { customerId: merged.id, cycleYear: 2026, occursOn: '2026-09-25' });
      await call(backend, 'customers.merge', { keepId: kept.id, mergeId: merged.id });
      const listed = await upcoming(backend, { from: '2026-09-20', days: 7 });
      expect(listed.items.map((b) => [b.customerId, b.sent?.sentAt])).toEqual([[kept.id, FROZEN_NOW.toISOString()]]);
      expect((await rejected(backend, 'birthdays.markSent', { customerId: kept.id, cycleYear: 2026, occursOn: '2026-09-25' })).message).toContain('已经发过了');
      expect(await call(backend, 'birthdays.unmarkSent', { customerId: kept.id, cycleYear: 2026 })).toEqual({ unmarked: true });
    } finally {
      backend.close();
    }
  });

  it('refuses a customer merged into another, an unknown customer or staff, and a date that does not exist', async () => {
    const { backend, byNick } = await openFixtureBook(tempDir());
    try {
      const kept = byNick('tb1000097');
      const merged = byNick('tb4229229');
      await call(backend, 'customers.merge', { keepId: kept.id, mergeId: merged.id });
      const mark = { cycleYear: 2026, occursOn: '2026-09-25' };

      const gone = '找不到这位客户（可能已被合并到另一位客户）。请刷新列表。';
      expect(await rejected(backend, 'birthdays.markSent', { ...mark, customerId: merged.id })).toEqual({ code: 'REJECTED', message: gone });
      expect(await rejected(backend, 'birthdays.markSent', { ...mark, customerId: 999_999 })).toEqual({ code: 'REJECTED', message: gone });
      expect(await rejected(backend, 'birthdays.markSent', { ...mark, customerId: kept.id, staffId: 77 })).toEqual({
        code: 'REJECTED',
        message: '找不到这位客服，请刷新后再选。',
      });
      expect(await rejected(backend, 'birthdays.markSent', { customerId: kept.id, cycleYear: 2026, occursOn: '2026-02-30' })).toEqual({
        code: 'REJECTED',
        message: '没有 2026-02-30 这一天，请检查生日日期。',
      });
      // None of the refusals left a mark: the kept customer can still be marked.
      expect(await call(backend, 'birthdays.markSent', { ...mark, customerId: kept.id })).toMatchObject({ staffName: null });
    } finally {
      backend.close();
    }
  });
});
