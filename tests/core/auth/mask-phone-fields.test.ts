import { describe, expect, it } from 'vitest';
import { maskPhone, maskPhoneFields } from '../../../src-main/core/auth/mask-phone-fields';

describe('masking phones for 客服', () => {
  it('masks a mainland mobile as 138****1234 and keeps a platform-masked one as it is', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('138 1234 1234')).toBe('138****1234');
    expect(maskPhone('1******6198')).toBe('1******6198');
    expect(maskPhone('0571-88886666')).toBe('*******6666');
    expect(maskPhone('123')).toBe('***');
  });

  it('masks phone and receiverPhone at any depth, marks phoneMasked, and leaves everything else alone', () => {
    const output = {
      id: 7,
      phone: '13812341234',
      phoneMasked: false,
      notes: '客户说 13812341234 是她女儿的',
      orders: [{ orderNo: '3021', receiverPhone: '13987654321', lines: [{ title: '连衣裙' }] }],
      duplicates: [{ phone: null }, { phone: '' }],
    };
    expect(maskPhoneFields(output)).toEqual({
      id: 7,
      phone: '138****1234',
      phoneMasked: true,
      notes: '客户说 13812341234 是她女儿的',
      orders: [{ orderNo: '3021', receiverPhone: '139****4321', lines: [{ title: '连衣裙' }] }],
      duplicates: [{ phone: null }, { phone: '' }],
    });
    expect(output.phone).toBe('13812341234');
  });
});
