import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bytesSource } from '../../../src-main/services/import/byte-source';
import { call } from '../../helpers/dispatch-calls';
import { PROJECT_ROOT } from '../../helpers/paths';
import { useTempDir } from '../../helpers/temp-dir';
import { keptFileTexts, openPrivacyBook, textTraces } from './privacy-book';

const YOUZAN = join(PROJECT_ROOT, 'tests', 'fixtures', 'platforms', 'youzan-orders.csv');
const youzan = () => [bytesSource('youzan-orders.csv', readFileSync(YOUZAN))];

const newDir = useTempDir('zhanggui-erase-mapped-');
let close: (() => void) | null = null;
afterEach(() => {
  close?.();
  close = null;
});

describe('an erased buyer of a platform read by header preset (有赞)', () => {
  it('stays erased when the same file is imported again, and its copy is not kept', async () => {
    const book = await openPrivacyBook(newDir());
    close = book.close;
    book.backend.importFiles(youzan(), { commit: true });
    const buyer = book.sqlite.prepare("SELECT id FROM customers WHERE buyer_nick = '小兰'").pluck().get() as number;
    const traits = ['小兰', '13700000001'];
    expect(textTraces(book.sqlite, traits).length).toBeGreaterThan(0);

    await call(book.backend, 'customers.erase', { id: buyer, reason: '顾客本人要求删除' });
    expect(textTraces(book.sqlite, traits)).toEqual([]);
    expect(keptFileTexts(book.sqlite)).toEqual([]);
    const customers = book.customerCount();

    const again = book.backend.importFiles(youzan(), { commit: true });

    expect(again.customers.created).toBe(0);
    expect(book.customerCount()).toBe(customers);
    expect(textTraces(book.sqlite, traits)).toEqual([]);
    expect(keptFileTexts(book.sqlite)).toEqual([]);
  });
});
