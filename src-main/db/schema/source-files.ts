import { blob, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Every imported file, byte for byte, once per content (import_batches.file_sha256 points here):
 * what lets a corrected column mapping be re-applied to old imports, and the owner see exactly
 * what was imported. Stored compressed in parts so no step needs the whole file in memory.
 */
export const sourceFiles = sqliteTable(
  'source_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sha256: text('sha256').notNull(),
    byteCount: integer('byte_count').notNull(),
    storedByteCount: integer('stored_byte_count').notNull(),
    /** How each part is stored: 'deflate-raw' (each part compressed on its own). */
    compression: text('compression').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('source_files_sha256_uq').on(t.sha256)],
);

export const sourceFileParts = sqliteTable(
  'source_file_parts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceFileId: integer('source_file_id')
      .notNull()
      .references(() => sourceFiles.id, { onDelete: 'cascade' }),
    partNo: integer('part_no').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
  },
  (t) => [uniqueIndex('source_file_parts_file_part_uq').on(t.sourceFileId, t.partNo)],
);
