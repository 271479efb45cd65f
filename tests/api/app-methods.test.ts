import { describe, expect, it } from 'vitest';
import type { AppInfoDto, ApiResult, PushEvent } from '../../src-main/contract';
import { openConnection } from '../../src-main/db/connection';
import { openTestBackend } from '../helpers/backend';
import { readJournal } from '../helpers/migrations-dir';
import { insertCustomer, insertOrder, insertShop } from '../helpers/rows';
import { useTempDir } from '../helpers/temp-dir';
import { join } from 'node:path';

const tempDir = useTempDir();
const latest = readJournal().entries.length;

function dataOf<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data as T;
}

function errorOf(result: ApiResult<unknown>) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`);
  return result.error;
}

/** Writes rows with plain SQL through a second connection, as another process would. */
function withSecondConnection(dir: string, body: (sqlite: ReturnType<typeof openConnection>['sqlite']) => void): void {
  const conn = openConnection(join(dir, 'book.sqlite'));
  try {
    body(conn.sqlite);
  } finally {
    conn.close();
  }
}

describe('app.info', () => {
  it('describes the program and an empty book', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    try {
      const info = dataOf<AppInfoDto>(await backend.dispatch('app.info', {}));
      expect(info).toEqual({
        version: '0.0.0-test',
        databasePath: join(dir, 'book.sqlite'),
        schemaVersion: latest,
        latestSchemaVersion: latest,
        customerCount: 0,
        orderCount: 0,
      });
    } finally {
      backend.close();
    }
  });

  it('counts customers and orders, leaving out merged-away customers', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    try {
      withSecondConnection(dir, (sqlite) => {
        const shopId = insertShop(sqlite);
        const lily = insertCustomer(sqlite, { shopId, identityKey: 'nick:tb_lily' });
        insertCustomer(sqlite, { shopId, identityKey: 'receiver:abc', mergedIntoId: lily });
        insertOrder(sqlite, { shopId, customerId: lily, orderNo: '3012345678901234567' });
        insertOrder(sqlite, { shopId, customerId: lily, orderNo: '3012345678901234568' });
      });
      const info = dataOf<AppInfoDto>(await backend.dispatch('app.info', {}));
      expect(info.customerCount).toBe(1);
      expect(info.orderCount).toBe(2);
    } finally {
      backend.close();
    }
  });
});

describe('settings', () => {
  it('has defaults on a new book', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      expect(dataOf(await backend.dispatch('settings.get', {}))).toEqual({ shopName: '', timeZone: 'Asia/Shanghai' });
    } finally {
      backend.close();
    }
  });

  it('trims the shop name and keeps it after the book is closed and reopened', async () => {
    const dir = tempDir();
    const first = await openTestBackend(dir);
    try {
      expect(dataOf(await first.backend.dispatch('settings.update', { shopName: '  小蜜蜂女装 ' }))).toEqual({
        shopName: '小蜜蜂女装',
        timeZone: 'Asia/Shanghai',
      });
    } finally {
      first.backend.close();
    }
    const second = await openTestBackend(dir);
    try {
      expect(dataOf(await second.backend.dispatch('settings.get', {}))).toEqual({
        shopName: '小蜜蜂女装',
        timeZone: 'Asia/Shanghai',
      });
      // Changing one setting keeps the other.
      await second.backend.dispatch('settings.update', { timeZone: 'Asia/Urumqi' });
      expect(dataOf(await second.backend.dispatch('settings.get', {}))).toEqual({
        shopName: '小蜜蜂女装',
        timeZone: 'Asia/Urumqi',
      });
    } finally {
      second.backend.close();
    }
  });

  it('refuses an unknown time zone and changes nothing', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      const error = errorOf(await backend.dispatch('settings.update', { timeZone: 'Mars/Base' }));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.details?.map((d) => d.path)).toEqual(['timeZone']);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(dataOf(await backend.dispatch('settings.get', {}))).toEqual({ shopName: '', timeZone: 'Asia/Shanghai' });
    } finally {
      backend.close();
    }
  });

  it('refuses a shop name longer than 60 characters', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      const error = errorOf(await backend.dispatch('settings.update', { shopName: '店'.repeat(61) }));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toContain('60');
      expect(dataOf(await backend.dispatch('settings.update', { shopName: '店'.repeat(60) }))).toMatchObject({
        shopName: '店'.repeat(60),
      });
    } finally {
      backend.close();
    }
  });

  it('emits exactly one settings.changed event with the new settings', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      const events: PushEvent[] = [];
      const unsubscribe = backend.subscribe((event) => events.push(event));
      await backend.dispatch('settings.update', { shopName: '小蜜蜂女装' });
      expect(events).toEqual([{ event: 'settings.changed', payload: { shopName: '小蜜蜂女装', timeZone: 'Asia/Shanghai' } }]);

      // A refused update and a read emit nothing; after unsubscribing nothing arrives.
      await backend.dispatch('settings.update', { timeZone: 'Mars/Base' });
      await backend.dispatch('settings.get', {});
      unsubscribe();
      await backend.dispatch('settings.update', { shopName: '大黄蜂' });
      expect(events).toHaveLength(1);
    } finally {
      backend.close();
    }
  });
});

describe('customers.list', () => {
  it('returns an empty first page on an empty book', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      expect(dataOf(await backend.dispatch('customers.list', {}))).toEqual({ items: [], total: 0, totalCapped: false, page: 1, pageSize: 50 });
    } finally {
      backend.close();
    }
  });

  it('sorts and pages the customers', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    try {
      const ids: Record<string, number> = {};
      withSecondConnection(dir, (sqlite) => {
        const shopId = insertShop(sqlite);
        ids.a = insertCustomer(sqlite, { shopId, identityKey: 'nick:a', buyerNick: 'a', netSpentFen: 5_000, lastOrderAt: '2026-10-01 10:00:00' });
        ids.b = insertCustomer(sqlite, { shopId, identityKey: 'nick:b', buyerNick: 'b', netSpentFen: 90_000, lastOrderAt: '2026-09-01 10:00:00' });
        ids.c = insertCustomer(sqlite, { shopId, identityKey: 'nick:c', buyerNick: 'c', netSpentFen: 20_000, lastOrderAt: '2026-11-01 10:00:00' });
        insertCustomer(sqlite, { shopId, identityKey: 'nick:merged', netSpentFen: 1_000_000, lastOrderAt: '2026-11-20 10:00:00', mergedIntoId: ids.a });
      });
      type Page = { items: { id: number; buyerNick: string | null; netSpentFen: number }[]; total: number; page: number; pageSize: number };
      const list = async (input: object) => dataOf<Page>(await backend.dispatch('customers.list', input));

      const byDefault = await list({});
      expect(byDefault.items.map((c) => c.id)).toEqual([ids.c, ids.a, ids.b]);
      expect(byDefault.total).toBe(3);

      const richestFirst = await list({ sortField: 'netSpentFen', sortOrder: 'desc' });
      expect(richestFirst.items.map((c) => c.id)).toEqual([ids.b, ids.c, ids.a]);
      expect(richestFirst.items[0]).toMatchObject({ buyerNick: 'b', netSpentFen: 90_000 });

      const cheapestFirst = await list({ sortField: 'netSpentFen', sortOrder: 'asc' });
      expect(cheapestFirst.items.map((c) => c.id)).toEqual([ids.a, ids.c, ids.b]);

      const secondPage = await list({ sortField: 'netSpentFen', sortOrder: 'desc', pageSize: 2, page: 2 });
      expect(secondPage).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(secondPage.items.map((c) => c.id)).toEqual([ids.a]);

      const pastTheEnd = await list({ pageSize: 2, page: 3 });
      expect(pastTheEnd.items).toEqual([]);
      expect(pastTheEnd.total).toBe(3);
    } finally {
      backend.close();
    }
  });
});
