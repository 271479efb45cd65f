// `npm run bench`: speed and memory figures, printed, never asserted. Each later feature adds its
// measurements here (import of the 1,000,000-order export, list queries, RFM, predictions).
//   npm run bench                         all, on the 1,000,000-order export (minutes)
//   npm run bench -- --orders 100000      a quicker run of all
//   npm run bench -- --profile            also profile a first import (node --cpu-prof)
//   npm run bench -- --skip-import        without the import benchmark
//   npm run bench -- --skip-customers     without the customer book benchmark
//   npm run bench -- --only quick|import|customers|tiers|followups|rfm|reports|privacy|predictions|crash   one part alone, e.g. --orders 1000000 --only customers
//   (crash, 20 killed imports, runs only when asked for: about 20 minutes at a million orders)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCustomerBookBench } from './customer-book-bench';
import { runImportBench } from './import-bench';
import { runTiersBench } from './tiers-bench';
import { runFollowUpsBench } from './followups-bench';
import { runRfmBench } from './rfm-bench';
import { runReportsBench } from './reports-bench';
import { runCrashBench } from './crash-bench';
import { runPrivacyBench } from './privacy-bench';
import { runPredictionsBench } from './predictions-bench';
import { createBackend, type Backend } from '../src-main/backend';
import type { WindowCaller } from '../src-main/api/caller';
import { measure, printTable, type Figure } from './measure';

const { values: flags } = parseArgs({
  options: {
    orders: { type: 'string', default: '1000000' },
    profile: { type: 'boolean', default: false },
    'skip-import': { type: 'boolean', default: false },
    'skip-customers': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const orders = Number(flags.orders.replace(/[_,]/g, ''));
if (!Number.isInteger(orders) || orders < 1) {
  console.error(`--orders must be a whole number of orders, e.g. --orders 100000 (got ${flags.orders})`);
  process.exit(2);
}
const PARTS = ['quick', 'import', 'customers', 'tiers', 'followups', 'rfm', 'reports', 'privacy', 'predictions', 'crash'] as const;
if (flags.only !== undefined && !(PARTS as readonly string[]).includes(flags.only)) {
  console.error(`--only must be one of ${PARTS.join(', ')} (got ${flags.only})`);
  process.exit(2);
}
const runs = (part: (typeof PARTS)[number]) =>
  flags.only !== undefined
    ? flags.only === part
    : part !== 'crash' && !(part === 'import' && flags['skip-import']) && !(part === 'customers' && flags['skip-customers']);

if (runs('quick')) await runQuickBench();
if (runs('import')) await runImportBench({ orders, profile: flags.profile });
if (runs('customers')) await runCustomerBookBench({ orders });
if (runs('tiers')) await runTiersBench({ orders });
if (runs('followups')) {
  await runFollowUpsBench({ orders, everyRule: false });
  await runFollowUpsBench({ orders, everyRule: true });
}
if (runs('rfm')) await runRfmBench({ orders });
if (runs('reports')) await runReportsBench({ orders });
if (runs('privacy')) await runPrivacyBench({ orders });
if (runs('predictions')) await runPredictionsBench({ orders });
if (runs('crash')) await runCrashBench({ orders });

/**
 * What logins cost: a sign-in (scrypt, on purpose slow), and a window's call, whose session is
 * looked up by its token hash every time, against the same call from the command line.
 */
async function measureSignedInCalls(backend: Backend): Promise<Figure[]> {
  const window: WindowCaller = { kind: 'window', token: null, remote: null, setToken: (token) => void (window.token = token) };
  await backend.dispatch('auth.createOwner', { name: '店主', password: 'bench-owner-1' }, window);
  const login = await measure('auth.login (scrypt N=2^15)', 10, () => backend.dispatch('auth.login', { name: '店主', password: 'bench-owner-1' }, window));
  const local = await measure('settings.get, command line (no session)', 2000, () => backend.dispatch('settings.get', {}));
  const signedIn = await measure('settings.get, signed-in window (session checked)', 2000, () => backend.dispatch('settings.get', {}, window));
  return [login.figure, local.figure, signedIn.figure];
}

/** Quick figures on an empty book: opening, migrating, the first page. */
async function runQuickBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'zhanggui-bench-'));
  const figures: Figure[] = [];
  try {
    const migrationsDir = join(import.meta.dirname, '..', 'migrations');
    const open = () =>
      createBackend({ dbPath: join(dir, 'bench.sqlite'), backupDir: join(dir, 'backups'), migrationsDir, appVersion: 'bench' });

    const first = await measure('open + migrate a new book', 1, open);
    figures.push(first.figure);
    first.value.close();

    const reopened = await measure('open an up-to-date book', 20, async () => {
      const backend = await open();
      backend.close();
    });
    figures.push(reopened.figure);

    const backend = await open();
    figures.push((await measure('customers.list, first page (empty book)', 200, () => backend.dispatch('customers.list', {}))).figure);
    figures.push(...(await measureSignedInCalls(backend)));
    backend.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(figures);
}
