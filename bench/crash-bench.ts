// Issue 8, crash safety at full size: a first import of the generated export killed (SIGKILL) at
// seeded moments, 20 times, each into an empty book (a first import is the long write; re-imports
// of unchanged rows are quick). After every kill the book must pass integrity_check and hold the
// export whole or not at all. tests/crash/import-kill.test.ts runs kills at a size for CI, on one
// book that keeps every earlier import.
//   npm run bench -- --orders 1000000 --only crash
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { importKilledAfter, seeded } from '../tests/helpers/killed-import';
import { ensureExport } from './import-bench';

const KILLS = 20;

function bookState(db: string): { integrity: string; orders: number; lines: number } {
  const sqlite = new Database(db, { readonly: true });
  try {
    return {
      integrity: (sqlite.prepare('PRAGMA integrity_check').pluck().all() as string[]).join('; '),
      orders: sqlite.prepare('SELECT count(*) FROM orders').pluck().get() as number,
      lines: sqlite.prepare('SELECT count(*) FROM order_lines').pluck().get() as number,
    };
  } finally {
    sqlite.close();
  }
}

export async function runCrashBench(options: { orders: number }): Promise<void> {
  console.log(`\n== Crash safety: the ${options.orders.toLocaleString('en')}-order export imported and killed ${KILLS} times (issue 8) ==`);
  const exp = ensureExport(options.orders);
  const files = [exp.ordersFile, exp.itemsFile];
  const dir = mkdtempSync(join(tmpdir(), 'zhanggui-crash-bench-'));
  try {
    const started = performance.now();
    await importKilledAfter(files, join(dir, 'timing.sqlite'), null);
    const fullMs = performance.now() - started;
    console.log(`A whole first import (with its backup): ${(fullMs / 1000).toFixed(1)} s`);
    rmSync(join(dir, 'timing.sqlite'), { force: true });

    const db = join(dir, 'book.sqlite');
    const random = seeded(8);
    let passed = 0;
    let killedMidway = 0;
    let lost = 0;
    let half = 0;
    for (let k = 1; k <= KILLS; k++) {
      for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
      const afterMs = Math.round(fullMs * (0.05 + 1.1 * random()));
      const finished = await importKilledAfter(files, db, afterMs);
      const state = bookState(db);
      if (state.integrity === 'ok') passed++;
      const whole = state.orders === exp.orders && state.lines === exp.lines;
      const empty = state.orders === 0 && state.lines === 0;
      if (!whole && !empty) half++;
      if (finished && !whole) lost += exp.orders - state.orders;
      if (!finished) killedMidway++;
      console.log(`  kill ${k}: after ${(afterMs / 1000).toFixed(1)} s — ${finished ? 'had finished' : 'killed'}; integrity ${state.integrity}; ${state.orders.toLocaleString('en')} orders`);
    }
    console.log(`Kills: ${KILLS} (${killedMidway} while importing); integrity checks passed: ${passed}/${KILLS}; half imports: ${half}; rows lost: ${lost} — ${passed === KILLS && half === 0 && lost === 0 ? 'PASS' : 'FAIL'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
