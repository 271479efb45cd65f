import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Backend } from '../../src-main/backend';
import type { MethodName } from '../../src-main/contract';
import { bytesSource } from '../../src-main/services/import/byte-source';
import { TAOBAO_FIXTURES } from './import-fixtures';

/** The two exports of the 2022 fixture: a first one, and one two weeks later that overlaps it. */
export const PAIR_FIXTURE = join(TAOBAO_FIXTURES, '2022-gbk-pair');
export const FIRST_EXPORT = ['ExportOrderList202404011048.csv', 'ExportOrderDetailList202404011048.csv'];
export const LATER_EXPORT = ['ExportOrderList202404151355.csv', 'ExportOrderDetailList202404151355.csv'];

export function importFixtureFiles(backend: Backend, files: string[], dir = PAIR_FIXTURE) {
  return backend.importFiles(files.map((f) => bytesSource(f, readFileSync(join(dir, f)))), { commit: true });
}

/** A contract call as the window makes it; its data, or a thrown error naming the code and message. */
export async function call<T>(backend: Backend, method: MethodName, input: unknown): Promise<T> {
  const result = (await backend.dispatch(method, input)) as { ok: boolean; data?: T; error?: { code: string; message: string } };
  if (!result.ok) throw new Error(`${result.error!.code}: ${result.error!.message}`);
  return result.data as T;
}

/** A call that must be refused; its error. */
export async function rejected(backend: Backend, method: MethodName, input: unknown): Promise<{ code: string; message: string }> {
  const result = (await backend.dispatch(method, input)) as { ok: boolean; error?: { code: string; message: string } };
  expect(result.ok).toBe(false);
  return result.error!;
}
