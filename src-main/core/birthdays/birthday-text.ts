import type { Birthday } from './birthday';
import { daysInMonth, excelSerialToDate, parseDate } from '../calendar-dates';
import { leapMonthOf, lunarMonthDays } from './lunar-calendar';
import { LUNAR_ONLY_CHARACTERS, lunarDayName, lunarMonthName, parseDayName, parseMonthName } from './lunar-names';

export type BirthdayTextParse = { ok: true; birthday: Birthday } | { ok: false; message: string };

export const MIN_BIRTH_YEAR = 1900;
export const MAX_BIRTH_YEAR = 2100;

/** As people say it: 8月15日, 1990年8月15日, 农历八月十五, 1990年农历闰六月初一. */
export function formatBirthdayText(b: Birthday): string {
  const year = b.year === null ? '' : `${b.year}年`;
  if (b.calendar === 'solar') return `${year}${b.month}月${b.day}日`;
  return `${year}农历${lunarMonthName(b.month, b.leapMonth)}${lunarDayName(b.day)}`;
}

interface DateParts {
  year: number | null;
  month: number;
  day: number;
  leap: boolean;
  /** Written with 初, 廿, 腊月 and the like: lunar even without 农历. */
  lunarWords: boolean;
  /** Written with Chinese numerals only (八月十五): could be either calendar. */
  chineseNumerals: boolean;
}

const LUNAR_MARKS = new Set(['农历', '阴历', '旧历']);
const CALENDAR_MARK = /\(?(农历|阴历|旧历|公历|阳历|新历)\)?/g;
const FULL_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_DAY = /^(\d{1,2})[-/.](\d{1,2})$/;
const WORDS_DATE = /^(?:(\d{4})年)?(闰)?([^年月日号]+)月([^年月日号]+)[日号]?$/;
const EXCEL_SERIAL = /^(\d{5})(?:\.\d+)?$/;
const MAX_EXCEL_SERIAL = 80_000;

function fail(message: string): BirthdayTextParse {
  return { ok: false, message };
}

function notUnderstood(text: string): BirthdayTextParse {
  return fail(`看不懂这个生日：“${text}”。请写成 1990-08-15、8月15日 或 农历八月十五`);
}

/** Full-width characters from IME input and a midnight time from spreadsheets are noise, not meaning. */
function normalize(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .trim()
    .replace(/\s+\d{1,2}:\d{2}(?::\d{2})?$/, '')
    .replace(/\s+/g, '');
}

/** 农历 and the like at the start, after the year, or at the end (8月15日(农历)); null when misplaced or repeated. */
function takeCalendarMark(text: string): { calendar: Birthday['calendar'] | null; rest: string } | null {
  const marks = [...text.matchAll(CALENDAR_MARK)];
  const mark = marks[0];
  if (mark === undefined) return { calendar: null, rest: text };
  if (marks.length > 1) return null;
  const before = text.slice(0, mark.index);
  const after = text.slice(mark.index + mark[0].length);
  if (before !== '' && after !== '' && !/^\d{4}年$/.test(before)) return null;
  return { calendar: LUNAR_MARKS.has(mark[1] ?? '') ? 'lunar' : 'solar', rest: before + after };
}

function digitParts(year: number | null, month: number, day: number): DateParts {
  return { year, month, day, leap: false, lunarWords: false, chineseNumerals: false };
}

/** A bare 5-digit number is what Excel holds for a date cell; it is always a solar date. */
function excelSerialParts(serial: number): DateParts | null {
  const date = serial <= MAX_EXCEL_SERIAL ? excelSerialToDate(serial) : null;
  if (date === null) return null;
  const { year, month, day } = parseDate(date);
  return digitParts(year, month, day);
}

function splitDate(text: string, calendar: Birthday['calendar'] | null): DateParts | null {
  const serial = EXCEL_SERIAL.exec(text);
  if (serial) return calendar === 'lunar' ? null : excelSerialParts(Number(serial[1]));
  const full = FULL_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  if (full) return digitParts(Number(full[1]), Number(full[2]), Number(full[3]));
  const monthDay = MONTH_DAY.exec(text);
  if (monthDay) return digitParts(null, Number(monthDay[1]), Number(monthDay[2]));
  const words = WORDS_DATE.exec(text);
  if (!words) return null;
  const [, year, leap, monthText = '', dayText = ''] = words;
  const month = parseMonthName(monthText);
  const day = parseDayName(dayText);
  if (month === null || day === null) return null;
  const lunarWords = leap !== undefined || LUNAR_ONLY_CHARACTERS.test(monthText + dayText);
  const chineseNumerals = !/^\d+$/.test(monthText) || !/^\d+$/.test(dayText);
  return { year: year === undefined ? null : Number(year), month, day, leap: leap !== undefined, lunarWords, chineseNumerals };
}

