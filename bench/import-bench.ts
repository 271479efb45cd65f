// Issue 3, speed: import a generated N-order export (GBK, 2022 layout, ~1.36 lines per order) into
// an empty book, re-import it, compare with the sqlite3 shell's `.import` of the same data, and time
// the window's preview. Every measured step runs in a fresh child process so its peak RSS is its
// own. Figures are printed, never asserted.
//   npm run bench -- --orders 1000000     (default; several minutes)
//   npm run bench -- --orders 100000      (quick)
//   npm run bench -- --orders 100000 --profile   (adds a CPU profile of the first import)
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { printProfileSummary, summariseProfile } from './cpuprofile-top';
import { pollProcStatus } from './proc-status';

export interface ImportBenchOptions {
  orders: number;
  profile: boolean;
}

const root = join(import.meta.dirname, '..');
const generator = join(root, '..', 'shared', 'tools', 'gen_orders.py');
const builtCli = join(root, 'dist', 'main', 'cli.cjs');
const peakWrapper = join(root, 'bench', 'peak-rss.cjs');
const previewSource = join(root, 'bench', 'preview-latency.ts');
const TARGET_ORDERS = 1_000_000;
const TARGET_RSS_MB = 400;
const TARGET_PREVIEW_FIRST_COUNTS_S = 5;

export interface Export {
  dir: string;
  ordersFile: string;
  itemsFile: string;
  orders: number;
  lines: number;
}

/**
 * A copy of the built app (dist/main, migrations, package.json, node_modules linked) and the bundled
 * preview script, taken once at the start: every step of a run measures the same code even while
 * the working tree changes under it (a rebuild, a new migration) during a long run.
 */
interface App {
  dir: string;
  cli: string;
  preview: string;
}

interface Row {
  step: string;
  /** CPU seconds of the step's process, all threads. */
  cpuSeconds: number | null;
  /** Cores other processes kept busy during the step, on average. */
  otherCores: number | null;
  seconds: number | null;
  rows: number | null;
  peakRssMb: number | null;
  /** Our time / the sqlite3 shell's. */
  ratio: number | null;
  target: string;
  result: string;
}

export interface ChildRun {
  /** CPU time the child used (all its threads). */
  cpuSeconds: number | null;
  /** Cores other processes kept busy meanwhile, on average: noise in the figures when well above 0. */
  otherCores: number | null;
  seconds: number;
  code: number | null;
  stdout: string;
  stderr: string;
  /** Highest VmHWM seen while polling /proc/<pid>/status every 100 ms (misses the last moments). */
  polledPeakKb: number | null;
}

