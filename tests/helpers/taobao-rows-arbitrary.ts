/**
 * fast-check generators for property tests of the Taobao order import: a small "world" of buyers
 * and orders whose statuses move forward over time, and a renderer that writes any moment of it as
 * the 2022 export pair (订单报表 71 columns + 宝贝报表 18 columns) with the real exports' quirks.
 *
 * The expected figures are worked out here from the world with plain arithmetic, following
 * domain.md §1 and the oracle's docstring (tests/fixtures/oracle/taobao_expected.py) — never by
 * calling importer code, so the tests compare two independent accounts of the same data.
 */
import fc from 'fast-check';

// ------------------------------------------------------------------------------------------------
// The 2022 layout, copied from tests/fixtures/taobao/quirks-gbk-2022 (header names without the
// trailing spaces; HEADER_SPACES lists the ones real exports pad).
// ------------------------------------------------------------------------------------------------

export const ORDER_HEADERS_2022 = [
  '订单编号', '买家会员名', '买家会员昵称', '支付单号', '支付详情', '买家应付货款', '买家应付邮费', '买家支付积分', '总金额',
  '返点积分', '买家实际支付金额', '买家实际支付积分', '订单状态', '买家留言', '收货人姓名', '收货地址', '运送方式', '联系电话',
  '联系手机', '虚拟号过期时间', '订单创建时间', '订单付款时间', '宝贝标题', '宝贝种类', '物流单号', '物流公司', '订单备注',
  '宝贝总数量', '店铺Id', '店铺名称', '订单关闭原因', '卖家服务费', '买家服务费', '发票抬头', '是否手机订单', '分阶段订单信息',
  '特权订金订单id', '是否上传合同照片', '是否上传小票', '是否代付', '定金排名', '修改后的sku', '修改后的收货地址', '异常信息',
  '天猫卡券抵扣', '集分宝抵扣', '是否是O2O交易', '新零售交易类型', '新零售导购门店名称', '新零售导购门店id', '新零售发货门店名称',
  '新零售发货门店id', '退款金额', '预约门店', '确认收货时间', '打款商家金额', '含应开票给个人的个人红包', '是否信用购',
  '体验期结束时间', '前N有礼', '配送类型', '直播返现状态', '返现金额', '延迟发货自动赔付金额', '新零售成交门店昵称',
  '新零售成交门店id', '新零售成交经销商id', '预售订单', '发货时间', '商家备忘', '主订单编号',
] as const;

export const ITEM_HEADERS_2022 = [
  '子订单编号', '主订单编号', '标题', '价格', '购买数量', '外部系统编号', '商品属性', '套餐信息', '备注', '订单状态', '商家编码',
  '支付单号', '买家应付货款', '买家实际支付金额', '退款状态', '退款金额', '订单创建时间', '订单付款时间',
] as const;

/** Order headers that real exports write with a trailing space. */
const HEADER_SPACES: ReadonlySet<string> = new Set(['联系电话', '订单付款时间', '宝贝标题', '宝贝种类', '物流单号']);

/** Cells of the order file that do not depend on the world (as the fixtures have them). */
const ORDER_DEFAULTS: Readonly<Record<string, string>> = {
  买家支付积分: '0',
  返点积分: '0',
  买家实际支付积分: '0',
  运送方式: '快递',
  店铺Id: '0',
  卖家服务费: '0',
  买家服务费: '0元',
  是否上传合同照片: '否',
  是否上传小票: '否',
  是否代付: '否',
  含应开票给个人的个人红包: '0.00元',
};

// ------------------------------------------------------------------------------------------------
// The world
// ------------------------------------------------------------------------------------------------

export type LiveStatus = 'unpaid' | 'paid' | 'shipped' | 'completed';
export type KnownStatus = LiveStatus | 'closed';
export type StatKey = KnownStatus | 'other';

export type BuyerPhone =
  | { kind: 'mobile'; value: string }
  | { kind: 'masked'; value: string }
  | { kind: 'virtual'; value: string }
  | { kind: 'none' };

export interface Buyer {
  /** 买家会员名 and 买家会员昵称 as exported: 'tb_xiaolong88' or masked 'a**9'. */
  nick: string;
  receiverName: string;
  /** 联系手机. */
  phone: BuyerPhone;
  /** 联系电话: a landline or nothing. */
  landline: string;
  address: string;
}

