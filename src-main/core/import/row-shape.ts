import type { ImportProblem } from './import-problem';

/** The header row of a file whose header is known: the very same cells. */
export const sameHeader = (headers: readonly string[]) => (cells: readonly string[]) =>
  cells.length === headers.length && cells.every((cell, i) => cell === headers[i]);

/** An items file's header; old layouts end every row, the header too, with an extra comma. */
export const itemsHeader = (headers: readonly string[]) => (cells: readonly string[]) =>
  cells.length >= headers.length && headers.every((h, i) => cells[i] === h);

export function totalRowSkipped(file: string, line: number): ImportProblem {
  return { file, line, column: null, severity: 'warning', message: '这是合计行，不是订单，已跳过。' };
}

/** A row with more or fewer cells than the header (blank cells at the end excepted). */
export function fieldCountProblem(file: string, headers: readonly string[], cells: readonly string[], line: number, allowTrailing: boolean): ImportProblem | null {
  const extra = cells.length - headers.length;
  if (extra === 0 || (allowTrailing && extra === 1 && cells[cells.length - 1]!.trim() === '')) return null;
  if (extra < 0 && cells.slice(headers.length).every((c) => c.trim() === '')) return null;
  return {
    file,
    line,
    column: null,
    severity: 'error',
    message: `这一行有 ${cells.length} 列，表头有 ${headers.length} 列，列数对不上（可能有未加引号的逗号，或文件被改动过）。`,
  };
}
