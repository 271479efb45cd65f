import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期要写成 2026-09-25 这样' });

/** 报表: a period of shop dates, both included (compared with as many days right before it). */
export const reportPeriodInput = z
  .strictObject({ from: day, to: day })
  .refine((range) => range.from <= range.to, { error: '开始日期不能晚于结束日期', path: ['to'] });

export const reportsDashboardInput = reportPeriodInput;

/** The whole report of a period as a file: XLSX (a sheet per table) or PDF (the A4 print layout). */
export const reportsExportInput = z
  .strictObject({ from: day, to: day, format: z.enum(['xlsx', 'pdf'], { error: '报表只能导出为 xlsx 或 pdf' }) })
  .refine((range) => range.from <= range.to, { error: '开始日期不能晚于结束日期', path: ['to'] });
