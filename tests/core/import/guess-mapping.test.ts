import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../src-main/core/import/guess-mapping';

describe('guessMapping proposes columns for a file no preset knows', () => {
  it('maps the names any platform uses exactly, then telling words', () => {
    expect(guessMapping(['单号', '状态', '实付金额', '客户昵称', '手机号码', '下单时间', '收货地址', '商品名称', '数量', '备注'])).toEqual({
      orderNo: '单号',
      status: '状态',
      paidFen: '实付金额',
      buyerNick: '客户昵称',
      phone: '手机号码',
      createdAt: '下单时间',
      address: '收货地址',
      title: '商品名称',
      quantity: '数量',
    });
  });

  it('takes a bare 客户 for the buyer and a 下单日期 for the order time, but a 客户姓名 for the receiver', () => {
    expect(guessMapping(['单号', '客户', '下单日期'])).toMatchObject({ buyerNick: '客户', createdAt: '下单日期' });
    expect(guessMapping(['单号', '客户姓名'])).toMatchObject({ receiverName: '客户姓名' });
    expect(guessMapping(['单号', '客户姓名']).buyerNick).toBeUndefined();
  });

  it('uses each header for one field only, and leaves out what it cannot tell', () => {
    const mapping = guessMapping(['订单号', '子订单号', '金额', '颜色']);
    expect(mapping.orderNo).toBe('订单号');
    expect(mapping.lineNo).toBe('子订单号');
    expect(Object.values(mapping)).not.toContain('颜色');
    expect(new Set(Object.values(mapping)).size).toBe(Object.values(mapping).length);
  });
});