export async function runImportBench(options: ImportBenchOptions): Promise<void> {
  const n = options.orders;
  const reproduce = `npm run bench -- --orders ${n}${options.profile ? ' --profile' : ''}`;
  console.log(`\n== Import benchmark: ${n.toLocaleString('en')} orders (issue 3) ==`);
  if (!existsSync(generator)) {
    console.log(`Import bench skipped: the generator ${relative(root, generator)} is missing (../shared is not checked out next to the project).`);
    return;
  }
  if (spawnSync('python3', ['--version']).status !== 0) {
    console.log('Import bench skipped: python3 is not installed (the export generator needs it).');
    return;
  }
  if (!existsSync(builtCli)) {
    console.log('Import bench skipped: dist/main/cli.cjs is missing; run `npm run build:main` (npm run bench does it).');
    return;
  }

  const data = ensureExport(n);
  const totalRows = data.orders + data.lines;
  const sqliteVersion = commandVersion('sqlite3', ['-version']);
  printMachine(sqliteVersion, reproduce);
  console.log(
    `Export: ${relative(root, data.dir)}/ — ${data.orders.toLocaleString('en')} orders (${mb(fileSize(data.ordersFile))} MB), ` +
      `${data.lines.toLocaleString('en')} lines (${mb(fileSize(data.itemsFile))} MB), GBK, 2022 layout`,
  );

  const work = mkdtempSync(join(tmpdir(), 'zhanggui-import-bench-'));
  const cleanUp = () => rmSync(work, { recursive: true, force: true });
  const onSignal = () => {
    cleanUp();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const rows: Row[] = [];
  try {
    const app = await snapshotApp(join(work, 'app'));
    // (a) + (b): the command line, exactly as users run it.
    const book = join(work, 'book', 'book.sqlite');
    mkdirSync(join(work, 'book'));
    const firstRun = await runCli(app, 'first import (empty book)', book, data);
    const againRun = await runCli(app, 're-import (same files)', book, data);
    const bookMb = dirSizeMb(join(work, 'book'));

    // (c) the sqlite3 shell's .import of the same data, converted to UTF-8 (conversion not counted).
    let sqlite: { orders: ChildRun; lines: ChildRun; orderRows: number; lineRows: number; dbMb: number; iconvSeconds: number } | null = null;
    if (!sqliteVersion) {
      console.log('sqlite3 baseline skipped: the sqlite3 command-line shell is not installed (apt-get install -y sqlite3); no ratios.');
    } else if (!commandVersion('iconv', ['--version'])) {
      console.log('sqlite3 baseline skipped: iconv is not installed (it converts the GBK files to UTF-8 first); no ratios.');
    } else {
      sqlite = await sqliteBaseline(data, join(work, 'sqlite3'));
      rmSync(join(work, 'sqlite3'), { recursive: true, force: true });
    }
    const sqliteSeconds = sqlite ? sqlite.orders.seconds + sqlite.lines.seconds : null;

    // (d) the window's path: upload through dispatch, preview in the import worker.
    const previewEmpty = await runPreview(app, join(work, 'preview'), null, data);
    const previewFull = await runPreview(app, join(work, 'preview-full'), book, data);

    // The table.
    const ratioOf = (seconds: number) => (sqliteSeconds ? seconds / sqliteSeconds : null);
    const importRow = (step: string, run: CliResult, maxRatio: number): Row => {
      const ratio = ratioOf(run.seconds);
      const verdicts = [ratio === null ? 'ratio n/a' : verdict(ratio <= maxRatio, `${ratio.toFixed(2)}×`), verdict(run.peakMb !== null && run.peakMb <= TARGET_RSS_MB, 'RSS')];
      return {
        step,
        cpuSeconds: run.cpuSeconds,
        otherCores: run.otherCores,
        seconds: run.seconds,
        rows: run.rows,
        peakRssMb: run.peakMb,
        ratio,
        target: `≤ ${maxRatio.toFixed(1)}× sqlite3, ≤ ${TARGET_RSS_MB} MB`,
        result: verdicts.join(', '),
      };
    };
    rows.push(importRow('ours: first import (zhanggui import, empty book)', firstRun, 2.0));
    rows.push(importRow('ours: re-import (same files, same book)', againRun, 1.0));
    if (sqlite) {
      rows.push(childRow('sqlite3 .import orders (TEXT PRIMARY KEY 订单编号)', sqlite.orders, sqlite.orderRows));
      rows.push(childRow('sqlite3 .import lines (TEXT PRIMARY KEY 子订单编号)', sqlite.lines, sqlite.lineRows));
      rows.push({
        step: 'sqlite3 .import total (the baseline)',
        cpuSeconds: sqlite.orders.cpuSeconds !== null && sqlite.lines.cpuSeconds !== null ? sqlite.orders.cpuSeconds + sqlite.lines.cpuSeconds : null,
        otherCores: null,
        seconds: sqliteSeconds,
        rows: sqlite.orderRows + sqlite.lineRows,
        peakRssMb: null,
        ratio: 1,
        target: '',
        result: '',
      });
    }
    for (const [label, preview] of [
      ['empty book', previewEmpty],
      ['book already holding the export', previewFull],
    ] as const) {
      const rss = preview.previewPeakMb ?? preview.peakMb;
      rows.push({
        step: `preview (${label}): upload via uploads.append`,
        cpuSeconds: null,
        otherCores: null,
        seconds: preview.uploadSeconds,
        rows: null,
        peakRssMb: preview.uploadPeakMb,
        ratio: null,
        target: '',
        result: '',
      });
      rows.push({
        step: `preview (${label}): first counts after imports.preview`,
        cpuSeconds: null,
        otherCores: null,
        seconds: preview.firstCountsSeconds,
        rows: null,
        peakRssMb: null,
        ratio: null,
        target: `≤ ${TARGET_PREVIEW_FIRST_COUNTS_S} s`,
        result: preview.firstCountsSeconds === null ? 'FAIL (no progress with rows > 0)' : verdict(preview.firstCountsSeconds <= TARGET_PREVIEW_FIRST_COUNTS_S, 'time'),
      });
      const fromChosen = preview.firstCountsSeconds === null ? null : preview.uploadSeconds + preview.firstCountsSeconds;
      rows.push({
        step: `preview (${label}): first counts from upload start`,
        cpuSeconds: null,
        otherCores: null,
        seconds: fromChosen,
        rows: null,
        peakRssMb: null,
        ratio: null,
        target: `≤ ${TARGET_PREVIEW_FIRST_COUNTS_S} s`,
        result: fromChosen === null ? 'FAIL' : verdict(fromChosen <= TARGET_PREVIEW_FIRST_COUNTS_S, 'time'),
      });
      rows.push({
        step: `preview (${label}): imports.finished (${preview.phase})`,
        cpuSeconds: preview.cpuSeconds,
        otherCores: preview.otherCores,
        seconds: preview.finishedSeconds,
        rows: preview.rows,
        peakRssMb: rss,
        ratio: ratioOf(preview.finishedSeconds),
        target: `≤ ${TARGET_RSS_MB} MB (backend + worker, from ${preview.rssBeforePreviewMb.toFixed(0)} MB)`,
        result: verdict(rss <= TARGET_RSS_MB, 'RSS'),
      });
    }

    printRows(rows, n);
    const checks = [
      countCheck('first import', firstRun, data),
      countCheck('re-import', againRun, data),
      previewEmpty.rows === totalRows ? null : `preview (empty book) counted ${previewEmpty.rows} rows, expected ${totalRows}`,
      sqlite && sqlite.orderRows + sqlite.lineRows !== totalRows ? `sqlite3 imported ${sqlite.orderRows + sqlite.lineRows} rows, expected ${totalRows}` : null,
    ].filter((c): c is string => c !== null);
    for (const check of checks) console.log(`WARNING: ${check}`);
    console.log(
      `first import: ${fmtCounts(firstRun)}; re-import: ${fmtCounts(againRun)}; problems: ${firstRun.problemCount}/${againRun.problemCount}; ` +
        `book after both: ${bookMb} MB on disk` +
        (sqlite ? `; sqlite3 baseline db: ${sqlite.dbMb} MB; GBK→UTF-8 conversion (not counted): ${sqlite.iconvSeconds.toFixed(1)} s` : ''),
    );
    console.log(`Reproduce: ${reproduce}`);

    if (options.profile) await profileFirstImport(app, data, work, n);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    cleanUp();
  }
}

// ---------------------------------------------------------------------------------------------
// A snapshot of the app, so a long run measures one version of the code.

async function snapshotApp(dir: string): Promise<App> {
  mkdirSync(join(dir, 'dist', 'main'), { recursive: true });
  for (const file of ['cli.cjs', 'cli.cjs.map', 'import-worker.cjs', 'import-worker.cjs.map', 'parse-worker.cjs', 'parse-worker.cjs.map']) {
    const from = join(root, 'dist', 'main', file);
    if (existsSync(from)) copyFileSync(from, join(dir, 'dist', 'main', file));
  }
  cpSync(join(root, 'migrations'), join(dir, 'migrations'), { recursive: true });
  copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const preview = join(dir, 'bench', 'preview-latency.cjs');
  await build({
    absWorkingDir: root,
    entryPoints: [previewSource],
    outfile: preview,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    external: ['electron', 'better-sqlite3'],
  });
  return { dir, cli: join(dir, 'dist', 'main', 'cli.cjs'), preview };
}

// ---------------------------------------------------------------------------------------------
// The generated export (cached in bench/.cache/gen-<N>/).

export function ensureExport(n: number): Export {
  const cache = join(root, 'bench', '.cache');
  const dir = join(cache, `gen-${n}`);
  const cached = readExport(dir);
  if (cached) {
    console.log(`Using the cached export in ${relative(root, dir)}/`);
    return cached;
  }
  mkdirSync(cache, { recursive: true });
  const staging = join(cache, `gen-${n}.partial-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  const args = [generator, '--orders', String(n), '--customers', String(Math.round(n * 0.4)), '--out', staging, '--schema', '2022', '--encoding', 'gbk', '--quiet', '--jobs', '2'];
  console.log(`Generating the export (once, then cached): python3 ${args.map((a) => relative(root, a) || a).join(' ')}`);
  const start = performance.now();
  const result = spawnSync('python3', args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`gen_orders.py failed (exit ${result.status})`);
  renameSync(staging, dir);
  console.log(`Generated in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  const made = readExport(dir);
  if (!made) throw new Error(`gen_orders.py wrote no usable export to ${dir}`);
  return made;
}

export function readExport(dir: string): Export | null {
  const manifestPath = join(dir, 'manifest-first.json');
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports: { orders_file: string; items_file: string; orders: number; item_rows: number }[];
  };
  const e = manifest.exports[0];
  if (!e) return null;
  const ordersFile = join(dir, e.orders_file);
  const itemsFile = join(dir, e.items_file);
  if (!existsSync(ordersFile) || !existsSync(itemsFile)) return null;
  return { dir, ordersFile, itemsFile, orders: e.orders, lines: e.item_rows };
}

// ---------------------------------------------------------------------------------------------
// Our import through the command line.

interface CliResult {
  cpuSeconds: number | null;
  otherCores: number | null;
  seconds: number;
  rows: number;
  peakMb: number | null;
  counts: { orders: Counts; lines: Counts; customers: { created: number; updated: number } };
  problemCount: number;
}
interface Counts {
  inserted: number;
  updated: number;
  unchanged: number;
}

async function runCli(app: App, label: string, book: string, data: Export): Promise<CliResult> {
  console.log(`Running ${label}…`);
  const run = await spawnTimed(process.execPath, [peakWrapper, app.cli, 'import', data.ordersFile, data.itemsFile, '--db', book, '--json']);
  return parseCliRun(label, run);
}

function parseCliRun(label: string, run: ChildRun): CliResult {
  if (run.code !== 0) throw new Error(`${label} failed (exit ${run.code}):\n${run.stderr.slice(-2000)}`);
  const json = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as {
    orders: Counts;
    lines: Counts;
    customers: { created: number; updated: number };
    problems: unknown[];
  };
  const peak = parsePeak(run.stderr);
  const sum = (c: Counts) => c.inserted + c.updated + c.unchanged;
  return {
    cpuSeconds: run.cpuSeconds,
    otherCores: run.otherCores,
    seconds: run.seconds,
    rows: sum(json.orders) + sum(json.lines),
    peakMb: peak ?? (run.polledPeakKb === null ? null : run.polledPeakKb / 1024),
    counts: { orders: json.orders, lines: json.lines, customers: json.customers },
    problemCount: json.problems.length,
  };
}

export function parsePeak(stderr: string): number | null {
  const match = /__BENCH_PEAK__ (\{.*\})/.exec(stderr);
  if (!match) return null;
  const peak = JSON.parse(match[1]!) as { vmHwmKb: number | null; maxRssKb: number };
  return (peak.vmHwmKb ?? peak.maxRssKb) / 1024;
}

function countCheck(label: string, run: CliResult, data: Export): string | null {
  const sum = (c: Counts) => c.inserted + c.updated + c.unchanged;
  if (sum(run.counts.orders) !== data.orders || sum(run.counts.lines) !== data.lines) {
    return `${label} counted ${sum(run.counts.orders)} orders / ${sum(run.counts.lines)} lines, the manifest says ${data.orders} / ${data.lines}`;
  }
  return null;
}

function fmtCounts(run: CliResult): string {
  const c = (x: Counts) => `+${x.inserted} ~${x.updated} =${x.unchanged}`;
  return `orders ${c(run.counts.orders)}, lines ${c(run.counts.lines)}, customers +${run.counts.customers.created} ~${run.counts.customers.updated}`;
}

// ---------------------------------------------------------------------------------------------
// The sqlite3 shell baseline.

async function sqliteBaseline(data: Export, dir: string) {
  mkdirSync(dir, { recursive: true });
  const ordersCsv = join(dir, 'orders.csv');
  const itemsCsv = join(dir, 'items.csv');
  console.log('Converting the export to UTF-8 for the sqlite3 shell (iconv, not counted)…');
  const iconvStart = performance.now();
  await iconv(data.ordersFile, ordersCsv);
  await iconv(data.itemsFile, itemsCsv);
  const iconvSeconds = (performance.now() - iconvStart) / 1000;

  const db = join(dir, 'baseline.sqlite');
  const table = (name: string, csv: string, key: string) => {
    const columns = headerColumns(csv);
    if (!columns.includes(key)) throw new Error(`${csv} has no column ${key}`);
    const defs = columns.map((c) => `${quoteIdent(c)} TEXT${c === key ? ' PRIMARY KEY' : ''}`);
    return [`CREATE TABLE ${name}(${defs.join(', ')});`, '.mode csv', `.import --skip 1 '${csv.replaceAll("'", "''")}' ${name}`, ''].join('\n');
  };
  console.log('Running the sqlite3 shell baseline (.import orders, then lines)…');
  const orders = await spawnTimed('sqlite3', ['-batch', db], table('orders', ordersCsv, '订单编号'));
  const lines = await spawnTimed('sqlite3', ['-batch', db], table('items', itemsCsv, '子订单编号'));
  for (const run of [orders, lines]) {
    if (run.code !== 0) throw new Error(`sqlite3 failed (exit ${run.code}):\n${run.stderr.slice(-2000)}`);
    if (run.stderr.trim()) console.log(`sqlite3 said: ${run.stderr.trim().split('\n').slice(0, 5).join(' | ')}`);
  }
  const counted = spawnSync('sqlite3', ['-batch', db, 'SELECT count(*) FROM orders; SELECT count(*) FROM items;'], { encoding: 'utf8' });
  const [orderRows, lineRows] = counted.stdout.trim().split('\n').map(Number);
  return { orders, lines, orderRows: orderRows ?? 0, lineRows: lineRows ?? 0, dbMb: Math.round(fileSize(db) / 1024 / 1024), iconvSeconds };
}

function iconv(from: string, to: string): Promise<void> {
  return new Promise((resolveDone, reject) => {
    const out = openSync(to, 'w');
    const child = spawn('iconv', ['-f', 'gb18030', '-t', 'utf-8', from], { stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      closeSync(out);
      if (code === 0) resolveDone();
      else reject(new Error(`iconv failed (exit ${code}): ${stderr}`));
    });
  });
}

/** The header names of a UTF-8 CSV file (quoted fields without embedded newlines). */
function headerColumns(csv: string): string[] {
  const buffer = Buffer.alloc(64 * 1024);
  const fd = openSync(csv, 'r');
  let n: number;
  try {
    n = readSync(fd, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(fd);
  }
  let text = buffer.toString('utf8', 0, n);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const line = text.slice(0, text.search(/\r?\n/));
  const names: string[] = [];
  const field = /\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(?:,|$)/y;
  while (field.lastIndex < line.length) {
    const match = field.exec(line);
    if (!match) break;
    names.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : (match[2] ?? ''));
  }
  if (line.endsWith(',')) names.push('');
  // Empty or repeated names (a trailing comma, a repeated column) still need a column.
  const seen = new Map<string, number>();
  return names.map((name, i) => {
    const base = name === '' ? `column${i + 1}` : name;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}_${count + 1}`;
  });
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

// ---------------------------------------------------------------------------------------------
// The window's preview.

interface PreviewResult {
  /** Of the whole preview process: upload and preview. */
  cpuSeconds: number | null;
  otherCores: number | null;
  phase: string;
  error: string | null;
  uploadSeconds: number;
  firstCountsSeconds: number | null;
  firstCountsRows: number;
  finishedSeconds: number;
  progressEvents: number;
  rows: number;
  /** Peak RSS of the whole process while uploading (the backend as the window's host runs it). */
  uploadPeakMb: number;
  /** RSS when the preview started, after the upload's garbage was collected. */
  rssBeforePreviewMb: number;
  /** Peak RSS from the start of the preview (backend + import worker thread); null if the kernel's mark could not be reset. */
  previewPeakMb: number | null;
  /** Peak RSS of the process over everything. */
  peakMb: number;
}

async function runPreview(app: App, dir: string, existingBook: string | null, data: Export): Promise<PreviewResult> {
  mkdirSync(dir, { recursive: true });
  const book = join(dir, 'book.sqlite');
  // A copy, so the preview runs on a book with the export in it without touching the other one.
  if (existingBook) {
    copyFileSync(existingBook, book);
    if (existsSync(`${existingBook}-wal`)) copyFileSync(`${existingBook}-wal`, `${book}-wal`);
  }
  console.log(`Running preview (${existingBook ? 'book already holding the export' : 'empty book'})…`);
  const run = await spawnTimed(process.execPath, ['--expose-gc', app.preview, '--root', app.dir, '--db', book, data.ordersFile, data.itemsFile]);
  if (run.code !== 0) throw new Error(`preview-latency failed (exit ${run.code}):\n${run.stderr.slice(-2000)}`);
  const match = /__BENCH_PREVIEW__ (\{.*\})/.exec(run.stdout);
  if (!match) throw new Error(`preview-latency printed no result:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
  const result = JSON.parse(match[1]!) as Omit<PreviewResult, 'cpuSeconds' | 'otherCores' | 'uploadPeakMb' | 'rssBeforePreviewMb' | 'previewPeakMb' | 'peakMb'> & {
    uploadPeakKb: number;
    hwmReset: boolean;
    rssBeforePreviewKb: number | null;
    previewPeakKb: number;
  };
  if (result.phase !== 'previewed') console.log(`WARNING: preview ended ${result.phase}: ${result.error}`);
  rmSync(dir, { recursive: true, force: true });
  return {
    ...result,
    cpuSeconds: run.cpuSeconds,
    otherCores: run.otherCores,
    uploadPeakMb: result.uploadPeakKb / 1024,
    rssBeforePreviewMb: (result.rssBeforePreviewKb ?? 0) / 1024,
    previewPeakMb: result.hwmReset ? result.previewPeakKb / 1024 : null,
    peakMb: Math.max(result.uploadPeakKb, result.previewPeakKb) / 1024,
  };
}

// ---------------------------------------------------------------------------------------------
// CPU profile of the first import (separate run: profiling slows it down).

async function profileFirstImport(app: App, data: Export, work: string, n: number): Promise<void> {
  const dir = join(work, 'profile');
  mkdirSync(dir, { recursive: true });
  console.log('\nProfiling a first import (node --cpu-prof; slower than the figures above)…');
  const run = await spawnTimed(process.execPath, [
    '--cpu-prof',
    '--cpu-prof-dir',
    dir,
    '--cpu-prof-name',
    'import.cpuprofile',
    app.cli,
    'import',
    data.ordersFile,
    data.itemsFile,
    '--db',
    join(dir, 'book.sqlite'),
    '--json',
  ]);
  if (run.code !== 0) throw new Error(`profiled import failed (exit ${run.code}):\n${run.stderr.slice(-2000)}`);
  const kept = join(root, 'bench', '.cache', 'profiles');
  mkdirSync(kept, { recursive: true });
  const profile = join(kept, `first-import-${n}.cpuprofile`);
  copyFileSync(join(dir, 'import.cpuprofile'), profile);
  // The snapshot (and its source map) goes with the run: keep the map beside the profile.
  copyFileSync(`${app.cli}.map`, `${profile}.cli.cjs.map`);
  console.log(`Profiled import took ${run.seconds.toFixed(1)} s; profile kept in ${relative(root, profile)} (open it in Chrome DevTools → Performance).`);
  printProfileSummary(summariseProfile(profile));
}

// ---------------------------------------------------------------------------------------------
// Helpers.

export function spawnTimed(command: string, args: string[], stdin?: string): Promise<ChildRun> {
  const before = cpuTicks();
  const selfBefore = process.cpuUsage();
  return new Promise((resolveRun, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let polledPeakKb: number | null = null;
    const stopPolling = pollProcStatus(child.pid, 'VmHWM', 100, (kb) => (polledPeakKb = Math.max(polledPeakKb ?? 0, kb)));
    child.on('error', (error) => {
      stopPolling();
      reject(error);
    });
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      stopPolling();
      const after = cpuTicks();
      const self = process.cpuUsage(selfBefore);
      let cpuSeconds: number | null = null;
      let otherCores: number | null = null;
      if (before && after) {
        cpuSeconds = (after.children - before.children) / TICKS_PER_SECOND;
        const machine = (after.machineBusy - before.machineBusy) / TICKS_PER_SECOND;
        otherCores = Math.max(0, (machine - cpuSeconds - (self.user + self.system) / 1e6) / seconds);
      }
      resolveRun({ cpuSeconds, otherCores, seconds, code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), polledPeakKb });
    });
    child.stdin.end(stdin ?? '');
  });
}