export interface WorldLine {
  title: string;
  quantity: number;
  /** Share of the order's goods money (relative weight). */
  weight: number;
}

/** What happens to a paid order at the end (after its last live stage). */
export type RefundFate = { kind: 'none' } | { kind: 'partial'; delay: number; perMille: number } | { kind: 'full'; delay: number };

export interface WorldOrder {
  orderNo: string;
  /** Index into the world's buyers (modulo their number, so the world shrinks freely). */
  buyer: number;
  /** Cash on delivery: the 货到付款 spellings of each status. */
  cod: boolean;
  /** Writes ',' instead of '，' in the status text. */
  halfWidthComma: boolean;
  /** Picks among equivalent spellings (交易关闭 / 交易被淘宝关闭 / …). */
  spelling: number;
  /** A status text no platform list has: the order is imported as unknown ('other'). */
  unknownStatus: string | null;
  /** Minutes after the world's start. */
  createdAt: number;
  /** Seconds part of the times, for realism. */
  second: number;
  /** Total the buyer pays, in fen (0.00–99999.99 yuan). */
  paidFen: number;
  postageFen: number;
  lines: WorldLine[];
  buyerMessage: string;
  sellerMemo: string;
  /** Minutes from creation to payment; null: never paid. */
  payDelay: number | null;
  /** Unpaid orders only: minutes from creation to 交易关闭 (买家未付款); null: stays open. */
  cancelDelay: number | null;
  /** Minutes from payment to shipping; null: never shipped. */
  shipDelay: number | null;
  /** Minutes from shipping to 交易成功; null: never completed. */
  completeDelay: number | null;
  refund: RefundFate;
}

export interface World {
  shopName: string;
  buyers: Buyer[];
  orders: WorldOrder[];
}

/** The switches for one rendered export (each file of a pair gets the same ones). */
export interface RenderQuirks {
  /** Ids written as ="2515405727075138604" (unquoted, as Taobao does). */
  excelGuardIds: boolean;
  /** Phones written as '13925130165. */
  apostrophePhones: boolean;
  /** '联系电话 ', '订单付款时间 ', '宝贝标题 ', '宝贝种类 ', '物流单号 '. */
  headerSpaces: boolean;
  crlf: boolean;
  bom: boolean;
  finalNewline: boolean;
}

// ------------------------------------------------------------------------------------------------
// The order's life and its state at a moment
// ------------------------------------------------------------------------------------------------

export interface OrderState {
  status: KnownStatus;
  refundFen: number;
  paidAt: number | null;
  shippedAt: number | null;
  completedAt: number | null;
  closeReason: '订单未关闭' | '买家未付款' | '退款';
}

interface LifeEvent {
  at: number;
  state: OrderState;
}

/** Every state the order goes through, oldest first; each later state is a forward move. */
export function orderLife(order: WorldOrder): LifeEvent[] {
  const open: OrderState = { status: 'unpaid', refundFen: 0, paidAt: null, shippedAt: null, completedAt: null, closeReason: '订单未关闭' };
  const events: LifeEvent[] = [{ at: order.createdAt, state: open }];
  if (order.payDelay === null) {
    if (order.cancelDelay !== null) {
      events.push({ at: order.createdAt + order.cancelDelay, state: { ...open, status: 'closed', closeReason: '买家未付款' } });
    }
    return events;
  }
  let last = { ...open, status: 'paid' as KnownStatus, paidAt: order.createdAt + order.payDelay };
  events.push({ at: last.paidAt, state: last });
  if (order.shipDelay !== null) {
    last = { ...last, status: 'shipped', shippedAt: last.paidAt + order.shipDelay };
    events.push({ at: last.shippedAt!, state: last });
    if (order.completeDelay !== null) {
      last = { ...last, status: 'completed', completedAt: last.shippedAt! + order.completeDelay };
      events.push({ at: last.completedAt!, state: last });
    }
  }
  const lastAt = events[events.length - 1]!.at;
  if (order.refund.kind === 'partial') {
    const refundFen = Math.floor((order.paidFen * order.refund.perMille) / 1000);
    events.push({ at: lastAt + order.refund.delay, state: { ...last, refundFen } });
  } else if (order.refund.kind === 'full') {
    events.push({ at: lastAt + order.refund.delay, state: { ...last, status: 'closed', refundFen: order.paidFen, closeReason: '退款' } });
  }
  return events;
}

