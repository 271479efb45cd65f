import { describe, expect, it } from 'vitest';
import { detectFileKind } from '../../../src-main/core/import/file-kind';

const TAOBAO_2017_ORDERS = '订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,买家支付积分,总金额,返点积分,买家实际支付金额,买家实际支付积分,订单状态,买家留言,收货人姓名,收货地址 ,运送方式,联系电话 ,联系手机,订单创建时间,订单付款时间 ,宝贝标题 ,宝贝种类 ,物流单号 ,物流公司,订单备注,宝贝总数量'.split(',');
const TAOBAO_OLD_ITEMS = '订单编号,标题,价格,购买数量,外部系统编号,商品属性,套餐信息,备注,订单状态,商家编码'.split(',');
const TAOBAO_2022_ITEMS = '子订单编号,主订单编号,标题,价格,购买数量,外部系统编号,商品属性,套餐信息,备注,订单状态,商家编码'.split(',');

describe('detectFileKind reads the header row, never the file name', () => {
  it.each([
    ['taobao-orders', TAOBAO_2017_ORDERS],
    ['taobao-orders', ['订单编号', '买家会员昵称', '买家实付金额', '订单状态', '收货人姓名']],
    ['taobao-items', TAOBAO_OLD_ITEMS],
    ['taobao-items', TAOBAO_2022_ITEMS],
    ['taobao-items', ['子订单编号', '主订单编号', '商品标题', '商品价格', '购买数量']],
    ['jd-orders', ['订单号', '商品ID', '商品名称', '订购数量', '下单时间', '订单金额', '应付金额', '订单状态', '下单帐号']],
    ['pinduoduo-orders', ['订单号', '订单状态', '售后状态', '商品', '商品数量(件)', '用户实付金额(元)', '支付时间']],
    ['douyin-orders', ['主订单编号', '子订单编号', '选购商品', '商品数量', '订单提交时间']],
    ['youzan-orders', ['订单号', '订单状态', '订单创建时间', '订单实付金额', '买家昵称', '买家手机号']],
    ['alipay-bill', ['账务流水号', '业务流水号', '商户订单号', '商品名称', '发生时间']],
    ['unknown', ['学生', '成绩']],
  ])('%s', (kind, headers) => {
    expect(detectFileKind(headers).kind).toBe(kind);
  });

  it('matches headers with trailing spaces and full-width forms (NFKC)', () => {
    expect(detectFileKind(['订单编号 ', ' 订单状态', '买家会员名']).kind).toBe('taobao-orders');
    expect(detectFileKind(['订单号', '订单状态', '商品数量（件）']).kind).toBe('pinduoduo-orders');
  });

  it('labels a recognised file with its column count for the import history', () => {
    expect(detectFileKind(TAOBAO_OLD_ITEMS).label).toBe('淘宝/天猫宝贝报表（10 列）');
  });
});
