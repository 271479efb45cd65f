// `npm run bench`: speed and memory figures, printed, never asserted. Each later feature adds its
// measurements here (import of the 1,000,000-order export, list queries, RFM, predictions).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../src-main/backend';
import { measure, printTable, type Figure } from './measure';

const dir = mkdtempSync(join(tmpdir(), 'zhanggui-bench-'));
const figures: Figure[] = [];
try {
  const migrationsDir = join(import.meta.dirname, '..', 'migrations');
  const open = () =>
    createBackend({ dbPath: join(dir, 'bench.sqlite'), backupDir: join(dir, 'backups'), migrationsDir, appVersion: 'bench' });

  const first = await measure('open + migrate a new book', 1, open);
  figures.push(first.figure);
  first.value.close();

  const reopened = await measure('open an up-to-date book', 20, async () => {
    const backend = await open();
    backend.close();
  });
  figures.push(reopened.figure);

  const backend = await open();
  figures.push((await measure('customers.list, first page (empty book)', 200, () => backend.dispatch('customers.list', {}))).figure);
  backend.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
printTable(figures);
