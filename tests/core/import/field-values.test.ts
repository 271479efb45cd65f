import { describe, expect, it } from 'vitest';
import {
  cleanCell,
  isEmptyMarker,
  isMaskedValue,
  parseAddress,
  parseCount,
  parseDateTime,
  parseId,
  parseMoneyToFen,
  parsePhone,
  type Parsed,
} from '../../../src-main/core/import/field-values';

function value<T>(result: Parsed<T>): T {
  if (!result.ok) throw new Error(`expected ok, got error: ${result.message}`);
  return result.value;
}

function message<T>(result: Parsed<T>): string {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.message;
}

describe('cleanCell and isEmptyMarker', () => {
  it('strips the Excel guard, a leading apostrophe, TAB and spaces, and applies NFKC', () => {
    expect(cleanCell('="2515405727075138604"')).toBe('2515405727075138604');
    expect(cleanCell("'13925130165")).toBe('13925130165');
    expect(cleanCell('\t3712345678901234567')).toBe('3712345678901234567');
    expect(cleanCell('  １２３．４５ ')).toBe('123.45');
    expect(cleanCell('\u3000abc\u3000')).toBe('abc');
  });

  it('recognises the platforms’ empty markers only', () => {
    for (const marker of ['', '-', '--', '—', '——', '―', '－']) expect(isEmptyMarker(marker)).toBe(true);
    for (const text of ['0', 'a', '---', '- 1']) expect(isEmptyMarker(text)).toBe(false);
  });
});

