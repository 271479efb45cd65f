import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths';

export const TAOBAO_FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'taobao');

export interface ExpectedStep {
  step: number;
  files: string[];
  result: {
    orders: { inserted: number; updated: number; unchanged: number };
    lines: { inserted: number; updated: number; unchanged: number };
    customers: { created: number; updated: number };
    problems: { file: string; line: number | null; column: string | null; severity: 'error' | 'warning' }[];
  };
  stats: unknown;
}

export interface ExpectedFixture {
  fixture: string;
  refused: { file: string; reason: string }[];
  steps: ExpectedStep[];
}

/** Fixture folders with an expected.json worked out by tests/fixtures/oracle (independent Python). */
export function fixturesWithExpectations(): { dir: string; expected: ExpectedFixture }[] {
  return readdirSync(TAOBAO_FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(TAOBAO_FIXTURES, entry.name))
    .flatMap((dir) => {
      try {
        return [{ dir, expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as ExpectedFixture }];
      } catch {
        return [];
      }
    });
}
