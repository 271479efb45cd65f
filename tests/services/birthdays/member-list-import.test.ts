import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import type { BirthdayDto, CustomerDetailDto, MemberListImportDto, MemberListInspectionDto } from '../../../src-main/contract';
import { openTestBackend } from '../../helpers/backend';
import { openFixtureBook, setBirthday } from '../../helpers/birthday-book';
import { dumpBook } from '../../helpers/book-dump';
import { call, rejected } from '../../helpers/dispatch-calls';
import { encodeGbk } from '../../helpers/gbk';
import { useTempDir } from '../../helpers/temp-dir';
import { uploadFile } from '../../helpers/upload';
import { buildWorkbook, sheetXml } from '../../helpers/xlsx-builder';

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => utf8(`\uFEFF${text}`);
const birthdayOf = async (backend: Backend, id: number) => (await call<CustomerDetailDto>(backend, 'customers.get', { id })).birthday;
const solar = (month: number, day: number, year: number | null = null): BirthdayDto => ({ calendar: 'solar', year, month, day, leapMonth: false });
const lunar = (month: number, day: number, leapMonth = false, year: number | null = null): BirthdayDto => ({ calendar: 'lunar', year, month, day, leapMonth });
const MAPPING = { nickColumn: 0, phoneColumn: 1, birthdayColumn: 2 };

/** Opens the fixture book after giving tb10843795 the phone of tb2050424: one phone, two customers. */
async function bookWithSharedPhone(dir: string) {
  const first = await openFixtureBook(dir);
  first.backend.close();
  const sqlite = new Database(join(dir, 'book.sqlite'));
  sqlite.prepare(`UPDATE customers SET phone = (SELECT phone FROM customers WHERE buyer_nick = 'tb2050424') WHERE buyer_nick = 'tb10843795'`).run();
  sqlite.close();
  const { backend } = await openTestBackend(dir);
  return { backend, byNick: first.byNick };
}

/** The customers table only: what a member list may change. */
function customersRows(dir: string): unknown[] {
  return (JSON.parse(dumpBook(join(dir, 'book.sqlite'))) as [string, unknown[]][]).find(([table]) => table === 'customers')![1];
}