/** Digits alone mean solar; 初, 廿, 腊月 and 闰 mean lunar; plain Chinese numerals (八月十五) could be either. */
function impliedCalendar(parts: DateParts): Birthday['calendar'] | null {
  if (parts.lunarWords) return 'lunar';
  return parts.chineseNumerals ? null : 'solar';
}

let leapMonthsInRange: Set<number> | null = null;

/** Leap months that occur at all in the years people are born in (闰正月 and 闰腊月 never do). */
function leapMonthOccurs(month: number): boolean {
  if (leapMonthsInRange === null) {
    leapMonthsInRange = new Set<number>();
    for (let year = MIN_BIRTH_YEAR; year <= MAX_BIRTH_YEAR; year++) leapMonthsInRange.add(leapMonthOf(year));
  }
  return leapMonthsInRange.has(month);
}

function checkSolar(parts: DateParts): BirthdayTextParse {
  const { year, month, day } = parts;
  // Without a year, 2-29 is a real birthday (celebrated on 02-28 in other years).
  const monthDays = daysInMonth(year ?? 2000, month);
  if (day < 1 || day > monthDays) return fail(`${year === null ? '' : `${year} 年 `}${month} 月没有 ${day} 日`);
  return { ok: true, birthday: { calendar: 'solar', year, month, day, leapMonth: false } };
}

function checkLunar(parts: DateParts): BirthdayTextParse {
  const { year, month, day, leap } = parts;
  if (day > 30) return fail('农历每月最多 30 天');
  if (day < 1) return fail('农历日子要在初一到三十之间');
  const monthName = lunarMonthName(month, leap);
  if (year === null) {
    if (leap && !leapMonthOccurs(month)) return fail(`${MIN_BIRTH_YEAR}–${MAX_BIRTH_YEAR} 年间农历没有${monthName}`);
  } else {
    const leapMonth = leapMonthOf(year);
    if (leap && leapMonth !== month) {
      const actual = leapMonth === 0 ? '那年没有闰月' : `那年是${lunarMonthName(leapMonth, true)}`;
      return fail(`${year} 年农历没有${monthName}（${actual}）`);
    }
    const monthDays = lunarMonthDays(year, month, leap);
    if (day > monthDays) return fail(`${year} 年农历${monthName}只有 ${monthDays} 天`);
  }
  return { ok: true, birthday: { calendar: 'lunar', year, month, day, leapMonth: leap } };
}

/**
 * Why a birthday as staff picked it cannot be: a leap month its birth year does not have, a lunar
 * day 30 in that year's 29-day month, 4-31; null when it can.
 */
export function birthdayProblem(b: Birthday): string | null {
  const parts: DateParts = { year: b.year, month: b.month, day: b.day, leap: b.leapMonth, lunarWords: false, chineseNumerals: false };
  const checked = b.calendar === 'lunar' ? checkLunar(parts) : checkSolar(parts);
  return checked.ok ? null : checked.message;
}

/**
 * A birthday as staff type it or a member list (会员名单) holds it. Plain Chinese numerals
 * (八月十五) are refused without 农历 or 公历, since shops use both and a wrong guess sends the
 * offer on the wrong day.
 */
export function parseBirthdayText(text: string): BirthdayTextParse {
  const shown = text.trim();
  if (shown === '') return fail('没有填写生日');
  const marked = takeCalendarMark(normalize(text));
  const parts = marked === null ? null : splitDate(marked.rest, marked.calendar);
  if (marked === null || parts === null) return notUnderstood(shown);
  if (parts.year !== null && (parts.year < MIN_BIRTH_YEAR || parts.year > MAX_BIRTH_YEAR)) {
    return fail(`出生年份要在 ${MIN_BIRTH_YEAR}–${MAX_BIRTH_YEAR} 之间`);
  }
  if (parts.month < 1 || parts.month > 12) return fail('月份要在 1–12 之间');

  const calendar = marked.calendar ?? impliedCalendar(parts);
  if (calendar === null) return fail(`请注明“${shown}”是农历还是公历，例如 农历八月十五 或 8月15日`);
  if (calendar === 'lunar') return checkLunar(parts);
  if (parts.leap) return fail('公历没有闰月');
  if (parts.lunarWords) return notUnderstood(shown);
  return checkSolar(parts);
}