/** The order as an export made at `at` (minutes) shows it; null when it did not exist yet. */
export function stateAt(order: WorldOrder, at: number): OrderState | null {
  let state: OrderState | null = null;
  for (const event of orderLife(order)) if (event.at <= at) state = event.state;
  return state;
}

/** Whether the order's paid amount shows (it was paid at that moment, even if refunded since). */
function wasPaid(state: OrderState): boolean {
  return state.paidAt !== null;
}

/** The status bucket the book's statistics put the order in. */
export function statKey(order: WorldOrder, state: OrderState): StatKey {
  return order.unknownStatus !== null ? 'other' : state.status;
}

/** The 订单状态 text (domain.md §1) for the order's state. */
export function statusText(order: WorldOrder, state: OrderState): string {
  if (order.unknownStatus !== null) return order.unknownStatus;
  const pick = (options: readonly string[]) => options[order.spelling % options.length]!;
  let text: string;
  switch (state.status) {
    case 'unpaid':
      text = order.cod ? '等待买家确认货到付款订单信息' : '等待买家付款';
      break;
    case 'paid':
      text = order.cod ? '买家已确认，等待卖家发货' : '买家已付款，等待卖家发货';
      break;
    case 'shipped':
      text = order.cod ? '卖家已发货，等待买家确认收货并付款' : '卖家已发货，等待买家确认';
      break;
    case 'completed':
      text = order.cod ? pick(['买家已签收', '买家已签收，回款至卖家']) : '交易成功';
      break;
    case 'closed':
      text = state.closeReason === '退款' ? pick(['交易关闭', '交易被淘宝关闭']) : pick(['交易关闭', '交易被淘宝关闭', '没有创建支付宝交易']);
      break;
  }
  return order.halfWidthComma ? text.replaceAll('，', ',') : text;
}

// ------------------------------------------------------------------------------------------------
// Expected figures, by plain arithmetic
// ------------------------------------------------------------------------------------------------

export interface ExpectedStats {
  customers: number;
  orders: number;
  orderLines: number;
  ordersByStatus: Record<StatKey, number>;
  netSalesFen: number;
}

function isMaskedText(value: string): boolean {
  return value.includes('*') || value.includes('＊');
}

/** The customer an order belongs to: unmasked nick, else unmasked mobile, else the order alone. */
export function customerKey(world: World, order: WorldOrder): string {
  const buyer = buyerOf(world, order);
  if (buyer.nick !== '' && !isMaskedText(buyer.nick)) return `nick:${buyer.nick}`;
  if (buyer.phone.kind === 'mobile') return `mobile:${buyer.phone.value}`;
  return `order:${order.orderNo}`;
}

export function buyerOf(world: World, order: WorldOrder): Buyer {
  return world.buyers[order.buyer % world.buyers.length]!;
}

/** Book figures for a set of orders, each in the state it was last seen in. */
export function expectedStats(world: World, seen: readonly { order: WorldOrder; state: OrderState }[]): ExpectedStats {
  const ordersByStatus: Record<StatKey, number> = { unpaid: 0, paid: 0, shipped: 0, completed: 0, closed: 0, other: 0 };
  const customers = new Set<string>();
  let orderLines = 0;
  let netSalesFen = 0;
  for (const { order, state } of seen) {
    const key = statKey(order, state);
    ordersByStatus[key] += 1;
    customers.add(customerKey(world, order));
    orderLines += order.lines.length;
    if (key === 'paid' || key === 'shipped' || key === 'completed') netSalesFen += (wasPaid(state) ? order.paidFen : 0) - state.refundFen;
  }
  return { customers: customers.size, orders: seen.length, orderLines, ordersByStatus, netSalesFen };
}

// ------------------------------------------------------------------------------------------------
// Rendering
// ------------------------------------------------------------------------------------------------

