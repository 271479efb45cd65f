/**
 * Solar (Gregorian) dates as 'YYYY-MM-DD' strings. Arithmetic goes through Date.UTC so the PC's
 * time zone and daylight saving never shift a day.
 */

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Throws a RangeError for anything but a real calendar date, so a typo never becomes another day. */
export function parseDate(date: string): Ymd {
  const match = DATE_PATTERN.exec(date);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  }
  return { year, month, day };
}

/** True for a real calendar date in 'YYYY-MM-DD' (2026-02-30 is not). */
export function isRealDate(date: string): boolean {
  try {
    parseDate(date);
    return true;
  } catch {
    return false;
  }
}

function toEpochDay(date: string): number {
  const { year, month, day } = parseDate(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromEpochDay(epochDay: number): string {
  const d = new Date(epochDay * DAY_MS);
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: string, days: number): string {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Days from a to b: positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return toEpochDay(b) - toEpochDay(a);
}

/**
 * The date an Excel cell holds as a serial number (1900 date system). Excel counts a
 * 1900-02-29 that never was, so serial 60 has no date and later serials are one day ahead.
 */
export function excelSerialToDate(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial === 60) return null;
  const base = Date.UTC(1899, 11, serial < 60 ? 31 : 30) / DAY_MS;
  return fromEpochDay(base + serial);
}
