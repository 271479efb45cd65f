import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { bytesSource } from '../../../src-main/services/import/byte-source';
import { ImportRefused } from '../../../src-main/services/import/import-errors';
import { openTestBackend } from '../../helpers/backend';
import { fixturesWithExpectations, TAOBAO_FIXTURES } from '../../helpers/import-fixtures';
import { useTempDir } from '../../helpers/temp-dir';

const fixture = fixturesWithExpectations().find((f) => f.expected.fixture === '2019-gbk')!;
const files = () => fixture.expected.steps[0]!.files.map((f) => bytesSource(f, readFileSync(join(fixture.dir, f))));

function indexSql(dbPath: string): unknown[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders' ORDER BY name").all();
  } finally {
    db.close();
  }
}

describe('the first import into an empty book builds the orders index once, at the end', () => {
  const tempDir = useTempDir();

  it('leaves exactly the indexes the migrations made, after a commit, a preview and a refusal', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'book.sqlite');
    const { backend } = await openTestBackend(dir);
    const migrated = indexSql(dbPath);
    expect(migrated).toContainEqual(expect.objectContaining({ name: 'orders_customer_status_paid_idx' }));
    try {
      backend.importFiles(files(), { commit: false });
      expect(indexSql(dbPath)).toEqual(migrated);
      const truncated = bytesSource('truncated.csv', readFileSync(join(TAOBAO_FIXTURES, 'refused', 'truncated.csv')));
      expect(() => backend.importFiles([truncated], { commit: true })).toThrow(ImportRefused);
      expect(indexSql(dbPath)).toEqual(migrated);
      backend.importFiles(files(), { commit: true });
      expect(indexSql(dbPath)).toEqual(migrated);
      expect(await backend.dispatch('stats.get', {})).toEqual({ ok: true, data: fixture.expected.steps[0]!.stats });
    } finally {
      backend.close();
    }
  });
});
