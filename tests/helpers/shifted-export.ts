import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeGbk } from './gbk';

const DAY_MS = 86_400_000;
const TIME = /(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})/g;
const NAME_STAMP = /(\d{4})(\d{2})(\d{2})(\d{4})\.csv$/;

function shiftDay(year: string, month: string, day: string, days: number): string {
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to` ('YYYY-MM-DD'). */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * A committed generated export (GBK, Taobao layout) moved `days` later: every time in it and the
 * stamp in its file name. The app follows the real clock in end-to-end runs, so the orders are
 * moved next to today to be the recent events follow-up rules look at. Order ids are untouched.
 */
export function shiftedExport(sourceDir: string, fileName: string, days: number, outDir: string): string {
  const text = new TextDecoder('gb18030').decode(readFileSync(join(sourceDir, fileName)));
  const shifted = text.replace(TIME, (_all, y: string, m: string, d: string, hh: string, mm: string, ss: string) => `${shiftDay(y, m, d, days)} ${hh}:${mm}:${ss}`);
  const name = fileName.replace(NAME_STAMP, (_all, y: string, m: string, d: string, hhmm: string) => `${shiftDay(y, m, d, days).replaceAll('-', '')}${hhmm}.csv`);
  const path = join(outDir, name);
  writeFileSync(path, encodeGbk(shifted));
  return path;
}
