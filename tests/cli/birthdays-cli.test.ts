import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TierChangeSummaryDto, UpcomingBirthdaysDto } from '../../src-main/contract';
import { openFixtureBook, setBirthday } from '../helpers/birthday-book';
import { openTestBackend } from '../helpers/backend';
import { call } from '../helpers/dispatch-calls';
import { runCli } from '../helpers/run-cli';
import { useTempDir } from '../helpers/temp-dir';

/** The fixture book with two birthdays in the week from 2026-09-20, closed so the CLI can open it. */
async function bookWithBirthdays(dir: string): Promise<string> {
  const { backend, byNick } = await openFixtureBook(dir);
  await setBirthday(backend, byNick('tb1000097').id, { calendar: 'lunar', year: 1990, month: 8, day: 15 });
  await setBirthday(backend, byNick('tb4229229').id, { calendar: 'solar', month: 9, day: 22 });
  backend.close();
  return join(dir, 'book.sqlite');
}

describe('zhanggui birthdays', () => {
  const tempDir = useTempDir('zhanggui-cli-birthdays-');

  it('prints the same list as the window gets, as JSON or one line per customer', async () => {
    const dir = tempDir();
    const db = await bookWithBirthdays(dir);
    const json = await runCli(['birthdays', '--from', '2026-09-20', '--days', '7', '--json', '--db', db], dir);
    expect(json.code, json.stderr).toBe(0);
    const printed = JSON.parse(json.stdout) as UpcomingBirthdaysDto;

    // The command line runs on the PC's clock, as people use it: compare with a backend on the same clock.
    const { backend } = await openTestBackend(dir, { now: () => new Date() });
    try {
      expect(printed).toEqual(await call<UpcomingBirthdaysDto>(backend, 'birthdays.upcoming', { from: '2026-09-20', days: 7 }));
    } finally {
      backend.close();
    }
    expect(printed.items.map((b) => [b.buyerNick, b.date])).toEqual([
      ['tb4229229', '2026-09-22'],
      ['tb1000097', '2026-09-25'],
    ]);

    const text = await runCli(['birthdays', '--from', '2026-09-20', '--days', '7', '--db', db], dir);
    expect(text.code, text.stderr).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('2026-09-20 至 2026-09-26：2 位客户过生日');
    expect(lines[2]).toBe('2026-09-25  tb1000097（1990年农历八月十五，36 岁，店铺客户）  tb1000097，生日快乐！本店祝您天天开心，生日当天下单包邮。');
  });

  it('explains a --days or --from that is not one in Chinese and exits 2', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    const days = await runCli(['birthdays', '--days', 'abc', '--db', db], dir);
    expect(days.code).toBe(2);
    expect(days.stderr).toContain('--days 要是整数天数，收到的是「abc」');
    const tooMany = await runCli(['birthdays', '--days', '400', '--db', db], dir);
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toContain('最多看 366 天');
    const from = await runCli(['birthdays', '--from', '2026-02-30', '--db', db], dir);
    expect(from.code).toBe(2);
    expect(from.stderr).toContain('--from 要是 2026-09-20 这样的日期，收到的是「2026-02-30」');
  });
});

describe('zhanggui tiers', () => {
  const tempDir = useTempDir('zhanggui-cli-tiers-');

  it('recompute --json prints the summary over every active customer', async () => {
    const dir = tempDir();
    const { backend } = await openFixtureBook(dir);
    await call(backend, 'tiers.save', { tiers: [{ name: '普通会员', minOrderCount: 1 }, { name: '高级会员', minOrderCount: 3 }] });
    backend.close();
    const db = join(dir, 'book.sqlite');
    const sqlite = new Database(db, { readonly: true });
    const active = sqlite.prepare('SELECT count(*) FROM customers WHERE merged_into_id IS NULL').pluck().get() as number;
    sqlite.close();

    const run = await runCli(['tiers', 'recompute', '--json', '--db', db], dir);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as TierChangeSummaryDto;
    expect(summary.customers).toBe(active);
    expect(active).toBe(20);
    // Saving already applied the rules: a recompute right after moves nobody.
    expect({ up: summary.up, down: summary.down }).toEqual({ up: 0, down: 0 });
    // Four customers have 3 or more valid orders, three have none.
    expect(summary.tiers.map((t) => [t.name, t.total])).toEqual([
      ['店铺客户', 3],
      ['普通会员', 13],
      ['高级会员', 4],
    ]);
  });

  it('without recompute shows the usage and exits 2', async () => {
    const dir = tempDir();
    const run = await runCli(['tiers', '--db', join(dir, 'book.sqlite')], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('用法：zhanggui tiers recompute');
  });
});
