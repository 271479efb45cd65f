// Issue 8, personal data on the customer-book bench's book: 个人信息查询 (everything about one
// customer, to XLSX) and 删除客户 (which also searches the kept export files for the person, in its
// write transaction), for the buyer with the most orders and for a one-order buyer.
//   npm run bench -- --orders 1000000 --only privacy
import type { Backend } from '../src-main/backend';
import type { CustomerErasedDto, CustomerPageDto, ExportFileDto } from '../src-main/contract';
import { call, withBookBackend } from './book-copy';
import { measure, printTable, type Figure } from './measure';

export async function runPrivacyBench(options: { orders: number }): Promise<void> {
  console.log(`\n== 个人信息: book from the ${options.orders.toLocaleString('en')}-order export (issue 8) ==`);
  await withBookBackend(options.orders, 'privacy', runCases);
}

async function runCases(backend: Backend): Promise<void> {
  const figures: Figure[] = [];
  const most = (await call<CustomerPageDto>(backend, 'customers.list', { sortField: 'orderCount', sortOrder: 'desc', pageSize: 1 })).items[0]!;
  const one = (await call<CustomerPageDto>(backend, 'customers.list', { orderCountMin: 1, sortField: 'orderCount', sortOrder: 'asc', pageSize: 1 })).items[0]!;
  const exported = await measure(`customers.personalData xlsx, ${most.orderCount} orders`, 3, () =>
    call<ExportFileDto>(backend, 'customers.personalData', { id: most.id, format: 'xlsx' }),
  );
  figures.push(exported.figure);
  for (const customer of [most, one]) {
    const erased = await measure(`customers.erase, ${customer.orderCount} orders`, 1, () =>
      call<CustomerErasedDto>(backend, 'customers.erase', { id: customer.id, reason: '基准测试' }),
    );
    figures.push(erased.figure);
  }
  printTable(figures);
  console.log(`  personal data file: ${(exported.value.bytes / 1024).toFixed(0)} KB, ${exported.value.rows} rows`);
}
