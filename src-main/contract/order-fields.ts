import { z } from 'zod';

/**
 * The fields an order export can fill, whatever the platform. A column mapping says which header
 * holds each; a preset is a known platform's mapping, a guess is the starting point for any other
 * file, which the owner corrects once and the app remembers.
 */
export const ORDER_FIELDS = [
  'orderNo',
  'lineNo',
  'status',
  'buyerNick',
  'receiverName',
  'phone',
  'address',
  'province',
  'city',
  'district',
  'createdAt',
  'paidAt',
  'shippedAt',
  'completedAt',
  'paidFen',
  'refundFen',
  'postageFen',
  'title',
  'quantity',
  'priceFen',
  'productId',
  'outerId',
  'skuProps',
  'buyerMessage',
  'sellerMemo',
  'logisticsCompany',
  'trackingNo',
  'shopName',
] as const;

export type OrderField = (typeof ORDER_FIELDS)[number];

/** field → the header text (as written in the file) that holds it. */
export type ColumnMapping = Partial<Record<OrderField, string>>;

/** What the owner sees when choosing columns. */
export const ORDER_FIELD_LABELS: Record<OrderField, string> = {
  orderNo: '订单号（必填）',
  lineNo: '子订单号',
  status: '订单状态（必填）',
  buyerNick: '买家账号',
  receiverName: '收货人',
  phone: '手机',
  address: '收货地址',
  province: '省',
  city: '市',
  district: '区县',
  createdAt: '下单时间',
  paidAt: '付款时间',
  shippedAt: '发货时间',
  completedAt: '确认收货时间',
  paidFen: '实付金额（必填）',
  refundFen: '退款金额',
  postageFen: '运费',
  title: '商品名称',
  quantity: '数量',
  priceFen: '单价',
  productId: '商品ID',
  outerId: '商家编码',
  skuProps: '商品规格',
  buyerMessage: '买家留言',
  sellerMemo: '商家备注',
  logisticsCompany: '快递公司',
  trackingNo: '快递单号',
  shopName: '店铺名称',
};

export const REQUIRED_ORDER_FIELDS: readonly OrderField[] = ['orderNo', 'status', 'paidFen'];

const mappingShape = Object.fromEntries(ORDER_FIELDS.map((field) => [field, z.string().min(1).max(200).optional()])) as Record<
  OrderField,
  z.ZodOptional<z.ZodString>
>;

/** A column mapping as sent by the window: field → a header of the file. */
export const columnMappingSchema = z.strictObject(mappingShape);
