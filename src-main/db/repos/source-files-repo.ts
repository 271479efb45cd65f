import type Database from 'better-sqlite3';

export interface SourceFileRecord {
  id: number;
  sha256: string;
  byteCount: number;
  storedByteCount: number;
  compression: string;
}

/** The imported files kept byte for byte (schema/source-files.ts), written and read in parts. */
export function createSourceFilesRepo(sqlite: Database.Database) {
  const statements = {
    find: sqlite.prepare(
      `SELECT id, sha256, byte_count AS byteCount, stored_byte_count AS storedByteCount, compression
       FROM source_files WHERE sha256 = ?`,
    ),
    insert: sqlite.prepare(
      `INSERT INTO source_files (sha256, byte_count, stored_byte_count, compression, created_at) VALUES (?, ?, 0, ?, ?)`,
    ),
    addPart: sqlite.prepare('INSERT INTO source_file_parts (source_file_id, part_no, data) VALUES (?, ?, ?)'),
    finish: sqlite.prepare('UPDATE source_files SET stored_byte_count = ?, sha256 = ? WHERE id = ?'),
    remove: sqlite.prepare('DELETE FROM source_files WHERE id = ?'),
    partIds: sqlite.prepare('SELECT id FROM source_file_parts WHERE source_file_id = ? ORDER BY part_no').pluck(),
    partData: sqlite.prepare('SELECT data FROM source_file_parts WHERE id = ?').pluck(),
    all: sqlite.prepare(
      `SELECT id, sha256, byte_count AS byteCount, stored_byte_count AS storedByteCount, compression FROM source_files ORDER BY id`,
    ),
  };
  return {
    find(sha256: string): SourceFileRecord | undefined {
      return statements.find.get(sha256) as SourceFileRecord | undefined;
    },
    start(sha256: string, byteCount: number, compression: string, now: string): number {
      return Number(statements.insert.run(sha256, byteCount, compression, now).lastInsertRowid);
    },
    addPart(fileId: number, partNo: number, data: Uint8Array): void {
      // A view, not a copy: SQLite binds Buffers as BLOBs (a part may arrive as a bare Uint8Array).
      statements.addPart.run(fileId, partNo, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    },
    finish(fileId: number, storedByteCount: number, sha256: string): void {
      statements.finish.run(storedByteCount, sha256, fileId);
    },
    /** Every kept file (a few hundred at most: one per imported export). */
    all(): SourceFileRecord[] {
      return statements.all.all() as SourceFileRecord[];
    },
    /** Removes a kept file and its parts (they cascade). */
    remove(fileId: number): void {
      statements.remove.run(fileId);
    },
    /** The ids of a file's parts, in order; each part is read on its own so memory stays flat. */
    partIds(fileId: number): number[] {
      return statements.partIds.all(fileId) as number[];
    },
    partData(partId: number): Buffer {
      return statements.partData.get(partId) as Buffer;
    },
  };
}

export type SourceFilesRepo = ReturnType<typeof createSourceFilesRepo>;
