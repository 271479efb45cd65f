import type { Birthday } from './birthday';
import { parseBirthdayText } from './birthday-text';
import { isLunarColumn } from './member-list-columns';

export interface MemberListMapping {
  nickColumn: number | null;
  phoneColumn: number | null;
  birthdayColumn: number;
}

export interface MemberListRow {
  line: number;
  nick: string | null;
  /** Digits only; null unless a whole 11-digit mobile number (a masked one identifies nobody). */
  phone: string | null;
  birthday: Birthday;
}

export interface MemberListRowProblem {
  line: number;
  column: string;
  message: string;
}

/**
 * Reads each row of a member list into who (nick and/or whole phone) and the birthday, or a
 * problem naming the line and column. Rows with neither a nick nor a phone, or no birthday, are
 * problems too: the owner sees every row that was not used and why.
 */
export function readMemberListRows(
  header: readonly string[],
  rows: readonly { line: number; cells: readonly string[] }[],
  mapping: MemberListMapping,
): { rows: MemberListRow[]; problems: MemberListRowProblem[] } {
  const columnName = (index: number | null) => (index === null ? '' : (header[index] ?? `第 ${index + 1} 列`));
  const birthdayHeader = columnName(mapping.birthdayColumn);
  const lunarColumn = isLunarColumn(birthdayHeader);
  const read: MemberListRow[] = [];
  const problems: MemberListRowProblem[] = [];
  for (const { line, cells } of rows) {
    if (cells.every((c) => c.trim() === '')) continue;
    const cell = (index: number | null) => (index === null ? '' : (cells[index] ?? '').trim());
    const nick = cell(mapping.nickColumn) || null;
    // Excel's leading ' and a +86 country code are how whole numbers are often written.
    const phoneText = cell(mapping.phoneColumn)
      .replace(/^'/, '')
      .replace(/[\s-]/g, '')
      .replace(/^(?:\+?86|0086)(?=1\d{10}$)/, '');
    const phone = /^1\d{10}$/.test(phoneText) ? phoneText : null;
    if (!nick && !phone) {
      const message = phoneText ? `手机号「${phoneText}」不是完整的 11 位手机号，这一行又没有买家昵称，认不出是谁` : '这一行没有买家昵称也没有手机号，认不出是谁';
      problems.push({ line, column: phoneText ? columnName(mapping.phoneColumn) : columnName(mapping.nickColumn ?? mapping.phoneColumn), message });
      continue;
    }
    const text = cell(mapping.birthdayColumn);
    // An empty cell stays empty (没有填写生日), not 农历 alone (看不懂“农历”).
    const lunarText = lunarColumn && text !== '' && !/农历|阴历|公历|阳历|新历/.test(text) && !/^\d{5}$/.test(text) ? `农历${text}` : text;
    const parsed = parseBirthdayText(lunarText);
    if (!parsed.ok) {
      problems.push({ line, column: birthdayHeader, message: parsed.message });
      continue;
    }
    read.push({ line, nick, phone, birthday: parsed.birthday });
  }
  return { rows: read, problems };
}