describe('parseMoneyToFen', () => {
  it('reads plain amounts on the fast path', () => {
    expect(value(parseMoneyToFen('150.41'))).toBe(15041);
    expect(value(parseMoneyToFen('0'))).toBe(0);
    expect(value(parseMoneyToFen('0.00'))).toBe(0);
    expect(value(parseMoneyToFen('7'))).toBe(700);
    expect(value(parseMoneyToFen('7.5'))).toBe(750);
    expect(value(parseMoneyToFen('12.05'))).toBe(1205);
    expect(value(parseMoneyToFen('-3.20'))).toBe(-320);
  });

  it('is exact where floating point is not (0.29, 1.15, 4.35, 19.99 × 100)', () => {
    expect(value(parseMoneyToFen('0.29'))).toBe(29);
    expect(value(parseMoneyToFen('1.15'))).toBe(115);
    expect(value(parseMoneyToFen('4.35'))).toBe(435);
    expect(value(parseMoneyToFen('19.99'))).toBe(1999);
    expect(value(parseMoneyToFen('1,234.57'))).toBe(123457);
    expect(value(parseMoneyToFen('9999999999999.99'))).toBe(999999999999999);
  });

  it('never returns negative zero', () => {
    expect(Object.is(value(parseMoneyToFen('-0.00')), 0)).toBe(true);
    expect(Object.is(value(parseMoneyToFen('-0')), 0)).toBe(true);
    expect(Object.is(value(parseMoneyToFen('-¥0.00')), 0)).toBe(true);
  });

  it('accepts 元, ¥ / ￥, thousands separators and signs around the currency', () => {
    expect(value(parseMoneyToFen('0.00元'))).toBe(0);
    expect(value(parseMoneyToFen('88.80元'))).toBe(8880);
    expect(value(parseMoneyToFen('88.80 元'))).toBe(8880);
    expect(value(parseMoneyToFen('-3.2元'))).toBe(-320);
    expect(message(parseMoneyToFen('元'))).toBe('金额“元”不是数字');
    expect(message(parseMoneyToFen('1.234元'))).toContain('“1.234元”');
    expect(value(parseMoneyToFen('¥1,234.50'))).toBe(123450);
    expect(value(parseMoneyToFen('￥1,234.50'))).toBe(123450);
    expect(value(parseMoneyToFen('¥ 12'))).toBe(1200);
    expect(value(parseMoneyToFen('1,234'))).toBe(123400);
    expect(value(parseMoneyToFen('1,234,567.89'))).toBe(123456789);
    expect(value(parseMoneyToFen('-¥3.20'))).toBe(-320);
    expect(value(parseMoneyToFen('¥-3.20'))).toBe(-320);
    expect(value(parseMoneyToFen('\u22123.20'))).toBe(-320);
    expect(value(parseMoneyToFen('+3.20'))).toBe(320);
  });

  it('reads full-width digits, point, comma and sign (NFKC)', () => {
    expect(value(parseMoneyToFen('１５０．４１'))).toBe(15041);
    expect(value(parseMoneyToFen('１，２３４．５０元'))).toBe(123450);
    expect(value(parseMoneyToFen('－３．２０'))).toBe(-320);
  });

  it('trims spaces, TAB, the Excel guard and an apostrophe', () => {
    expect(value(parseMoneyToFen(' 150.41 '))).toBe(15041);
    expect(value(parseMoneyToFen('\t150.41'))).toBe(15041);
    expect(value(parseMoneyToFen('="150.41"'))).toBe(15041);
    expect(value(parseMoneyToFen("'150.41"))).toBe(15041);
  });

  it('accepts a leading or trailing decimal point and leading zeros', () => {
    expect(value(parseMoneyToFen('.5'))).toBe(50);
    expect(value(parseMoneyToFen('12.'))).toBe(1200);
    expect(value(parseMoneyToFen('007.10'))).toBe(710);
  });

  it('accepts extra decimals only when they are zeros', () => {
    expect(value(parseMoneyToFen('1.2300'))).toBe(123);
    expect(value(parseMoneyToFen('1.000'))).toBe(100);
    expect(value(parseMoneyToFen('¥1,234.5000元'))).toBe(123450);
    const msg = message(parseMoneyToFen('1.234'));
    expect(msg).toContain('“1.234”');
    expect(msg).toContain('3 位小数');
    expect(message(parseMoneyToFen('0.001'))).toContain('“0.001”');
  });

  it('maps the empty markers and 无退款申请 to null', () => {
    for (const raw of ['', ' ', '-', '——', '—', '--', '无退款申请', ' 无退款申请 ', '\t-']) {
      expect(value(parseMoneyToFen(raw))).toBeNull();
    }
  });

  it('names the value in the error for text that is not a number', () => {
    expect(message(parseMoneyToFen('abc'))).toBe('金额“abc”不是数字');
    expect(message(parseMoneyToFen('12元5角'))).toBe('金额“12元5角”不是数字');
    expect(message(parseMoneyToFen('1.2.3'))).toBe('金额“1.2.3”不是数字');
    expect(message(parseMoneyToFen('¥'))).toBe('金额“¥”不是数字');
    expect(message(parseMoneyToFen('.'))).toBe('金额“.”不是数字');
    expect(message(parseMoneyToFen('--3'))).toBe('金额“--3”不是数字');
    expect(message(parseMoneyToFen('-¥-3'))).toBe('金额“-¥-3”不是数字');
    expect(message(parseMoneyToFen('1 234'))).toBe('金额“1 234”不是数字');
    expect(message(parseMoneyToFen('12%'))).toBe('金额“12%”不是数字');
  });

  it('rejects misplaced thousands separators instead of guessing', () => {
    expect(message(parseMoneyToFen('12,34'))).toContain('“12,34”');
    expect(message(parseMoneyToFen('12,34'))).toContain('千位分隔符');
    expect(message(parseMoneyToFen('1,2345.00'))).toContain('千位分隔符');
    expect(message(parseMoneyToFen(',123'))).toContain('千位分隔符');
  });

  it('says when Excel turned the amount into scientific notation', () => {
    expect(message(parseMoneyToFen('1.2E+08'))).toContain('“1.2E+08”被 Excel 改成了科学计数法');
  });

  it('rejects amounts beyond exact integer fen', () => {
    expect(value(parseMoneyToFen('90071992547409.91'))).toBe(Number.MAX_SAFE_INTEGER);
    expect(message(parseMoneyToFen('90071992547409.92'))).toContain('太大');
    expect(message(parseMoneyToFen('123456789012345678'))).toContain('“123456789012345678”太大');
  });

  it('keeps long values in messages short and on one line', () => {
    const msg = message(parseMoneyToFen(`a\nb${'x'.repeat(100)}`));
    expect(msg).not.toContain('\n');
    expect(msg).toContain('…');
    expect(msg.length).toBeLessThan(60);
  });
});

