// Issue 4, speed of the customer book, on a book built from the generated N-order export: list
// queries (filter + sort + one page), search as you type, opening a customer, likely duplicates,
// and exporting ≈300,000 customers to XLSX and CSV. Figures are printed, never asserted.
//   npm run bench -- --orders 1000000 --only customers    (this part alone)
//   npm run bench -- --orders 100000 --only customers     (quick; targets indicative only)
// The book is built once with the command line (`zhanggui import`) into bench/.cache/book-<N>/,
// given the staff-typed data a shop has after months (tags, birthdays, blacklist, do-not-disturb,
// assignees), and reused while the migrations are unchanged (book.json records them). Queries run
// in this process through `backend.dispatch`, the path the app uses; exports run the command line
// in a child process so its peak RSS is its own.
import { seededRandom } from '../tests/helpers/seeded-random';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createBackend, type Backend } from '../src-main/backend';
import { CUSTOMER_SORT_FIELDS } from '../src-main/contract/customers-query';
import { codeVersion, ensureExport, parsePeak, readExport, spawnTimed } from './import-bench';
import { pollProcStatus } from './proc-status';
import { measure } from './measure';

export interface CustomerBookBenchOptions {
  orders: number;
}

const root = join(import.meta.dirname, '..');
const cacheDir = join(root, 'bench', '.cache');
const builtCli = join(root, 'dist', 'main', 'cli.cjs');
const peakWrapper = join(root, 'bench', 'peak-rss.cjs');
const migrationsDir = join(root, 'migrations');
const generator = join(root, '..', 'shared', 'tools', 'gen_orders.py');

const TARGET_ORDERS = 1_000_000;
const TARGET_EXPORT_ROWS = 300_000;
const TARGET_LIST_MS = 50;
const TARGET_SEARCH_MS = 100;
const TARGET_OPEN_MS = 50;
const TARGET_EXPORT_S = 30;
/** "Flat memory": RSS after the middle of an export at most this much above RSS at the middle (the first half fills caches). */
const FLAT_RSS_GROWTH_MB = 32;
const LIST_RUNS = 40;
const SEARCH_RUNS = 30;
const OPEN_RUNS = 40;
/** customers.duplicates takes most of a second on the 1M book: fewer runs. */
const DUPLICATES_RUNS = 30;
/** Bump when the staff-typed data below changes: cached books are rebuilt. */
const SEED_VERSION = 1;

type Group = 'list' | 'search' | 'open';
type Method = 'customers.list' | 'customers.get' | 'customers.duplicates';

interface Case {
  group: Group;
  name: string;
  /** Called together with the same input, as the window does (the customer drawer asks for two at once). */
  methods: Method[];
  /** The input of run `i` (different pages or values where that makes sense). */
  input: (i: number) => Record<string, unknown>;
  runs: number;
}

interface CaseResult {
  case: Case;
  medianMs: number;
  p95Ms: number;
  /** What the runs found: list totals, orders of the opened customers, duplicates found. */
  found: string;
  /** EXPLAIN QUERY PLAN of the statements of the first input. */
  plans: StatementPlan[];
  /** Cores other processes kept busy during the case, on average; null without /proc. */
  otherCores: number | null;
}

interface StatementPlan {
  label: string;
  sql: string;
  lines: string[];
}

interface SeedSummary {
  customers: number;
  staff: number;
  tags: number;
  tagged: number;
  taggings: number;
  birthdays: number;
  blacklisted: number;
  doNotDisturb: number;
  assigned: number;
  notes: number;
}

interface BookStamp {
  orders: number;
  schemaTag: string;
  migrationsHash: string;
  seedVersion: number;
  builtAt: string;
  code: string;
  importSeconds: number;
  import: unknown;
  seeded: SeedSummary;
}

export interface Book {
  path: string;
  stamp: BookStamp;
}

export async function runCustomerBookBench(options: CustomerBookBenchOptions): Promise<void> {
  const n = options.orders;
  const reproduce = `npm run bench -- --orders ${n} --only customers`;
  console.log(`\n== Customer book benchmark: book from the ${n.toLocaleString('en')}-order export (issue 4) ==`);
  if (!existsSync(builtCli)) {
    console.log('Customer book bench skipped: dist/main/cli.cjs is missing; run `npm run build:main` (npm run bench does it).');
    return;
  }
  console.log(
    `Machine: Node ${process.version}, ${process.platform}-${process.arch}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ` +
      `${Math.round(totalmem() / 1024 ** 3)} GB RAM; code: ${codeVersion()}; command: ${reproduce}`,
  );
  const book = await ensureBook(n);
  if (!book) return;
  const s = book.stamp.seeded;
  console.log(
    `Book: ${relative(root, book.path)} — ${mb(statSync(book.path).size)} MB, schema ${book.stamp.schemaTag}, built ${book.stamp.builtAt} (${book.stamp.code}); ` +
      `${s.customers.toLocaleString('en')} customers; staff-typed: ${pct(s.tagged, s.customers)} tagged (${s.taggings.toLocaleString('en')} taggings, ${s.tags} tags), ` +
      `${pct(s.birthdays, s.customers)} birthdays, ${pct(s.blacklisted, s.customers)} blacklisted, ${pct(s.doNotDisturb, s.customers)} do-not-disturb, ` +
      `${pct(s.assigned, s.customers)} assigned to ${s.staff} staff, ${pct(s.notes, s.customers)} notes`,
  );

  const work = mkdtempSync(join(tmpdir(), 'zhanggui-book-bench-'));
  const cleanUp = () => rmSync(work, { recursive: true, force: true });
  const onSignal = () => {
    cleanUp();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const ro = new Database(book.path, { readonly: true, fileMustExist: true });
    let results: CaseResult[];
    let exportPlans: { main: ExportPlan; small: ExportPlan };
    try {
      const values = pickValues(ro);
      const main = planExport(ro, TARGET_EXPORT_ROWS);
      exportPlans = { main, small: planExport(ro, Math.max(1, Math.round(main.expected / 10))) };
      const backend = await createBackend({
        dbPath: book.path,
        backupDir: join(work, 'backups'),
        stagingRoot: join(work, 'staging'),
        migrationsDir,
        appVersion: 'bench',
        // The app remembers a list's count until the book changes (scrolling asks again with every
        // page); here every call counts afresh, as the first page of a new filter does.
        listTuning: { rememberedCounts: 0 },
      });
      try {
        if (backend.migration.backupPath) console.log(`WARNING: opening the cached book migrated it (backup ${backend.migration.backupPath})`);
        results = await measureCases(backend, ro, buildCases(values));
      } finally {
        backend.close();
      }
    } finally {
      ro.close();
    }
    printPlans(results);
    const exports = await measureExports(book.path, exportPlans, work);
    printExports(exports);
    printFinal(results, exports, n, reproduce);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    cleanUp();
  }
}

