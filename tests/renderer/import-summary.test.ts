import type { ImportProblemDto, ImportSummaryDto } from '../../src-main/contract';
import { describe, expect, it } from 'vitest';
import {
  committedDetails,
  committedHeadline,
  confirmSentence,
  formatEncoding,
  importPercent,
  problemsCsv,
  problemsFileName,
  skippedRows,
  uploadPercent,
} from '../../src-renderer/format/import-summary';
import { splitDateTime } from '../../src-renderer/format/date-time';
import { formatBytes } from '../../src-renderer/format/numbers';
import { formatTimeLeft } from '../../src-renderer/format/time-left';

const problem = (file: string, line: number | null, severity: ImportProblemDto['severity'], message = '坏了'): ImportProblemDto => ({
  file,
  line,
  column: '买家实际支付金额',
  severity,
  message,
});

function summary(problems: ImportProblemDto[], problemCount = problems.length, skipped = new Set(problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}`)).size): ImportSummaryDto {
  return {
    orders: { inserted: 37, updated: 2, unchanged: 1 },
    lines: { inserted: 60, updated: 0, unchanged: 0 },
    customers: { created: 19, updated: 3 },
    statusChanges: { applied: 0, backwardIgnored: 0 },
    olderRowsKept: 0,
    files: [
      {
        name: 'a.csv',
        label: '订单',
        encoding: 'gb18030',
        rows: 40,
        skippedRows: skipped,
        errors: problems.filter((p) => p.severity === 'error').length,
        warnings: 0,
        batchId: null,
      },
    ],
    problems,
    problemCount,
  };
}

describe('formatTimeLeft', () => {
  it.each([
    [null, '正在估算剩余时间'],
    [0, '剩余不到 1 分钟'],
    [59, '剩余不到 1 分钟'],
    [60, '剩余约 1 分钟'],
    [125, '剩余约 2 分钟'],
    [3599, '剩余约 1 小时'],
    [3600 + 5 * 60, '剩余约 1 小时 5 分钟'],
  ])('%j s → %s', (seconds, text) => expect(formatTimeLeft(seconds)).toBe(text));
});

describe('import figures for the screen', () => {
  it('says how many rows will be skipped, from the rows the backend counted', () => {
    const s = summary([problem('a.csv', 9, 'error'), problem('a.csv', 9, 'error'), problem('b.csv', 9, 'error'), problem('a.csv', 19, 'warning')]);
    expect(skippedRows(s)).toBe(2);
    expect(confirmSentence(s)).toBe('确认后写入客户本；有错误的 2 行会跳过，不导入。');
  });

  it('counts every skipped row even when the problem list was cut short', () => {
    const s = summary([problem('a.csv', 9, 'error')], 20_000, 15_000);
    expect(confirmSentence(s)).toBe('确认后写入客户本；有错误的 15,000 行会跳过，不导入。');
  });

  it('says nothing about skipping when every row is fine', () => {
    expect(confirmSentence(summary([problem('a.csv', 19, 'warning')]))).toBe('确认后写入客户本。');
  });

  it('sums up a commit', () => {
    const s = summary([problem('a.csv', 9, 'error')]);
    expect(committedHeadline(s)).toBe('导入完成：新增 37 笔订单、19 位客户');
    expect(committedDetails(s)).toBe('更新 2 笔订单、3 位客户；1 笔订单没变；宝贝新增 60 行、更新 0 行；跳过有错误的 1 行。');
  });

  it('turns problems into a formula-safe CSV with Chinese severity', () => {
    const csv = problemsCsv([problem('a.csv', 9, 'error', '=cmd|calc'), problem('a.csv', null, 'warning')]);
    expect(csv).toBe('\uFEFF文件,行,列,处理,问题\r\na.csv,9,买家实际支付金额,未导入,\'=cmd|calc\r\na.csv,,买家实际支付金额,提醒,坏了\r\n');
    expect(problemsFileName('ExportOrderList2024.csv')).toBe('问题行-ExportOrderList2024.csv');
    expect(problemsFileName('a:b?.txt')).toBe('问题行-a_b_.csv');
  });

  it('shows encodings, percentages and sizes as people know them', () => {
    expect(formatEncoding('gb18030')).toBe('GBK');
    expect(formatEncoding('utf-16le')).toBe('UTF-16');
    expect(formatEncoding('big5')).toBe('BIG5');
    expect(importPercent(null)).toBe(0);
    expect(
      importPercent({ fileName: 'a', fileIndex: 0, fileCount: 1, bytesRead: 50, totalBytes: 200, rows: 1, rowsPerSecond: 1, secondsLeft: 1 }),
    ).toBe(25);
    expect(uploadPercent(0, 0)).toBe(100);
    expect(uploadPercent(1, 3)).toBe(33);
    expect(formatBytes(512)).toBe('512 字节');
    expect(formatBytes(25_249)).toBe('24.7 KB');
    expect(formatBytes(121_488_253)).toBe('115.9 MB');
  });
});

describe('splitDateTime', () => {
  it('splits the shop-time string into date and time', () => {
    expect(splitDateTime('2026-11-22 16:03:06')).toEqual({ date: '2026-11-22', time: '16:03:06' });
    expect(splitDateTime('2026-11-22')).toEqual({ date: '2026-11-22', time: '' });
  });
});