describe('parseDateTime', () => {
  it('keeps yyyy-MM-dd HH:mm:ss as it is', () => {
    expect(value(parseDateTime('2024-05-23 22:02:05'))).toBe('2024-05-23 22:02:05');
    expect(value(parseDateTime('2016-01-01 00:00:00'))).toBe('2016-01-01 00:00:00');
    expect(value(parseDateTime('2023-12-31 23:59:59'))).toBe('2023-12-31 23:59:59');
  });

  it('normalises Excel’s yyyy/M/d H:mm and yyyy/M/d H:mm:ss', () => {
    expect(value(parseDateTime('2016/5/23 22:02'))).toBe('2016-05-23 22:02:00');
    expect(value(parseDateTime('2016/5/3 2:02'))).toBe('2016-05-03 02:02:00');
    expect(value(parseDateTime('2016/12/23 9:02:07'))).toBe('2016-12-23 09:02:07');
    expect(value(parseDateTime('2016/5/23'))).toBe('2016-05-23 00:00:00');
  });

  it('normalises yyyy-MM-dd HH:mm, yyyy-MM-dd, single digits and the T separator', () => {
    expect(value(parseDateTime('2024-05-23 22:02'))).toBe('2024-05-23 22:02:00');
    expect(value(parseDateTime('2024-05-23'))).toBe('2024-05-23 00:00:00');
    expect(value(parseDateTime('2024-5-3 8:05:09'))).toBe('2024-05-03 08:05:09');
    expect(value(parseDateTime('2024-05-23T22:02:05'))).toBe('2024-05-23 22:02:05');
    expect(value(parseDateTime('2024-05-23 22:02:05.123'))).toBe('2024-05-23 22:02:05');
    expect(value(parseDateTime('2024.05.23 22:02:05'))).toBe('2024-05-23 22:02:05');
  });

  it('normalises yyyy年M月d日 HH:mm:ss', () => {
    expect(value(parseDateTime('2024年5月3日 08:05:09'))).toBe('2024-05-03 08:05:09');
    expect(value(parseDateTime('2024年12月31日 23:59'))).toBe('2024-12-31 23:59:00');
    expect(value(parseDateTime('2024年5月3日'))).toBe('2024-05-03 00:00:00');
    expect(value(parseDateTime('2024年5月3日08:05:09'))).toBe('2024-05-03 08:05:09');
  });

  it('trims, reads full-width digits and colons, and strips the Excel guard', () => {
    expect(value(parseDateTime(' 2024-05-23 22:02:05 '))).toBe('2024-05-23 22:02:05');
    expect(value(parseDateTime('\t2024-05-23 22:02:05'))).toBe('2024-05-23 22:02:05');
    expect(value(parseDateTime('２０２４－０５－２３　２２：０２：０５'))).toBe('2024-05-23 22:02:05');
    expect(value(parseDateTime('="2024-05-23 22:02:05"'))).toBe('2024-05-23 22:02:05');
    expect(value(parseDateTime('2024-05-23   22:02:05'))).toBe('2024-05-23 22:02:05');
  });

  it('maps empty markers and zero dates to null', () => {
    for (const raw of ['', ' ', '-', '——', '0000-00-00 00:00:00', '0000-00-00', '0000/0/0 0:00']) {
      expect(value(parseDateTime(raw))).toBeNull();
    }
  });

  it('checks the calendar, including leap years', () => {
    expect(value(parseDateTime('2024-02-29 12:00:00'))).toBe('2024-02-29 12:00:00');
    expect(value(parseDateTime('2000-02-29 12:00:00'))).toBe('2000-02-29 12:00:00');
    expect(message(parseDateTime('2024-02-30 12:00:00'))).toBe('时间“2024-02-30 12:00:00”不是有效日期：2024 年 2 月没有 30 日');
    expect(message(parseDateTime('2023-02-29 12:00:00'))).toContain('2023 年 2 月没有 29 日');
    expect(message(parseDateTime('2100-02-29'))).toContain('“2100-02-29”');
    expect(message(parseDateTime('2024-04-31'))).toContain('4 月没有 31 日');
    expect(message(parseDateTime('2024/13/1 10:00'))).toContain('没有 13 月');
    expect(message(parseDateTime('2024-00-10'))).toContain('没有 0 月');
    expect(message(parseDateTime('2024-01-00 10:00:00'))).toContain('1 月没有 0 日');
  });

  it('checks the time of day', () => {
    expect(message(parseDateTime('2024-05-23 24:00:00'))).toContain('“2024-05-23 24:00:00”的时刻无效');
    expect(message(parseDateTime('2024-05-23 23:60:00'))).toContain('时刻无效');
    expect(message(parseDateTime('2024-05-23 23:59:60'))).toContain('时刻无效');
    expect(message(parseDateTime('2016/5/23 25:02'))).toContain('时刻无效');
  });

  it('rejects implausible years (Excel zero dates, typos)', () => {
    expect(message(parseDateTime('1899-12-30 00:00:00'))).toContain('年份 1899 不合理');
    expect(message(parseDateTime('0201-05-23 10:00:00'))).toContain('年份 201 不合理');
    expect(value(parseDateTime('1970-01-01 08:00:00'))).toBe('1970-01-01 08:00:00');
    expect(value(parseDateTime('2099-12-31 23:59:59'))).toBe('2099-12-31 23:59:59');
  });

  it('rejects other text, naming it', () => {
    expect(message(parseDateTime('昨天'))).toBe('时间“昨天”无法识别，应为“2024-05-23 22:02:00”这样的格式');
    expect(message(parseDateTime('2024-05/23'))).toContain('无法识别');
    expect(message(parseDateTime('2024-05-23 10'))).toContain('无法识别');
    expect(message(parseDateTime('23/05/2024 10:00'))).toContain('无法识别');
    expect(message(parseDateTime('2024-05-23T22:02:05Z'))).toContain('无法识别');
    expect(message(parseDateTime('2024-05-23 22:02:05+08:00'))).toContain('无法识别');
    expect(message(parseDateTime('2024-0a-23 22:02:05'))).toContain('无法识别');
  });

  it('says when Excel turned the date into a serial number', () => {
    expect(message(parseDateTime('42513.9180555556'))).toContain('“42513.9180555556”被 Excel 改成了数字');
  });

  it('never depends on the time zone of the PC', () => {
    // Both vitest projects (UTC and Asia/Shanghai) run this file; the result must be the same text.
    expect(value(parseDateTime('2024-03-10 02:30:00'))).toBe('2024-03-10 02:30:00');
    expect(value(parseDateTime('2024/1/1 0:00'))).toBe('2024-01-01 00:00:00');
  });
});

