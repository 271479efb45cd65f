import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportFileDto, ReportDashboardDto } from '../../../src-main/contract';
import { openTestBackend } from '../../helpers/backend';
import { call, FIRST_EXPORT, importFixtureFiles, rejected } from '../../helpers/dispatch-calls';
import { useTempDir } from '../../helpers/temp-dir';
import { readWorkbookSheets, valueOf } from '../../helpers/xlsx-sheets';

const PERIOD = { from: '2024-03-01', to: '2024-03-31' };

describe('报表 as a file from the window', () => {
  const tempDir = useTempDir('zhanggui-report-export-');

  it('writes the workbook to the exports folder under the period and the shop’s clock', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    try {
      importFixtureFiles(backend, FIRST_EXPORT);
      const file = await call<ExportFileDto>(backend, 'reports.export', { ...PERIOD, format: 'xlsx' });
      // The frozen clock is 2026-11-22 09:30 in Shanghai.
      expect(file.fileName).toBe('报表-2024-03-01至2024-03-31-20261122-093000.xlsx');
      expect(dirname(file.path)).toBe(join(dir, 'exports'));
      expect(backend.exportFile(file.fileName)).toBe(file.path);
      const dashboard = await call<ReportDashboardDto>(backend, 'reports.dashboard', PERIOD);
      const orders = readWorkbookSheets(file.path).get('概览')!.find((row) => valueOf(row[0]) === '订单数')!;
      expect(valueOf(orders[1])).toBe(dashboard.period.orders);
    } finally {
      backend.close();
    }
  });

  it('says how to get a PDF when the host has no printer for it, and writes nothing', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    try {
      const refusal = await rejected(backend, 'reports.export', { ...PERIOD, format: 'pdf' });
      expect(refusal.message).toContain('请用「打印」，在打印对话框里选「另存为 PDF」');
      expect(existsSync(join(dir, 'exports')) ? readdirSync(join(dir, 'exports')) : []).toEqual([]);
      expect((await rejected(backend, 'reports.export', { ...PERIOD, format: 'docx' })).message).toContain('报表只能导出为 xlsx 或 pdf');
    } finally {
      backend.close();
    }
  });
});
