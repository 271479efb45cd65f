import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Backend } from '../../src-main/backend';
import type { CareRuleDto, CareRulesDto } from '../../src-main/contract';
import type { CareRuleInput, CareRuleKind } from '../../src-main/contract/care-rules';
import { DEFAULT_CARE_RULES } from '../../src-main/core/follow-ups/default-care-rules';
import { openConnection } from '../../src-main/db/connection';
import { createBirthdaysRepo } from '../../src-main/db/repos/birthdays-repo';
import { createCareRulesRepo } from '../../src-main/db/repos/care-rules-repo';
import { createFollowUpGenerationRepo } from '../../src-main/db/repos/follow-up-generation-repo';
import { bytesSource } from '../../src-main/services/import/byte-source';
import { createFollowUpGenerator } from '../../src-main/services/follow-ups/follow-up-generator';
import { openTestBackend } from './backend';
import { call, FIRST_EXPORT, LATER_EXPORT, PAIR_FIXTURE } from './dispatch-calls';
import { encodeGbk } from './gbk';
import { FROZEN_NOW } from './paths';
import { daysFrom, shiftedExport } from './shifted-export';

/** 订单状态 as Taobao writes it. */
export type TaobaoStatus = '等待买家付款' | '买家已付款，等待卖家发货' | '卖家已发货，等待买家确认' | '交易成功' | '交易关闭';

/** One order of a hand-written export; times are the shop's 'YYYY-MM-DD HH:mm:ss', as Taobao writes them. */
export interface ExportOrder {
  orderNo: string;
  buyer: string;
  status: TaobaoStatus;
  createdAt: string;
  /** Defaults to the creation time for a paid order. */
  paidAt?: string | null;
  shippedAt?: string | null;
  completedAt?: string | null;
  paidFen?: number;
  refundFen?: number;
  /** One line per title; 宝贝标题 joins them with '，' as the export does. */
  titles?: string[];
  shopName?: string;
  /** 联系手机; every order of a hand-written export shares one number unless given. */
  phone?: string;
}

export const SHOP_NAME = '小蜜蜂女装';

// The 2022 layout's headers, read from the committed fixture so the files look like real exports.
const headerOf = (file: string) => new TextDecoder('gb18030').decode(readFileSync(join(PAIR_FIXTURE, file))).split('\r\n')[0]!.split('\n')[0]!;
const ORDER_HEADER = headerOf('ExportOrderList202404011048.csv');
const ITEM_HEADER = headerOf('ExportOrderDetailList202404011048.csv');
const names = (header: string) => header.split(',').map((cell) => cell.replaceAll('"', '').trim());

const yuan = (fen: number) => (fen / 100).toFixed(2);
const quoted = (value: string) => `"${value.replaceAll('"', '""')}"`;
const id = (value: string) => `="${value}"`;

function row(header: string, cells: Record<string, string>): string {
  return names(header)
    .map((name) => {
      const value = cells[name] ?? '';
      return value.startsWith('="') ? value : quoted(value);
    })
    .join(',');
}

function orderRow(order: ExportOrder): string {
  const paid = order.paidFen ?? 9_900;
  const paidAt = order.paidAt === undefined ? (order.status === '等待买家付款' ? '' : order.createdAt) : (order.paidAt ?? '');
  const titles = order.titles ?? ['316不锈钢保温杯'];
  const refund = order.refundFen ?? 0;
  return row(ORDER_HEADER, {
    订单编号: id(order.orderNo),
    买家会员名: order.buyer,
    买家会员昵称: order.buyer,
    买家应付货款: yuan(paid),
    买家应付邮费: '0.00',
    总金额: yuan(paid),
    买家实际支付金额: paidAt === '' ? '0.00' : yuan(paid),
    订单状态: order.status,
    收货人姓名: `收货人${order.buyer.slice(-2)}`,
    收货地址: '浙江省 杭州市 西湖区 文三路1号(310000)',
    联系手机: `'${order.phone ?? '13800001234'}`,
    订单创建时间: order.createdAt,
    订单付款时间: paidAt,
    宝贝标题: titles.join('，'),
    宝贝种类: String(titles.length),
    物流单号: order.shippedAt ? `YT${order.orderNo.slice(-10)}` : '',
    物流公司: order.shippedAt ? '圆通速递' : '',
    宝贝总数量: String(titles.length),
    店铺Id: '0',
    店铺名称: order.shopName ?? SHOP_NAME,
    订单关闭原因: order.status === '交易关闭' ? (refund > 0 ? '退款' : '买家未付款') : '订单未关闭',
    退款金额: yuan(refund),
    确认收货时间: order.completedAt ?? '',
    打款商家金额: `${yuan(paid - refund)}元`,
    发货时间: order.shippedAt ?? '',
    主订单编号: id(order.orderNo),
  });
}

