// The benches that work on the customer-book bench's cached book (bench/.cache/book-<N>/) run on
// a copy of it, so the cached one stays untouched, with the backend opened as the app opens it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createBackend, type Backend } from '../src-main/backend';
import { ensureBook } from './customer-book-bench';

const migrationsDir = join(import.meta.dirname, '..', 'migrations');

/** A method called through the dispatcher, as the UI calls it; a refusal stops the bench. */
export async function call<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.data as T;
}

/**
 * Runs `work` on a fresh copy of the N-order book (built once if missing). `open` opens the
 * backend on the copy (again, when a bench needs a process that remembers nothing).
 */
export async function onBookCopy(orders: number, label: string, work: (open: () => Promise<Backend>) => Promise<void>, now?: () => Date): Promise<void> {
  const book = await ensureBook(orders);
  if (!book) return;
  const dir = mkdtempSync(join(tmpdir(), `zhanggui-${label}-bench-`));
  try {
    const copy = join(dir, 'book.sqlite');
    const source = new Database(book.path, { readonly: true, fileMustExist: true });
    await source.backup(copy);
    source.close();
    const open = () =>
      createBackend({
        dbPath: copy,
        backupDir: join(dir, 'backups'),
        stagingRoot: join(dir, 'staging'),
        migrationsDir,
        appVersion: 'bench',
        ...(now ? { now } : {}),
      });
    await work(open);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `work` with the backend opened once on a copy of the N-order book, closed after. */
export async function withBookBackend(orders: number, label: string, work: (backend: Backend) => Promise<void>, now?: () => Date): Promise<void> {
  await onBookCopy(
    orders,
    label,
    async (open) => {
      const backend = await open();
      try {
        await work(backend);
      } finally {
        backend.close();
      }
    },
    now,
  );
}
