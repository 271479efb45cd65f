import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesWithExpectations, TAOBAO_FIXTURES } from '../helpers/import-fixtures';
import { runCli } from '../helpers/run-cli';
import { useTempDir } from '../helpers/temp-dir';

const pair = fixturesWithExpectations().find((f) => f.expected.fixture === '2022-gbk-pair')!;

describe('zhanggui import and zhanggui stats (the exact JSON issue 3 specifies)', () => {
  const tempDir = useTempDir('zhanggui-cli-import-');

  it('imports each export in turn, prints the counts, and stats match the oracle', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    for (const step of pair.expected.steps) {
      const run = await runCli(['import', ...step.files.map((f) => join(pair.dir, f)), '--db', db, '--json'], dir);
      expect(run.code, run.stderr).toBe(0);
      const printed = JSON.parse(run.stdout) as Record<string, unknown>;
      expect(Object.keys(printed)).toEqual(['orders', 'lines', 'customers', 'problems']);
      expect(printed).toMatchObject({ orders: step.result.orders, lines: step.result.lines, customers: step.result.customers });
      const stats = await runCli(['stats', '--db', db, '--json'], dir);
      expect(JSON.parse(stats.stdout)).toEqual(step.stats);
    }
  });

  it('exits 1 with the reason in Chinese when nothing could be imported, and 2 for a missing file', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    const refused = await runCli(['import', join(TAOBAO_FIXTURES, 'refused', 'alipay-bill.csv'), '--db', db], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('没有导入任何内容');
    expect(refused.stderr).toContain('支付宝账单');
    const missing = await runCli(['import', join(dir, 'nope.csv'), '--db', db], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('找不到文件');
  });

  it('--preview prints the figures and writes nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    const first = pair.expected.steps[0]!;
    const preview = await runCli(['import', ...first.files.map((f) => join(pair.dir, f)), '--db', db, '--preview'], dir);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('预览（没有写入客户本）');
    const stats = await runCli(['stats', '--db', db, '--json'], dir);
    expect(JSON.parse(stats.stdout)).toMatchObject({ orders: 0, customers: 0 });
  });
});