function itemRows(order: ExportOrder): string[] {
  const titles = order.titles ?? ['316不锈钢保温杯'];
  const paid = order.paidFen ?? 9_900;
  const share = Math.floor(paid / titles.length);
  return titles.map((title, i) =>
    row(ITEM_HEADER, {
      子订单编号: id(titles.length === 1 ? order.orderNo : `${order.orderNo.slice(0, -2)}${String(i).padStart(2, '0')}`),
      主订单编号: id(order.orderNo),
      标题: title,
      价格: yuan(share),
      购买数量: '1',
      订单状态: order.status,
      买家应付货款: yuan(share),
      买家实际支付金额: yuan(share),
      退款状态: (order.refundFen ?? 0) > 0 ? '退款成功' : '没有申请退款',
      退款金额: (order.refundFen ?? 0) > 0 ? yuan(Math.floor((order.refundFen ?? 0) / titles.length)) : '无退款申请',
      订单创建时间: order.createdAt,
      订单付款时间: order.paidAt ?? (order.status === '等待买家付款' ? '' : order.createdAt),
    }),
  );
}

/**
 * A Taobao 订单报表 + 宝贝报表 pair (GBK, quoted, ids as ="…") taken at `stamp` (yyyyMMddHHmm,
 * shop time, as in Taobao's file names): a newer stamp moves the same orders forward.
 */
export function taobaoExport(stamp: string, orders: readonly ExportOrder[]) {
  const orderText = [ORDER_HEADER, ...orders.map(orderRow)].join('\r\n') + '\r\n';
  const itemText = [ITEM_HEADER, ...orders.flatMap(itemRows)].join('\r\n') + '\r\n';
  return [bytesSource(`ExportOrderList${stamp}.csv`, encodeGbk(orderText)), bytesSource(`ExportOrderDetailList${stamp}.csv`, encodeGbk(itemText))];
}

/** Imports a hand-written export through the real import path (and the backend's after-import work). */
export function importExport(backend: Backend, stamp: string, orders: readonly ExportOrder[]) {
  const summary = backend.importFiles(taobaoExport(stamp, orders), { commit: true });
  if (summary.problems.some((p) => p.severity === 'error')) throw new Error(`import problems: ${JSON.stringify(summary.problems)}`);
  return summary;
}

export interface TaskRow {
  ruleId: number | null;
  ruleKind: string;
  ruleName: string;
  customerId: number;
  orderId: number | null;
  dedupeKey: string;
  dueOn: string;
  originalDueOn: string;
  priority: number;
  assigneeId: number | null;
  status: string;
  reason: string;
}

export function taskRows(sqlite: Database.Database): TaskRow[] {
  return sqlite
    .prepare(
      `SELECT rule_id AS ruleId, rule_kind AS ruleKind, rule_name AS ruleName, customer_id AS customerId, order_id AS orderId,
         dedupe_key AS dedupeKey, due_on AS dueOn, original_due_on AS originalDueOn, priority, assignee_id AS assigneeId, status, reason
       FROM follow_up_tasks ORDER BY id`,
    )
    .all() as TaskRow[];
}

type RuleChanges = Partial<Omit<CareRuleInput, 'id' | 'kind' | 'filters'>> & { filters?: Partial<CareRuleInput['filters']> };

/**
 * A real book for follow-up tests: the backend on a temp file with a frozen clock (imports go
 * through it), and beside it a generator wired by hand on a second connection to the same file.
 * The rules a new book starts with are removed, so a test has exactly the rules it adds.
 */
