import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSourceFilesRepo } from '../../../src-main/db/repos/source-files-repo';
import { bytesSource, type ByteSource } from '../../../src-main/services/import/byte-source';
import { archivedSource } from '../../../src-main/services/import/source-archive';
import { openTestBackend } from '../../helpers/backend';
import { TAOBAO_FIXTURES } from '../../helpers/import-fixtures';
import { useTempDir } from '../../helpers/temp-dir';

const FIXTURE = join(TAOBAO_FIXTURES, '2022-gbk-pair');
const FILES = ['ExportOrderList202404011048.csv', 'ExportOrderDetailList202404011048.csv'];
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function readAll(source: ByteSource): Buffer {
  const chunks: Uint8Array[] = [];
  for (let chunk = source.read(); chunk !== null; chunk = source.read()) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe('every imported file is kept in the book, byte for byte, once', () => {
  const tempDir = useTempDir();

  it('a commit keeps each file with its batch; importing it again keeps no second copy; a preview keeps nothing', async () => {
    const dir = tempDir();
    const bytes = FILES.map((f) => readFileSync(join(FIXTURE, f)));
    const sources = () => FILES.map((f, i) => bytesSource(f, bytes[i]!, 4096));
    const { backend } = await openTestBackend(dir);
    try {
      backend.importFiles(sources(), { commit: false });
      const sqlite = new Database(join(dir, 'book.sqlite'), { readonly: true });
      expect(sqlite.prepare('SELECT count(*) FROM source_files').pluck().get()).toBe(0);
      sqlite.close();

      backend.importFiles(sources(), { commit: true });
      backend.importFiles(sources(), { commit: true });
    } finally {
      backend.close();
    }

    const sqlite = new Database(join(dir, 'book.sqlite'));
    try {
      const repo = createSourceFilesRepo(sqlite);
      expect(sqlite.prepare('SELECT count(*) FROM source_files').pluck().get()).toBe(2);
      const batches = sqlite.prepare('SELECT file_name AS name, file_sha256 AS sha FROM import_batches ORDER BY id').all() as { name: string; sha: string }[];
      expect(batches).toHaveLength(4);
      for (const [i, file] of FILES.entries()) {
        expect(batches[i]).toEqual({ name: file, sha: sha256(bytes[i]!) });
        const kept = archivedSource(repo, batches[i]!.sha, file)!;
        expect(sha256(readAll(kept))).toBe(sha256(bytes[i]!));
        const stored = repo.find(batches[i]!.sha)!;
        expect(stored.byteCount).toBe(bytes[i]!.length);
        // Several parts (4 KiB chunks here), compressed.
        expect(repo.partIds(stored.id).length).toBeGreaterThan(1);
        expect(stored.storedByteCount).toBeLessThan(bytes[i]!.length);
      }
      expect(archivedSource(repo, 'f'.repeat(64), 'x.csv')).toBeNull();
    } finally {
      sqlite.close();
    }
  });
});