describe('parseId', () => {
  it('keeps long ids as exact text', () => {
    expect(value(parseId('2515405727075138604', '订单编号'))).toBe('2515405727075138604');
    expect(value(parseId('2528969504006910000', '订单编号'))).toBe('2528969504006910000');
    expect(value(parseId('240523-123456789012345', '订单号'))).toBe('240523-123456789012345');
    expect(value(parseId('SF1234567890123', '物流单号'))).toBe('SF1234567890123');
    expect(value(parseId('E123456789CN', '物流单号'))).toBe('E123456789CN');
    expect(value(parseId('JDVA01234567890', '运单号'))).toBe('JDVA01234567890');
  });

  it('strips the Excel guard, a leading TAB, an apostrophe and spaces', () => {
    expect(value(parseId('="2515405727075138604"', '订单编号'))).toBe('2515405727075138604');
    expect(value(parseId('\t4912345678901234567', '主订单编号'))).toBe('4912345678901234567');
    expect(value(parseId("'2515405727075138604", '订单编号'))).toBe('2515405727075138604');
    expect(value(parseId('  2515405727075138604  ', '订单编号'))).toBe('2515405727075138604');
    expect(value(parseId('="\t2515405727075138604 "', '订单编号'))).toBe('2515405727075138604');
    expect(value(parseId('２５１５４０５７２７', '订单编号'))).toBe('2515405727');
  });

  it('maps empty values and markers to null', () => {
    for (const raw of ['', ' ', '\t', '=""', '="-"', '-', '——']) expect(value(parseId(raw, '物流单号'))).toBeNull();
  });

  it('flags E-notation from Excel with the column label, never guessing digits', () => {
    expect(message(parseId('1.93068E+18', '订单编号'))).toBe(
      '订单编号 1.93068E+18 被 Excel 改成了科学计数法，无法还原。请从千牛重新导出 CSV。',
    );
    expect(message(parseId('2.52897E+18', '子订单编号'))).toBe(
      '子订单编号 2.52897E+18 被 Excel 改成了科学计数法，无法还原。请从千牛重新导出 CSV。',
    );
    expect(message(parseId('1.93068E+15', '订单编号'))).toContain('1.93068E+15');
    expect(message(parseId('2E+18', '订单编号'))).toContain('科学计数法');
    expect(message(parseId('1.5e18', '订单编号'))).toContain('科学计数法');
    expect(message(parseId(' 1.93068E+18 ', '订单编号'))).toContain('订单编号 1.93068E+18 ');
    expect(message(parseId('="1.93068E+18"', '订单编号'))).toContain('订单编号 1.93068E+18 ');
    expect(message(parseId('\t1.93068E+18', '主订单编号'))).toContain('主订单编号 1.93068E+18 ');
  });

  it('drops a float suffix ".0" from an integer id', () => {
    expect(value(parseId('123456789012.0', '订单编号'))).toBe('123456789012');
    expect(value(parseId('2515405727075138604.00', '订单编号'))).toBe('2515405727075138604');
    expect(value(parseId('12.5', '商品ID'))).toBe('12.5');
  });
});

