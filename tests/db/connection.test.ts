import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../src-main/db/connection';
import { NotADatabaseError } from '../../src-main/db/errors';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

describe('openConnection', () => {
  it('opens the book in WAL mode with foreign keys, a busy timeout and NORMAL sync', () => {
    const conn = openConnection(join(tempDir(), 'book.sqlite'));
    try {
      expect(conn.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(conn.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(conn.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(conn.sqlite.pragma('synchronous', { simple: true })).toBe(1);
    } finally {
      conn.close();
    }
  });

  it('enforces foreign keys on the opened file', () => {
    const conn = openConnection(join(tempDir(), 'book.sqlite'));
    try {
      conn.sqlite.exec('CREATE TABLE parent (id integer primary key); CREATE TABLE child (p integer references parent(id));');
      expect(() => conn.sqlite.prepare('INSERT INTO child (p) VALUES (42)').run()).toThrow(/FOREIGN KEY/);
    } finally {
      conn.close();
    }
  });

  it('close() can be called twice', () => {
    const conn = openConnection(join(tempDir(), 'book.sqlite'));
    conn.close();
    expect(() => conn.close()).not.toThrow();
    expect(conn.sqlite.open).toBe(false);
  });

  it('refuses a file that is not SQLite with a Chinese message naming the path', () => {
    const path = join(tempDir(), '客户本.sqlite');
    writeFileSync(path, `这不是数据库 ${randomBytes(2048).toString('hex')}\n`.repeat(4));
    let caught: unknown;
    try {
      openConnection(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(NotADatabaseError);
    const message = (caught as Error).message;
    expect(message).toContain(path);
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).toContain('不是掌柜客户本的数据库文件');
  });
});
