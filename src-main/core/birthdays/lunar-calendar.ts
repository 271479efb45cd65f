/**
 * The one door to lunar-typescript, so the rest of the birthday code stays library-agnostic
 * and months are always positive numbers with a separate leap flag (the library uses negatives).
 */
import { Lunar, LunarMonth, LunarYear, Solar } from 'lunar-typescript';
import { parseDate } from '../calendar-dates';

export interface LunarDate {
  year: number;
  /** 1..12, positive also in a leap month. */
  month: number;
  day: number;
  leap: boolean;
}

export function lunarOf(solarDate: string): LunarDate {
  const { year, month, day } = parseDate(solarDate);
  const lunar = Solar.fromYmd(year, month, day).getLunar();
  const lunarMonth = lunar.getMonth();
  return { year: lunar.getYear(), month: Math.abs(lunarMonth), day: lunar.getDay(), leap: lunarMonth < 0 };
}

/** The month that has a leap twin in that lunar year, 0 when none. */
export function leapMonthOf(lunarYear: number): number {
  return LunarYear.fromYear(lunarYear).getLeapMonth();
}

/** 29 or 30; a RangeError when the year has no such (leap) month. */
export function lunarMonthDays(lunarYear: number, month: number, leap: boolean): number {
  const lunarMonth = Number.isInteger(month) && month >= 1 && month <= 12 ? LunarMonth.fromYm(lunarYear, leap ? -month : month) : null;
  if (lunarMonth === null) throw new RangeError(`Lunar year ${lunarYear} has no ${leap ? 'leap ' : ''}month ${month}`);
  return lunarMonth.getDayCount();
}

/** The solar date of a lunar date; a RangeError when that lunar date does not exist. */
export function solarOf(lunarYear: number, month: number, day: number, leap: boolean): string {
  const monthDays = lunarMonthDays(lunarYear, month, leap);
  if (!Number.isInteger(day) || day < 1 || day > monthDays) {
    throw new RangeError(`Lunar year ${lunarYear} ${leap ? 'leap ' : ''}month ${month} has no day ${day}`);
  }
  return Lunar.fromYmd(lunarYear, leap ? -month : month, day).getSolar().toYmd();
}
