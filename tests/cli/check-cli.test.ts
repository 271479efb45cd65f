import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAIR_FIXTURE, FIRST_EXPORT } from '../helpers/dispatch-calls';
import { runCli } from '../helpers/run-cli';
import { useTempDir } from '../helpers/temp-dir';

describe('zhanggui check', () => {
  const tempDir = useTempDir('zhanggui-cli-check-');

  it('passes an imported book, and names each rule a damaged one breaks, with a few ids, changing nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    const imported = await runCli(['import', ...FIRST_EXPORT.map((f) => join(PAIR_FIXTURE, f)), '--db', db], dir);
    expect(imported.code).toBe(0);
    const fine = await runCli(['check', '--db', db], dir);
    expect(fine.code).toBe(0);
    expect(fine.stdout).toContain('检查通过');

    const sqlite = new Database(db);
    const customer = sqlite.prepare('SELECT min(id) FROM customers WHERE order_count > 0').pluck().get() as number;
    sqlite.prepare('UPDATE customers SET order_count = order_count + 1 WHERE id = ?').run(customer);
    sqlite.exec('PRAGMA foreign_keys = OFF');
    const orphan = sqlite.prepare("INSERT INTO order_lines (order_id, line_no, refund_fen, updated_at) VALUES (999999, '#1', 0, 'x')").run().lastInsertRowid;
    const before = sqlite.prepare('SELECT order_count FROM customers WHERE id = ?').pluck().get(customer);
    sqlite.close();

    const broken = await runCli(['check', '--db', db], dir);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('发现 3 个问题');
    expect(broken.stdout).toContain(`1 位客户的订单数或金额与订单对不上（例如编号 ${customer}）`);
    expect(broken.stdout).toContain(`1 条宝贝记录没有对应的订单（例如编号 ${orphan}）`);
    expect(broken.stdout).toContain('处记录指向已不存在的数据');
    const json = JSON.parse((await runCli(['check', '--db', db, '--json'], dir)).stdout) as { ok: boolean; integrity: string[] };
    expect(json).toMatchObject({ ok: false, integrity: ['ok'] });
    const after = new Database(db, { readonly: true });
    expect(after.prepare('SELECT order_count FROM customers WHERE id = ?').pluck().get(customer)).toBe(before);
    after.close();
  });
});
