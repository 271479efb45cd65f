import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesSource } from '../../../src-main/services/import/byte-source';
import { ImportRefused } from '../../../src-main/services/import/import-errors';
import { openTestBackend } from '../../helpers/backend';
import { dumpBook } from '../../helpers/book-dump';
import { fixturesWithExpectations } from '../../helpers/import-fixtures';
import { useTempDir } from '../../helpers/temp-dir';

const fixtures = fixturesWithExpectations();
const withSteps = fixtures.filter((f) => f.expected.steps.length > 0);
const refusals = fixtures.flatMap((f) => f.expected.refused.map((r) => ({ dir: f.dir, ...r })));

const sortProblems = <T extends { file: string; line: number | null; column: string | null }>(list: T[]) =>
  [...list].sort((a, b) => `${a.file}:${String(a.line).padStart(8, '0')}:${a.column}`.localeCompare(`${b.file}:${String(b.line).padStart(8, '0')}:${b.column}`));

describe('importing every fixture layout gives the figures the independent oracle worked out', () => {
  const tempDir = useTempDir();

  it.each(withSteps.map((f) => [f.expected.fixture, f] as const))('%s', async (_name, fixture) => {
    const { backend } = await openTestBackend(tempDir());
    try {
      for (const step of fixture.expected.steps) {
        const sources = step.files.map((file) => bytesSource(file, readFileSync(join(fixture.dir, file)), 4096));
        const summary = backend.importFiles(sources, { commit: true });
        const context = `${fixture.expected.fixture} step ${step.step}`;
        expect({ orders: summary.orders, lines: summary.lines, customers: summary.customers }, context).toEqual({
          orders: step.result.orders,
          lines: step.result.lines,
          customers: step.result.customers,
        });
        expect(
          sortProblems(summary.problems.map(({ file, line, column, severity }) => ({ file, line, column, severity }))),
          context,
        ).toEqual(sortProblems(step.result.problems));
        const stats = await backend.dispatch('stats.get', {});
        expect(stats, context).toEqual({ ok: true, data: step.stats });
      }
    } finally {
      backend.close();
    }
  });
});

describe('files that are not order exports are refused whole, and the book is left as it was', () => {
  const tempDir = useTempDir();

  it.each(refusals.map((r) => [r.file, r.reason, r] as const))('%s (%s)', async (_file, _reason, refusal) => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    try {
      // A book that already holds an import, so "unchanged" means more than "still empty".
      const pair = withSteps.find((f) => f.expected.fixture === '2019-gbk')!;
      const firstStep = pair.expected.steps[0]!;
      backend.importFiles(firstStep.files.map((file) => bytesSource(file, readFileSync(join(pair.dir, file)))), { commit: true });
      const before = dumpBook(join(dir, 'book.sqlite'));
      const source = bytesSource(refusal.file, readFileSync(join(refusal.dir, refusal.file)));
      expect(() => backend.importFiles([source], { commit: true })).toThrow(ImportRefused);
      try {
        backend.importFiles([source], { commit: true });
      } catch (error) {
        expect((error as Error).message).toContain(refusal.file);
        expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(dumpBook(join(dir, 'book.sqlite'))).toBe(before);
    } finally {
      backend.close();
    }
  });
});

describe('an older export imported after a newer one never moves the book back', () => {
  const tempDir = useTempDir();
  const pair = withSteps.find((f) => f.expected.fixture === '2022-gbk-pair')!;

  it('reaches the same book as importing them oldest first, and says how many rows were older', async () => {
    const [first, later] = pair.expected.steps;
    const { backend } = await openTestBackend(tempDir());
    try {
      const load = (files: string[]) => files.map((file) => bytesSource(file, readFileSync(join(pair.dir, file))));
      backend.importFiles(load(later!.files), { commit: true });
      const older = backend.importFiles(load(first!.files), { commit: true });
      expect(older.orders.updated).toBe(0);
      expect(older.olderRowsKept).toBe(later!.result.orders.updated);
      expect(await backend.dispatch('stats.get', {})).toEqual({ ok: true, data: later!.stats });
    } finally {
      backend.close();
    }
  });
});
