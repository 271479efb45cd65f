// Scratch profile of followUps.list (helper WORK); removed after use.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createBackend } from '../src-main/backend';

const dir = '/tmp/work-prof';
const copy = join(dir, 'book.sqlite');
async function main() {
  if (!existsSync(join(dir, 'ready'))) {
    const source = new Database('bench/.cache/book-1000000/book.sqlite', { readonly: true, fileMustExist: true });
    await source.backup(copy);
    source.close();
    const backend = await createBackend({ dbPath: copy, backupDir: join(dir, 'b'), stagingRoot: join(dir, 's'), migrationsDir: 'migrations', appVersion: 'x', now: () => new Date('2023-12-01T02:00:00Z') });
    for (const date of ['2024-03-25', '2024-03-26', '2024-03-27', '2024-03-28', '2024-03-29', '2024-03-30']) {
      const r = await backend.dispatch('followUps.generate', { date });
      console.log(date, JSON.stringify(r).slice(0, 100));
    }
    backend.close();
    (await import('node:fs')).writeFileSync(join(dir, 'ready'), '');
  }
}
await main();
