import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { shops } from './shops';

/**
 * One imported file. Counts are what the commit applied; `mappingJson` is the column mapping
 * used, so a corrected mapping can be compared and re-applied to the file kept in source_files.
 */
export const importBatches = sqliteTable('import_batches', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  shopId: integer('shop_id').references(() => shops.id),
  /** taobao | tmall | jd | pinduoduo | douyin | youzan | other */
  platform: text('platform').notNull(),
  /** orders | items | mapped */
  fileKind: text('file_kind').notNull(),
  fileName: text('file_name').notNull(),
  fileSha256: text('file_sha256').notNull(),
  fileBytes: integer('file_bytes').notNull(),
  encoding: text('encoding'),
  layout: text('layout'),
  /** When the export was taken: the yyyyMMddHHmm in Taobao's file names, else the import time. */
  exportedAt: text('exported_at'),
  /** The file's header row, cells joined by U+001F. */
  headerCells: text('header_cells'),
  /** Who ran the import (a staff name once logins exist). */
  importedBy: text('imported_by'),
  mappingJson: text('mapping_json'),
  rowCount: integer('row_count').notNull().default(0),
  newCount: integer('new_count').notNull().default(0),
  updatedCount: integer('updated_count').notNull().default(0),
  unchangedCount: integer('unchanged_count').notNull().default(0),
  errorCount: integer('error_count').notNull().default(0),
  /** committed | failed | cancelled */
  status: text('status').notNull(),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at'),
});

/** A row of an import that was refused (error) or imported with a doubt (warning). */
export const importProblems = sqliteTable(
  'import_problems',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    batchId: integer('batch_id')
      .notNull()
      .references(() => importBatches.id),
    fileName: text('file_name').notNull(),
    line: integer('line'),
    columnName: text('column_name'),
    /** error | warning */
    severity: text('severity').notNull(),
    message: text('message').notNull(),
  },
  (t) => [index('import_problems_batch_idx').on(t.batchId)],
);
