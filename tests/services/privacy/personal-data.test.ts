import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExportFileDto } from '../../../src-main/contract';
import type { PersonalData } from '../../../src-main/core/privacy/personal-data';
import { call, rejected } from '../../helpers/dispatch-calls';
import { valueOf, readWorkbookSheets } from '../../helpers/xlsx-sheets';
import { A1, A2, A3, A6, ASKER, useAskerBooks } from './privacy-book';

const openBook = useAskerBooks('zhanggui-personal-data-');

async function askerBook() {
  const book = await openBook();
  // A note that would be a live formula in Excel.
  await call(book.backend, 'customers.update', { id: book.root, notes: '=HYPERLINK("http://x","点我") 王小丫的备注' });
  return book;
}

const texts = (rows: ReturnType<typeof readWorkbookSheets> extends Map<string, infer R> ? R : never) => rows.map((row) => row.map(valueOf));

describe('customers.personalData', () => {
  it('writes everything about the customer to an XLSX, a sheet per part, with Chinese headers', async () => {
    const book = await askerBook();
    const file = await call<ExportFileDto>(book.backend, 'customers.personalData', { id: book.root, format: 'xlsx' });

    expect(file.fileName).toBe(`个人信息-${book.root}-20261122-093000.xlsx`);
    expect(file.fileName).not.toContain(ASKER.nick);
    const sheets = readWorkbookSheets(file.path);
    expect([...sheets.keys()]).toEqual([
      '客户资料', '合并进来的记录', '标签', '等级变化', '订单', '订单明细', '订单状态变化', '跟进任务', '跟进记录', '对照组', '投诉', '生日关怀', '合并记录', '操作记录', '删除记录',
    ]);
    const profile = new Map(texts(sheets.get('客户资料')!).slice(1).map(([k, v]) => [k, v]));
    expect(profile.get('买家昵称')).toBe(ASKER.nick);
    expect(profile.get('手机号')).toBe(ASKER.phone);
    expect(profile.get('生日')).toBe('农历 8月15日');
    expect(profile.get('负责客服')).toBe('小美');
    // Guarded as every export is: Excel shows the text, never runs it.
    expect(profile.get('备注')).toBe(`'=HYPERLINK("http://x","点我") 王小丫的备注`);

    const orders = texts(sheets.get('订单')!);
    expect(orders[0]!.slice(0, 4)).toEqual(['订单编号', '客户编号', '店铺', '订单状态']);
    expect(orders.slice(1).map((row) => row[0]).sort()).toEqual([A1, A2, A3, A6].map((o) => o.orderNo).sort());
    const a1 = orders.find((row) => row[0] === A1.orderNo)!;
    expect(a1).toContain(A1.message);
    expect(a1).toContain(128);
    expect(texts(sheets.get('订单明细')!).slice(1)).toHaveLength(4);
    expect(texts(sheets.get('合并进来的记录')!).slice(1).map((row) => row[0])).toEqual([book.masked]);
    expect(texts(sheets.get('标签')!).slice(1).map((row) => row[0])).toEqual(['VIP回头客']);
    const followUpNotes = texts(sheets.get('跟进记录')!).slice(1);
    expect(followUpNotes.some((row) => row.includes('王小丫说杯子有点漏水，要换新'))).toBe(true);
    expect(texts(sheets.get('投诉')!).slice(1)).toHaveLength(1);
    expect(texts(sheets.get('合并记录')!).slice(1)).toEqual([[book.root, book.masked, '2026-11-22T01:30:00.000Z']]);
    expect(file.rows).toBeGreaterThan(10);
  });

  it('writes readable UTF-8 JSON, which parses back to the same facts', async () => {
    const book = await askerBook();
    const file = await call<ExportFileDto>(book.backend, 'customers.personalData', { id: book.root, format: 'json' });
    expect(file.fileName).toMatch(new RegExp(`^个人信息-${book.root}-\\d{8}-\\d{6}\\.json$`));
    const text = readFileSync(file.path, 'utf8');
    expect(text).toContain(`"buyerNick": "${ASKER.nick}"`);
    const data = JSON.parse(text) as PersonalData;
    expect(data.customerId).toBe(book.root);
    expect(data.profile.notes).toContain('王小丫的备注');
    expect(data.orders).toHaveLength(4);
    expect(data.orders.find((o) => o.orderNo === A1.orderNo)).toMatchObject({ paidFen: 12_800, receiverName: ASKER.name, sellerMemo: A1.memo });
    expect(data.orders.every((o) => o.lines.length === 1)).toBe(true);
    expect(data.followUps.length).toBeGreaterThan(0);
    expect(data.mergedRecords.map((r) => r.id)).toEqual([book.masked]);
    // The JSON download is served from the exports folder like the other exports.
    expect(book.backend.exportFile(file.fileName)).toBe(file.path);
    // The audit log's lines about this customer: the first export is in the second.
    const second = await call<ExportFileDto>(book.backend, 'customers.personalData', { id: book.root, format: 'json' });
    const audit = (JSON.parse(readFileSync(second.path, 'utf8')) as PersonalData).auditLog;
    expect(audit.map((line) => line.label)).toContain('导出个人信息');
  });

  it('after an erase, shows what is left: figures, dates and products, no person', async () => {
    const book = await askerBook();
    const before = await call<ExportFileDto>(book.backend, 'customers.personalData', { id: book.root, format: 'xlsx' });
    await call(book.backend, 'customers.erase', { id: book.root, reason: '顾客本人要求删除' });
    // The file made before the erase held the person: it went with them.
    expect(existsSync(before.path)).toBe(false);
    const file = await call<ExportFileDto>(book.backend, 'customers.personalData', { id: book.root, format: 'json' });
    const text = readFileSync(file.path, 'utf8');
    for (const trait of [ASKER.nick, ASKER.name, ASKER.phone, '文三路']) expect(text).not.toContain(trait);
    const data = JSON.parse(text) as PersonalData;
    expect(data.orders).toHaveLength(4);
    expect(data.erasures).toEqual([{ erasedAt: '2026-11-22T01:30:00.000Z', reason: '顾客本人要求删除', ordersAnonymised: 4 }]);
  });

  it('refuses an unknown customer in Chinese', async () => {
    const book = await askerBook();
    expect((await rejected(book.backend, 'customers.personalData', { id: 999_999, format: 'xlsx' })).message).toContain('找不到这位客户');
    expect((await rejected(book.backend, 'customers.personalData', { id: book.root, format: 'pdf' })).message).toContain('xlsx 或 json');
  });
});
