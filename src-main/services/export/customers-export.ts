import type { CUSTOMER_SORT_FIELDS, CustomersQuery } from '../../contract';
import { CUSTOMER_EXPORT_COLUMNS } from '../../core/export/customer-columns';
import type { CustomerExportRepo } from '../../db/repos/customer-export-repo';
import { UserFacingError } from '../user-facing-error';
import { openCsvFile, openXlsxFile, type SheetWriter } from './spreadsheet-file';

export type ExportFormat = 'xlsx' | 'csv';

export interface CustomersExportRequest {
  query: CustomersQuery;
  sortField: (typeof CUSTOMER_SORT_FIELDS)[number];
  sortOrder: 'asc' | 'desc';
  format: ExportFormat;
  path: string;
}

/** The format an owner means by a file name (客户.xlsx, 客户.csv); null for anything else. */
export function formatOfPath(path: string): ExportFormat | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}

/**
 * Writes the customers of a list query, in list order, to an XLSX or CSV file: one row at a
 * time from SQLite to the file, so 300,000 customers need no more memory than 300.
 */
export async function exportCustomers(repo: CustomerExportRepo, request: CustomersExportRequest): Promise<{ rows: number; bytes: number }> {
  const header = CUSTOMER_EXPORT_COLUMNS.map((c) => c.header);
  let writer: SheetWriter;
  try {
    writer =
      request.format === 'xlsx'
        ? openXlsxFile(request.path, '客户', header, CUSTOMER_EXPORT_COLUMNS.map((c) => c.width))
        : openCsvFile(request.path, header);
  } catch (error) {
    throw new UserFacingError(`无法写入 ${request.path}：${(error as NodeJS.ErrnoException).code === 'EACCES' ? '没有权限' : '文件夹不存在或文件被占用'}。`);
  }
  try {
    for (const customer of repo.iterate(request.query, request.sortField, request.sortOrder)) {
      writer.addRow(CUSTOMER_EXPORT_COLUMNS.map((c) => c.value(customer)));
    }
    return await writer.finish();
  } catch (error) {
    await writer.abort();
    throw error;
  }
}
