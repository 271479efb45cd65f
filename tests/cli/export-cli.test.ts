import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unguardFormula } from '../../src-main/core/export/spreadsheet-cells';
import { createCsvTokenizer } from '../../src-main/core/import/csv-tokenizer';
import { readFirstSheetRows } from '../../src-main/core/import/xlsx/workbook-reader';
import { TAOBAO_FIXTURES } from '../helpers/import-fixtures';
import { runCli } from '../helpers/run-cli';
import { useTempDir } from '../helpers/temp-dir';

const FIXTURE = join(TAOBAO_FIXTURES, '2022-gbk-pair');

function xlsxRows(path: string): string[][] {
  const rows: string[][] = [];
  readFirstSheetRows(readFileSync(path), { onRow: (cells) => void rows.push(cells) });
  return rows;
}

function csvRows(path: string): string[][] {
  const rows: string[][] = [];
  const tokenizer = createCsvTokenizer({ delimiter: ',', onRecord: (r) => void rows.push(r.fields) });
  tokenizer.write(new TextDecoder().decode(readFileSync(path)));
  tokenizer.end();
  return rows;
}

describe('zhanggui export customers', () => {
  const tempDir = useTempDir('zhanggui-cli-export-');

  it('writes the filtered list to XLSX and CSV that read back to the book’s customers, formulas neutralised, ids as text', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    await runCli(['import', join(FIXTURE, 'ExportOrderList202404011048.csv'), join(FIXTURE, 'ExportOrderDetailList202404011048.csv'), '--db', db], dir);
    const sqlite = new Database(db);
    sqlite.exec(`UPDATE customers SET notes = '=HYPERLINK("http://x","点我")' WHERE id = (SELECT min(id) FROM customers WHERE order_count >= 1);
      INSERT INTO tags (name, color, created_at) VALUES ('回头客', 'green', 'x');
      INSERT INTO customer_tags (customer_id, tag_id, created_at) SELECT id, 1, 'x' FROM customers WHERE order_count >= 2;`);
    const expected = sqlite
      .prepare(
        `SELECT id, buyer_nick, phone, order_count, net_spent_fen, notes FROM customers
         WHERE order_count >= 1 AND merged_into_id IS NULL ORDER BY net_spent_fen DESC, id DESC`,
      )
      .all() as { id: number; buyer_nick: string | null; phone: string | null; order_count: number; net_spent_fen: number; notes: string | null }[];
    const repeaters = sqlite.prepare('SELECT count(*) FROM customers WHERE order_count >= 2').pluck().get() as number;
    sqlite.close();
    expect(expected.length).toBeGreaterThan(10);

    for (const file of ['客户.xlsx', '客户.csv']) {
      const out = join(dir, file);
      const run = await runCli(['export', 'customers', '--out', out, '--filter', '{"orderCountMin":1}', '--sort', 'netSpentFen', '--db', db, '--json'], dir);
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ rows: expected.length, format: file.endsWith('.xlsx') ? 'xlsx' : 'csv' });
      const rows = file.endsWith('.xlsx') ? xlsxRows(out) : csvRows(out);
      const header = rows[0]!;
      const col = (name: string) => header.indexOf(name);
      expect(header.slice(0, 4)).toEqual(['客户编号', '买家昵称', '收货人', '手机']);
      const body = rows.slice(1);
      expect(body).toHaveLength(expected.length);
      body.forEach((cells, i) => {
        const e = expected[i]!;
        expect(Number(cells[col('客户编号')])).toBe(e.id);
        expect(cells[col('买家昵称')] ?? '').toBe(e.buyer_nick ?? '');
        expect(cells[col('手机')] ?? '').toBe(e.phone ?? '');
        expect(Number(cells[col('有效订单数')])).toBe(e.order_count);
        expect(Number(cells[col('净消费（元）')])).toBeCloseTo(e.net_spent_fen / 100, 2);
        const note = cells[col('备注')] ?? '';
        expect(/^[=+\-@\t\r]/.test(note)).toBe(false);
        expect(unguardFormula(note)).toBe(e.notes ?? '');
      });
      expect(body.filter((cells) => cells[col('标签')] === '回头客')).toHaveLength(repeaters);
      expect(body.some((cells) => (cells[col('备注')] ?? '').startsWith("'=HYPERLINK"))).toBe(true);
    }
  });

  it('refuses an unknown file type or a bad filter in Chinese, and leaves no file', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    const wrongType = await runCli(['export', 'customers', '--out', join(dir, '客户.pdf'), '--db', db], dir);
    expect(wrongType.code).toBe(2);
    expect(wrongType.stderr).toContain('.xlsx 或 .csv');
    const badFilter = await runCli(['export', 'customers', '--out', join(dir, 'x.xlsx'), '--filter', '{"orderCountMin":-1}', '--db', db], dir);
    expect(badFilter.code).toBe(2);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
    const noFolder = await runCli(['export', 'customers', '--out', join(dir, 'nope', 'x.xlsx'), '--db', db], dir);
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toContain('无法写入');
  });
});
