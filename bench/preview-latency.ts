// The window's import path, timed: upload the two files through `uploads.begin/append` (base64
// pieces of 4 MiB, as the window sends them), start `imports.preview` (runs in the bundled import
// worker, dist/main/import-worker.cjs), and time the first `imports.progress` with rows > 0 and
// `imports.finished`. bench/import-bench.ts bundles it (with src-main) next to a snapshot of the app
// and runs it in its own process:
//   node --expose-gc preview-latency.cjs --root <app> --db <book> <orders.csv> <items.csv>
// It also runs unbundled: node --expose-gc --import tsx bench/preview-latency.ts --root . --db …
// Prints one line: __BENCH_PREVIEW__ {json}
import { closeSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createBackend, type Backend } from '../src-main/backend';
import { MAX_UPLOAD_CHUNK_BYTES, type ImportJobDto, type PushEvent, type UploadDto } from '../src-main/contract';

const { values, positionals } = parseArgs({ options: { db: { type: 'string' }, root: { type: 'string' } }, allowPositionals: true });
if (!values.db || !values.root || positionals.length === 0) {
  console.error('usage: node --expose-gc preview-latency.cjs --root <app folder> --db <book> <file>...');
  process.exit(2);
}

main(resolve(values.root), values.db, positionals).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

async function main(root: string, dbPath: string, files: string[]): Promise<void> {
  // Node's build of the addon, found from the app folder like the command line finds it.
  const nativeBinding = join(dirname(createRequire(join(root, 'package.json')).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
  const backend = await createBackend({
    dbPath,
    backupDir: join(dirname(dbPath), 'backups'),
    migrationsDir: join(root, 'migrations'),
    appVersion: 'bench',
    stagingRoot: join(dirname(dbPath), 'import-staging'),
    importWorker: { scriptPath: join(root, 'dist', 'main', 'import-worker.cjs'), nativeBinding },
  });
  try {
    await measurePreview(backend, files);
  } finally {
    backend.close();
  }
}

async function measurePreview(backend: Backend, files: string[]): Promise<void> {
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await backend.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.data as T;
  };

  const uploadStart = performance.now();
  const uploadIds: string[] = [];
  const chunk = Buffer.allocUnsafe(MAX_UPLOAD_CHUNK_BYTES);
  for (const path of files) {
    const size = statSync(path).size;
    const begun = await call<UploadDto>('uploads.begin', { fileName: basename(path), size });
    const fd = openSync(path, 'r');
    try {
      let offset = 0;
      while (offset < size) {
        const n = readSync(fd, chunk, 0, chunk.length, offset);
        await call<UploadDto>('uploads.append', { uploadId: begun.uploadId, offset, dataBase64: chunk.toString('base64', 0, n) });
        offset += n;
      }
    } finally {
      closeSync(fd);
    }
    uploadIds.push(begun.uploadId);
  }
  const uploadSeconds = (performance.now() - uploadStart) / 1000;
  // The upload's garbage (base64 strings, buffers) is not the preview's: collect it and restart the
  // kernel's high-water mark (Linux ≥ 4.0), so the preview's peak below is the preview's own.
  const uploadPeakKb = vmHwmKb();
  (globalThis as { gc?: () => void }).gc?.();
  const hwmReset = resetHwm();
  const rssBeforePreviewKb = statusKb('VmRSS');

  let firstCountsSeconds: number | null = null;
  let firstCountsRows = 0;
  let progressEvents = 0;
  const previewStart = performance.now();
  const finished = new Promise<ImportJobDto>((resolveFinished) => {
    backend.subscribe((event: PushEvent) => {
      if (event.event === 'imports.progress') {
        progressEvents += 1;
        const rows = (event.payload as ImportJobDto).progress?.rows ?? 0;
        if (firstCountsSeconds === null && rows > 0) {
          firstCountsSeconds = (performance.now() - previewStart) / 1000;
          firstCountsRows = rows;
        }
      } else if (event.event === 'imports.finished') {
        resolveFinished(event.payload as ImportJobDto);
      }
    });
  });
  const job = await call<ImportJobDto>('imports.preview', { uploadIds });
  const done = await finished;
  const finishedSeconds = (performance.now() - previewStart) / 1000;
  if (done.jobId !== job.jobId) throw new Error('imports.finished for another job');
  const summary = done.summary;
  const rows = summary
    ? summary.orders.inserted + summary.orders.updated + summary.orders.unchanged + summary.lines.inserted + summary.lines.updated + summary.lines.unchanged
    : 0;
  console.log(
    `__BENCH_PREVIEW__ ${JSON.stringify({
      phase: done.phase,
      error: done.error,
      uploadSeconds,
      firstCountsSeconds,
      firstCountsRows,
      finishedSeconds,
      progressEvents,
      rows,
      problemCount: summary?.problemCount ?? null,
      uploadPeakKb,
      hwmReset,
      rssBeforePreviewKb,
      previewPeakKb: vmHwmKb(),
    })}`,
  );
  // Forget the staged copies (a preview keeps them for a commit).
  for (const uploadId of uploadIds) await call('uploads.discard', { uploadId });
}

function vmHwmKb(): number {
  return statusKb('VmHWM') ?? process.resourceUsage().maxRSS;
}

function statusKb(field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // no /proc
  }
  return null;
}

function resetHwm(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}
