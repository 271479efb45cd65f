/**
 * The Taobao/Tmall columns the importer reads, by meaning, with every header seen for them
 * (domain.md §1). Columns not listed here are kept raw, never dropped.
 */
export const TAOBAO_ORDER_COLUMNS = {
  orderNo: ['订单编号'],
  buyerNick: ['买家会员名', '买家会员昵称'],
  goodsFen: ['买家应付货款'],
  postageFen: ['买家应付邮费'],
  totalFen: ['总金额'],
  paidFen: ['买家实际支付金额', '买家实付金额'],
  status: ['订单状态'],
  buyerMessage: ['买家留言'],
  receiverName: ['收货人姓名'],
  receiverAddress: ['收货地址'],
  phone: ['联系电话'],
  mobile: ['联系手机'],
  createdAt: ['订单创建时间', '买家下单时间'],
  paidAt: ['订单付款时间', '买家付款时间'],
  title: ['宝贝标题'],
  trackingNo: ['物流单号', '运单号'],
  logisticsCompany: ['物流公司'],
  orderNote: ['订单备注'],
  itemQuantity: ['宝贝总数量'],
  shopName: ['店铺名称'],
  closeReason: ['订单关闭原因'],
  refundFen: ['退款金额'],
  shippedAt: ['发货时间'],
  completedAt: ['确认收货时间'],
  sellerMemo: ['商家备忘'],
} as const;

export type TaobaoOrderField = keyof typeof TAOBAO_ORDER_COLUMNS;

export const TAOBAO_ITEM_COLUMNS = {
  lineNo: ['子订单编号'],
  orderNo: ['主订单编号', '订单编号'],
  title: ['标题', '商品标题'],
  priceFen: ['价格', '商品价格'],
  quantity: ['购买数量'],
  skuProps: ['商品属性'],
  status: ['订单状态'],
  outerId: ['商家编码'],
  payableFen: ['买家应付货款'],
  paidFen: ['买家实际支付金额', '买家实付金额'],
  refundStatus: ['退款状态'],
  refundFen: ['退款金额'],
  productId: ['商品ID'],
} as const;

export type TaobaoItemField = keyof typeof TAOBAO_ITEM_COLUMNS;
