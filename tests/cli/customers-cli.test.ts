import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CustomerListItemDto, PageDto } from '../../src-main/contract';
import { TAOBAO_FIXTURES } from '../helpers/import-fixtures';
import { runCli } from '../helpers/run-cli';
import { useTempDir } from '../helpers/temp-dir';

const FIXTURE = join(TAOBAO_FIXTURES, '2022-gbk-pair');

describe('zhanggui customers', () => {
  const tempDir = useTempDir('zhanggui-cli-customers-');

  it('finds a buyer by nick, by 尾号 and by order number, and filters with the list’s JSON query', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    const imported = await runCli(['import', join(FIXTURE, 'ExportOrderList202404011048.csv'), join(FIXTURE, 'ExportOrderDetailList202404011048.csv'), '--db', db], dir);
    expect(imported.code, imported.stderr).toBe(0);
    const sqlite = new Database(db, { readonly: true });
    const known = sqlite
      .prepare(
        `SELECT c.id, c.buyer_nick AS nick, c.phone, (SELECT order_no FROM orders WHERE customer_id = c.id LIMIT 1) AS orderNo
         FROM customers c WHERE c.phone_masked = 0 AND c.phone IS NOT NULL AND c.buyer_nick IS NOT NULL ORDER BY c.id LIMIT 1`,
      )
      .get() as { id: number; nick: string; phone: string; orderNo: string };
    const inZhejiang = sqlite.prepare(`SELECT count(*) FROM customers WHERE province = '浙江省' AND order_count >= 1`).pluck().get() as number;
    sqlite.close();

    for (const search of [known.nick, known.phone.slice(-4), known.orderNo]) {
      const run = await runCli(['customers', '--search', search, '--db', db, '--json'], dir);
      expect(run.code, run.stderr).toBe(0);
      const page = JSON.parse(run.stdout) as PageDto<CustomerListItemDto>;
      expect(page.items.map((c) => c.id)).toContain(known.id);
    }
    const filtered = await runCli(['customers', '--filter', '{"provinces":["浙江省"],"orderCountMin":1}', '--db', db, '--json'], dir);
    expect((JSON.parse(filtered.stdout) as PageDto<CustomerListItemDto>).total).toBe(inZhejiang);

    const text = await runCli(['customers', '--search', known.nick, '--db', db], dir);
    expect(text.stdout).toContain(`#${known.id}`);
    expect(text.stdout).toMatch(/共 \d+ 位客户/);
  });

  it('explains a malformed filter or page in Chinese (exit 2) and says when nobody matches', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    const bad = await runCli(['customers', '--filter', '{oops', '--db', db], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--filter 要写成 JSON');
    const wrongField = await runCli(['customers', '--filter', '{"birthdayMonth":13}', '--db', db], dir);
    expect(wrongField.code).toBe(2);
    expect(wrongField.stderr).toContain('月份是 1 到 12');
    expect((await runCli(['customers', '--page', '0', '--db', db], dir)).stderr).toContain('--page 要是正整数');
    expect((await runCli(['customers', '--search', '没有这个人', '--db', db], dir)).stdout).toContain('没有找到符合条件的客户');
  });
});