const WORLD_START = Date.UTC(2024, 2, 1, 0, 0, 0);

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** China wall-clock text; UTC arithmetic only, so the machine's time zone plays no part. */
export function timeText(minutes: number, second = 0): string {
  const d = new Date(WORLD_START + minutes * 60_000 + second * 1000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** yyyyMMddHHmm, as in ExportOrderList202404011048.csv. */
export function exportStamp(minutes: number): string {
  const d = new Date(WORLD_START + minutes * 60_000);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}`;
}

export function yuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${pad(fen % 100)}`;
}

/** Splits `total` fen by the lines' weights (the last line takes the remainder). */
function splitFen(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  shares[shares.length - 1]! += total - shares.reduce((a, b) => a + b, 0);
  return shares;
}

/** Hands a refund out to the lines, first line first, never more than a line paid. */
function spreadRefund(refund: number, linePaid: readonly number[]): number[] {
  let left = refund;
  return linePaid.map((paid, i) => {
    const part = i === linePaid.length - 1 ? left : Math.min(left, paid);
    left -= part;
    return part;
  });
}

export function lineNoOf(order: WorldOrder, index: number): string {
  // A single-line order's 子订单编号 is the order's own number (as Taobao writes it).
  return order.lines.length === 1 ? order.orderNo : `${order.orderNo.slice(0, -1)}${index + 1}`.replace(/^./, '3');
}

function paymentNo(order: WorldOrder): string {
  return `2024${order.orderNo}88888`;
}

function csvQuoted(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

interface Cell {
  value: string;
  /** Written as ="value", unquoted (Excel guard), when the quirk is on. */
  id?: boolean;
}

function renderFile(headers: readonly string[], rows: readonly Record<string, Cell>[], quirks: RenderQuirks, padHeaders: boolean): Uint8Array {
  const eol = quirks.crlf ? '\r\n' : '\n';
  const headerLine = headers.map((h) => csvQuoted(padHeaders && quirks.headerSpaces && HEADER_SPACES.has(h) ? `${h} ` : h)).join(',');
  const lines = [headerLine];
  for (const row of rows) {
    lines.push(
      headers
        .map((h) => {
          const cell = row[h] ?? { value: ORDER_DEFAULTS[h] ?? '' };
          return cell.id && quirks.excelGuardIds ? `="${cell.value}"` : csvQuoted(cell.value);
        })
        .join(','),
    );
  }
  const text = lines.join(eol) + (quirks.finalNewline ? eol : '');
  const body = new TextEncoder().encode(text);
  if (!quirks.bom) return body;
  const withBom = new Uint8Array(body.length + 3);
  withBom.set([0xef, 0xbb, 0xbf]);
  withBom.set(body, 3);
  return withBom;
}

export interface RenderedExport {
  ordersName: string;
  itemsName: string;
  orders: Uint8Array;
  items: Uint8Array;
}

/**
 * An export made at minute `at` holding `orders` (each must exist by then), as the 2022 pair of
 * UTF-8 files named with the export's stamp.
 */
export function renderExport(world: World, orders: readonly WorldOrder[], at: number, quirks: RenderQuirks): RenderedExport {
  const orderRows: Record<string, Cell>[] = [];
  const itemRows: Record<string, Cell>[] = [];
  for (const order of orders) {
    const state = stateAt(order, at);
    if (state === null) throw new Error(`order ${order.orderNo} does not exist at ${timeText(at)}`);
    const buyer = buyerOf(world, order);
    const status = statusText(order, state);
    const paid = wasPaid(state);
    const goodsFen = order.paidFen - order.postageFen;
    const lineGoods = splitFen(goodsFen, order.lines.map((l) => l.weight));
    const linePaid = paid ? lineGoods : lineGoods.map(() => 0);
    const lineRefund = spreadRefund(state.refundFen, linePaid);
    const created = timeText(order.createdAt, order.second);
    const paidAt = state.paidAt === null ? '' : timeText(state.paidAt, order.second);
    const phone = buyer.phone.kind === 'none' ? '' : `${quirks.apostrophePhones ? "'" : ''}${buyer.phone.value}`;
    const titles = order.lines.map((l) => l.title);
    orderRows.push({
      订单编号: { value: order.orderNo, id: true },
      买家会员名: { value: buyer.nick },
      买家会员昵称: { value: buyer.nick },
      支付单号: { value: paid ? paymentNo(order) : '', id: true },
      买家应付货款: { value: yuan(goodsFen) },
      买家应付邮费: { value: yuan(order.postageFen) },
      总金额: { value: yuan(order.paidFen) },
      买家实际支付金额: { value: yuan(paid ? order.paidFen : 0) },
      订单状态: { value: status },
      买家留言: { value: order.buyerMessage },
      收货人姓名: { value: buyer.receiverName },
      收货地址: { value: buyer.address },
      联系电话: { value: buyer.landline },
      联系手机: { value: phone },
      虚拟号过期时间: { value: buyer.phone.kind === 'virtual' ? timeText(order.createdAt + 30 * 24 * 60) : '' },
      订单创建时间: { value: created },
      订单付款时间: { value: paidAt },
      宝贝标题: { value: titles.join('，') },
      宝贝种类: { value: String(order.lines.length) },
      物流单号: { value: state.shippedAt === null ? '' : `SF${order.orderNo.slice(-11)}` },
      物流公司: { value: state.shippedAt === null ? '' : '顺丰速运' },
      宝贝总数量: { value: String(order.lines.reduce((n, l) => n + l.quantity, 0)) },
      店铺名称: { value: world.shopName },
      订单关闭原因: { value: state.closeReason },
      是否手机订单: { value: order.spelling % 2 === 0 ? '手机订单' : '' },
      特权订金订单id: { value: '', id: true },
      退款金额: { value: yuan(state.refundFen) },
      确认收货时间: { value: state.completedAt === null ? '' : timeText(state.completedAt, order.second) },
      打款商家金额: { value: `${yuan(state.completedAt === null ? 0 : order.paidFen - state.refundFen)}元` },
      发货时间: { value: state.shippedAt === null ? '' : timeText(state.shippedAt, order.second) },
      商家备忘: { value: order.sellerMemo },
      主订单编号: { value: order.orderNo, id: true },
    });
    order.lines.forEach((line, i) => {
      const price = Math.floor(lineGoods[i]! / line.quantity);
      const refunded = lineRefund[i]!;
      itemRows.push({
        子订单编号: { value: lineNoOf(order, i), id: true },
        主订单编号: { value: order.orderNo, id: true },
        标题: { value: line.title },
        价格: { value: yuan(price) },
        购买数量: { value: String(line.quantity) },
        外部系统编号: { value: `EX-${pad(i + 1, 3)}` },
        商品属性: { value: '颜色分类：白色;尺码：XL' },
        订单状态: { value: refunded > 0 && refunded === linePaid[i] ? '交易关闭' : status },
        商家编码: { value: `EX-${pad(i + 1, 3)}` },
        支付单号: { value: paid ? paymentNo(order) : '', id: true },
        买家应付货款: { value: yuan(lineGoods[i]!) },
        买家实际支付金额: { value: yuan(linePaid[i]!) },
        退款状态: { value: refunded > 0 ? '退款成功' : '没有申请退款' },
        退款金额: { value: refunded > 0 ? yuan(refunded) : '无退款申请' },
        订单创建时间: { value: created },
        订单付款时间: { value: paidAt },
      });
    });
  }
  const stamp = exportStamp(at);
  return {
    ordersName: `ExportOrderList${stamp}.csv`,
    itemsName: `ExportOrderDetailList${stamp}.csv`,
    orders: renderFile(ORDER_HEADERS_2022, orderRows, quirks, true),
    items: renderFile(ITEM_HEADERS_2022, itemRows, quirks, false),
  };
}

// ------------------------------------------------------------------------------------------------
// Arbitraries
// ------------------------------------------------------------------------------------------------

const DAY = 24 * 60;

/** Small pools, so that buyers share nicks and phones and the identity rules get exercised. */
const PLAIN_NICKS = ['tb_xiaolong88', '花开半夏', 'lucy_wang', 'tb8812345', '阿强'];
const MASKED_NICKS = ['a**9', '微**2', 't**1', 'a**9', '小＊＊'];
const MOBILES = ['13800138000', '13925130165', '18612345678'];
const MASKED_PHONES = ['138****8000', '194****3036'];
const VIRTUAL_PHONES = ['17012345678-1234'];
const NAMES = ['孙磊超', '王芳', '李娜'];
const MASKED_NAMES = ['袁**', '叶*'];
const ADDRESSES = ['山西省 太原市 小店区 长江路102号翠苑小区28栋6单元2701室(030032)', '北京 北京市 朝阳区 中山路8号(100020)'];
const MASKED_ADDRESSES = ['江苏省 苏州市 吴中区 环城****(215100)'];
const TITLES = ['【新品】快充Type-C手机充电线数据线', '明前特级绿茶罐装茶叶', '316不锈钢大容量男女学生水杯保温杯', '【赠品】试用装小样 勿拍'];
const UNKNOWN_STATUSES = ['交易异常', '退款中', 'TRADE_FINISHED'];
const SHOPS = ['小确幸生活馆', '勤驿达海外生活'];

export const buyerArbitrary: fc.Arbitrary<Buyer> = fc
  .record({
    masked: fc.boolean(),
    nick: fc.nat(),
    phone: fc.oneof(
      fc.constantFrom(...MOBILES).map((value): BuyerPhone => ({ kind: 'mobile', value })),
      fc.constantFrom(...MASKED_PHONES).map((value): BuyerPhone => ({ kind: 'masked', value })),
      fc.constantFrom(...VIRTUAL_PHONES).map((value): BuyerPhone => ({ kind: 'virtual', value })),
      fc.constant<BuyerPhone>({ kind: 'none' }),
    ),
    landline: fc.constantFrom('', '', '0571-88886666'),
    who: fc.nat(),
  })
  .map(({ masked, nick, phone, landline, who }) => ({
    nick: masked ? MASKED_NICKS[nick % MASKED_NICKS.length]! : PLAIN_NICKS[nick % PLAIN_NICKS.length]!,
    receiverName: masked ? MASKED_NAMES[who % MASKED_NAMES.length]! : NAMES[who % NAMES.length]!,
    phone,
    landline,
    address: masked ? MASKED_ADDRESSES[who % MASKED_ADDRESSES.length]! : ADDRESSES[who % ADDRESSES.length]!,
  }));

/** Free text as buyers type it: commas, quotes, line breaks, tabs, emoji, formula-like starts. */
export const freeTextArbitrary: fc.Arbitrary<string> = fc
  .array(fc.constantFrom('好', '加急', '周六前到', ',', '，', '"', '""', '\n', '\r\n', '\r', '\t', ' ', '=', '+', '-', '@', 'a', '1', '😀'), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''));

const delay = (maxDays: number) => fc.integer({ min: 0, max: maxDays * DAY });

const refundArbitrary: fc.Arbitrary<RefundFate> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<RefundFate>({ kind: 'none' }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('partial' as const), delay: delay(3), perMille: fc.integer({ min: 1, max: 999 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('full' as const), delay: delay(3) }) },
);

