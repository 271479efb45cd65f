import type { FileKind } from './file-kind';
import { normaliseHeader } from './header-names';
import type { ColumnMapping, OrderField } from '../../contract/order-fields';

export type Platform = 'taobao' | 'jd' | 'pinduoduo' | 'douyin' | 'youzan' | 'other';

export interface PlatformPreset {
  platform: Platform;
  /** Header aliases per field, first match wins (domain.md §2; verify against real files). */
  aliases: Partial<Record<OrderField, readonly string[]>>;
  /**
   * 'order': every row repeats the order's amount (take it once); 'line': each row carries its
   * line's amount (the order's amount is their sum).
   */
  amounts: 'order' | 'line';
}

/** One row per line (JD, Douyin) or per order (Pinduoduo, Youzan): rows of one order are grouped. */
export const PLATFORM_PRESETS: Partial<Record<FileKind, PlatformPreset>> = {
  'jd-orders': {
    platform: 'jd',
    amounts: 'order',
    aliases: {
      orderNo: ['订单号'],
      status: ['订单状态'],
      buyerNick: ['下单帐号', '下单账号'],
      receiverName: ['客户姓名', '收货人'],
      phone: ['联系电话', '手机号'],
      address: ['客户地址', '收货地址'],
      createdAt: ['下单时间'],
      paidAt: ['付款确认时间', '付款时间'],
      completedAt: ['订单完成时间'],
      paidFen: ['应付金额', '订单金额'],
      title: ['商品名称'],
      quantity: ['订购数量'],
      productId: ['商品ID'],
      buyerMessage: ['订单备注', '客户留言'],
      sellerMemo: ['商家备注'],
    },
  },
  'pinduoduo-orders': {
    platform: 'pinduoduo',
    amounts: 'order',
    aliases: {
      orderNo: ['订单号'],
      status: ['订单状态'],
      receiverName: ['收货人'],
      phone: ['手机', '收货人手机号'],
      address: ['详细地址', '收货地址'],
      province: ['省'],
      city: ['市'],
      district: ['区'],
      createdAt: ['订单成交时间', '支付时间'],
      paidAt: ['支付时间'],
      shippedAt: ['发货时间'],
      completedAt: ['确认收货时间'],
      paidFen: ['用户实付金额(元)', '用户实付金额'],
      title: ['商品'],
      quantity: ['商品数量(件)', '商品数量'],
      productId: ['商品id', '商品ID'],
      outerId: ['商家编码-SKU维度', '商家编码'],
      skuProps: ['商品规格'],
      buyerMessage: ['买家留言'],
      sellerMemo: ['商家备注'],
      logisticsCompany: ['快递公司'],
      trackingNo: ['快递单号'],
    },
  },
  'douyin-orders': {
    platform: 'douyin',
    amounts: 'line',
    aliases: {
      orderNo: ['主订单编号'],
      lineNo: ['子订单编号'],
      status: ['订单状态'],
      receiverName: ['收件人'],
      phone: ['收件人手机号', '收件人电话'],
      address: ['详细地址'],
      province: ['省'],
      city: ['市'],
      district: ['区'],
      createdAt: ['订单提交时间'],
      paidAt: ['支付完成时间'],
      shippedAt: ['发货时间'],
      completedAt: ['订单完成时间'],
      paidFen: ['订单应付金额', '商品金额'],
      postageFen: ['运费'],
      title: ['选购商品'],
      quantity: ['商品数量'],
      priceFen: ['商品单价'],
      productId: ['商品ID'],
      outerId: ['商家编码'],
      skuProps: ['商品规格'],
      buyerMessage: ['买家留言'],
      sellerMemo: ['商家备注'],
      logisticsCompany: ['快递公司'],
      trackingNo: ['快递单号'],
    },
  },
  'youzan-orders': {
    platform: 'youzan',
    amounts: 'order',
    aliases: {
      orderNo: ['订单号'],
      status: ['订单状态'],
      buyerNick: ['买家昵称'],
      receiverName: ['收货人/提货人', '收货人'],
      phone: ['收货人手机号/提货人手机号', '买家手机号'],
      address: ['详细收货地址/提货地址', '收货地址'],
      province: ['收货人省份'],
      city: ['收货人城市'],
      district: ['收货人地区'],
      createdAt: ['订单创建时间'],
      paidAt: ['买家付款时间'],
      completedAt: ['交易成功时间'],
      paidFen: ['订单实付金额'],
      refundFen: ['订单已退款金额', '退款金额'],
      postageFen: ['运费'],
      title: ['商品名称'],
      quantity: ['商品数量'],
      buyerMessage: ['买家备注'],
      sellerMemo: ['商家订单备注'],
    },
  },
};

/** The preset's aliases resolved against a file's header: field → the header as written. */
export function mappingFromAliases(headers: readonly string[], aliases: PlatformPreset['aliases']): ColumnMapping {
  const byName = new Map<string, string>();
  for (const header of headers) {
    const name = normaliseHeader(header);
    if (!byName.has(name)) byName.set(name, header);
  }
  const mapping: ColumnMapping = {};
  for (const [field, names] of Object.entries(aliases) as [OrderField, readonly string[]][]) {
    const header = names.map((n) => byName.get(normaliseHeader(n))).find((h) => h !== undefined);
    if (header !== undefined) mapping[field] = header;
  }
  return mapping;
}
