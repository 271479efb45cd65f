import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RfmSegmentsDto } from '../../src-main/contract';
import { openTestBackend } from '../helpers/backend';
import { call, FIRST_EXPORT, importFixtureFiles, LATER_EXPORT } from '../helpers/dispatch-calls';
import { runCli } from '../helpers/run-cli';
import { useTempDir } from '../helpers/temp-dir';

/** The 2022 pair of exports imported, closed so the command line can open the book. */
async function pairBook(dir: string): Promise<string> {
  const { backend } = await openTestBackend(dir);
  importFixtureFiles(backend, FIRST_EXPORT);
  importFixtureFiles(backend, LATER_EXPORT);
  backend.close();
  return join(dir, 'book.sqlite');
}

describe('zhanggui segments', () => {
  const tempDir = useTempDir('zhanggui-cli-segments-');

  it('prints the same segments as the app, as JSON and as lines with the suggested actions', async () => {
    const dir = tempDir();
    const db = await pairBook(dir);
    const json = await runCli(['segments', '--date', '2024-04-15', '--mode', 'median', '--json', '--db', db], dir);
    expect(json.code, json.stderr).toBe(0);
    const printed = JSON.parse(json.stdout) as RfmSegmentsDto;
    expect(printed.customers).toBeGreaterThan(0);
    const { backend } = await openTestBackend(dir);
    try {
      expect(printed).toEqual(await call<RfmSegmentsDto>(backend, 'rfm.segments', { asOf: '2024-04-15', mode: 'median' }));
    } finally {
      backend.close();
    }
    const text = await runCli(['segments', '--date', '2024-04-15', '--mode', 'median', '--db', db], dir);
    expect(text.stdout).toContain(`2024-04-15 客户分层（全部订单，中位数：`);
    expect(text.stdout).toContain(`共 ${printed.customers} 位客户`);
    const valuable = printed.segments.find((s) => s.key === 'importantValue')!;
    expect(text.stdout).toContain(`重要价值客户  ${valuable.customers} 位`);
    expect(text.stdout).toContain('建议：VIP 关怀');
  });

  it('refuses a window it does not know, in Chinese', async () => {
    const dir = tempDir();
    const result = await runCli(['segments', '--window', '6', '--db', join(dir, 'book.sqlite')], dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('--window 只能是 all、12 或 24，收到的是「6」');
  });
});
