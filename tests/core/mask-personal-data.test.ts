import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src-main/core/mask-personal-data';

describe('maskPersonalData', () => {
  it('masks mainland mobile numbers', () => {
    expect(maskPersonalData('收件人电话 13812345678，备用19987654321')).toBe('收件人电话 138****5678，备用199****4321');
  });

  it('masks ID card numbers, including a final X', () => {
    expect(maskPersonalData('身份证 110101199003074578')).toBe('身份证 110101********4578');
    expect(maskPersonalData('身份证 11010119900307457X')).toBe('身份证 110101********457X');
  });

  it('leaves order numbers and other long digit runs alone', () => {
    const text = '订单编号 3012345678901234567 金额 13800 分 时间 20261122093000';
    expect(maskPersonalData(text)).toBe(text);
  });

  it('does not mask numbers that are not mobiles (landlines, 12-prefixed)', () => {
    expect(maskPersonalData('电话 021-61234567 或 12345678901')).toBe('电话 021-61234567 或 12345678901');
  });

  it('keeps already masked numbers as they are', () => {
    expect(maskPersonalData('138****5678')).toBe('138****5678');
  });

  it('masks every occurrence in a stack trace', () => {
    const masked = maskPersonalData('Error: 13812345678\n    at import (13812345678)');
    expect(masked).not.toContain('13812345678');
    expect(masked.match(/138\*\*\*\*5678/g)).toHaveLength(2);
  });
});
