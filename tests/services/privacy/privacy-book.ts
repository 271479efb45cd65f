import { afterEach } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import { bytesSource } from '../../../src-main/services/import/byte-source';
import { openTestBackend } from '../../helpers/backend';
import { call, PAIR_FIXTURE } from '../../helpers/dispatch-calls';
import { encodeGbk } from '../../helpers/gbk';

/** A buyer of the hand-written exports: every personal value distinct, so a trace is unambiguous. */
export interface Buyer {
  nick: string;
  name: string;
  phone: string;
  street: string;
}

export const ASKER: Buyer = { nick: '茉莉花开2024', name: '王小丫', phone: '13912345678', street: '文三路88号紫金花园3幢' };
export const OTHER: Buyer = { nick: 'tb_铁观音', name: '李大山', phone: '13600001111', street: '中山路1号' };
export const NEWCOMER: Buyer = { nick: '小熊软糖', name: '赵一', phone: '13700002222', street: '延安路2号' };

export interface Order {
  orderNo: string;
  buyer: Buyer;
  status: '交易成功' | '卖家已发货，等待买家确认';
  createdAt: string;
  completedAt?: string;
  paidFen: number;
  message?: string;
  memo?: string;
  title?: string;
  /** The buyer's nick as a newer export masks it. */
  maskedNick?: string;
}

const headerOf = (file: string) => new TextDecoder('gb18030').decode(readFileSync(join(PAIR_FIXTURE, file))).split('\n')[0]!.trim();
const ORDER_HEADER = headerOf('ExportOrderList202404011048.csv');
const ITEM_HEADER = headerOf('ExportOrderDetailList202404011048.csv');
const names = (header: string) => header.split(',').map((cell) => cell.replaceAll('"', '').trim());
const yuan = (fen: number) => (fen / 100).toFixed(2);

function row(header: string, cells: Record<string, string>): string {
  return names(header)
    .map((name) => {
      const value = cells[name] ?? '';
      return value.startsWith('="') ? value : `"${value.replaceAll('"', '""')}"`;
    })
    .join(',');
}

export const addressOf = (buyer: Buyer) => `浙江省 杭州市 西湖区 ${buyer.street}(310012)`;

function orderRow(o: Order): string {
  const nick = o.maskedNick ?? o.buyer.nick;
  return row(ORDER_HEADER, {
    订单编号: `="${o.orderNo}"`,
    买家会员名: nick,
    买家会员昵称: nick,
    买家应付货款: yuan(o.paidFen),
    买家应付邮费: '0.00',
    总金额: yuan(o.paidFen),
    买家实际支付金额: yuan(o.paidFen),
    订单状态: o.status,
    买家留言: o.message ?? '',
    收货人姓名: o.buyer.name,
    收货地址: addressOf(o.buyer),
    联系手机: `'${o.buyer.phone}`,
    订单创建时间: o.createdAt,
    订单付款时间: o.createdAt,
    宝贝标题: o.title ?? '316不锈钢保温杯',
    宝贝种类: '1',
    物流单号: `YT${o.orderNo.slice(-10)}`,
    物流公司: '圆通速递',
    宝贝总数量: '1',
    店铺Id: '0',
    店铺名称: '小蜜蜂女装',
    订单关闭原因: '订单未关闭',
    退款金额: '0.00',
    确认收货时间: o.completedAt ?? '',
    打款商家金额: `${yuan(o.paidFen)}元`,
    发货时间: o.createdAt,
    商家备忘: o.memo ?? '',
    主订单编号: `="${o.orderNo}"`,
  });
}

function itemRow(o: Order): string {
  return row(ITEM_HEADER, {
    子订单编号: `="${o.orderNo}"`,
    主订单编号: `="${o.orderNo}"`,
    标题: o.title ?? '316不锈钢保温杯',
    价格: yuan(o.paidFen),
    购买数量: '1',
    订单状态: o.status,
    买家应付货款: yuan(o.paidFen),
    买家实际支付金额: yuan(o.paidFen),
    退款状态: '没有申请退款',
    退款金额: '无退款申请',
    订单创建时间: o.createdAt,
    订单付款时间: o.createdAt,
  });
}

/** A Taobao 订单报表 + 宝贝报表 pair (GBK) taken at `stamp` (yyyyMMddHHmm). */
export function exportFiles(stamp: string, orders: readonly Order[]) {
  const text = (header: string, rows: string[]) => [header, ...rows].join('\r\n') + '\r\n';
  return [
    bytesSource(`ExportOrderList${stamp}.csv`, encodeGbk(text(ORDER_HEADER, orders.map(orderRow)))),
    bytesSource(`ExportOrderDetailList${stamp}.csv`, encodeGbk(text(ITEM_HEADER, orders.map(itemRow)))),
  ];
}

export function importOrders(backend: Backend, stamp: string, orders: readonly Order[]) {
  const summary = backend.importFiles(exportFiles(stamp, orders), { commit: true });
  if (summary.problems.some((p) => p.severity === 'error')) throw new Error(`import problems: ${JSON.stringify(summary.problems)}`);
  return summary;
}

/** A real backend on a temp book, and a second (read-write) connection to look inside it. */
export async function openPrivacyBook(dir: string, options: { restorable?: boolean } = {}) {
  const { backend } = await openTestBackend(dir, options);
  const path = join(dir, 'book.sqlite');
  const sqlite = new Database(path);
  return {
    backend,
    sqlite,
    path,
    customerOf: (orderNo: string) => sqlite.prepare('SELECT customer_id FROM orders WHERE order_no = ?').pluck().get(orderNo) as number,
    customerCount: () => sqlite.prepare('SELECT count(*) FROM customers').pluck().get() as number,
    close() {
      sqlite.close();
      backend.close();
    },
  };
}