describe('parsePhone', () => {
  it('recognises mobiles, with apostrophe, TAB, spaces and +86 / 86- prefixes stripped', () => {
    expect(parsePhone('13925130165')).toEqual({ value: '13925130165', kind: 'mobile' });
    expect(parsePhone("'13925130165")).toEqual({ value: '13925130165', kind: 'mobile' });
    expect(parsePhone("'1392513016x")).toEqual({ value: '1392513016x', kind: 'other' });
    expect(parsePhone('\t13925130165')).toEqual({ value: '13925130165', kind: 'mobile' });
    expect(parsePhone(' 13925130165 ')).toEqual({ value: '13925130165', kind: 'mobile' });
    expect(parsePhone('+8613925130165')).toEqual({ value: '13925130165', kind: 'mobile' });
    expect(parsePhone('+86 13925130165')).toEqual({ value: '13925130165', kind: 'mobile' });
    expect(parsePhone('+86-13925130165')).toEqual({ value: '13925130165', kind: 'mobile' });
    expect(parsePhone('86-13925130165')).toEqual({ value: '13925130165', kind: 'mobile' });
    expect(parsePhone('8613925130165')).toEqual({ value: '13925130165', kind: 'mobile' });
    expect(parsePhone('0086 13925130165')).toEqual({ value: '13925130165', kind: 'mobile' });
    expect(parsePhone('="13925130165"')).toEqual({ value: '13925130165', kind: 'mobile' });
    expect(parsePhone('１３９２５１３０１６５')).toEqual({ value: '13925130165', kind: 'mobile' });
    expect(parsePhone('139 2513 0165')).toEqual({ value: '13925130165', kind: 'mobile' });
    expect(parsePhone('139-2513-0165')).toEqual({ value: '13925130165', kind: 'mobile' });
  });

  it('recognises masked numbers', () => {
    expect(parsePhone('184****2212')).toEqual({ value: '184****2212', kind: 'masked' });
    expect(parsePhone('1******6198')).toEqual({ value: '1******6198', kind: 'masked' });
    expect(parsePhone("'184****2212")).toEqual({ value: '184****2212', kind: 'masked' });
    expect(parsePhone('+86-184****2212')).toEqual({ value: '184****2212', kind: 'masked' });
    expect(parsePhone('184＊＊＊＊2212')).toEqual({ value: '184****2212', kind: 'masked' });
    expect(parsePhone('170****5678-1234')).toEqual({ value: '170****5678-1234', kind: 'masked' });
  });

  it('recognises virtual numbers with an extension', () => {
    expect(parsePhone('17012345678-1234')).toEqual({ value: '17012345678-1234', kind: 'virtual' });
    expect(parsePhone("'17012345678-1234")).toEqual({ value: '17012345678-1234', kind: 'virtual' });
    expect(parsePhone('17012345678转1234')).toEqual({ value: '17012345678-1234', kind: 'virtual' });
    expect(parsePhone('17012345678_1234')).toEqual({ value: '17012345678-1234', kind: 'virtual' });
    expect(parsePhone('+86 17012345678-1234')).toEqual({ value: '17012345678-1234', kind: 'virtual' });
  });

  it('recognises landlines', () => {
    expect(parsePhone('0371-12345678')).toEqual({ value: '0371-12345678', kind: 'landline' });
    expect(parsePhone('010-1234567')).toEqual({ value: '010-1234567', kind: 'landline' });
    expect(parsePhone('02161234567')).toEqual({ value: '02161234567', kind: 'landline' });
    expect(parsePhone("'0371-12345678")).toEqual({ value: '0371-12345678', kind: 'landline' });
    expect(parsePhone('0371-12345678-801')).toEqual({ value: '0371-12345678-801', kind: 'landline' });
  });

  it('recognises Douyin ciphertext', () => {
    expect(parsePhone('##ABCDEF0123456789==')).toEqual({ value: '##ABCDEF0123456789==', kind: 'encrypted' });
    expect(parsePhone('\t$$Qk9CMTIzNDU2Nzg5##1')).toEqual({ value: '$$Qk9CMTIzNDU2Nzg5##1', kind: 'encrypted' });
  });

  it('keeps anything else as other', () => {
    expect(parsePhone('12345')).toEqual({ value: '12345', kind: 'other' });
    expect(parsePhone('1392513016')).toEqual({ value: '1392513016', kind: 'other' });
    expect(parsePhone('139251301650')).toEqual({ value: '139251301650', kind: 'other' });
    expect(parsePhone('13925130165,13812345678')).toEqual({ value: '13925130165,13812345678', kind: 'other' });
    expect(parsePhone('+1 415 555 0100')).toEqual({ value: '+1 415 555 0100', kind: 'other' });
    expect(parsePhone('无')).toEqual({ value: '无', kind: 'other' });
  });

  it('maps empty cells, a lone TAB and empty markers to null', () => {
    for (const raw of ['', ' ', '\t', "'", '-', '——', '=""', '+86']) expect(parsePhone(raw)).toBeNull();
  });
});

