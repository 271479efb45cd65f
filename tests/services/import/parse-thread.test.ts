import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PreparePlan, PreparedRow } from '../../../src-main/core/import/prepared-rows';
import { fileSource } from '../../../src-main/services/import/file-byte-source';
import { HeaderNotFound, ImportCancelled, ImportRefused } from '../../../src-main/services/import/import-errors';
import { scanPreparedRows } from '../../../src-main/services/import/prepared-scan';
import { recogniseFile } from '../../../src-main/services/import/recognise-file';
import type { SourceKeeper } from '../../../src-main/services/import/source-archive';
import { TAOBAO_FIXTURES } from '../../helpers/import-fixtures';
import { PROJECT_ROOT } from '../../helpers/paths';
import { openTestBackend } from '../../helpers/backend';
import { dumpBook } from '../../helpers/book-dump';
import { useTempDir } from '../../helpers/temp-dir';
import { bytesSource } from '../../../src-main/services/import/byte-source';
import Database from 'better-sqlite3';

const PARSE_WORKER = join(PROJECT_ROOT, 'dist', 'main', 'parse-worker.cjs');

/** Every row as the import thread sees it: key, fingerprint and the full reading. */
function readRows(path: string, kind: PreparePlan['kind'], parseWorker: string | undefined, keeper: SourceKeeper | null = null) {
  const source = fileSource(path);
  try {
    const { headers } = recogniseFile(source);
    const rows: unknown[] = [];
    const onRow = (row: PreparedRow) => rows.push(row.kind === 'total' ? row : { ...row, read: row.read() });
    const scan = scanPreparedRows(source, { kind, file: source.name, headers }, onRow, { keeper, parseWorker });
    return { rows, scan };
  } finally {
    source.close();
  }
}

describe('a first import reads its files on a second thread, with the same result', () => {
  const cases: [string, string, PreparePlan['kind']][] = [
    ['2022-gbk-pair', 'ExportOrderList202404011048.csv', 'orders'],
    ['2022-gbk-pair', 'ExportOrderDetailList202404011048.csv', 'items'],
    ['2017-gbk', 'ExportOrderList202404011048.csv', 'orders'],
    ['2017-gbk', 'ExportOrderDetailList202404011048.csv', 'items'],
    ['bad-rows', 'ExportOrderList202404011048.csv', 'orders'],
    ['quirks-gbk-2022', 'ExportOrderList202404011048.csv', 'orders'],
  ];
  it.each(cases)('%s %s: every row, problem and warning as read on the import thread', (fixture, file, kind) => {
    const path = join(TAOBAO_FIXTURES, fixture, file);
    const inline = readRows(path, kind, undefined);
    const threaded = readRows(path, kind, PARSE_WORKER);
    expect(inline.rows.length).toBeGreaterThan(20);
    expect(threaded.rows).toEqual(inline.rows);
    expect(threaded.scan).toEqual({ ...inline.scan, sha256: createHash('sha256').update(readFileSync(path)).digest('hex') });
  });

  it('hands over the file, compressed, to be kept: the parts inflate to the file byte for byte', () => {
    const path = join(TAOBAO_FIXTURES, '2022-gbk-pair', 'ExportOrderList202404011048.csv');
    const parts: Uint8Array[] = [];
    let finished = false;
    readRows(path, 'orders', PARSE_WORKER, { addPart: (data) => parts.push(data), finish: () => (finished = true) });
    expect(parts.length).toBeGreaterThan(0);
    expect(finished).toBe(false); // the importer finishes the kept file once its batch is written
    expect(Buffer.concat(parts.map((p) => inflateRawSync(p)))).toEqual(readFileSync(path));
  });

  it('refuses a truncated file with the reason in Chinese, from the parse thread', () => {
    const path = join(TAOBAO_FIXTURES, 'refused', 'truncated.csv');
    expect(() => readRows(path, 'orders', PARSE_WORKER)).toThrow(ImportRefused);
    expect(() => readRows(path, 'orders', PARSE_WORKER)).toThrow(/引号没有闭合/);
  });

  it('reports a missing header as such, and stops when the import is cancelled', () => {
    const source = fileSource(join(TAOBAO_FIXTURES, 'refused', 'random.csv'));
    const orders = fileSource(join(TAOBAO_FIXTURES, '2022-gbk-pair', 'ExportOrderList202404011048.csv'));
    try {
      const plan = { kind: 'orders' as const, file: source.name, headers: recogniseFile(orders).headers };
      expect(() => scanPreparedRows(source, plan, () => {}, { keeper: null, parseWorker: PARSE_WORKER })).toThrow(HeaderNotFound);
      let rows = 0;
      const cancelAfterFirst = { isCancelled: () => rows > 0 };
      expect(() => scanPreparedRows(orders, plan, () => (rows += 1), { keeper: null, parseWorker: PARSE_WORKER, control: cancelAfterFirst })).toThrow(ImportCancelled);
    } finally {
      source.close();
      orders.close();
    }
  });
});