/** Every text cell of every table holding one of `needles`: "table.column: value". */
export function textTraces(sqlite: Database.Database, needles: readonly string[]): string[] {
  const found: string[] = [];
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  for (const table of tables) {
    const columns = sqlite.prepare(`SELECT name, type FROM pragma_table_xinfo(?)`).all(table) as { name: string; type: string }[];
    for (const { name } of columns) {
      const values = sqlite.prepare(`SELECT DISTINCT "${name}" FROM "${table}" WHERE typeof("${name}") = 'text'`).pluck().all() as string[];
      for (const value of values) if (needles.some((needle) => value.includes(needle))) found.push(`${table}.${name}: ${value}`);
    }
  }
  return found;
}

/** The kept imported files, inflated and decoded as the GBK they were imported as. */
export function keptFileTexts(sqlite: Database.Database): string[] {
  const files = sqlite.prepare('SELECT id FROM source_files ORDER BY id').pluck().all() as number[];
  return files.map((id) => {
    const parts = sqlite.prepare('SELECT data FROM source_file_parts WHERE source_file_id = ? ORDER BY part_no').pluck().all(id) as Buffer[];
    return new TextDecoder('gb18030').decode(Buffer.concat(parts.map((part) => inflateRawSync(part))));
  });
}

/** The needles found in the raw bytes of the book's files (the book, its -wal and -shm), as UTF-8 or GBK. */
export function rawTraces(dir: string, needles: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of readdirSync(dir).filter((name) => name.startsWith('book.sqlite'))) {
    const bytes = readFileSync(join(dir, file));
    for (const needle of needles) {
      for (const encoded of [Buffer.from(needle, 'utf8'), Buffer.from(encodeGbk(needle))]) {
        if (bytes.includes(encoded)) found.push(`${file}: ${needle}`);
      }
    }
  }
  return found;
}

/** What must not be found anywhere once the asker is erased. */
export const traitsOf = (buyer: Buyer): string[] => [buyer.nick, buyer.name, buyer.phone, buyer.street];

export const A1: Order = {
  orderNo: '2600000000000000101', buyer: ASKER, status: '交易成功', createdAt: '2026-11-01 10:00:00', completedAt: '2026-11-05 10:00:00',
  paidFen: 12_800, message: '请放门口，到了打13912345678', memo: '王小丫要发票',
};
export const A2: Order = { orderNo: '2600000000000000102', buyer: ASKER, status: '交易成功', createdAt: '2026-11-10 09:00:00', completedAt: '2026-11-14 09:00:00', paidFen: 5_600 };
/** A later export masked the nick: the whole mobile makes this a record of its own, merged by hand. */
export const A3: Order = { orderNo: '2600000000000000103', buyer: ASKER, maskedNick: '茉**4', status: '交易成功', createdAt: '2026-11-12 09:00:00', completedAt: '2026-11-13 09:00:00', paidFen: 3_300 };
export const A6: Order = { orderNo: '2600000000000000106', buyer: ASKER, status: '卖家已发货，等待买家确认', createdAt: '2026-11-13 09:00:00', paidFen: 2_100 };
export const O1: Order = { orderNo: '2600000000000000201', buyer: OTHER, status: '交易成功', createdAt: '2026-11-03 10:00:00', completedAt: '2026-11-14 10:00:00', paidFen: 9_900 };
export const FIRST = [A1, A2, A3, A6, O1];
export const FIRST_STAMP = '202611150900';

export const PERIOD = { from: '2026-11-01', to: '2026-11-22' };

/** A book where the asker has notes, a birthday, a tag, a staff member, a follow-up note and a merged record. */
export async function openAskerBook(dir: string, options: { restorable?: boolean } = {}) {
  const book = await openPrivacyBook(dir, options);
  const { backend } = book;
  importOrders(backend, FIRST_STAMP, FIRST);
  const root = book.customerOf(A1.orderNo);
  const masked = book.customerOf(A3.orderNo);
  expect(masked).not.toBe(root);
  const staff = await call<{ id: number }>(backend, 'staff.create', { name: '小美' });
  await call(backend, 'customers.update', {
    id: root,
    notes: '王小丫说喜欢蓝色，住文三路88号紫金花园3幢',
    birthday: { calendar: 'lunar', month: 8, day: 15 },
    assignedStaffId: staff.id,
  });
  const tag = await call<{ id: number }>(backend, 'tags.create', { name: 'VIP回头客' });
  await call(backend, 'customers.tag', { selection: { customerIds: [root] }, tagIds: [tag.id], action: 'add' });
  await call(backend, 'customers.merge', { keepId: root, mergeId: masked });
  const task = book.sqlite.prepare("SELECT id FROM follow_up_tasks WHERE customer_id IN (?, ?) AND status = 'open' ORDER BY id").pluck().get(root, masked) as number;
  expect(task).toBeDefined();
  await call(backend, 'followUps.complete', { taskIds: [task], staffId: staff.id, note: '王小丫说杯子有点漏水，要换新', satisfaction: 3, hadProblem: true });
  return { ...book, root, masked, staffId: staff.id };
}

export type AskerBook = Awaited<ReturnType<typeof openAskerBook>>;

/** A fresh asker book per test, closed after it (each test file gets its own temp folders). */
export function useAskerBooks(prefix: string): () => Promise<AskerBook> {
  const newDir = useTempDir(prefix);
  let close: (() => void) | null = null;
  afterEach(() => {
    close?.();
    close = null;
  });
  return async () => {
    const book = await openAskerBook(newDir());
    close = book.close;
    return book;
  };
}