describe('isMaskedValue', () => {
  it('is true for masked nicks, names, phones and addresses', () => {
    for (const raw of ['t**9', '段*', '人民****', '184****2212', '1******6198', '张＊', '*']) {
      expect(isMaskedValue(raw)).toBe(true);
    }
  });

  it('is true for Douyin ciphertext, even behind a TAB', () => {
    expect(isMaskedValue('##ABCDEF==')).toBe(true);
    expect(isMaskedValue('$$ABCDEF==')).toBe(true);
    expect(isMaskedValue('\t##ABCDEF==')).toBe(true);
  });

  it('is false for plain values and missing ones', () => {
    for (const raw of ['tb123456', '段小姐', '13925130165', '河南省 郑州市 金水区 人民路1号', '#1号楼', '$5', '', null, undefined]) {
      expect(isMaskedValue(raw)).toBe(false);
    }
  });
});

describe('parseAddress', () => {
  it('splits a Taobao 收货地址 with postcode', () => {
    expect(parseAddress('河南省 郑州市 金水区 人民路1号(450008)')).toEqual({
      province: '河南省',
      city: '郑州市',
      district: '金水区',
      detail: '人民路1号',
      postcode: '450008',
    });
  });

  it('handles municipalities', () => {
    expect(parseAddress('北京 北京市 朝阳区 建国路88号(100022)')).toEqual({
      province: '北京',
      city: '北京市',
      district: '朝阳区',
      detail: '建国路88号',
      postcode: '100022',
    });
    expect(parseAddress('上海 上海市 浦东新区 世纪大道100号')).toEqual({
      province: '上海',
      city: '上海市',
      district: '浦东新区',
      detail: '世纪大道100号',
      postcode: null,
    });
    expect(parseAddress('重庆 县 巫山县 广东路1号')).toMatchObject({ province: '重庆', city: '县', district: '巫山县', detail: '广东路1号' });
    expect(parseAddress('北京 朝阳区 建国路88号')).toMatchObject({ province: '北京', city: null, district: '朝阳区', detail: '建国路88号' });
  });

  it('keeps the 街道 of a 4-part address in the detail', () => {
    expect(parseAddress('浙江省 杭州市 余杭区 五常街道 文一西路969号(311121)')).toEqual({
      province: '浙江省',
      city: '杭州市',
      district: '余杭区',
      detail: '五常街道 文一西路969号',
      postcode: '311121',
    });
  });

  it('handles a missing postcode, full-width parentheses and extra spaces', () => {
    expect(parseAddress('河南省 郑州市 金水区 人民路1号')).toMatchObject({ detail: '人民路1号', postcode: null });
    expect(parseAddress('河南省 郑州市 金水区 人民路1号（450008）')).toMatchObject({ detail: '人民路1号', postcode: '450008' });
    expect(parseAddress('  河南省  郑州市\u3000金水区   人民路 1号 ( 450008 ) ')).toEqual({
      province: '河南省',
      city: '郑州市',
      district: '金水区',
      detail: '人民路 1号',
      postcode: '450008',
    });
    expect(parseAddress('河南省 郑州市 金水区 人民路1号(000000)')).toMatchObject({ detail: '人民路1号', postcode: null });
  });

  it('handles autonomous regions, prefectures, leagues and cities without districts', () => {
    expect(parseAddress('新疆维吾尔自治区 乌鲁木齐市 天山区 解放南路1号')).toMatchObject({
      province: '新疆维吾尔自治区',
      city: '乌鲁木齐市',
      district: '天山区',
    });
    expect(parseAddress('湖北省 恩施土家族苗族自治州 恩施市 舞阳大道1号')).toMatchObject({
      city: '恩施土家族苗族自治州',
      district: '恩施市',
    });
    expect(parseAddress('内蒙古 锡林郭勒盟 锡林浩特市 额尔敦路1号')).toMatchObject({ province: '内蒙古', city: '锡林郭勒盟' });
    expect(parseAddress('广东省 东莞市 长安镇 振安路1号')).toMatchObject({ city: '东莞市', district: '长安镇', detail: '振安路1号' });
    expect(parseAddress('海南省 省直辖县级行政区划 琼海市 嘉积镇1号')).toMatchObject({
      city: '省直辖县级行政区划',
      district: '琼海市',
      detail: '嘉积镇1号',
    });
  });

  it('keeps what it cannot split in detail', () => {
    expect(parseAddress('河南省 郑州市 金水区')).toEqual({
      province: '河南省',
      city: '郑州市',
      district: '金水区',
      detail: null,
      postcode: null,
    });
    expect(parseAddress('河南省 郑州市金水区人民路1号')).toEqual({
      province: '河南省',
      city: null,
      district: null,
      detail: '郑州市金水区人民路1号',
      postcode: null,
    });
    expect(parseAddress('河南省 郑州市 金水区 人民****')).toMatchObject({ detail: '人民****' });
  });

  it('returns all parts null and the trimmed text as detail when unparseable', () => {
    const none = { province: null, city: null, district: null, postcode: null };
    expect(parseAddress(' 河南郑州市金水区人民路1号 ')).toEqual({ ...none, detail: '河南郑州市金水区人民路1号' });
    expect(parseAddress('火星 奥林匹斯山 1号(450008)')).toEqual({ ...none, detail: '火星 奥林匹斯山 1号(450008)' });
    expect(parseAddress('##ENCRYPTEDADDRESS==')).toEqual({ ...none, detail: '##ENCRYPTEDADDRESS==' });
    expect(parseAddress('河南省')).toEqual({ ...none, detail: '河南省' });
    expect(parseAddress('(450008)')).toEqual({ ...none, detail: '(450008)' });
    expect(parseAddress('')).toEqual({ ...none, detail: null });
    expect(parseAddress('  ')).toEqual({ ...none, detail: null });
    expect(parseAddress('-')).toEqual({ ...none, detail: null });
  });

  it('never throws, even on values that are not strings', () => {
    expect(() => parseAddress(undefined as unknown as string)).not.toThrow();
    expect(parseAddress(null as unknown as string).detail).toBeNull();
  });
});

