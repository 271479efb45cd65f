import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../src-main/api/caller';
import type { Backend } from '../../../src-main/backend';
import { bytesSource } from '../../../src-main/services/import/byte-source';
import { openTestBackend } from '../../helpers/backend';
import { TAOBAO_FIXTURES } from '../../helpers/import-fixtures';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

function windowCaller(): Caller & { kind: 'window' } {
  const caller: Caller & { kind: 'window' } = { kind: 'window', token: null, remote: '192.168.1.30', setToken: (token) => void (caller.token = token) };
  return caller;
}

async function data<T>(backend: Backend, method: string, input: unknown, caller?: Caller): Promise<T> {
  const result = await backend.dispatch(method, input, caller);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.data as T;
}

describe('who did it, for a 客服', () => {
  it('records a 客服’s work as their own, whatever staff member the window sent', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    try {
      const fixture = join(TAOBAO_FIXTURES, '2022-gbk-pair');
      const files = ['ExportOrderList202404011048.csv', 'ExportOrderDetailList202404011048.csv'];
      backend.importFiles(files.map((f) => bytesSource(f, readFileSync(join(fixture, f)))), { commit: true });
      await data(backend, 'auth.createOwner', { name: '店主', password: 'owner-secret-1' });
      const mei = await data<{ staffId: number }>(backend, 'accounts.create', { name: '小美', password: 'xiaomei-2026' });
      const wang = await data<{ id: number }>(backend, 'staff.create', { name: '小王' });
      const window = windowCaller();
      await data(backend, 'auth.login', { name: '小美', password: 'xiaomei-2026' }, window);
      const customer = (await data<{ items: { id: number }[] }>(backend, 'customers.list', {}, window)).items[0]!;

      const sent = await data<{ staffName: string }>(
        backend,
        'birthdays.markSent',
        { customerId: customer.id, cycleYear: 2026, occursOn: '2026-12-01', staffId: wang.id },
        window,
      );
      expect(sent.staffName).toBe('小美');
      expect(mei.staffId).not.toBe(wang.id);

      // The owner may still record work for any staff member (the 我是 switch).
      const byOwner = await data<{ staffName: string }>(backend, 'birthdays.markSent', { customerId: (await data<{ items: { id: number }[] }>(backend, 'customers.list', {})).items[1]!.id, cycleYear: 2026, occursOn: '2026-12-01', staffId: wang.id });
      expect(byOwner.staffName).toBe('小王');
    } finally {
      backend.close();
    }
  });
});