/** One order without its number (the world numbers them, so numbers are unique). */
const orderBodyArbitrary = (createdWithinDays: number) =>
  fc
    .record({
      buyer: fc.nat({ max: 20 }),
      cod: fc.boolean(),
      halfWidthComma: fc.boolean(),
      spelling: fc.nat({ max: 5 }),
      unknownStatus: fc.option(fc.constantFrom(...UNKNOWN_STATUSES), { freq: 12, nil: null }),
      createdAt: delay(createdWithinDays),
      second: fc.nat({ max: 59 }),
      paidFen: fc.integer({ min: 0, max: 9_999_999 }),
      postage: fc.integer({ min: 0, max: 2000 }),
      lines: fc.array(
        fc.record({ title: fc.constantFrom(...TITLES), quantity: fc.integer({ min: 1, max: 5 }), weight: fc.integer({ min: 1, max: 10 }) }),
        { minLength: 1, maxLength: 3 },
      ),
      buyerMessage: freeTextArbitrary,
      sellerMemo: fc.oneof(fc.constant(''), freeTextArbitrary),
      payDelay: fc.option(delay(1), { freq: 5, nil: null }),
      cancelDelay: fc.option(delay(1), { nil: null }),
      shipDelay: fc.option(delay(2), { freq: 5, nil: null }),
      completeDelay: fc.option(delay(5), { freq: 4, nil: null }),
      refund: refundArbitrary,
    })
    .map(({ postage, ...rest }) => ({ ...rest, postageFen: Math.min(postage, rest.paidFen) }));

