/**
 * Order statuses of Taobao/Tmall, Pinduoduo, JD, Douyin and Youzan exports, mapped to one small
 * set. The raw text is always kept by the caller; an unknown status stays 'unknown' and is
 * flagged, never forced into a known one. Pure: no I/O.
 */

export type OrderStatus = 'unpaid' | 'paid' | 'shipped' | 'completed' | 'closed' | 'unknown';

/** The forward order of a live order; 'closed' is terminal and 'unknown' has no rank. */
export const STATUS_RANK: Readonly<Record<Exclude<OrderStatus, 'unknown' | 'closed'>, number>> = Object.freeze({
  unpaid: 0,
  paid: 1,
  shipped: 2,
  completed: 3,
});

/**
 * Keys are written as the exports print them; lookup keys drop commas and whitespace, so the
 * full-width '，', the half-width ',' and no comma at all all match.
 */
const STATUS_TEXTS: ReadonlyArray<readonly [OrderStatus, readonly string[]]> = [
  [
    'unpaid',
    [
      // Taobao / Tmall
      '等待买家付款',
      '付款确认中',
      '等待买家确认货到付款订单信息', // cash on delivery: not paid until delivered
      // Pinduoduo, Douyin
      '待支付',
      '未支付',
      // JD
      '等待付款',
      '等待付款确认',
      // Youzan
      '待付款',
    ],
  ],
  [
    'paid',
    [
      // Taobao / Tmall
      '买家已付款，等待卖家发货',
      '等待卖家发货',
      '买家已确认，等待卖家发货', // cash on delivery
      // Pinduoduo, Douyin, Youzan
      '待发货',
      '已付款',
      '已支付',
      '待成团', // group buy: paid, waiting for the group to fill
      '拼团中',
      // Douyin
      '备货中',
      // JD
      '等待出库',
      '等待发货',
    ],
  ],
  [
    'shipped',
    [
      // Taobao / Tmall
      '卖家已发货，等待买家确认',
      '卖家已发货，等待买家确认收货',
      '等待买家确认收货',
      '卖家部分发货',
      '部分发货',
      '卖家已发货，等待买家确认收货并付款', // cash on delivery
      // Pinduoduo
      '已发货，待签收',
      '已发货，待收货',
      // JD, Douyin, Youzan
      '已发货',
      '待收货',
      '等待确认收货',
    ],
  ],
  [
    'completed',
    [
      // Taobao / Tmall, Youzan
      '交易成功',
      '交易完成',
      '买家已签收', // cash on delivery
      '买家已签收，回款至卖家',
      // Pinduoduo
      '已签收',
      '已收货',
      // JD, Douyin, Youzan
      '完成',
      '已完成',
    ],
  ],
  [
    'closed',
    [
      // Taobao / Tmall, Youzan
      '交易关闭',
      '交易被淘宝关闭',
      '交易被天猫关闭',
      '没有创建支付宝交易',
      // Pinduoduo
      '已取消',
      '未发货，退款成功',
      // JD
      '取消',
      '锁定',
      '已锁定',
      // Douyin, Youzan
      '已关闭',
    ],
  ],
];

const KEY_NOISE = /[,\s]/g;

function lookupKey(text: string): string {
  return text.normalize('NFKC').replace(KEY_NOISE, '');
}

/** Exact export spellings (hot path, no allocation) and their normalised keys. */
const EXACT = new Map<string, OrderStatus>();
const NORMALISED = new Map<string, OrderStatus>();
for (const [status, texts] of STATUS_TEXTS) {
  for (const text of texts) {
    EXACT.set(text, status);
    EXACT.set(text.replaceAll('，', ','), status);
    NORMALISED.set(lookupKey(text), status);
  }
}

/**
 * Maps the platform's status text to the normalised status: NFKC, trim, commas (full-width,
 * half-width or none) and spaces ignored. Text it does not know → 'unknown'.
 */
export function normaliseStatus(raw: string): OrderStatus {
  return EXACT.get(raw) ?? NORMALISED.get(lookupKey(raw)) ?? 'unknown';
}

/**
 * Whether moving an order from `from` to `to` (a newer export) is forward (apply it) or backward
 * (record it, do not apply it). Anything → closed is forward (a cancellation or a full refund can
 * close an order at any stage, even after 交易成功); closed → anything else is backward; live
 * statuses go by rank; unknown → known is forward (new information), known → unknown backward.
 */
export function compareStatus(from: OrderStatus, to: OrderStatus): 'same' | 'forward' | 'backward' {
  if (from === to) return 'same';
  if (to === 'closed') return 'forward';
  if (from === 'closed') return 'backward';
  if (to === 'unknown') return 'backward';
  if (from === 'unknown') return 'forward';
  return STATUS_RANK[to] > STATUS_RANK[from] ? 'forward' : 'backward';
}