describe('parseCount', () => {
  it('reads plain, unit-suffixed, grouped and full-width quantities', () => {
    expect(value(parseCount('2'))).toBe(2);
    expect(value(parseCount('0'))).toBe(0);
    expect(value(parseCount('2件'))).toBe(2);
    expect(value(parseCount('3 个'))).toBe(3);
    expect(value(parseCount('1,000'))).toBe(1000);
    expect(value(parseCount('１２'))).toBe(12);
    expect(value(parseCount(' 2 '))).toBe(2);
    expect(value(parseCount('2.0'))).toBe(2);
    expect(value(parseCount('+2'))).toBe(2);
    expect(value(parseCount('007'))).toBe(7);
    expect(value(parseCount('999999999999999'))).toBe(999999999999999);
  });

  it('maps empty cells and markers to null', () => {
    for (const raw of ['', ' ', '-', '——']) expect(value(parseCount(raw))).toBeNull();
  });

  it('names the value in its errors', () => {
    expect(message(parseCount('abc'))).toBe('数量“abc”不是整数');
    expect(message(parseCount('2.5'))).toBe('数量“2.5”不是整数');
    expect(message(parseCount('-1'))).toBe('数量“-1”不能是负数');
    expect(message(parseCount('2公斤'))).toBe('数量“2公斤”不是整数');
    expect(message(parseCount('1,00'))).toContain('“1,00”的千位分隔符');
    expect(message(parseCount('1e3'))).toBe('数量“1e3”不是整数');
    expect(message(parseCount('1234567890123456'))).toBe('数量“1234567890123456”太大');
  });
});