function childRow(step: string, run: ChildRun, rows: number): Row {
  return {
    step,
    cpuSeconds: run.cpuSeconds,
    otherCores: run.otherCores,
    seconds: run.seconds,
    rows,
    peakRssMb: run.polledPeakKb === null ? null : run.polledPeakKb / 1024,
    ratio: null,
    target: '',
    result: '',
  };
}

function verdict(ok: boolean, what: string): string {
  return `${ok ? 'PASS' : 'FAIL'} ${what}`;
}

function printRows(rows: Row[], n: number): void {
  const fixed = (value: number | null, digits: number) => (value === null ? '' : value.toFixed(digits));
  console.log(`\nImport of ${n.toLocaleString('en')} orders — figures printed, never asserted:`);
  console.table(
    rows.map((r) => ({
      step: r.step,
      seconds: fixed(r.seconds, 2),
      'rows/s': r.rows !== null && r.seconds ? Math.round(r.rows / r.seconds).toLocaleString('en') : '',
      'peak RSS MB': fixed(r.peakRssMb, 0),
      'ratio vs sqlite3': r.ratio === null ? '' : `${r.ratio.toFixed(2)}×`,
      target: r.target,
      'PASS/FAIL': r.result,
      'CPU s': fixed(r.cpuSeconds, 1),
      'other cores': fixed(r.otherCores, 2),
    })),
  );
  if (n !== TARGET_ORDERS) console.log(`(The targets are set for ${TARGET_ORDERS.toLocaleString('en')} orders; at ${n.toLocaleString('en')} they are indicative only.)`);
  console.log(
    '"CPU s": CPU time of the step\'s process, all threads (the preview: the whole process, upload included). ' +
      '"other cores": how many cores other processes kept busy meanwhile, on average — well above 0 means the figure is noisy (2 cores here). ' +
      'rows/s counts orders + lines. Peak RSS: VmHWM of the child process (exit hook for `zhanggui import`; polled every 100 ms for sqlite3). ' +
      'The preview runs backend + import worker thread in one process (bundled like the app): its upload row shows the peak while uploading, its finished row the ' +
      'peak from the start of the preview (high-water mark reset after the upload, RSS at that moment in the target column).',
  );
}

