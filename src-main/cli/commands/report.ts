import { extname } from 'node:path';
import { reportPeriodInput } from '../../contract';
import { findBrowser, printHtmlToPdf } from '../../services/reports/browser-pdf';
import { UsageError } from '../cli-io';
import { call, withBackend } from '../open-backend';
import { dbOption, type Command } from './command';

export const reportCommand: Command = {
  name: 'report',
  summary: '导出经营报表为 Excel（每张表一页）或 PDF（A4 打印版）：zhanggui report --from 2026-11-01 --to 2026-11-30 --out 报表.xlsx',
  usage: 'zhanggui report --from YYYY-MM-DD --to YYYY-MM-DD --out 文件.xlsx|文件.pdf [--browser 浏览器程序] [--db 文件] [--json]',
  options: { ...dbOption, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' }, browser: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, io) {
    const out = values.out as string | undefined;
    if (!out) throw new UsageError('请用 --out 指定报表文件，例如 --out 报表.xlsx 或 --out 报表.pdf');
    const format = extname(out).toLowerCase();
    if (format !== '.xlsx' && format !== '.pdf') throw new UsageError('报表文件要以 .xlsx 或 .pdf 结尾。');
    const period = reportPeriodInput.safeParse({ from: values.from, to: values.to });
    if (!period.success) {
      throw new UsageError(`请用 --from 和 --to 指定统计日期（例如 --from 2026-11-01 --to 2026-11-30）：${period.error.issues.map((i) => `${i.path.join('.') === 'to' ? '--to' : '--from'} ${i.message}`).join('；')}`);
    }
    const { from, to } = period.data;
    // Found before the book is opened: a PC without a browser learns it at once.
    const browser = format === '.pdf' ? findBrowser(values.browser as string | undefined) : null;
    return withBackend(io, values.db as string | undefined, async (backend) => {
      const result = browser
        ? await printHtmlToPdf((await call(backend, 'reports.printPage', { from, to })).html, out, browser)
        : backend.writeReportWorkbook(from, to, out);
      if (values.json) io.out(JSON.stringify({ file: out, format: format.slice(1), from, to, ...result }));
      else io.out(`已导出 ${from} 至 ${to} 的报表到 ${out}（${(result.bytes / 1024).toFixed(0)} KB）。`);
      return 0;
    });
  },
};
