import type { Parsed } from './field-values';
import type { ImportProblem } from './import-problem';

/**
 * Reads one row's cells by column position, collecting every problem with its column header so
 * the owner learns all that is wrong with a row at once, not one thing per attempt.
 */
export function createRowReader(file: string, headers: readonly string[], cells: readonly string[], line: number) {
  const problems: ImportProblem[] = [];
  const columnName = (position: number) => headers[position]?.trim() ?? null;
  return {
    problems,
    text(position: number): string | null {
      if (position < 0) return null;
      const value = cells[position]?.trim() ?? '';
      return value === '' ? null : value;
    },
    parse<T>(position: number, parser: (raw: string) => Parsed<T>): T | null {
      if (position < 0) return null;
      const result = parser(cells[position] ?? '');
      if (result.ok) return result.value;
      problems.push({ file, line, column: columnName(position), severity: 'error', message: result.message });
      return null;
    },
    warn(position: number, message: string): void {
      problems.push({ file, line, column: position < 0 ? null : columnName(position), severity: 'warning', message });
    },
    fail(position: number, message: string): void {
      problems.push({ file, line, column: position < 0 ? null : columnName(position), severity: 'error', message });
    },
    hasErrors(): boolean {
      return problems.some((p) => p.severity === 'error');
    },
  };
}
