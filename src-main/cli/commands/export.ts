import { CUSTOMER_SORT_FIELDS, customersQuery } from '../../contract';
import { formatOfPath } from '../../services/export/customers-export';
import { UsageError } from '../cli-io';
import { withBackend } from '../open-backend';
import { dbOption, type Command } from './command';
import { parseFilter } from './customers';

const SORTS = CUSTOMER_SORT_FIELDS;

export const exportCommand: Command = {
  name: 'export',
  summary: '导出客户名单为 Excel（.xlsx）或 CSV：zhanggui export customers --out 客户.xlsx',
  usage: 'zhanggui export customers --out 文件.xlsx|文件.csv [--filter JSON] [--search 文本] [--sort 字段] [--asc] [--db 文件] [--json]',
  options: { ...dbOption, json: { type: 'boolean' }, out: { type: 'string' }, filter: { type: 'string' }, search: { type: 'string' }, sort: { type: 'string' }, asc: { type: 'boolean' } },
  positionals: true,
  async run(values, io, positionals) {
    if (positionals.length !== 1 || positionals[0] !== 'customers') throw new UsageError('要导出什么？目前可以导出客户：zhanggui export customers --out 客户.xlsx');
    const out = values.out as string | undefined;
    if (!out) throw new UsageError('请用 --out 指定导出文件，例如 --out 客户.xlsx');
    const format = formatOfPath(out);
    if (!format) throw new UsageError('导出文件要以 .xlsx 或 .csv 结尾。');
    const sort = (values.sort as string | undefined) ?? 'lastOrderAt';
    if (!(SORTS as readonly string[]).includes(sort)) throw new UsageError(`--sort 只能是 ${SORTS.join('、')}。`);
    const filter = { ...parseFilter(values.filter as string | undefined), ...(values.search !== undefined ? { search: values.search as string } : {}) };
    const checked = customersQuery.safeParse(filter);
    if (!checked.success) throw new UsageError(`筛选条件有误：${checked.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；')}`);
    return withBackend(io, values.db as string | undefined, async (backend) => {
      const result = await backend.exportCustomers({
        query: checked.data,
        sortField: sort as (typeof SORTS)[number],
        sortOrder: values.asc ? 'asc' : 'desc',
        format,
        path: out,
      });
      if (values.json) io.out(JSON.stringify({ file: out, format, ...result }));
      else io.out(`已导出 ${result.rows.toLocaleString('zh-CN')} 位客户到 ${out}（${(result.bytes / 1024 / 1024).toFixed(1)} MB）。`);
      return 0;
    });
  },
};
