import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FollowUpListDto, StaffDto } from '../../src-main/contract';
import { openTestBackend } from '../helpers/backend';
import { call, FIRST_EXPORT, LATER_EXPORT, PAIR_FIXTURE } from '../helpers/dispatch-calls';
import { runCli } from '../helpers/run-cli';
import { daysFrom, shiftedExport } from '../helpers/shifted-export';
import { useTempDir } from '../helpers/temp-dir';

/** The later export of the pair was taken on 2024-04-15; moved so it was taken on 2026-11-21, the day before the list's date. */
const SHIFT = daysFrom('2024-04-15', '2026-11-21');
const LIST_DATE = '2026-11-22';

/** The 2022 pair moved next to LIST_DATE, imported in order, with two staff; closed so the CLI can open it. */
async function recentBook(dir: string): Promise<string> {
  const { backend } = await openTestBackend(dir);
  await call<StaffDto>(backend, 'staff.create', { name: '小美' });
  await call<StaffDto>(backend, 'staff.create', { name: '阿强' });
  for (const files of [FIRST_EXPORT, LATER_EXPORT]) {
    const paths = files.map((file) => shiftedExport(PAIR_FIXTURE, file, SHIFT, dir));
    await backend.importPaths(paths.map((path) => ({ name: path.split('/').pop() ?? path, path })), { commit: true });
  }
  backend.close();
  return join(dir, 'book.sqlite');
}

describe('zhanggui followups', () => {
  const tempDir = useTempDir('zhanggui-cli-followups-');

  it("generates the day's tasks once and prints a staff member's list as the window gets it", async () => {
    const dir = tempDir();
    const db = await recentBook(dir);
    const json = await runCli(['followups', '--date', LIST_DATE, '--staff', '小美', '--json', '--db', db], dir);
    expect(json.code, json.stderr).toBe(0);
    const printed = JSON.parse(json.stdout) as FollowUpListDto & { staff: string; created: number };
    expect(printed.staff).toBe('小美');
    expect(printed.due.length + printed.upcoming.length).toBeGreaterThan(0);
    expect([...printed.due, ...printed.upcoming].every((task) => task.assignee === null || task.assignee.name === '小美')).toBe(true);

    const { backend } = await openTestBackend(dir);
    try {
      const meiId = (await call<StaffDto[]>(backend, 'staff.list', {})).find((s) => s.name === '小美')!.id;
      const { staff: _staff, created: _created, ...list } = printed;
      expect(list).toEqual(await call<FollowUpListDto>(backend, 'followUps.list', { date: LIST_DATE, staffId: meiId }));
    } finally {
      backend.close();
    }

    const again = await runCli(['followups', '--date', LIST_DATE, '--db', db], dir);
    expect(again.code, again.stderr).toBe(0);
    const first = again.stdout.split('\n')[0];
    expect(first).toMatch(new RegExp(`^${LIST_DATE} 全部跟进：到期和逾期 \\d+ 个，接下来几天 \\d+ 个，当天已处理 0 个（本次新生成 0 个）$`));
    expect(again.stdout).toContain('确认收货后回访');
  });

  it('explains an unknown staff name or a wrong date in Chinese and exits 2', async () => {
    const dir = tempDir();
    const db = await recentBook(dir);
    const nobody = await runCli(['followups', '--staff', '小王', '--db', db], dir);
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toContain('没有叫「小王」的客服。现有客服：');
    const badDate = await runCli(['followups', '--date', '2026-02-30', '--db', db], dir);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--date 要是 2026-11-22 这样的日期，收到的是「2026-02-30」');
  });
});
