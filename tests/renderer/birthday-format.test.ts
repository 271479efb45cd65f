import { describe, expect, it } from 'vitest';
import {
  MEMBER_LIST_COUNTS,
  formatAge,
  formatBirthdayWithDate,
  formatListLine,
  formatSent,
  formatUpcomingCount,
} from '../../src-renderer/format/birthdays';
import { formatDaysUntil } from '../../src-renderer/format/relative-date';

describe('the birthday screen formats', () => {
  it('says how soon a birthday is', () => {
    expect(formatDaysUntil(0)).toBe('今天');
    expect(formatDaysUntil(1)).toBe('明天');
    expect(formatDaysUntil(5)).toBe('5 天后');
    expect(formatDaysUntil(-3)).toBe('3 天前');
  });

  it('shows the age when the birth year is known', () => {
    expect(formatAge(32)).toBe('32 岁');
    expect(formatAge(null)).toBe('—');
  });

  it('puts the solar date beside a lunar birthday only', () => {
    const lunar = { calendar: 'lunar' as const, year: null, month: 8, day: 15, leapMonth: false };
    expect(formatBirthdayWithDate({ birthdayText: '农历八月十五', birthday: lunar, date: '2026-09-25' })).toBe('农历八月十五（公历 2026-09-25）');
    expect(formatBirthdayWithDate({ birthdayText: '1990年8月15日', birthday: { ...lunar, calendar: 'solar' }, date: '2026-08-15' })).toBe('1990年8月15日');
  });

  it('says who marked the offer sent and when, in shop time', () => {
    expect(formatSent({ sentAt: '2026-09-20T02:30:00.000Z', staffName: '小美' }, 'Asia/Shanghai')).toBe('已发送 · 小美 · 2026-09-20 10:30');
    expect(formatSent({ sentAt: '2026-09-20T02:30:00.000Z', staffName: null }, 'Asia/Shanghai')).toBe('已发送 · 2026-09-20 10:30');
    expect(formatSent({ sentAt: '2026-09-20T02:30:00.000Z', staffName: '小美' }, undefined)).toBe('已发送 · 小美');
  });

  it('counts the list and the customers held back from it', () => {
    expect(formatUpcomingCount(1234, 0)).toBe('共 1,234 位');
    expect(formatUpcomingCount(12, 3)).toBe('共 12 位，另有 3 位在黑名单或免打扰，未列出');
  });

  it('labels the member-list counts and problem lines', () => {
    expect(MEMBER_LIST_COUNTS.map((c) => c.label)).toEqual(['将写入', '相同', '已有生日保留', '找不到客户', '手机号对应多位客户']);
    expect(formatListLine(1280)).toBe('第 1,280 行');
  });
});