/**
 * A world: 1–6 buyers and up to `maxOrders` orders created in the first `createdWithinDays` days.
 * Order numbers are 19 digits (beyond 2^53), unique, and distinct per world prefix.
 */
export function worldArbitrary(options: { maxOrders?: number; createdWithinDays?: number } = {}): fc.Arbitrary<World> {
  const { maxOrders = 30, createdWithinDays = 10 } = options;
  return fc
    .record({
      shopName: fc.constantFrom(...SHOPS),
      buyers: fc.array(buyerArbitrary, { minLength: 1, maxLength: 6 }),
      prefix: fc.integer({ min: 1_000_000, max: 9_999_999 }),
      orders: fc.array(orderBodyArbitrary(createdWithinDays), { minLength: 0, maxLength: maxOrders, size: 'max' }),
    })
    .map(({ shopName, buyers, prefix, orders }) => ({
      shopName,
      buyers,
      orders: orders.map((body, i): WorldOrder => ({ ...body, orderNo: `2${prefix}${pad(i + 1, 11)}` })),
    }));
}

export const quirksArbitrary: fc.Arbitrary<RenderQuirks> = fc.record({
  excelGuardIds: fc.boolean(),
  apostrophePhones: fc.boolean(),
  headerSpaces: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
});

/** One export of a world over time: made at `at` (minutes), holding orders created in [at − span, at]. */
export interface ExportPlan {
  at: number;
  span: number;
  quirks: RenderQuirks;
}

