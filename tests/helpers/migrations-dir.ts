import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_DIR } from './paths';

export interface JournalEntry {
  idx: number;
  version: string;
  when: number;
  tag: string;
  breakpoints: boolean;
}

export interface Journal {
  version: string;
  dialect: string;
  entries: JournalEntry[];
}

/** drizzle-kit's journal of the migrations this build ships (or of another folder). */
export function readJournal(migrationsDir: string = MIGRATIONS_DIR): Journal {
  return JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as Journal;
}

/** A migrations folder holding only `entries` of the real journal, with their .sql files. */
export function copyMigrations(targetDir: string, entries: readonly JournalEntry[]): string {
  const real = readJournal();
  mkdirSync(join(targetDir, 'meta'), { recursive: true });
  for (const entry of entries) {
    copyFileSync(join(MIGRATIONS_DIR, `${entry.tag}.sql`), join(targetDir, `${entry.tag}.sql`));
  }
  writeFileSync(join(targetDir, 'meta', '_journal.json'), JSON.stringify({ ...real, entries }, null, 2));
  return targetDir;
}

/** Appends a migration written by the test after the folder's last one. */
export function appendMigration(migrationsDir: string, tag: string, sql: string): JournalEntry {
  const journal = readJournal(migrationsDir);
  const last = journal.entries.at(-1);
  const entry: JournalEntry = {
    idx: journal.entries.length,
    version: last?.version ?? '6',
    when: (last?.when ?? Date.now()) + 1000,
    tag,
    breakpoints: true,
  };
  writeFileSync(join(migrationsDir, `${tag}.sql`), sql);
  writeFileSync(
    join(migrationsDir, 'meta', '_journal.json'),
    JSON.stringify({ ...journal, entries: [...journal.entries, entry] }, null, 2),
  );
  return entry;
}
