import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../src-main/db/connection';
import { PROJECT_ROOT } from '../helpers/paths';
import { useTempDir } from '../helpers/temp-dir';

// The desktop app passes the Electron build of better-sqlite3 this way; tests use Node's build.
describe('openConnection with an explicit native binding', () => {
  const tempDir = useTempDir();

  it('loads the addon from the given file', () => {
    const nodeBuild = join(PROJECT_ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    const conn = openConnection(join(tempDir(), 'book.sqlite'), { nativeBinding: nodeBuild });
    expect(conn.sqlite.prepare('SELECT 40 + 2 AS answer').get()).toEqual({ answer: 42 });
    conn.close();
  });

  it('fails loudly when the file is missing instead of silently using another build', () => {
    expect(() => openConnection(join(tempDir(), 'book.sqlite'), { nativeBinding: join(tempDir(), 'missing.node') })).toThrow();
  });
});
