import type { MemberListImportDto, UpcomingBirthdayDto } from '@contract';
import { formatCount } from './numbers';
import { formatInstant } from './relative-date';

/** 32 岁, or — when the birth year is not known. */
export function formatAge(age: number | null): string {
  return age === null ? '—' : `${age} 岁`;
}

/** A lunar birthday moves every year, so the solar day it falls on this time is shown beside it. */
export function formatBirthdayWithDate(item: Pick<UpcomingBirthdayDto, 'birthdayText' | 'birthday' | 'date'>): string {
  return item.birthday.calendar === 'lunar' ? `${item.birthdayText}（公历 ${item.date}）` : item.birthdayText;
}

/** 已发送 · 小美 · 2026-09-20 10:30 (the time in the shop's time zone, once it is known). */
export function formatSent(sent: NonNullable<UpcomingBirthdayDto['sent']>, timeZone: string | undefined): string {
  return ['已发送', sent.staffName, timeZone ? formatInstant(sent.sentAt, timeZone) : null].filter(Boolean).join(' · ');
}

/** 共 12 位 and, when some were held back, why the list is shorter than the book. */
export function formatUpcomingCount(listed: number, leftOut: number): string {
  const count = `共 ${formatCount(listed)} 位`;
  return leftOut > 0 ? `${count}，另有 ${formatCount(leftOut)} 位在黑名单或免打扰，未列出` : count;
}

export interface MemberListCount {
  key: keyof Pick<MemberListImportDto, 'set' | 'unchanged' | 'kept' | 'notFound' | 'ambiguous'>;
  label: string;
}

/** What a member-list import did with its rows, in the order the owner reads them. */
export const MEMBER_LIST_COUNTS: readonly MemberListCount[] = [
  { key: 'set', label: '将写入' },
  { key: 'unchanged', label: '相同' },
  { key: 'kept', label: '已有生日保留' },
  { key: 'notFound', label: '找不到客户' },
  { key: 'ambiguous', label: '手机号对应多位客户' },
];

/** 第 12 行 */
export function formatListLine(line: number): string {
  return `第 ${formatCount(line)} 行`;
}