// ---------------------------------------------------------------------------------------------
// The book: imported once with the command line, then given staff-typed data; cached.

function currentSchema(): { schemaTag: string; migrationsHash: string } {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const hash = createHash('sha256');
  const files = readdirSync(migrationsDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) {
    hash.update(relative(migrationsDir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return { schemaTag: journal.entries.at(-1)?.tag ?? '(none)', migrationsHash: hash.digest('hex').slice(0, 16) };
}

/** The cached book built from the generated n-order export (with staff-typed data), or null when it cannot be built here. */
export async function ensureBook(n: number): Promise<Book | null> {
  const dir = join(cacheDir, `book-${n}`);
  const path = join(dir, 'book.sqlite');
  const stampPath = join(dir, 'book.json');
  const schema = currentSchema();
  let stamp: BookStamp | null = null;
  try {
    stamp = JSON.parse(readFileSync(stampPath, 'utf8')) as BookStamp;
  } catch {
    // no book yet
  }
  if (stamp && existsSync(path)) {
    const stale = [
      stamp.orders !== n ? `built from ${stamp.orders} orders` : null,
      stamp.schemaTag !== schema.schemaTag || stamp.migrationsHash !== schema.migrationsHash
        ? `schema ${stamp.schemaTag} (${stamp.migrationsHash}), now ${schema.schemaTag} (${schema.migrationsHash})`
        : null,
      stamp.seedVersion !== SEED_VERSION ? `staff data v${stamp.seedVersion}, now v${SEED_VERSION}` : null,
    ].filter((x): x is string => x !== null);
    if (stale.length === 0) {
      console.log(`Using the cached book in ${relative(root, dir)}/ (delete it to rebuild)`);
      return { path, stamp };
    }
    console.log(`The cached book in ${relative(root, dir)}/ is out of date (${stale.join('; ')}): rebuilding it.`);
  }

  if (!readExport(join(cacheDir, `gen-${n}`))) {
    if (!existsSync(generator)) {
      console.log(`Customer book bench skipped: no cached export and the generator ${relative(root, generator)} is missing (../shared is not checked out).`);
      return null;
    }
    if (spawnSync('python3', ['--version']).status !== 0) {
      console.log('Customer book bench skipped: no cached export and python3 is not installed (the export generator needs it).');
      return null;
    }
  }
  const data = ensureExport(n);
  const staging = join(cacheDir, `book-${n}.partial-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const stagingBook = join(staging, 'book.sqlite');
    console.log(`Building the book (once, then cached): node dist/main/cli.cjs import ${relative(root, data.ordersFile)} ${relative(root, data.itemsFile)} --db ${relative(root, stagingBook)}`);
    const run = await spawnTimed(process.execPath, [builtCli, 'import', data.ordersFile, data.itemsFile, '--db', stagingBook, '--json']);
    if (run.code !== 0) throw new Error(`zhanggui import failed (exit ${run.code}):\n${run.stderr.slice(-2000)}`);
    const summary = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as unknown;
    console.log(`Imported in ${run.seconds.toFixed(1)} s: ${JSON.stringify(summary)}`);
    const start = performance.now();
    const seeded = seedStaffData(stagingBook);
    console.log(`Added staff-typed data in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    rmSync(join(staging, 'import-staging'), { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
    const made: BookStamp = {
      orders: n,
      ...schema,
      seedVersion: SEED_VERSION,
      builtAt: new Date().toISOString(),
      code: codeVersion(),
      importSeconds: run.seconds,
      import: summary,
      seeded,
    };
    // Written last: a book without it is incomplete and is rebuilt.
    writeFileSync(stampPath, `${JSON.stringify(made, null, 2)}\n`);
    return { path, stamp: made };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}


function weighted<T>(random: () => number, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}

/**
 * What staff type over months, on a fresh import: 8 tags on ~20% of customers (1–3 each, some
 * tags far more used than others), birthdays on ~30% (15% of them lunar), blacklist on ~1%,
 * do-not-disturb on ~3%, an assignee on ~50% (6 staff, one since deactivated), notes on ~5%.
 */
function seedStaffData(bookPath: string): SeedSummary {
  const db = new Database(bookPath);
  try {
    db.pragma('foreign_keys = ON');
    const random = seededRandom(20240401);
    const created = '2024-01-02T02:00:00.000Z';
    const edited = '2024-03-15T06:00:00.000Z';
    const staffRows = [
      ['小美', true, 12],
      ['阿杰', true, 11],
      ['小雨', true, 10],
      ['丽丽', true, 8],
      ['老王', true, 6],
      ['小陈', false, 3],
    ] as const;
    const tagRows = [
      ['回头客', 'green', 30],
      ['爱砍价', 'orange', 18],
      ['VIP', 'gold', 12],
      ['宝妈', 'magenta', 12],
      ['批发', 'blue', 8],
      ['学生', 'cyan', 8],
      ['送礼', 'purple', 7],
      ['差评风险', 'red', 5],
    ] as const;
    const reasons = ['恶意退款', '职业差评', '多次拒收', '辱骂客服'];
    const notes = ['老客户，发顺丰', '喜欢红色款', '要发票', '只在周末收货', '地址常换，发货前确认', '送过小样'];
    return db.transaction((): SeedSummary => {
      const insertStaff = db.prepare('INSERT INTO staff (name, active, created_at) VALUES (?, ?, ?)');
      const staff = staffRows.map(([name, active, share]) => [Number(insertStaff.run(name, active ? 1 : 0, created).lastInsertRowid), share] as const);
      const insertTag = db.prepare('INSERT INTO tags (name, color, created_at) VALUES (?, ?, ?)');
      const tags = tagRows.map(([name, color, weight]) => [Number(insertTag.run(name, color, created).lastInsertRowid), weight] as const);
      const ids = db.prepare('SELECT id FROM customers WHERE merged_into_id IS NULL ORDER BY id').pluck().all() as number[];
      const update = db.prepare(
        `UPDATE customers SET birthday_calendar = ?, birthday_year = ?, birthday_month = ?, birthday_day = ?, blacklisted = ?,
           blacklist_reason = ?, do_not_disturb = ?, assigned_staff_id = ?, notes = ?, updated_at = ? WHERE id = ?`,
      );
      const tag = db.prepare('INSERT INTO customer_tags (customer_id, tag_id, created_at) VALUES (?, ?, ?)');
      const summary: SeedSummary = { customers: ids.length, staff: staff.length, tags: tags.length, tagged: 0, taggings: 0, birthdays: 0, blacklisted: 0, doNotDisturb: 0, assigned: 0, notes: 0 };
      const staffShare = staff.reduce((sum, [, share]) => sum + share, 0) / 100;
      for (const id of ids) {
        // One seeded sequence over the customers in id order: the same data on every build.
        const [rTag, rTagCount, rBirthday, rLunar, rMonth, rDay, rYear, rBlack, rReason, rDnd, rStaff, rNote] = Array.from({ length: 12 }, random);
        const tagIds = new Set<number>();
        if (rTag! < 0.2) {
          const count = rTagCount! < 0.6 ? 1 : rTagCount! < 0.9 ? 2 : 3;
          while (tagIds.size < count) tagIds.add(weighted(random, tags));
        }
        const birthday = rBirthday! < 0.3;
        const blacklisted = rBlack! < 0.01;
        const doNotDisturb = rDnd! < 0.03;
        const assignee = rStaff! < staffShare ? weighted(random, staff) : null;
        const note = rNote! < 0.05 ? notes[Math.floor(rNote! * 20 * notes.length) % notes.length]! : null;
        for (const tagId of tagIds) tag.run(id, tagId, edited);
        if (tagIds.size > 0) summary.tagged += 1;
        summary.taggings += tagIds.size;
        if (!birthday && !blacklisted && !doNotDisturb && assignee === null && note === null) continue;
        update.run(
          birthday ? (rLunar! < 0.15 ? 'lunar' : 'solar') : null,
          birthday && rYear! < 0.4 ? 1970 + Math.floor(rYear! * 90) : null,
          birthday ? 1 + Math.floor(rMonth! * 12) : null,
          birthday ? 1 + Math.floor(rDay! * 28) : null,
          blacklisted ? 1 : 0,
          blacklisted ? reasons[Math.floor(rReason! * reasons.length)]! : null,
          doNotDisturb ? 1 : 0,
          assignee,
          note,
          edited,
          id,
        );
        if (birthday) summary.birthdays += 1;
        if (blacklisted) summary.blacklisted += 1;
        if (doNotDisturb) summary.doNotDisturb += 1;
        if (assignee !== null) summary.assigned += 1;
        if (note !== null) summary.notes += 1;
      }
      return summary;
    }).immediate();
  } finally {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The cases.

interface Values {
  total: number;
  provinces: string[];
  cities: string[];
  tagIds: number[];
  staffIds: number[];
  lastDay: string;
  /** Real customers picked at random (seeded). */
  randomIds: number[];
  /** The customers with the most orders. */
  topIds: { id: number; orders: number }[];
  latinNick: string;
  chineseNick: string;
  phones: string[];
  receiverNames: string[];
  orderNos: string[];
}

function pickValues(db: Database.Database): Values {
  const random = seededRandom(4);
  const col = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).pluck().all(...params) as T[];
  const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).pluck().get(...params) as T;
  const maxId = one<number>('SELECT max(id) FROM customers');
  const customer = db.prepare("SELECT id, phone, receiver_name AS receiverName FROM customers WHERE id = ? AND merged_into_id IS NULL AND phone_masked = 0 AND phone GLOB '1[3-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'");
  const picked: { id: number; phone: string; receiverName: string | null }[] = [];
  for (let tries = 0; picked.length < 60 && tries < 10_000; tries += 1) {
    const row = customer.get(1 + Math.floor(random() * maxId)) as (typeof picked)[number] | undefined;
    if (row) picked.push(row);
  }
  const maxOrder = one<number>('SELECT max(id) FROM orders');
  const orderNo = db.prepare("SELECT order_no FROM orders WHERE id = ? AND length(order_no) >= 12 AND order_no GLOB '[0-9]*'").pluck();
  const orderNos: string[] = [];
  for (let tries = 0; orderNos.length < 40 && tries < 10_000; tries += 1) {
    const no = orderNo.get(1 + Math.floor(random() * maxOrder)) as string | undefined;
    if (no) orderNos.push(no);
  }
  const nick = (where: string) =>
    one<string | undefined>(`SELECT buyer_nick FROM customers WHERE merged_into_id IS NULL AND buyer_nick IS NOT NULL AND ${where} ORDER BY order_count DESC, id LIMIT 1`) ?? 'tb123456';
  return {
    total: one<number>('SELECT count(*) FROM customers WHERE merged_into_id IS NULL'),
    provinces: col<string>('SELECT province FROM customers WHERE province IS NOT NULL GROUP BY province ORDER BY count(*) DESC LIMIT 10'),
    cities: col<string>('SELECT city FROM customers WHERE city IS NOT NULL GROUP BY city ORDER BY count(*) DESC LIMIT 10'),
    tagIds: col<number>('SELECT id FROM tags ORDER BY id'),
    staffIds: col<number>('SELECT id FROM staff ORDER BY id'),
    lastDay: one<string>('SELECT substr(max(last_order_at), 1, 10) FROM customers'),
    randomIds: picked.slice(0, OPEN_RUNS).map((c) => c.id),
    topIds: db.prepare('SELECT id, order_count AS orders FROM customers WHERE merged_into_id IS NULL ORDER BY order_count DESC, id LIMIT 10').all() as { id: number; orders: number }[],
    latinNick: nick('unicode(buyer_nick) < 128'),
    chineseNick: nick('unicode(buyer_nick) >= 19968'),
    phones: picked.map((c) => c.phone),
    receiverNames: picked.map((c) => c.receiverName).filter((name): name is string => name !== null && [...name].length >= 2),
    orderNos,
  };
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function buildCases(v: Values): Case[] {
  const cases: Case[] = [];
  const at = <T>(list: T[], i: number): T => list[i % list.length]!;
  const page = (i: number) => 1 + (i % 5);
  const list = (name: string, input: (i: number) => Record<string, unknown>) =>
    cases.push({ group: 'list', name, methods: ['customers.list'], runs: LIST_RUNS, input: (i) => ({ page: page(i), ...input(i) }) });

  list('no filter (default sort lastOrderAt desc), pages 1–5', () => ({}));
  for (const field of CUSTOMER_SORT_FIELDS) {
    for (const order of ['desc', 'asc'] as const) {
      if (field === 'lastOrderAt' && order === 'desc') continue;
      list(`sort ${field} ${order}, pages 1–5`, () => ({ sortField: field, sortOrder: order }));
    }
  }
  const deep = Math.max(1, Math.min(3000, Math.floor(v.total / 50) - 10));
  list(`deep page ${deep}–${deep + 9} of 50`, (i) => ({ page: deep + (i % 10) }));
  list(`province (top ${v.provinces.length}, one each)`, (i) => ({ provinces: [at(v.provinces, i)] }));
  list(`city (top ${v.cities.length}) + orderCountMin 2`, (i) => ({ cities: [at(v.cities, i)], orderCountMin: 2 }));
  list(`tagIds (each of ${v.tagIds.length} tags)`, (i) => ({ tagIds: [at(v.tagIds, i)] }));
  list('tagIds (two tags)', (i) => ({ tagIds: [at(v.tagIds, i), at(v.tagIds, i + 3)] }));
  list('birthdayMonth (1–12)', (i) => ({ birthdayMonth: 1 + (i % 12) }));
  list('blacklisted', () => ({ blacklisted: true }));
  list('doNotDisturb', () => ({ doNotDisturb: true }));
  list(`assignedStaffId (each of ${v.staffIds.length} staff)`, (i) => ({ assignedStaffId: at(v.staffIds, i) }));
  list('assignedStaffId 0 (nobody)', () => ({ assignedStaffId: 0 }));
  list('lastOrderFrom/To (2-week windows)', (i) => {
    const to = addDays(v.lastDay, -7 * (i % 10));
    return { lastOrderFrom: addDays(to, -13), lastOrderTo: to };
  });
  const spent = [
    [0, 5_000],
    [5_000, 20_000],
    [20_000, 100_000],
    [100_000, 500_000],
    [500_000, undefined],
  ] as const;
  list('netSpentMin/Max (¥0–50 … ¥5000+)', (i) => {
    const [min, max] = at([...spent], i);
    return { netSpentMinFen: min, ...(max !== undefined ? { netSpentMaxFen: max } : {}) };
  });
  list('combo: province + orderCountMin 3 + netSpentMin ¥500, by netSpent desc', (i) => ({
    provinces: [at(v.provinces, i)],
    orderCountMin: 3,
    netSpentMinFen: 50_000,
    sortField: 'netSpentFen',
    sortOrder: 'desc',
  }));
  list('combo: birthdayMonth + not blacklisted + not do-not-disturb', (i) => ({ birthdayMonth: 1 + (i % 12), blacklisted: false, doNotDisturb: false }));
  list('combo: assignee + tag + lastOrderFrom (30 days), by orderCount desc', (i) => ({
    assignedStaffId: at(v.staffIds, i),
    tagIds: [at(v.tagIds, i)],
    lastOrderFrom: addDays(v.lastDay, -29),
    sortField: 'orderCount',
    sortOrder: 'desc',
  }));

  const search = (name: string, text: (i: number) => string) =>
    cases.push({ group: 'search', name, methods: ['customers.list'], runs: SEARCH_RUNS, input: (i) => ({ search: text(i) }) });
  for (const nick of [v.latinNick, v.chineseNick]) {
    const chars = [...nick];
    for (let k = 1; k <= chars.length; k += 1) {
      const prefix = chars.slice(0, k).join('');
      search(`nick "${prefix}" (${k}/${chars.length})`, () => prefix);
    }
  }
  search('phone tail, 4 digits (different phones)', (i) => at(v.phones, i).slice(-4));
  search('whole phone, 11 digits (different phones)', (i) => at(v.phones, i));
  search(`order number, ${v.orderNos[0]?.length ?? 19} digits (different orders)`, (i) => at(v.orderNos, i));
  search('receiver name, 1 character (different surnames)', (i) => [...at(v.receiverNames, i)][0]!);
  search('receiver name, 2 characters (different names)', (i) => [...at(v.receiverNames, i)].slice(0, 2).join(''));

  // The customer drawer (src-renderer/components/customers/CustomerDetail.tsx) asks for the
  // customer and their likely duplicates at once when it opens.
  const random = (i: number) => ({ id: at(v.randomIds, i) });
  const top = (i: number) => ({ id: at(v.topIds, i).id });
  const topLabel = `the ${v.topIds.length} with the most orders (${v.topIds.at(-1)?.orders}–${v.topIds[0]?.orders})`;
  cases.push({ group: 'open', name: 'customers.get, random customers', methods: ['customers.get'], runs: OPEN_RUNS, input: random });
  cases.push({ group: 'open', name: `customers.get, ${topLabel}`, methods: ['customers.get'], runs: OPEN_RUNS, input: top });
  cases.push({ group: 'open', name: 'customers.duplicates, random customers', methods: ['customers.duplicates'], runs: DUPLICATES_RUNS, input: random });
  cases.push({ group: 'open', name: 'drawer: get + duplicates together, random customers', methods: ['customers.get', 'customers.duplicates'], runs: DUPLICATES_RUNS, input: random });
  cases.push({ group: 'open', name: `drawer: get + duplicates together, ${topLabel}`, methods: ['customers.get', 'customers.duplicates'], runs: DUPLICATES_RUNS, input: top });
  return cases;
}

// ---------------------------------------------------------------------------------------------
// Measuring through dispatch.

async function call(backend: Backend, method: Method, input: Record<string, unknown>): Promise<unknown> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} ${JSON.stringify(input)} failed: ${result.error.code} ${result.error.message}`);
  return result.data;
}

function foundOf(method: Method, data: unknown): number {
  if (method === 'customers.list') return (data as { total: number }).total;
  if (method === 'customers.get') return (data as { ordersTotal: number }).ordersTotal;
  return (data as unknown[]).length;
}

async function measureCases(backend: Backend, ro: Database.Database, cases: Case[]): Promise<CaseResult[]> {
  // Warm up: the pages of the customers table and its indexes into the OS cache, the code paths into the JIT.
  ro.prepare('SELECT count(*), sum(length(buyer_nick)), sum(order_count) FROM customers').get();
  for (let i = 0; i < 5; i += 1) await call(backend, 'customers.list', { page: 1 + i });
  const results: CaseResult[] = [];
  let group: Group | null = null;
  for (const c of cases) {
    // The calls finish synchronously: give the event loop a turn, so Ctrl-C is handled between cases.
    await new Promise((resolveTurn) => setImmediate(resolveTurn));
    if (c.group !== group) {
      group = c.group;
      console.log(`Measuring ${group} cases…`);
    }
    const run = (input: Record<string, unknown>) => Promise.all(c.methods.map((method) => call(backend, method, input)));
    for (let i = 0; i < 2; i += 1) await run(c.input(i));
    const found: number[] = [];
    let i = 0;
    const load = loadMeter();
    const { figure } = await measure(c.name, c.runs, async () => {
      const [data] = await run(c.input(i));
      i += 1;
      found.push(foundOf(c.methods[0]!, data));
    });
    const otherCores = load();
    const min = Math.min(...found);
    const max = Math.max(...found);
    const what = c.methods[0] === 'customers.get' ? 'orders ' : c.methods[0] === 'customers.duplicates' ? 'duplicates ' : '';
    const plans = await explain(ro, () => run(c.input(0)));
    results.push({
      case: c,
      medianMs: figure.medianMs,
      p95Ms: figure.p95Ms,
      found: what + (min === max ? min.toLocaleString('en') : `${min.toLocaleString('en')}–${max.toLocaleString('en')}`),
      plans,
      otherCores,
    });
  }
  return results;
}

/** Starts measuring; the returned function gives the cores other processes kept busy since, on average (null without /proc). */
function loadMeter(): () => number | null {
  const busyTicks = (): number | null => {
    try {
      const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
      // user nice system idle iowait irq softirq steal: busy is all but idle and iowait, in USER_HZ (100 per second).
      return cpu.slice(0, 8).reduce((sum, v, k) => (k === 3 || k === 4 ? sum : sum + v), 0);
    } catch {
      return null;
    }
  };
  const before = busyTicks();
  const self = process.cpuUsage();
  const start = performance.now();
  return () => {
    const after = busyTicks();
    if (before === null || after === null) return null;
    const own = process.cpuUsage(self);
    const seconds = (performance.now() - start) / 1000;
    // Ticks are 10 ms: too coarse to tell over a fraction of a second.
    if (seconds < 0.5) return null;
    return Math.max(0, ((after - before) / 100 - (own.user + own.system) / 1e6) / seconds);
  };
}

// ---------------------------------------------------------------------------------------------
// Which index each query uses: the statements a call runs, captured, then EXPLAIN QUERY PLAN.

interface StatementMethods {
  all(...params: unknown[]): unknown;
  get(...params: unknown[]): unknown;
  iterate(...params: unknown[]): unknown;
  readonly source: string;
}

/** Runs `task` with better-sqlite3's statements recording what they execute; EXPLAINs each distinct statement. */
async function explain(ro: Database.Database, task: () => Promise<unknown>): Promise<StatementPlan[]> {
  const proto = Object.getPrototypeOf(ro.prepare('SELECT 1')) as StatementMethods;
  const captured = new Map<string, unknown[]>();
  const originals = { all: proto.all, get: proto.get, iterate: proto.iterate };
  for (const name of ['all', 'get', 'iterate'] as const) {
    const original = originals[name];
    proto[name] = function (this: StatementMethods, ...params: unknown[]) {
      if (!captured.has(this.source)) captured.set(this.source, params);
      return original.apply(this, params);
    };
  }
  try {
    await task();
  } finally {
    Object.assign(proto, originals);
  }
  const plans: StatementPlan[] = [];
  for (const [sql, params] of captured) {
    const rows = ro.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { id: number; parent: number; detail: string }[];
    const depth = new Map<number, number>();
    const lines = rows.map((r) => {
      const d = r.parent === 0 ? 0 : (depth.get(r.parent) ?? 0) + 1;
      depth.set(r.id, d);
      return `${'  '.repeat(d)}${r.detail}`;
    });
    plans.push({ label: statementLabel(sql), sql, lines });
  }
  return plans;
}

function statementLabel(sql: string): string {
  if (/^\s*select\s+count\(/i.test(sql)) return 'count';
  const from = /\bfrom\s+["`]?(\w+)["`]?/i.exec(sql);
  return from ? `rows from ${from[1]}` : sql.slice(0, 30);
}

/** The indexes a plan uses, in a few words: "customers_last_order_idx", "FULL SCAN customers", "customers rowid". */
function planSummary(lines: string[]): string {
  const used = new Set<string>();
  for (const line of lines) {
    const detail = line.trim();
    const index = /USING (?:COVERING )?INDEX (\w+)/.exec(detail);
    if (index) used.add(index[1]!);
    else if (/USING INTEGER PRIMARY KEY/.test(detail)) used.add(`${/^(?:SEARCH|SCAN) (\w+)/.exec(detail)?.[1] ?? ''} rowid`);
    else if (/^SCAN \w+$/.test(detail)) used.add(`FULL ${detail}`);
    if (/USE TEMP B-TREE FOR ORDER BY/.test(detail)) used.add('TEMP B-TREE SORT');
  }
  return [...used].join(', ');
}

function printPlans(results: CaseResult[]): void {
  console.log('\nQuery plans (EXPLAIN QUERY PLAN of the statements each call ran, first input; indented = nested):');
  const seen = new Set<string>();
  for (const r of results) {
    // Search steps of one kind share their SQL: print each distinct set of statements once.
    const key = r.plans.map((p) => p.sql).join('\n');
    if (seen.has(key)) continue;
    seen.add(key);
    console.log(`• ${r.case.group}: ${r.case.name}`);
    for (const plan of r.plans) {
      const [first, ...rest] = plan.lines;
      console.log(`    ${plan.label.padEnd(30)} ${first ?? ''}`);
      for (const line of rest) console.log(`    ${''.padEnd(30)} ${line}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Export through the command line.

interface ExportPlan {
  filter: Record<string, unknown>;
  expected: number;
  note: string;
}

/** A filter giving ≈`rows` customers: buyers (≥ 1 counted order) since the day of the `rows`-th most recent one. */
function planExport(db: Database.Database, rows: number): ExportPlan {
  const buyers = db.prepare('SELECT count(*) FROM customers WHERE merged_into_id IS NULL AND order_count >= 1').pluck().get() as number;
  if (buyers <= rows) {
    return { filter: { orderCountMin: 1 }, expected: buyers, note: `all ${buyers.toLocaleString('en')} buyers (the book has fewer than ${rows.toLocaleString('en')})` };
  }
  const day = db
    .prepare('SELECT substr(last_order_at, 1, 10) FROM customers WHERE merged_into_id IS NULL AND order_count >= 1 ORDER BY last_order_at DESC LIMIT 1 OFFSET ?')
    .pluck()
    .get(rows - 1) as string;
  const expected = db
    .prepare("SELECT count(*) FROM customers WHERE merged_into_id IS NULL AND order_count >= 1 AND last_order_at >= ? || ' 00:00:00'")
    .pluck()
    .get(day) as number;
  return { filter: { orderCountMin: 1, lastOrderFrom: day }, expected, note: `buyers whose last order is on or after ${day} (of ${buyers.toLocaleString('en')} buyers)` };
}

interface ExportRun {
  label: string;
  format: 'xlsx' | 'csv';
  plan: ExportPlan;
  /** The issue's case (≈300,000 rows); the others are for comparison. */
  judged: boolean;
  seconds: number;
  rows: number;
  bytes: number;
  peakMb: number | null;
  /** VmRSS (polled every 50 ms) around the middle of the run, and the highest after it. */
  rssMidMb: number | null;
  rssSecondHalfMaxMb: number | null;
  /** VmRSS at 10%, 25%, 50%, 75% and 95% of the run. */
  timelineMb: (number | null)[];
}

async function measureExports(bookPath: string, plans: { main: ExportPlan; small: ExportPlan }, work: string): Promise<ExportRun[]> {
  const runs: ExportRun[] = [];
  const rows = (plan: ExportPlan) => `${plan.expected.toLocaleString('en')} customers`;
  const todo = [
    { label: `XLSX, ${rows(plans.main)}`, format: 'xlsx', plan: plans.main, judged: true },
    { label: `CSV, ${rows(plans.main)}`, format: 'csv', plan: plans.main, judged: true },
    { label: `XLSX, ${rows(plans.small)} (memory reference, 1/10)`, format: 'xlsx', plan: plans.small, judged: false },
  ] as const;
  for (const { label, format, plan, judged } of todo) {
    const out = join(work, `客户.${format}`);
    const filter = JSON.stringify(plan.filter);
    console.log(`Exporting ${label}: node dist/main/cli.cjs export customers --out ${out} --filter '${filter}' --db ${relative(root, bookPath)} --json`);
    const run = await spawnSampled(process.execPath, [peakWrapper, builtCli, 'export', 'customers', '--out', out, '--filter', filter, '--db', bookPath, '--json']);
    if (run.code !== 0) throw new Error(`zhanggui export failed (exit ${run.code}):\n${run.stderr.slice(-2000)}`);
    const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { rows: number; bytes: number };
    const rss = (from: number, to: number) => run.samples.filter((x) => x.t >= from * run.seconds && x.t <= to * run.seconds).map((x) => x.kb / 1024);
    const mid = rss(0.45, 0.55).sort((a, b) => a - b);
    const late = rss(0.5, 1);
    runs.push({
      label,
      format,
      plan,
      judged,
      seconds: run.seconds,
      rows: result.rows,
      bytes: result.bytes,
      peakMb: parsePeak(run.stderr),
      rssMidMb: mid.length ? mid[Math.floor(mid.length / 2)]! : null,
      rssSecondHalfMaxMb: late.length ? Math.max(...late) : null,
      timelineMb: [0.1, 0.25, 0.5, 0.75, 0.95].map((q) => {
        const near = run.samples.reduce<{ t: number; kb: number } | null>((best, x) => (!best || Math.abs(x.t - q * run.seconds) < Math.abs(best.t - q * run.seconds) ? x : best), null);
        return near ? near.kb / 1024 : null;
      }),
    });
    rmSync(out, { force: true });
  }
  // The command line's backend makes an upload folder next to the book it opens.
  rmSync(join(dirname(bookPath), 'import-staging'), { recursive: true, force: true });
  return runs;
}

function spawnSampled(command: string, args: string[]): Promise<{ seconds: number; code: number | null; stdout: string; stderr: string; samples: { t: number; kb: number }[] }> {
  return new Promise((resolveRun, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const samples: { t: number; kb: number }[] = [];
    const stopPolling = pollProcStatus(child.pid, 'VmRSS', 50, (kb) => samples.push({ t: (performance.now() - start) / 1000, kb }));
    child.on('error', (error) => {
      stopPolling();
      reject(error);
    });
    child.on('close', (code) => {
      stopPolling();
      resolveRun({ seconds: (performance.now() - start) / 1000, code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), samples });
    });
  });
}

function exportVerdict(run: ExportRun): string {
  const growth = run.rssMidMb !== null && run.rssSecondHalfMaxMb !== null ? run.rssSecondHalfMaxMb - run.rssMidMb : null;
  const timeOk = run.seconds < TARGET_EXPORT_S;
  const flatOk = growth !== null && growth <= FLAT_RSS_GROWTH_MB;
  return `${timeOk ? 'PASS' : 'FAIL'} time, ${growth === null ? 'RSS n/a' : `${flatOk ? 'PASS' : 'FAIL'} flat RSS (${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB)`}`;
}

function printExports(runs: ExportRun[]): void {
  console.log('\nExport through the command line (`zhanggui export customers`, a child process each):');
  for (const plan of new Set(runs.map((r) => r.plan))) {
    console.log(`  --filter '${JSON.stringify(plan.filter)}': ${plan.note}; customers.list counts ${plan.expected.toLocaleString('en')}`);
  }
  console.table(
    runs.map((r) => ({
      export: r.label,
      seconds: r.seconds.toFixed(2),
      'rows written': r.rows.toLocaleString('en'),
      'rows/s': Math.round(r.rows / r.seconds).toLocaleString('en'),
      'file MB': mb(r.bytes),
      'peak RSS MB': r.peakMb === null ? '' : r.peakMb.toFixed(0),
      'RSS at 10/25/50/75/95% MB': r.timelineMb.map((x) => (x === null ? '?' : x.toFixed(0))).join(' / '),
      'PASS/FAIL': r.judged ? exportVerdict(r) : '',
    })),
  );
  for (const r of runs) if (r.rows !== r.plan.expected) console.log(`WARNING: ${r.label} wrote ${r.rows} rows; customers.list counts ${r.plan.expected}`);
  console.log(
    `Peak RSS: VmHWM of the whole export process (bench/peak-rss.cjs). "Flat": VmRSS (polled every 50 ms) after the middle of the run at most ${FLAT_RSS_GROWTH_MB} MB ` +
      'above VmRSS at the middle — memory must not keep growing with the rows written. The first half includes startup and SQLite filling its page cache ' +
      '(cache_size 64 MiB); compare the peak with the 10× smaller reference export.',
  );
}

// ---------------------------------------------------------------------------------------------
// The final table.

function printFinal(results: CaseResult[], exports: ExportRun[], n: number, reproduce: string): void {
  const target = (group: Group) => (group === 'list' ? TARGET_LIST_MS : group === 'search' ? TARGET_SEARCH_MS : TARGET_OPEN_MS);
  const rows: Record<string, string | number>[] = results.map((r) => {
    const limit = target(r.case.group);
    return {
      group: r.case.group,
      case: r.case.name,
      runs: r.case.runs,
      'median ms': r.medianMs.toFixed(1),
      'p95 ms': r.p95Ms.toFixed(1),
      target: `p95 < ${limit} ms`,
      'PASS/FAIL': r.p95Ms < limit ? 'PASS' : 'FAIL',
      found: r.found,
      'other cores': r.otherCores === null ? '' : r.otherCores.toFixed(2),
      // A list call runs two statements; a customer's page seven (their plans are printed above).
      'indexes (page | count)': r.case.methods[0] === 'customers.list' ? r.plans.map((p) => planSummary(p.lines)).join(' | ') : '(plans above)',
    };
  });
  for (const e of exports.filter((x) => x.judged)) {
    rows.push({
      group: 'export',
      case: `zhanggui export customers, ${e.label}`,
      runs: 1,
      'median ms': (e.seconds * 1000).toFixed(0),
      'p95 ms': (e.seconds * 1000).toFixed(0),
      target: `< ${TARGET_EXPORT_S} s, flat RSS${e.format === 'csv' ? ' (XLSX’s)' : ''}`,
      'PASS/FAIL': exportVerdict(e),
      found: `${e.rows.toLocaleString('en')} rows, peak ${e.peakMb?.toFixed(0) ?? '?'} MB`,
      'other cores': '',
      'indexes (page | count)': '',
    });
  }
  console.log(`\nCustomer book, ${n.toLocaleString('en')}-order export — figures printed, never asserted (ms of \`backend.dispatch\` in this process, reads only):`);
  console.table(rows);

  const worst = (group: Group) => results.filter((r) => r.case.group === group).reduce<CaseResult | null>((w, r) => (!w || r.p95Ms > w.p95Ms ? r : w), null);
  const failing = (group: Group) => results.filter((r) => r.case.group === group && r.p95Ms >= target(group)).length;
  const xlsx = exports.find((e) => e.judged && e.format === 'xlsx');
  const summary = (['list', 'search', 'open'] as const).map((group) => {
    const w = worst(group);
    return {
      'issue 4 target': group === 'list' ? `any list query p95 < ${TARGET_LIST_MS} ms` : group === 'search' ? `search as you type < ${TARGET_SEARCH_MS} ms` : `opening a customer < ${TARGET_OPEN_MS} ms`,
      worst: w ? `${w.case.name}: p95 ${w.p95Ms.toFixed(1)} ms` : '',
      'PASS/FAIL': w ? (failing(group) === 0 ? 'PASS' : `FAIL (${failing(group)} of ${results.filter((r) => r.case.group === group).length} cases)`) : '',
    };
  });
  if (xlsx) {
    summary.push({
      'issue 4 target': `export ${TARGET_EXPORT_ROWS.toLocaleString('en')} customers to XLSX < ${TARGET_EXPORT_S} s, flat memory`,
      worst: `${xlsx.rows.toLocaleString('en')} rows in ${xlsx.seconds.toFixed(1)} s, peak ${xlsx.peakMb?.toFixed(0) ?? '?'} MB`,
      'PASS/FAIL': exportVerdict(xlsx),
    });
  }
  console.table(summary);
  if (n !== TARGET_ORDERS) console.log(`(The targets are set for the ${TARGET_ORDERS.toLocaleString('en')}-order export; at ${n.toLocaleString('en')} they are indicative only.)`);
  console.log(
    'p95: the 2nd highest of 30–40 runs. A list call includes its total count, counted afresh every call (the app remembers counts until the book changes, so this is the first page of a new filter). "other cores": cores other processes kept busy ' +
      'during the case, on average (/proc/stat; blank when the case took under 0.5 s) — well above 0 means noisy figures (2 cores here). "indexes": from EXPLAIN QUERY PLAN of each statement; ' +
      'FULL SCAN = reads the whole customers table, TEMP B-TREE SORT = sorts all matches, "rowid" = looks each match up in the table.',
  );
  console.log(`Reproduce: ${reproduce}`);
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}

function pct(part: number, whole: number): string {
  return `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
}