/** A worksheet from rows of cells: strings inline, numbers as number cells, {date} as a date-styled number. */
function workbook(rows: (string | number | { date: number })[][]): Uint8Array {
  const column = (i: number) => String.fromCharCode(65 + i);
  const cell = (value: string | number | { date: number }, ref: string) => {
    if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
    if (typeof value === 'object') return `<c r="${ref}" s="1"><v>${value.date}</v></c>`;
    return value === '' ? '' : `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
  };
  const data = rows.map((cells, r) => `<row r="${r + 1}">${cells.map((v, i) => cell(v, `${column(i)}${r + 1}`)).join('')}</row>`).join('');
  // Style 1 is built-in number format 14 (a short date), as Excel gives a cell typed 1990/8/15.
  const styles = `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
  return buildWorkbook({ sheets: [{ name: '会员', part: 'xl/worksheets/sheet1.xml', xml: sheetXml(data) }], styles });
}

describe('birthdays from a member list (导入会员生日)', () => {
  const tempDir = useTempDir('zhanggui-member-list-');

  it('inspects, previews without writing, then writes exactly the previewed birthdays and lists every row it could not use', async () => {
    const dir = tempDir();
    const { backend, byNick } = await bookWithSharedPhone(dir);
    try {
      // Only the phone identifies this row's customer: the whole number from the book.
      const byPhone = await call<CustomerDetailDto>(backend, 'customers.get', { id: byNick('tb4229229').id });
      expect(byPhone.phone).toMatch(/^1\d{10}$/);
      const shared = (await call<CustomerDetailDto>(backend, 'customers.get', { id: byNick('tb2050424').id })).phone!;
      const csv = [
        '买家会员名,手机号,生日',
        'tb1000097,,1990-08-15',
        `,${byPhone.phone},8月15日`,
        'tb6408034,,农历八月十五',
        'tb8743141,,农历闰六月初一',
        '不在客户本里的人,,1990-01-01',
        'aijia8871619,,1990-02-30',
        `,${shared},5月1日`,
        // Excel leaves lines like this under the data: not a row of the list.
        ',,',
        'jia清风9921946,,',
      ].join('\r\n');
      const uploadId = await uploadFile(backend, '会员名单.csv', withBom(csv));

      const inspection = await call<MemberListInspectionDto>(backend, 'birthdays.inspectList', { uploadId });
      expect(inspection).toEqual({
        fileName: '会员名单.csv',
        header: ['买家会员名', '手机号', '生日'],
        sample: [
          ['tb1000097', '', '1990-08-15'],
          ['', byPhone.phone, '8月15日'],
          ['tb6408034', '', '农历八月十五'],
          ['tb8743141', '', '农历闰六月初一'],
          ['不在客户本里的人', '', '1990-01-01'],
        ],
        rowCount: 8,
        guess: MAPPING,
      });

      const before = customersRows(dir);
      const preview = await call<MemberListImportDto>(backend, 'birthdays.previewList', { uploadId, mapping: MAPPING });
      const expected = {
        rows: 8,
        set: 4,
        unchanged: 0,
        kept: 0,
        notFound: 1,
        ambiguous: 1,
        problems: [
          { line: 7, column: '生日', message: '1990 年 2 月没有 30 日' },
          { line: 8, column: '手机号', message: `手机号 ${shared} 对应 2 位客户，认不出是哪一位，这一行没有导入（可以在客户详情里手动填）` },
          { line: 10, column: '生日', message: '没有填写生日' },
        ],
        problemCount: 3,
      };
      expect(preview).toEqual({ ...expected, committed: false });
      expect(customersRows(dir)).toEqual(before);

      expect(await call(backend, 'birthdays.importList', { uploadId, mapping: MAPPING })).toEqual({ ...expected, committed: true });
      expect(await birthdayOf(backend, byNick('tb1000097').id)).toEqual(solar(8, 15, 1990));
      expect(await birthdayOf(backend, byPhone.id)).toEqual(solar(8, 15));
      expect(await birthdayOf(backend, byNick('tb6408034').id)).toEqual(lunar(8, 15));
      expect(await birthdayOf(backend, byNick('tb8743141').id)).toEqual(lunar(6, 1, true));
      // Nobody else got a birthday: not the bad date, not either owner of the shared phone.
      const withBirthday = (customersRows(dir) as { id: number; birthday_day: number | null }[]).filter((c) => c.birthday_day !== null).map((c) => c.id);
      expect(withBirthday.sort((a, b) => a - b)).toEqual([byNick('tb1000097').id, byPhone.id, byNick('tb6408034').id, byNick('tb8743141').id].sort((a, b) => a - b));

      // The upload is gone once imported: a second import of it (a double click) is refused.
      const again = await rejected(backend, 'birthdays.importList', { uploadId, mapping: MAPPING });
      expect(again).toEqual({ code: 'REJECTED', message: '找不到这个上传（可能已经导入或被取消），请重新选择文件。' });
    } finally {
      backend.close();
    }
  });

  it('reads a GBK file whose 农历生日 column makes 8月15日 lunar', async () => {
    const { backend, byNick } = await openFixtureBook(tempDir());
    try {
      const csv = ['会员名,联系电话,农历生日', 'tb1000097,,8月15日', 'tb4229229,,1990-06-01', 'tb6408034,,公历9月1日', 'tb8743141,,腊月初八', 'aijia8871619,,十三月一日', 'jia清风9921946,,'].join('\r\n');
      const uploadId = await uploadFile(backend, '会员.csv', encodeGbk(csv));
      const inspection = await call<MemberListInspectionDto>(backend, 'birthdays.inspectList', { uploadId });
      expect(inspection.header).toEqual(['会员名', '联系电话', '农历生日']);
      expect(inspection.sample[0]).toEqual(['tb1000097', '', '8月15日']);
      expect(inspection.guess).toEqual(MAPPING);

      const result = await call<MemberListImportDto>(backend, 'birthdays.importList', { uploadId, mapping: MAPPING });
      expect(result).toMatchObject({
        rows: 6,
        set: 4,
        notFound: 0,
        problems: [
          { line: 6, column: '农历生日', message: '月份要在 1–12 之间' },
          // An empty cell of a lunar column is an empty birthday, not a puzzling 农历 on its own.
          { line: 7, column: '农历生日', message: '没有填写生日' },
        ],
      });
      expect(await birthdayOf(backend, byNick('tb1000097').id)).toEqual(lunar(8, 15));
      expect(await birthdayOf(backend, byNick('tb4229229').id)).toEqual(lunar(6, 1, false, 1990));
      // Written 公历 in the cell: the cell says more than the header.
      expect(await birthdayOf(backend, byNick('tb6408034').id)).toEqual(solar(9, 1));
      expect(await birthdayOf(backend, byNick('tb8743141').id)).toEqual(lunar(12, 8));
    } finally {
      backend.close();
    }
  });

  it('reads an .xlsx under a title row: Excel date serials, date-styled cells, +86 phones; lines are Excel row numbers', async () => {
    const { backend, byNick } = await openFixtureBook(tempDir());
    try {
      const phoneOnly = byNick('tb4229229');
      const book = workbook([
        ['2024年会员名单'],
        ['买家昵称', '手机', '生日'],
        ['tb1000097', '', 33100],
        ['tb6408034', '', { date: 33100 }],
        ['', `+86 ${phoneOnly.phone}`, '12月1日'],
        ['tb8743141', '', '2023-02-29'],
        ['', '138****1234', '1月1日'],
      ]);
      const uploadId = await uploadFile(backend, '会员名单.xlsx', book);
      const inspection = await call<MemberListInspectionDto>(backend, 'birthdays.inspectList', { uploadId });
      expect(inspection).toMatchObject({ header: ['买家昵称', '手机', '生日'], rowCount: 5, guess: MAPPING });
      expect(inspection.sample.slice(0, 2)).toEqual([
        ['tb1000097', '', '33100'],
        ['tb6408034', '', '1990-08-15 00:00:00'],
      ]);

      const result = await call<MemberListImportDto>(backend, 'birthdays.importList', { uploadId, mapping: MAPPING });
      expect(result).toEqual({
        rows: 5,
        set: 3,
        unchanged: 0,
        kept: 0,
        notFound: 0,
        ambiguous: 0,
        problems: [
          { line: 6, column: '生日', message: '2023 年 2 月没有 29 日' },
          { line: 7, column: '手机', message: '手机号「138****1234」不是完整的 11 位手机号，这一行又没有买家昵称，认不出是谁' },
        ],
        problemCount: 2,
        committed: true,
      });
      expect(await birthdayOf(backend, byNick('tb1000097').id)).toEqual(solar(8, 15, 1990));
      expect(await birthdayOf(backend, byNick('tb6408034').id)).toEqual(solar(8, 15, 1990));
      expect(await birthdayOf(backend, phoneOnly.id)).toEqual(solar(12, 1));
    } finally {
      backend.close();
    }
  });

  it('keeps birthdays staff entered unless told to overwrite, and counts what is already the same', async () => {
    const { backend, byNick } = await openFixtureBook(tempDir());
    try {
      const entered = byNick('tb1000097');
      const fresh = byNick('tb4229229');
      await setBirthday(backend, entered.id, { calendar: 'lunar', month: 3, day: 3 });
      // UTF-8 without a BOM, as a text editor saves it.
      const list = utf8('买家会员名,手机号,生日\ntb1000097,,1990-08-15\ntb4229229,,8月15日\n');

      const first = await call<MemberListImportDto>(backend, 'birthdays.importList', { uploadId: await uploadFile(backend, 'a.csv', list), mapping: MAPPING });
      expect(first).toMatchObject({ rows: 2, set: 1, kept: 1, unchanged: 0 });
      expect(await birthdayOf(backend, entered.id)).toEqual(lunar(3, 3));
      expect(await birthdayOf(backend, fresh.id)).toEqual(solar(8, 15));

      const second = await call<MemberListImportDto>(backend, 'birthdays.importList', { uploadId: await uploadFile(backend, 'a.csv', list), mapping: MAPPING });
      expect(second).toMatchObject({ rows: 2, set: 0, kept: 1, unchanged: 1 });

      const preview = await call<MemberListImportDto>(backend, 'birthdays.previewList', {
        uploadId: await uploadFile(backend, 'a.csv', list),
        mapping: MAPPING,
        overwrite: true,
      });
      expect(preview).toMatchObject({ set: 1, kept: 0, unchanged: 1, committed: false });
      expect(await birthdayOf(backend, entered.id)).toEqual(lunar(3, 3));

      const overwritten = await call<MemberListImportDto>(backend, 'birthdays.importList', {
        uploadId: await uploadFile(backend, 'a.csv', list),
        mapping: MAPPING,
        overwrite: true,
      });
      expect(overwritten).toMatchObject({ set: 1, kept: 0, unchanged: 1, committed: true });
      expect(await birthdayOf(backend, entered.id)).toEqual(solar(8, 15, 1990));
    } finally {
      backend.close();
    }
  });

  it('refuses a mapping past the last column or without nick and phone, and a file without a header row', async () => {
    const { backend, byNick } = await openFixtureBook(tempDir());
    try {
      const uploadId = await uploadFile(backend, '会员名单.csv', withBom('买家会员名,手机号,生日\ntb1000097,,1990-08-15\n'));
      const past = await rejected(backend, 'birthdays.previewList', { uploadId, mapping: { ...MAPPING, birthdayColumn: 3 } });
      expect(past).toEqual({ code: 'REJECTED', message: '会员名单.csv：没有第 4 列，请重新选择列。' });
      expect((await rejected(backend, 'birthdays.importList', { uploadId, mapping: { ...MAPPING, nickColumn: 5 } })).message).toBe('会员名单.csv：没有第 6 列，请重新选择列。');

      const nobody = await rejected(backend, 'birthdays.importList', { uploadId, mapping: { birthdayColumn: 2 } });
      expect(nobody.code).toBe('INVALID_INPUT');
      expect(nobody.message).toContain('请至少选择买家昵称或手机号所在的列');

      // A refused import leaves the upload for a corrected mapping.
      expect(await call(backend, 'birthdays.importList', { uploadId, mapping: MAPPING })).toMatchObject({ set: 1, committed: true });
      expect(await birthdayOf(backend, byNick('tb1000097').id)).toEqual(solar(8, 15, 1990));

      // One cell per row is no member list: the message is about member lists, not order exports.
      const single = await uploadFile(backend, '名单.csv', withBom('名单\n张三\n李四\n'));
      expect(await rejected(backend, 'birthdays.inspectList', { uploadId: single })).toEqual({
        code: 'REJECTED',
        message: '名单.csv：开头几行里找不到会员名单的表头：要有一行写着各列的名称，至少有买家昵称或手机号、生日两列。',
      });
    } finally {
      backend.close();
    }
  });
});
