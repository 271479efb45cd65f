import type { CustomersQuery } from '../../contract';
import { UsageError } from '../cli-io';
import { call, withBackend } from '../open-backend';
import { dbOption, type Command } from './command';

/** `--filter` takes the list's query as JSON, exactly as the app and saved views use it. */
export function parseFilter(text: string | undefined): CustomersQuery {
  if (text === undefined) return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    return parsed as CustomersQuery;
  } catch {
    throw new UsageError(`--filter 要写成 JSON，例如 --filter '{"provinces":["浙江省"],"orderCountMin":2}'。`);
  }
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} 要是正整数。`);
  return n;
}

export const customersCommand: Command = {
  name: 'customers',
  summary: '查找客户：按买家昵称、收货人、手机号（或尾号）、订单号搜索，或按条件筛选',
  usage: 'zhanggui customers [--search 文本] [--filter JSON] [--sort lastOrderAt|firstOrderAt|orderCount|netSpentFen|pAlive] [--asc] [--page N] [--page-size N] [--db 文件] [--json]',
  options: {
    ...dbOption,
    json: { type: 'boolean' },
    search: { type: 'string' },
    filter: { type: 'string' },
    sort: { type: 'string' },
    asc: { type: 'boolean' },
    page: { type: 'string' },
    'page-size': { type: 'string' },
  },
  async run(values, io) {
    const query = {
      ...parseFilter(values.filter as string | undefined),
      ...(values.search !== undefined ? { search: values.search as string } : {}),
      ...(values.sort !== undefined ? { sortField: values.sort as 'lastOrderAt' } : {}),
      sortOrder: values.asc ? ('asc' as const) : ('desc' as const),
      page: positiveInt(values.page as string | undefined, '--page', 1),
      pageSize: positiveInt(values['page-size'] as string | undefined, '--page-size', 20),
    };
    return withBackend(io, values.db as string | undefined, async (backend) => {
      const page = await call(backend, 'customers.list', query);
      if (values.json) {
        io.out(JSON.stringify(page));
        return 0;
      }
      if (page.total === 0) {
        io.out('没有找到符合条件的客户。');
        return 0;
      }
      const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;
      for (const c of page.items) {
        const who = [c.buyerNick, c.receiverName, c.phone].filter(Boolean).join(' / ');
        io.out(`#${c.id}  ${who}  ${[c.province, c.city].filter(Boolean).join(' ')}  ${c.orderCount} 单  ${yuan(c.netSpentFen)}  最近 ${c.lastOrderAt ?? '—'}`);
      }
      const pages = Math.ceil(page.total / page.pageSize);
      io.out(`共 ${page.total.toLocaleString('zh-CN')} 位客户，第 ${page.page}/${pages} 页。`);
      return 0;
    });
  },
};