/**
 * 2–4 exports, at least a minute apart (distinct stamps), each window reaching back past the
 * previous export so that consecutive windows overlap.
 */
export function exportPlansArbitrary(createdWithinDays = 10): fc.Arbitrary<ExportPlan[]> {
  return fc
    .record({
      first: delay(createdWithinDays),
      firstSpan: delay(createdWithinDays),
      later: fc.array(fc.record({ gap: fc.integer({ min: 1, max: 3 * DAY }), overlap: delay(createdWithinDays), quirks: quirksArbitrary }), {
        minLength: 1,
        maxLength: 3,
      }),
      firstQuirks: quirksArbitrary,
    })
    .map(({ first, firstSpan, later, firstQuirks }) => {
      const plans: ExportPlan[] = [{ at: first, span: firstSpan, quirks: firstQuirks }];
      for (const next of later) {
        plans.push({ at: plans[plans.length - 1]!.at + next.gap, span: next.gap + next.overlap, quirks: next.quirks });
      }
      return plans;
    });
}

/** The orders an export made by `plan` holds, in creation order (newest first, as Taobao lists them). */
export function ordersInExport(world: World, plan: ExportPlan): WorldOrder[] {
  return world.orders
    .filter((o) => o.createdAt <= plan.at && o.createdAt >= plan.at - plan.span)
    .sort((a, b) => b.createdAt - a.createdAt || a.orderNo.localeCompare(b.orderNo));
}

/** A short, readable account of a world for failure messages. */
export function describeWorld(world: World): string {
  const lines = [`shop ${world.shopName}; buyers:`];
  world.buyers.forEach((b, i) => lines.push(`  #${i} nick=${b.nick} phone=${b.phone.kind === 'none' ? '-' : `${b.phone.kind}:${b.phone.value}`}`));
  lines.push('orders:');
  for (const o of world.orders) {
    const life = orderLife(o)
      .map((e) => `${timeText(e.at)} ${e.state.status}${e.state.refundFen ? ` refund ${yuan(e.state.refundFen)}` : ''}`)
      .join(' → ');
    lines.push(
      `  ${o.orderNo} buyer #${o.buyer % world.buyers.length} paid ${yuan(o.paidFen)} lines ${o.lines.length}` +
        `${o.cod ? ' COD' : ''}${o.halfWidthComma ? ' half-width-comma' : ''}${o.unknownStatus ? ` status「${o.unknownStatus}」` : ''}` +
        ` message ${JSON.stringify(o.buyerMessage)}\n      ${life}`,
    );
  }
  return lines.join('\n');
}
