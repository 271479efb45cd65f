import type { ImportBatchDto, ImportProblemDto, ImportProgressDto, ImportSummaryDto } from '@contract';
import { buildCsv } from './csv';
import { formatCount } from './numbers';

const ENCODING_LABELS: Readonly<Record<string, string>> = {
  gb18030: 'GBK',
  gbk: 'GBK',
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16（大端）',
};

/** gb18030 → GBK: the name owners know from Excel's 另存为 dialog. */
export function formatEncoding(encoding: string): string {
  return ENCODING_LABELS[encoding.toLowerCase()] ?? encoding.toUpperCase();
}

/** 'error' rows are left out of the book; 'warning' rows go in, with a note. */
export function formatSeverity(severity: ImportProblemDto['severity']): string {
  return severity === 'error' ? '未导入' : '提醒';
}

/** Where a problem is, for people: 第 12 行 or 整个文件. */
export function formatProblemLine(line: number | null): string {
  return line === null ? '整个文件' : `第 ${formatCount(line)} 行`;
}

/** What a history entry was: the backend's label, else the kind of file in words. */
export function formatBatchKind(batch: Pick<ImportBatchDto, 'label' | 'fileKind'>): string {
  if (batch.label) return batch.label;
  if (batch.fileKind === 'orders') return '订单报表';
  if (batch.fileKind === 'items') return '宝贝报表';
  return batch.fileKind;
}

/** How far the reading is, 0–100, from the bytes the backend reports. */
export function importPercent(progress: ImportProgressDto | null): number {
  if (!progress || progress.totalBytes <= 0) return 0;
  return Math.min(100, Math.max(0, Math.floor((progress.bytesRead / progress.totalBytes) * 100)));
}

/** How much of a file went up so far, 0–100. */
export function uploadPercent(received: number, size: number): number {
  if (size <= 0) return 100;
  return Math.min(100, Math.floor((received / size) * 100));
}

/** How many rows a preview will leave out (the backend counts rows, not error messages). */
export function skippedRows(summary: Pick<ImportSummaryDto, 'files'>): number {
  return summary.files.reduce((sum, file) => sum + file.skippedRows, 0);
}

/** The sentence next to 确认导入: what will be written, and what will be skipped. */
export function confirmSentence(summary: ImportSummaryDto): string {
  const skipped = skippedRows(summary);
  if (skipped === 0) return '确认后写入客户本。';
  return `确认后写入客户本；有错误的 ${formatCount(skipped)} 行会跳过，不导入。`;
}

/** The headline after a commit: 导入完成：新增 40 笔订单、20 位客户. */
export function committedHeadline(summary: ImportSummaryDto): string {
  return `导入完成：新增 ${formatCount(summary.orders.inserted)} 笔订单、${formatCount(summary.customers.created)} 位客户`;
}

/** The rest of what a commit did, in one sentence. */
export function committedDetails(summary: ImportSummaryDto): string {
  const { orders, lines, customers } = summary;
  const parts = [
    `更新 ${formatCount(orders.updated)} 笔订单、${formatCount(customers.updated)} 位客户`,
    `${formatCount(orders.unchanged)} 笔订单没变`,
    `宝贝新增 ${formatCount(lines.inserted)} 行、更新 ${formatCount(lines.updated)} 行`,
  ];
  const skipped = skippedRows(summary);
  if (skipped > 0) parts.push(`跳过有错误的 ${formatCount(skipped)} 行`);
  return `${parts.join('；')}。`;
}

/** The problem rows as a CSV file for Excel (下载问题行). */
export function problemsCsv(problems: readonly ImportProblemDto[]): string {
  return buildCsv(
    ['文件', '行', '列', '处理', '问题'],
    problems.map((p) => [p.file, p.line, p.column, formatSeverity(p.severity), p.message]),
  );
}

/** A download name without characters Windows refuses: 问题行-ExportOrderList2024.csv */
export function problemsFileName(sourceName: string): string {
  const stem = sourceName.replace(/\.[^.]*$/, '').replace(/[\\/:*?"<>|]/g, '_');
  return `问题行-${stem || '导入'}.csv`;
}
