import { basename, resolve } from 'node:path';
import { describeProblem } from '../../core/import/import-problem';
import { fileSource } from '../../services/import/file-byte-source';
import { ImportCancelled, ImportRefused } from '../../services/import/import-errors';
import type { ImportSummary } from '../../services/import/import-summary';
import { UsageError } from '../cli-io';
import { withBackend } from '../open-backend';
import { dbOption, type Command } from './command';

const SHOWN_PROBLEMS = 20;

export const importCommand: Command = {
  name: 'import',
  summary: '导入订单报表和宝贝报表（同一次导出的两个文件按文件名里的时间配对）',
  usage: 'zhanggui import <文件>... [--preview] [--db 文件] [--json]',
  options: { ...dbOption, json: { type: 'boolean' }, preview: { type: 'boolean' } },
  positionals: true,
  async run(values, io, paths) {
    if (paths.length === 0) throw new UsageError('请给出要导入的文件，例如：zhanggui import ExportOrderList202404011048.csv ExportOrderDetailList202404011048.csv');
    for (const path of paths) {
      // Say which path is wrong before anything starts.
      try {
        fileSource(path).close();
      } catch (error) {
        if (error instanceof ImportRefused) throw new UsageError(error.message);
        throw error;
      }
    }
    const files = paths.map((path) => ({ name: basename(path), path: resolve(path) }));
    return withBackend(io, values.db as string | undefined, async (backend) => {
      let summary: ImportSummary;
      try {
        summary = await backend.importPaths(files, { commit: !values.preview });
      } catch (error) {
        if (error instanceof ImportRefused || error instanceof ImportCancelled) {
          io.err(`没有导入任何内容：${error.message}`);
          return 1;
        }
        throw error;
      }
      if (values.json) io.out(JSON.stringify(toJson(summary)));
      else printSummary(summary, Boolean(values.preview), io.out);
      const imported = summary.orders.inserted + summary.orders.updated + summary.orders.unchanged + summary.lines.inserted + summary.lines.updated + summary.lines.unchanged;
      return imported === 0 && summary.problemCount > 0 ? 1 : 0;
    });
  },
};

function toJson(summary: ImportSummary) {
  return {
    orders: summary.orders,
    lines: summary.lines,
    customers: summary.customers,
    problems: summary.problems.map((p) => ({ file: p.file, line: p.line, column: p.column, severity: p.severity, message: p.message })),
  };
}

function printSummary(summary: ImportSummary, preview: boolean, out: (line: string) => void): void {
  const n = (value: number) => value.toLocaleString('zh-CN');
  out(preview ? '预览（没有写入客户本）：' : '导入完成：');
  for (const file of summary.files) out(`  ${file.name}：${file.label}，${n(file.rows)} 行，编码 ${file.encoding}`);
  out(`  订单：新增 ${n(summary.orders.inserted)}，更新 ${n(summary.orders.updated)}，没变 ${n(summary.orders.unchanged)}`);
  out(`  宝贝：新增 ${n(summary.lines.inserted)}，更新 ${n(summary.lines.updated)}，没变 ${n(summary.lines.unchanged)}`);
  out(`  客户：新增 ${n(summary.customers.created)}，更新 ${n(summary.customers.updated)}`);
  if (summary.statusChanges.backwardIgnored > 0) {
    out(`  ${n(summary.statusChanges.backwardIgnored)} 笔订单在这个文件里的状态比客户本里的旧，保留了较新的状态。`);
  }
  if (summary.problemCount > 0) {
    out(`  有问题的行：${n(summary.problemCount)}`);
    for (const problem of summary.problems.slice(0, SHOWN_PROBLEMS)) out(`    ${problem.severity === 'error' ? '未导入' : '提醒'}｜${describeProblem(problem)}`);
    if (summary.problemCount > SHOWN_PROBLEMS) out(`    ……还有 ${n(summary.problemCount - SHOWN_PROBLEMS)} 条，用 --json 查看全部。`);
  }
}