export async function openCareBook(dir: string, options: { now?: () => Date; timeZone?: string } = {}) {
  const now = options.now ?? (() => FROZEN_NOW);
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const { backend } = await openTestBackend(dir, { now });
  const conn = openConnection(join(dir, 'book.sqlite'));
  const sqlite = conn.sqlite;
  sqlite.exec('DELETE FROM follow_up_tasks; DELETE FROM care_rules');
  const rules = createCareRulesRepo(sqlite);
  const makeGenerator = () =>
    createFollowUpGenerator({
      repo: createFollowUpGenerationRepo(sqlite),
      rules,
      birthdays: createBirthdaysRepo(sqlite),
      inTransaction: (work) => sqlite.transaction(work).immediate(),
      now,
      timeZone: () => timeZone,
    });
  return {
    backend,
    sqlite,
    rules,
    generator: makeGenerator(),
    /** Another generator on the same book: one that remembers nothing from earlier runs. */
    makeGenerator,
    /** Adds a rule: the kind's default with some fields changed. */
    addRule(kind: CareRuleKind, changes: RuleChanges = {}): number {
      const base = DEFAULT_CARE_RULES.find((rule) => rule.kind === kind)!;
      const { filters, ...fields } = changes;
      return rules.insert({ ...base, ...fields, filters: { ...base.filters, ...filters } }, now().toISOString());
    },
    importOrders: (stamp: string, orders: readonly ExportOrder[]) => importExport(backend, stamp, orders),
    /** The surviving customer of a buyer nick. */
    customerId(nick: string): number {
      const found = sqlite.prepare('SELECT coalesce(merged_into_id, id) FROM customers WHERE buyer_nick = ?').pluck().get(nick) as number | undefined;
      if (found === undefined) throw new Error(`no customer ${nick}`);
      return found;
    },
    orderId(orderNo: string): number {
      return sqlite.prepare('SELECT id FROM orders WHERE order_no = ?').pluck().get(orderNo) as number;
    },
    tasks: () => taskRows(sqlite),
    /** A staff member, made through the app. */
    async addStaff(name: string): Promise<number> {
      const result = (await backend.dispatch('staff.create', { name })) as { ok: boolean; data?: { id: number } };
      if (!result.ok) throw new Error(`staff.create ${name}`);
      return result.data!.id;
    },
    close() {
      conn.close();
      backend.close();
    },
  };
}

export type CareBook = Awaited<ReturnType<typeof openCareBook>>;

/** Order numbers that look like Taobao's (19 digits), distinct per test. */
export const orderNo = (n: number) => `25154057270751${String(n).padStart(5, '0')}`;

/**
 * The 2022 pair (generated by gen_orders.py, 40 orders moving on between two exports) shifted so
 * its later export was taken on 2026-11-21, the day before the frozen clock's shop day: its orders
 * are then the recent events the rules look at.
 */
export const RECENT_SHIFT = daysFrom('2024-04-15', '2026-11-21');

export async function importShifted(backend: Backend, dir: string, files: readonly string[]): Promise<void> {
  const paths = files.map((file) => shiftedExport(PAIR_FIXTURE, file, RECENT_SHIFT, dir));
  await backend.importPaths(
    paths.map((path) => ({ name: path.split('/').pop() ?? path, path })),
    { commit: true },
  );
}

/**
 * A book with the shifted pair's first export, the later one, or both in order, with the rules a
 * new book starts with (the backend generates on each import, as in the app), and a read handle.
 */
export async function openShiftedPairBook(
  dir: string,
  options: { exports?: 'first' | 'later' | 'both'; now?: () => Date; before?: (backend: Backend) => Promise<unknown> } = {},
) {
  const opened = await openTestBackend(dir, options.now ? { now: options.now } : {});
  await options.before?.(opened.backend);
  if (options.exports !== 'later') await importShifted(opened.backend, dir, FIRST_EXPORT);
  if (options.exports !== 'first') await importShifted(opened.backend, dir, LATER_EXPORT);
  const sqlite = new Database(join(dir, 'book.sqlite'), { readonly: true });
  return { ...opened, sqlite, close: () => (sqlite.close(), opened.backend.close()) };
}

/** Saves a rule through the app with some fields changed (the rest as stored). */
export async function changeRule(backend: Backend, kind: CareRuleDto['kind'], changes: Partial<CareRuleDto>): Promise<CareRuleDto> {
  const { rules } = await call<CareRulesDto>(backend, 'careRules.list', {});
  const rule = rules.find((r) => r.kind === kind);
  if (!rule) throw new Error(`no ${kind} rule`);
  const { updatedAt: _updated, ...fields } = { ...rule, ...changes };
  return (await call<{ rule: CareRuleDto }>(backend, 'careRules.save', fields)).rule;
}

let completedSerial = 0;

/** A 交易成功 order of a hand-written export, confirmed when placed; `changes` for any other state. Order numbers never repeat within a test file. */
export function completedOrder(buyer: string, createdAt: string, paidFen: number, changes: Partial<ExportOrder> = {}): ExportOrder {
  return {
    orderNo: `3900000000${String(++completedSerial).padStart(8, '0')}`,
    buyer,
    status: '交易成功',
    createdAt,
    completedAt: createdAt,
    paidFen,
    ...changes,
  };
}

/** The same export pair written to files in `dir` (for the command line); returns their paths. */
export function writeTaobaoExport(dir: string, stamp: string, orders: readonly ExportOrder[]): string[] {
  return taobaoExport(stamp, orders).map((source) => {
    const chunks: Uint8Array[] = [];
    for (let chunk = source.read(); chunk !== null; chunk = source.read()) chunks.push(chunk);
    const path = join(dir, source.name);
    writeFileSync(path, Buffer.concat(chunks));
    return path;
  });
}
