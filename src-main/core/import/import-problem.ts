import type { ImportProblemDto } from '../../contract';

/** One thing wrong (error: row not imported) or doubtful (warning: imported) in an import file. */
export type ImportProblem = ImportProblemDto;

/** 「文件 ExportOrderList…csv 第 128 行「订单编号」列：…」 — where, then what. */
export function describeProblem(problem: ImportProblem): string {
  const where = [
    `文件 ${problem.file}`,
    problem.line === null ? '' : ` 第 ${problem.line} 行`,
    problem.column ? `「${problem.column}」列` : '',
  ].join('');
  return `${where}：${problem.message}`;
}
