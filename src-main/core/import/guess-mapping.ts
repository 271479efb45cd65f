import { normaliseHeader } from './header-names';
import type { ColumnMapping, OrderField } from '../../contract/order-fields';
import { PLATFORM_PRESETS } from './platform-presets';
import { TAOBAO_ORDER_COLUMNS } from './taobao-columns';

/** Words that give a column away when no preset knows the file; tried in order, first wins. */
const HINTS: readonly [OrderField, RegExp][] = [
  ['lineNo', /子订单/],
  ['orderNo', /订单(编)?号|单号$/],
  ['status', /状态/],
  ['buyerNick', /^(买家|会员|客户)(昵称|账号|帐号|ID|名称|名)?$|买家(会员)?(昵称|账号|帐号|名)/i],
  ['receiverName', /收(货|件)人(姓名)?$|姓名/],
  ['phone', /手机|电话/],
  ['address', /地址/],
  ['province', /^省(份)?$/],
  ['city', /^(城)?市$/],
  ['district', /^区(县)?$/],
  ['paidAt', /付款时间|支付时间/],
  ['shippedAt', /发货时间/],
  ['completedAt', /(收货|完成|成功)时间/],
  ['createdAt', /(下单|创建|提交|成交)(时间|日期)/],
  ['refundFen', /退款金额/],
  ['paidFen', /实付|实际支付|支付金额|应付金额|订单金额/],
  ['postageFen', /运费|邮费/],
  ['priceFen', /单价|价格/],
  ['quantity', /数量/],
  ['title', /商品名称|商品标题|宝贝标题|^商品$|标题/],
  ['productId', /商品\s*ID/i],
  ['outerId', /商家编码|货号/],
  ['skuProps', /规格|属性|SKU/i],
  ['buyerMessage', /留言|买家备注/],
  ['sellerMemo', /商家备注|卖家备注|备忘/],
  ['logisticsCompany', /快递公司|物流公司/],
  ['trackingNo', /快递单号|物流单号|运单号/],
  ['shopName', /店铺/],
];

/**
 * A first guess at the columns of a file no preset knows: exact names any platform uses first,
 * then telling words. Each header is used for one field at most. The owner checks it in a
 * preview of the first rows before anything is imported.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  const known = new Map<string, OrderField>();
  const remember = (name: string, field: OrderField) => {
    if (!known.has(normaliseHeader(name))) known.set(normaliseHeader(name), field);
  };
  for (const [field, names] of Object.entries(TAOBAO_ORDER_COLUMNS)) {
    const target = field === 'receiverAddress' ? 'address' : field === 'mobile' ? 'phone' : field;
    for (const name of names) if (isOrderField(target)) remember(name, target);
  }
  for (const preset of Object.values(PLATFORM_PRESETS)) {
    for (const [field, names] of Object.entries(preset.aliases) as [OrderField, readonly string[]][]) {
      for (const name of names) remember(name, field);
    }
  }
  for (const header of headers) {
    const field = known.get(normaliseHeader(header));
    if (field && mapping[field] === undefined) {
      mapping[field] = header;
      used.add(header);
    }
  }
  for (const [field, hint] of HINTS) {
    if (mapping[field] !== undefined) continue;
    const header = headers.find((h) => !used.has(h) && hint.test(normaliseHeader(h)));
    if (header !== undefined) {
      mapping[field] = header;
      used.add(header);
    }
  }
  return mapping;
}

function isOrderField(name: string): name is OrderField {
  return HINTS.some(([field]) => field === name) || name === 'orderNo';
}
