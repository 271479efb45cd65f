import { describe, expect, it } from 'vitest';
import {
  booleanText,
  isDateFormat,
  isoDateText,
  numberCellText,
  numberText,
  serialToDateTime,
} from '../../../../src-main/core/import/xlsx/cell-values';
import { parseDateTime, parseId, parseMoneyToFen } from '../../../../src-main/core/import/field-values';

describe('isDateFormat', () => {
  it('knows the built-in date formats, including the CJK ones', () => {
    for (const id of [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 31, 36, 45, 46, 47, 50, 57, 58]) expect(isDateFormat(id, undefined), String(id)).toBe(true);
    for (const id of [0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 37, 40, 48, 49]) expect(isDateFormat(id, undefined), String(id)).toBe(false);
  });

  it('reads custom codes: date letters count, literals, escapes, colours and locales do not', () => {
    const dates = ['yyyy/m/d\\ h:mm:ss', 'yyyy-mm-dd', 'yyyy"年"m"月"d"日"', '[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy', '[h]:mm:ss', '[mm]:ss', 'h:mm AM/PM', '[DBNum1][$-804]yyyy"年"m"月"d"日"', 'YYYY-MM-DD HH:MM', 'm/d', '上午/下午h"时"mm"分"'];
    for (const code of dates) expect(isDateFormat(170, code), code).toBe(true);
    const numbers = ['General', '0.00', '#,##0', '"¥"#,##0.00;[Red]\\-"¥"#,##0.00', '0.00"元"', '_-* #,##0.00_-;\\-* #,##0.00_-;_-* "-"??_-;_-@_-', '[$¥-804]#,##0.00', '0.00E+00', '@', '[DBNum1]General', '0"天"', '#,##0"单"', '[Red][<=100]0;[Blue][>100]0'];
    for (const code of numbers) expect(isDateFormat(170, code), code).toBe(false);
  });

  it('lets a custom code override a built-in id', () => {
    expect(isDateFormat(14, '0.00')).toBe(false);
    expect(isDateFormat(2, 'yyyy-mm-dd')).toBe(true);
  });
});

describe('serialToDateTime', () => {
  it('converts 1900-system serials, including the phantom 1900-02-29', () => {
    expect(serialToDateTime(1, false)).toBe('1900-01-01 00:00:00');
    expect(serialToDateTime(59, false)).toBe('1900-02-28 00:00:00');
    expect(serialToDateTime(60, false)).toBe('1900-02-29 00:00:00');
    expect(serialToDateTime(61, false)).toBe('1900-03-01 00:00:00');
    expect(serialToDateTime(25569, false)).toBe('1970-01-01 00:00:00');
    expect(serialToDateTime(45292, false)).toBe('2024-01-01 00:00:00');
    expect(serialToDateTime(45351, false)).toBe('2024-02-29 00:00:00');
  });

  it('keeps the time of day, rounded to the second', () => {
    expect(serialToDateTime(45356.379861111112, false)).toBe('2024-03-05 09:07:00');
    expect(serialToDateTime(45382.56496527778, false)).toBe('2024-03-31 13:33:33');
    expect(serialToDateTime(45356.99999999, false)).toBe('2024-03-06 00:00:00');
    expect(serialToDateTime(45356.5, false)).toBe('2024-03-05 12:00:00');
  });

  it('converts 1904-system serials', () => {
    expect(serialToDateTime(0, true)).toBe('1904-01-01 00:00:00');
    expect(serialToDateTime(45292 - 1462, true)).toBe('2024-01-01 00:00:00');
    expect(serialToDateTime(43831 - 1462 + 0.75, true)).toBe('2020-01-01 18:00:00');
  });

  it('gives up on serials no date has', () => {
    expect(serialToDateTime(-1, false)).toBeNull();
    expect(serialToDateTime(3e6, false)).toBeNull();
    expect(serialToDateTime(Number.NaN, false)).toBeNull();
  });

  it('agrees with a brute-force day count over 1900–2100', () => {
    let day = 61;
    for (let y = 1900; y <= 2100; y++) {
      for (let m = 1; m <= 12; m++) {
        const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
        for (let d = 1; d <= days; d++) {
          if (y === 1900 && m < 3) continue;
          const want = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')} 00:00:00`;
          if (serialToDateTime(day, false) !== want) throw new Error(`${day}: ${serialToDateTime(day, false)} ≠ ${want}`);
          day += 1;
        }
      }
    }
    expect(day).toBeGreaterThan(73000);
  });
});

describe('numberText', () => {
  it('keeps numbers of up to 15 significant digits as written', () => {
    for (const v of ['150.41', '150.4', '299', '0', '-3.2', '13800138000', '77952062383282', '0.015', '123456789012345']) expect(numberText(v)).toBe(v);
  });

  it('turns an integer of more than 15 digits (an id that lost digits) into E-notation the id parser flags', () => {
    expect(numberText('2528969504006914300')).toBe('2.5289695040069143E+18');
    expect(numberText('2528969504006910000')).toBe('2.52896950400691E+18');
    expect(numberText('2000000000000000000')).toBe('2E+18');
    expect(numberText('1234567890123456')).toBe('1.234567890123456E+15');
    for (const v of ['2528969504006914300', '2000000000000000000']) {
      const parsed = parseId(numberText(v), '订单编号');
      expect(parsed.ok).toBe(false);
    }
  });

  it('keeps E-notation of big numbers as stored, so the id and money parsers report it', () => {
    expect(numberText('2.5289695040069144E+18')).toBe('2.5289695040069144E+18');
    expect(numberText('2.52897E+18')).toBe('2.52897E+18');
    expect(parseId(numberText('2.5289695040069144E+18'), '订单编号')).toMatchObject({ ok: false });
  });

  it('rounds float noise to 15 significant digits, as Excel shows the number', () => {
    expect(numberText('150.41000000000003')).toBe('150.41');
    expect(numberText('0.30000000000000004')).toBe('0.3');
    expect(numberText('1.0000000000000001E-5')).toBe('0.00001');
    expect(numberText('1.5E-2')).toBe('0.015');
    expect(parseMoneyToFen(numberText('150.41000000000003'))).toEqual({ ok: true, value: 15041 });
  });

  it('leaves text that is not a number alone', () => {
    expect(numberText('abc')).toBe('abc');
    expect(numberText('')).toBe('');
  });
});

describe('numberCellText, booleans and ISO dates', () => {
  it('applies a date style to a serial and gives what parseDateTime takes unchanged', () => {
    const text = numberCellText('45382.564965277778', true, false);
    expect(text).toBe('2024-03-31 13:33:33');
    expect(parseDateTime(text)).toEqual({ ok: true, value: text });
    expect(numberCellText('45382.564965277778', false, false)).toBe('45382.5649652778');
    expect(numberCellText('-5', true, false)).toBe('-5');
  });

  it('writes booleans as TRUE/FALSE and ISO dates with a space', () => {
    expect(booleanText('1')).toBe('TRUE');
    expect(booleanText('0')).toBe('FALSE');
    expect(isoDateText('2024-03-05T09:07:00')).toBe('2024-03-05 09:07:00');
    expect(isoDateText('2024-03-05T09:07:00.000Z')).toBe('2024-03-05 09:07:00');
    expect(isoDateText('2024-03-05')).toBe('2024-03-05 00:00:00');
    expect(isoDateText('yesterday')).toBe('yesterday');
  });
});