describe('without its parse worker an import still works', () => {
  it('reads on the import thread when the worker script is missing (a damaged install)', () => {
    const path = join(TAOBAO_FIXTURES, '2022-gbk-pair', 'ExportOrderList202404011048.csv');
    const missing = readRows(path, 'orders', join(PROJECT_ROOT, 'dist', 'main', 'no-such-worker.cjs'));
    expect(missing.rows).toEqual(readRows(path, 'orders', undefined).rows);
  });
});

describe('a first import through the import worker', () => {
  const tempDir = useTempDir();

  it('writes the very same book as one read on a single thread, kept files and their SHA-256 included', async () => {
    const fixture = join(TAOBAO_FIXTURES, '2022-gbk-pair');
    const files = ['ExportOrderList202404011048.csv', 'ExportOrderDetailList202404011048.csv'];
    const books: string[] = [];
    for (const withImportWorker of [false, true]) {
      const dir = tempDir();
      const { backend } = await openTestBackend(dir, { withImportWorker });
      try {
        // The predictions computed on opening and after the import, in the background: both books get both.
        await backend.predictionsIdle();
        if (withImportWorker) await backend.importPaths(files.map((name) => ({ name, path: join(fixture, name) })), { commit: true });
        else backend.importFiles(files.map((name) => bytesSource(name, readFileSync(join(fixture, name)))), { commit: true });
        await backend.predictionsIdle();
      } finally {
        backend.close();
      }
      books.push(dumpBook(join(dir, 'book.sqlite')));
    }
    // sqlite_sequence lists tables in the order they were first written to, which differs.
    const tables = (dump: string) => (JSON.parse(dump) as [string, unknown][]).filter(([name]) => name !== 'sqlite_sequence');
    expect(tables(books[1]!)).toEqual(tables(books[0]!));
    const shas = files.map((name) => createHash('sha256').update(readFileSync(join(fixture, name))).digest('hex'));
    for (const sha of shas) expect(books[1]).toContain(sha);
    expect(books[1]).not.toContain('pending:');
  });

  it('keeps a file given twice in one import once', async () => {
    const dir = tempDir();
    const path = join(TAOBAO_FIXTURES, '2022-gbk-pair', 'ExportOrderList202404011048.csv');
    const { backend } = await openTestBackend(dir, { withImportWorker: true });
    try {
      await backend.importPaths([{ name: 'a.csv', path }, { name: 'ExportOrderList202404011048.csv', path }], { commit: true });
    } finally {
      backend.close();
    }
    const sqlite = new Database(join(dir, 'book.sqlite'), { readonly: true });
    try {
      expect(sqlite.prepare('SELECT sha256 FROM source_files').pluck().all()).toEqual([createHash('sha256').update(readFileSync(path)).digest('hex')]);
      expect(sqlite.prepare('SELECT count(DISTINCT file_sha256) FROM import_batches').pluck().get()).toBe(1);
    } finally {
      sqlite.close();
    }
  });
});
