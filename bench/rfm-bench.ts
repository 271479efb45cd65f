// Issue 7, 客户分层 (RFM) on the customer-book bench's book: the 8 segments of every customer as
// of the book's last day, each way of cutting them, over all history (the customer rows) and
// over the last 12 months (the orders), and a past date (the orders again).
//   npm run bench -- --orders 750000 --only rfm     (≈300,000 customers, the target)
import type { Backend } from '../src-main/backend';
import type { RfmSegmentsDto } from '../src-main/contract';
import { call, withBookBackend } from './book-copy';
import { measure, printTable, type Figure } from './measure';

const TARGET_MS = 1000;
/** The generated exports run 2024-01-01…2024-03-31. */
const AS_OF = '2024-03-31';

export async function runRfmBench(options: { orders: number }): Promise<void> {
  console.log(`\n== 客户分层 (RFM): book from the ${options.orders.toLocaleString('en')}-order export (issue 7) ==`);
  // The clock on the book's last day: "today" is AS_OF.
  await withBookBackend(options.orders, 'rfm', runCases, () => new Date(`${AS_OF}T10:00:00+08:00`));
}

async function runCases(backend: Backend): Promise<void> {
  const figures: Figure[] = [];
  const cases: [string, object][] = [
    ['all history, 固定值 suggested from the data', {}],
    ['all history, 平均值', { mode: 'mean' }],
    ['all history, 中位数', { mode: 'median' }],
    ['all history, 五分位打分', { mode: 'quintile' }],
    ['all history, 固定值 being edited (live sizes)', { mode: 'fixed', cutoffs: { recentWithinDays: 30, frequentFrom: 3, valuableFromFen: 50_000 } }],
    ['last 12 months (from the orders)', { windowMonths: 12 }],
    ['as of 2024-02-29 (from the orders)', { asOf: '2024-02-29' }],
  ];
  let customers = 0;
  let worstLifetime = 0;
  let worstWindow = 0;
  for (const [label, input] of cases) {
    const run = await measure(`rfm.segments: ${label}`, 5, () => call<RfmSegmentsDto>(backend, 'rfm.segments', input));
    figures.push(run.figure);
    customers = Math.max(customers, run.value.customers);
    if (label.startsWith('all history')) worstLifetime = Math.max(worstLifetime, run.figure.p95Ms);
    else worstWindow = Math.max(worstWindow, run.figure.p95Ms);
  }
  printTable(figures);
  console.log(`  ${customers.toLocaleString('en')} customers segmented`);
  const verdict = (ms: number) => `${ms.toFixed(0)} ms — target < ${TARGET_MS} ms: ${ms < TARGET_MS ? 'PASS' : 'FAIL'}`;
  console.log(`Segments over all history, the default (worst p95 of 5 ways): ${verdict(worstLifetime)}`);
  console.log(`Segments over a window or as of a past day (read from the orders, worst p95): ${verdict(worstWindow)}`);
}