function printMachine(sqliteVersion: string | null, reproduce: string): void {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Machine: Node ${process.version}, ${process.platform}-${process.arch}, ${availableParallelism()} cores (${cpu}), ` +
      `${Math.round(totalmem() / 1024 ** 3)} GB RAM; sqlite3 shell ${sqliteVersion ?? 'not installed'}`,
  );
  console.log(`Code: ${codeVersion()}; command: ${reproduce}`);
}

// USER_HZ: the unit of /proc/stat and /proc/<pid>/stat on Linux (`getconf CLK_TCK`), 100 everywhere in practice.
const TICKS_PER_SECOND = 100;

/**
 * Busy CPU time of the whole machine (/proc/stat) and of this process's waited-for children
 * (cutime + cstime in /proc/self/stat, which includes a child's threads once it has been reaped),
 * in ticks; null without /proc.
 */
function cpuTicks(): { machineBusy: number; children: number } | null {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal …: busy is all but idle and iowait.
    const machineBusy = cpu.slice(0, 8).reduce((sum, v, i) => (i === 3 || i === 4 ? sum : sum + v), 0);
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
    // After "pid (comm) ", fields[0] is the state (field 3); cutime and cstime are fields 16 and 17.
    const children = (fields[13] ?? 0) + (fields[14] ?? 0);
    return { machineBusy, children };
  } catch {
    return null;
  }
}

/** The commit measured and whether the import's code had uncommitted changes. */
export function codeVersion(): string {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
  if (head.status !== 0) return 'not a git checkout';
  const changed = spawnSync('git', ['status', '--porcelain', '--', 'src-main', 'migrations'], { cwd: root, encoding: 'utf8' });
  const count = changed.stdout.split('\n').filter(Boolean).length;
  return `${head.stdout.trim()}${count > 0 ? ` + ${count} uncommitted changes in src-main/migrations` : ''}`;
}

function commandVersion(command: string, args: string[]): string | null {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  return (result.stdout || result.stderr).trim().split('\n')[0]?.split(' ').slice(0, 2).join(' ') ?? '';
}

function fileSize(path: string): number {
  return statSync(path).size;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}

function dirSizeMb(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return Math.round(bytes / 1024 / 1024);
}
