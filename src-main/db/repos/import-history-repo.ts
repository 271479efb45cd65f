import type Database from 'better-sqlite3';
import type { ImportBatchDto, ImportProblemDto, PageDto } from '../../contract';

/** 导入记录: the batches newest first, and each batch's problem rows. */
export function createImportHistoryRepo(sqlite: Database.Database) {
  const countBatches = sqlite.prepare("SELECT count(*) FROM import_batches WHERE status = 'committed'").pluck();
  const listBatches = sqlite.prepare(
    `SELECT b.id, b.file_name AS fileName, b.file_kind AS fileKind, b.layout AS label, b.platform, s.name AS shopName,
       b.imported_by AS importedBy, b.started_at AS startedAt, b.row_count AS rowCount, b.new_count AS newCount,
       b.updated_count AS updatedCount, b.unchanged_count AS unchangedCount, b.error_count AS errorCount,
       (SELECT count(*) FROM import_problems p WHERE p.batch_id = b.id) AS problemCount
     FROM import_batches b LEFT JOIN shops s ON s.id = b.shop_id
     WHERE b.status = 'committed'
     ORDER BY b.id DESC LIMIT ? OFFSET ?`,
  );
  const countProblems = sqlite.prepare('SELECT count(*) FROM import_problems WHERE batch_id = ?').pluck();
  const listProblems = sqlite.prepare(
    `SELECT file_name AS file, line, column_name AS "column", severity, message
     FROM import_problems WHERE batch_id = ? ORDER BY line, id LIMIT ? OFFSET ?`,
  );
  return {
    batches(page: number, pageSize: number, formatInstant: (iso: string) => string): PageDto<ImportBatchDto> {
      const rows = listBatches.all(pageSize, (page - 1) * pageSize) as (Omit<ImportBatchDto, 'importedAt'> & { startedAt: string })[];
      return {
        items: rows.map(({ startedAt, ...row }) => ({ ...row, importedAt: formatInstant(startedAt) })),
        total: countBatches.get() as number,
        page,
        pageSize,
      };
    },
    problems(batchId: number, page: number, pageSize: number): PageDto<ImportProblemDto> {
      return {
        items: listProblems.all(batchId, pageSize, (page - 1) * pageSize) as ImportProblemDto[],
        total: countProblems.get(batchId) as number,
        page,
        pageSize,
      };
    },
  };
}

export type ImportHistoryRepo = ReturnType<typeof createImportHistoryRepo>;
