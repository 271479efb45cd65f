import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../src-renderer/api/api-call-error';
import { errorText } from '../../src-renderer/format/api-error';
import { formatBirthday } from '../../src-renderer/format/birthday';
import { customerName, formatAddress } from '../../src-renderer/format/customer';
import { formatDaysAgo, formatInstant, todayIn } from '../../src-renderer/format/relative-date';

describe('the customer drawer formats', () => {
  it('names a customer by nick, then receiver, then record number', () => {
    expect(customerName({ id: 3, buyerNick: 'tb4229229', receiverName: '许颖超' })).toBe('tb4229229');
    expect(customerName({ id: 3, buyerNick: null, receiverName: '许颖超' })).toBe('许颖超');
    expect(customerName({ id: 3, buyerNick: null, receiverName: null })).toBe('客户 #3');
  });

  it('writes the region once, whether or not the export repeated it in the address', () => {
    const region = { province: '浙江省', city: '宁波市', district: '鄞州区' };
    expect(formatAddress({ ...region, address: '浙江省 宁波市 鄞州区 文化路242号' })).toBe('浙江省 宁波市 鄞州区 文化路242号');
    expect(formatAddress({ ...region, address: '浙江省宁波市鄞州区文化路242号' })).toBe('浙江省宁波市鄞州区文化路242号');
    expect(formatAddress({ ...region, address: '文化路242号' })).toBe('浙江省 宁波市 鄞州区 文化路242号');
    expect(formatAddress({ ...region, address: null })).toBe('浙江省 宁波市 鄞州区');
    expect(formatAddress({ province: null, city: null, district: null, address: null })).toBeNull();
  });

  it('shows birthdays with their calendar, 闰 for a leap month and the year when known', () => {
    expect(formatBirthday({ calendar: 'lunar', year: null, month: 8, day: 15, leapMonth: false })).toBe('农历8月15日');
    expect(formatBirthday({ calendar: 'lunar', year: 1990, month: 4, day: 2, leapMonth: true })).toBe('农历闰4月2日（1990 年生）');
    expect(formatBirthday({ calendar: 'solar', year: null, month: 3, day: 5, leapMonth: false })).toBe('公历3月5日');
  });

  it('says how long ago a shop-time date was, by calendar days', () => {
    expect(formatDaysAgo('2026-11-22 23:59:59', '2026-11-22')).toBe('今天');
    expect(formatDaysAgo('2026-11-21 23:59:59', '2026-11-22')).toBe('昨天');
    expect(formatDaysAgo('2026-11-19 00:00:00', '2026-11-22')).toBe('3 天前');
    expect(formatDaysAgo('2026-09-01 10:00:00', '2026-11-22')).toBe('2 个月前');
    expect(formatDaysAgo('2024-03-30 23:54:29', '2026-11-22')).toBe('2 年前');
  });

  it('takes today and recorded instants in the shop time zone, not the computer’s', () => {
    const lateUtc = new Date('2026-11-22T17:30:00.000Z');
    expect(todayIn('Asia/Shanghai', lateUtc)).toBe('2026-11-23');
    expect(todayIn('Europe/London', lateUtc)).toBe('2026-11-22');
    expect(formatInstant('2026-11-22T17:30:00.000Z', 'Asia/Shanghai')).toBe('2026-11-23 01:30');
  });

  it('shows the field messages of refused input without their field paths', () => {
    const refused = new ApiCallError({
      code: 'INVALID_INPUT',
      message: '参数有误：blacklistReason：拉黑时请写明原因',
      details: [{ path: 'blacklistReason', message: '拉黑时请写明原因' }],
    });
    expect(errorText(refused)).toBe('拉黑时请写明原因');
    expect(errorText(new ApiCallError({ code: 'REJECTED', message: '这位客服已停用，不能再分配客户。' }))).toBe('这位客服已停用，不能再分配客户。');
  });
});
