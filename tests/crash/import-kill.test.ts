import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { completedOrder, writeTaobaoExport, type ExportOrder } from '../helpers/care-book';
import { importKilledAfter, seeded } from '../helpers/killed-import';
import { useTempDir } from '../helpers/temp-dir';

/** Orders per import: enough that an import takes about a second here, so kills land inside it. */
const BATCH = 4000;
const KILLS = 20;

function batch(k: number): ExportOrder[] {
  return Array.from({ length: BATCH }, (_, i) => completedOrder(`crash${k}_${i % 1500}`, `2026-10-${String(1 + (i % 28)).padStart(2, '0')} 10:00:00`, 1000 + i, { titles: [`商品${i % 40}`] }));
}

/** Home and data folders inside the test's folder. */
const homeIn = (dir: string): NodeJS.ProcessEnv => ({ ...process.env, HOME: dir, APPDATA: dir, XDG_DATA_HOME: dir });

function bookState(db: string, orderNos: readonly string[][]) {
  const sqlite = new Database(db, { readonly: true });
  try {
    const integrity = sqlite.prepare('PRAGMA integrity_check').pluck().all() as string[];
    const has = sqlite.prepare('SELECT count(*) FROM orders WHERE order_no IN (SELECT value FROM json_each(?))').pluck();
    return { integrity, perBatch: orderNos.map((nos) => has.get(JSON.stringify(nos)) as number) };
  } finally {
    sqlite.close();
  }
}

describe('an import killed at any moment', () => {
  const tempDir = useTempDir('zhanggui-crash-');

  it(`leaves a book that passes integrity_check, keeps every earlier import whole and holds no half import (${KILLS} kills)`, async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    const batches = Array.from({ length: KILLS + 1 }, (_, k) => batch(k));
    const files = batches.map((orders, k) => writeTaobaoExport(dir, `2026110${1 + (k % 9)}${String(1000 + k).slice(-4)}`, orders));
    const orderNos = batches.map((orders) => orders.map((o) => o.orderNo));

    const started = performance.now();
    expect(await importKilledAfter(files[0]!, db, null, homeIn(dir))).toBe(true);
    const fullMs = performance.now() - started;

    const random = seeded(7);
    const landed = [true];
    let passed = 0;
    let killedMidway = 0;
    for (let k = 1; k <= KILLS; k++) {
      // From the process starting up to a little after a whole import would have ended.
      const afterMs = Math.round(fullMs * (0.1 + 1.1 * random()));
      const finished = await importKilledAfter(files[k]!, db, afterMs, homeIn(dir));
      const state = bookState(db, orderNos.slice(0, k + 1));
      if (state.integrity.length === 1 && state.integrity[0] === 'ok') passed++;
      const thisBatch = state.perBatch[k]!;
      expect([0, BATCH]).toContain(thisBatch);
      landed.push(thisBatch === BATCH);
      if (!finished && thisBatch === 0) killedMidway++;
      // Every import that landed before is still whole.
      expect(state.perBatch.slice(0, k).map((n, i) => (landed[i] ? n === BATCH : n === 0))).not.toContain(false);
    }
    const lost = bookState(db, orderNos).perBatch.reduce((sum, n, i) => sum + (landed[i] ? BATCH - n : n), 0);
    console.log(`crash test: ${KILLS} kills (${killedMidway} before the import landed), ${passed}/${KILLS} integrity checks passed, rows lost: ${lost}; a whole import took ${Math.round(fullMs)} ms`);
    expect(passed).toBe(KILLS);
    expect(lost).toBe(0);
    // Kills that never hit an import would prove nothing.
    expect(killedMidway).toBeGreaterThanOrEqual(KILLS / 4);
  }, 240_000);
});
