import { describe, expect, it } from 'vitest';
import type { Birthday } from '../../../src-main/core/birthdays/birthday';
import { formatBirthdayText, parseBirthdayText } from '../../../src-main/core/birthdays/birthday-text';

const solar = (month: number, day: number, year: number | null = null): Birthday => ({ calendar: 'solar', year, month, day, leapMonth: false });
const lunar = (month: number, day: number, year: number | null = null, leapMonth = false): Birthday => ({ calendar: 'lunar', year, month, day, leapMonth });

/** 1988 is a leap year, so every one of these exists with it too. */
const SOLAR_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function parsed(text: string): Birthday {
  const result = parseBirthdayText(text);
  if (!result.ok) throw new Error(`${text}: ${result.message}`);
  return result.birthday;
}

function refusal(text: string): string {
  const result = parseBirthdayText(text);
  if (result.ok) throw new Error(`${text} was accepted as ${JSON.stringify(result.birthday)}`);
  return result.message;
}

describe('formatBirthdayText', () => {
  it('writes solar birthdays with digits, the year when known', () => {
    expect(formatBirthdayText(solar(8, 15))).toBe('8月15日');
    expect(formatBirthdayText(solar(8, 15, 1990))).toBe('1990年8月15日');
  });

  it('writes lunar birthdays with the traditional month and day names', () => {
    expect(formatBirthdayText(lunar(8, 15))).toBe('农历八月十五');
    expect(formatBirthdayText(lunar(6, 1, null, true))).toBe('农历闰六月初一');
    expect(formatBirthdayText(lunar(12, 30))).toBe('农历腊月三十');
    expect(formatBirthdayText(lunar(8, 15, 1990))).toBe('1990年农历八月十五');
    expect(formatBirthdayText(lunar(1, 10))).toBe('农历正月初十');
    expect(formatBirthdayText(lunar(11, 20))).toBe('农历冬月二十');
    expect(formatBirthdayText(lunar(10, 21))).toBe('农历十月廿一');
    const days = [1, 9, 10, 11, 19, 20, 21, 29, 30].map((day) => formatBirthdayText(lunar(2, day)).slice('农历二月'.length));
    expect(days).toEqual(['初一', '初九', '初十', '十一', '十九', '二十', '廿一', '廿九', '三十']);
  });
});

describe('parseBirthdayText', () => {
  const accepted: [string, Birthday, string][] = [
    ['1990-08-15', solar(8, 15, 1990), '1990年8月15日'],
    ['1990/8/15', solar(8, 15, 1990), '1990年8月15日'],
    ['1990.8.15', solar(8, 15, 1990), '1990年8月15日'],
    ['19900815', solar(8, 15, 1990), '1990年8月15日'],
    ['1990年8月15日', solar(8, 15, 1990), '1990年8月15日'],
    ['1990 年 8 月 15 日', solar(8, 15, 1990), '1990年8月15日'],
    ['1990-08-15 00:00:00', solar(8, 15, 1990), '1990年8月15日'],
    ['１９９０－０８－１５', solar(8, 15, 1990), '1990年8月15日'],
    ['33100', solar(8, 15, 1990), '1990年8月15日'],
    ['8月15日', solar(8, 15), '8月15日'],
    ['  8月15号　', solar(8, 15), '8月15日'],
    ['08-15', solar(8, 15), '8月15日'],
    ['8/15', solar(8, 15), '8月15日'],
    ['公历8月15日', solar(8, 15), '8月15日'],
    ['2-29', solar(2, 29), '2月29日'],
    ['2000-02-29', solar(2, 29, 2000), '2000年2月29日'],
    ['农历八月十五', lunar(8, 15), '农历八月十五'],
    ['阴历八月十五', lunar(8, 15), '农历八月十五'],
    ['农历8月15', lunar(8, 15), '农历八月十五'],
    ['农历８月１５日', lunar(8, 15), '农历八月十五'],
    ['8月15日（农历）', lunar(8, 15), '农历八月十五'],
    ['农历闰六月初一', lunar(6, 1, null, true), '农历闰六月初一'],
    ['2025年农历闰六月初一', lunar(6, 1, 2025, true), '2025年农历闰六月初一'],
    ['农历1990年八月十五', lunar(8, 15, 1990), '1990年农历八月十五'],
    ['1990年农历八月十五', lunar(8, 15, 1990), '1990年农历八月十五'],
    ['农历正月初一', lunar(1, 1), '农历正月初一'],
    ['农历腊月廿九', lunar(12, 29), '农历腊月廿九'],
    ['农历腊月三十', lunar(12, 30), '农历腊月三十'],
    ['农历冬月二十', lunar(11, 20), '农历冬月二十'],
    ['农历十二月初八', lunar(12, 8), '农历腊月初八'],
    ['农历十一月二十一', lunar(11, 21), '农历冬月廿一'],
    ['腊月廿九', lunar(12, 29), '农历腊月廿九'],
  ];

  it.each(accepted)('reads %s', (text, birthday, canonical) => {
    expect(parsed(text)).toEqual(birthday);
    expect(formatBirthdayText(birthday)).toBe(canonical);
    expect(parsed(canonical)).toEqual(birthday);
  });

  it('reads back everything it writes, for every month and day', () => {
    const solarBirthdays = SOLAR_MONTH_DAYS.flatMap((monthDays, i) =>
      Array.from({ length: monthDays }, (_, d) => solar(i + 1, d + 1, d % 2 === 0 ? 1988 : null)),
    );
    const lunarBirthdays = Array.from({ length: 12 * 30 * 2 }, (_, n) => lunar((n % 12) + 1, (Math.floor(n / 12) % 30) + 1, null, n >= 360));
    for (const b of [...solarBirthdays, ...lunarBirthdays]) {
      const result = parseBirthdayText(formatBirthdayText(b));
      // 闰正月 and 闰腊月 never occur in 1900–2100, so they are refused rather than stored.
      if (b.leapMonth && (b.month === 1 || b.month === 12)) expect(result.ok).toBe(false);
      else expect(result).toEqual({ ok: true, birthday: b });
    }
  });

  const refused: [string, string][] = [
    ['abc', '看不懂这个生日：“abc”。请写成 1990-08-15、8月15日 或 农历八月十五'],
    ['1990', '看不懂这个生日：“1990”。请写成 1990-08-15、8月15日 或 农历八月十五'],
    ['99999', '看不懂这个生日：“99999”。请写成 1990-08-15、8月15日 或 农历八月十五'],
    ['农历33100', '看不懂这个生日：“农历33100”。请写成 1990-08-15、8月15日 或 农历八月十五'],
    ['农历八月初十五', '看不懂这个生日：“农历八月初十五”。请写成 1990-08-15、8月15日 或 农历八月十五'],
    ['8月农历15日', '看不懂这个生日：“8月农历15日”。请写成 1990-08-15、8月15日 或 农历八月十五'],
    ['   ', '没有填写生日'],
    ['2月30日', '2 月没有 30 日'],
    ['4/31', '4 月没有 31 日'],
    ['2023-02-29', '2023 年 2 月没有 29 日'],
    ['8月0日', '8 月没有 0 日'],
    ['13月1日', '月份要在 1–12 之间'],
    ['农历十三月初一', '月份要在 1–12 之间'],
    ['农历八月三十一', '农历每月最多 30 天'],
    ['农历8月32', '农历每月最多 30 天'],
    ['农历8月0', '农历日子要在初一到三十之间'],
    ['1850-08-15', '出生年份要在 1900–2100 之间'],
    ['农历2101年八月十五', '出生年份要在 1900–2100 之间'],
    ['80000', '出生年份要在 1900–2100 之间'],
    ['农历1990年闰六月初一', '1990 年农历没有闰六月（那年是闰五月）'],
    ['2026年农历闰六月初一', '2026 年农历没有闰六月（那年没有闰月）'],
    ['2025年农历腊月三十', '2025 年农历腊月只有 29 天'],
    ['2025年农历闰六月三十', '2025 年农历闰六月只有 29 天'],
    ['农历闰腊月初一', '1900–2100 年间农历没有闰腊月'],
    ['闰正月初一', '1900–2100 年间农历没有闰正月'],
    ['八月十五', '请注明“八月十五”是农历还是公历，例如 农历八月十五 或 8月15日'],
    ['公历闰六月初一', '公历没有闰月'],
  ];

  it.each(refused)('refuses %s: %s', (text, message) => {
    expect(refusal(text)).toBe(message);
  });

  it('accepts a lunar date with a year when that month really had 30 days or that leap month', () => {
    expect(parsed('2023年农历腊月三十')).toEqual(lunar(12, 30, 2023));
    expect(parsed('1990年农历闰五月初一')).toEqual(lunar(5, 1, 1990, true));
    expect(parsed('农历闰冬月初一')).toEqual(lunar(11, 1, null, true));
  });
});
