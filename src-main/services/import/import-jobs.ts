import { randomUUID } from 'node:crypto';
import type { ColumnMapping, ImportJobDto, ImportJobPhase, ImportProgressDto } from '../../contract';
import { maskPersonalData } from '../../core/mask-personal-data';
import type { EventHub } from '../event-hub';
import { UserFacingError } from '../user-facing-error';
import type { ImportSummary } from './import-summary';
import type { UploadStaging } from './upload-staging';
import type { ImportWorkerMessage, ImportWorkerRequest } from './worker-protocol';

/** A running import worker as the job manager sees it (a worker thread in the app, anything in tests). */
export interface WorkerHandle {
  onMessage(listener: (message: ImportWorkerMessage) => void): void;
  /** Called once when the worker ends; `crashed` when it ended without saying done or failed. */
  onExit(listener: (crashed: boolean) => void): void;
}

export type StartWorker = (request: ImportWorkerRequest) => WorkerHandle;

interface Job {
  id: string;
  uploadIds: string[];
  files: { name: string; path: string; size: number; mapping?: ColumnMapping }[];
  phase: ImportJobPhase;
  summary: ImportSummary | null;
  error: string | null;
  progress: ImportProgressDto | null;
  backupPercent: number | null;
  cancelFlag: SharedArrayBuffer;
  /** One clock for preview and commit, so both stamp the same time. */
  startedAt: Date;
}

const PROGRESS_EVERY_MS = 200;

/**
 * Import jobs: each preview or commit runs in a worker with its own database connection, so the
 * window keeps responding and progress can be shown; one job runs at a time.
 */
export function createImportJobs(deps: {
  staging: UploadStaging;
  startWorker: StartWorker;
  events: EventHub;
  dbPath: string;
  nativeBinding?: string;
  now: () => Date;
  /** Runs before a commit writes anything (the automatic backup, with its percent); when it fails, nothing is imported. */
  beforeCommit?: (onProgress: (percent: number) => void) => Promise<void>;
  /** Runs after a commit landed, before the window hears of it (member tiers follow the new orders). */
  afterCommit?: () => void;
  /** Where a worker's unexpected failure is written (masked); the window gets a plain message. */
  logError: (line: string) => void;
  clock?: () => number;
}) {
  const jobs = new Map<string, Job>();
  const clock = deps.clock ?? (() => performance.now());
  const running = () => [...jobs.values()].find((job) => job.phase === 'previewing' || job.phase === 'committing');

  const toDto = (job: Job): ImportJobDto => ({
    jobId: job.id,
    phase: job.phase,
    fileNames: job.files.map((f) => f.name),
    progress: job.progress,
    backupPercent: job.backupPercent,
    summary: job.summary,
    error: job.error,
  });

  const get = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (!job) throw new UserFacingError('找不到这个导入任务（可能程序重启过），请重新选择文件。');
    return job;
  };

  const release = (job: Job) => {
    for (const id of job.uploadIds) deps.staging.discard(id);
  };

  function start(job: Job, commit: boolean): void {
    job.phase = commit ? 'committing' : 'previewing';
    job.error = null;
    job.progress = null;
    Atomics.store(new Int32Array(job.cancelFlag), 0, 0);
    const totalBytes = job.files.reduce((sum, f) => sum + f.size, 0);
    const started = clock();
    let lastEmit = 0;
    let settled = false;
    const rowsByFile = job.files.map(() => 0);
    const bytesByFile = job.files.map(() => 0);
    const worker = deps.startWorker({
      dbPath: deps.dbPath,
      ...(deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {}),
      files: job.files.map(({ name, path, mapping }) => ({ name, path, ...(mapping ? { mapping } : {}) })),
      commit,
      expected: commit ? job.summary : null,
      cancelFlag: job.cancelFlag,
      now: job.startedAt.toISOString(),
    });
    worker.onMessage((message) => {
      if (message.type === 'progress') {
        const fileIndex = Math.max(0, job.files.findIndex((f) => f.name === message.fileName));
        bytesByFile[fileIndex] = message.bytesRead;
        const done = bytesByFile.reduce((sum, n) => sum + n, 0);
        const seconds = (clock() - started) / 1000;
        rowsByFile[fileIndex] = message.rows;
        const rows = rowsByFile.reduce((sum, n) => sum + n, 0);
        job.progress = {
          fileName: message.fileName,
          fileIndex,
          fileCount: job.files.length,
          bytesRead: done,
          totalBytes,
          rows,
          rowsPerSecond: seconds > 0 ? Math.round(rows / seconds) : 0,
          secondsLeft: seconds > 0.5 && done > 0 ? Math.round(((totalBytes - done) * seconds) / done) : null,
        };
        if (clock() - lastEmit >= PROGRESS_EVERY_MS) {
          lastEmit = clock();
          deps.events.emit('imports.progress', toDto(job));
        }
        return;
      }
      settled = true;
      if (message.type === 'done') {
        job.summary = message.summary;
        job.phase = commit ? 'committed' : 'previewed';
        if (commit) {
          release(job);
          deps.afterCommit?.();
        }
      } else {
        // The uploads stay until they are committed or discarded: a fixed mapping or a retry
        // must not make the owner send a 600 MB file again.
        job.phase = message.reason === 'cancelled' ? 'cancelled' : 'failed';
        job.error = message.message;
        if (message.detail) deps.logError(maskPersonalData(`[imports.${commit ? 'commit' : 'preview'}] ${message.detail}`));
      }
      deps.events.emit('imports.finished', toDto(job));
    });
    worker.onExit((crashed) => {
      if (settled) return;
      job.phase = 'failed';
      job.error = crashed ? '导入程序意外退出，客户本没有改动。请重试；如果一再发生，请把日志发给我们。' : '导入没有完成，客户本没有改动。';
      deps.events.emit('imports.finished', toDto(job));
    });
  }

  return {
    /** A preview or commit is running (a restore must wait for it). */
    busy: () => running() !== undefined,
    preview(uploadIds: string[], mappings: Partial<Record<string, ColumnMapping>>): ImportJobDto {
      if (running()) throw new UserFacingError('已有一个导入正在进行，请等它完成或取消后再试。');
      const files = uploadIds.map((id) => {
        const upload = deps.staging.complete(id);
        const mapping = mappings[id];
        return { name: upload.fileName, path: upload.path, size: upload.size, ...(mapping ? { mapping } : {}) };
      });
      const job: Job = {
        id: randomUUID(),
        uploadIds,
        files,
        phase: 'previewing',
        backupPercent: null,
        summary: null,
        error: null,
        progress: null,
        cancelFlag: new SharedArrayBuffer(4),
        startedAt: deps.now(),
      };
      jobs.set(job.id, job);
      start(job, false);
      return toDto(job);
    },
    commit(jobId: string): ImportJobDto {
      const job = get(jobId);
      if (job.phase !== 'previewed') {
        throw new UserFacingError(job.phase === 'committed' ? '这批文件已经导入过了。' : '请先预览，预览完成后再导入。');
      }
      if (running()) throw new UserFacingError('已有一个导入正在进行，请等它完成或取消后再试。');
      job.phase = 'committing';
      job.error = null;
      job.progress = null;
      Atomics.store(new Int32Array(job.cancelFlag), 0, 0);
      // A big book takes a while to copy (1.4 GB at a million orders): the window shows how far.
      let lastBackupEmit = -Infinity;
      job.backupPercent = deps.beforeCommit ? 0 : null;
      const onBackupProgress = (percent: number) => {
        job.backupPercent = percent;
        if (clock() - lastBackupEmit >= PROGRESS_EVERY_MS) {
          lastBackupEmit = clock();
          deps.events.emit('imports.progress', toDto(job));
        }
      };
      (deps.beforeCommit?.(onBackupProgress) ?? Promise.resolve()).then(
        () => {
          job.backupPercent = null;
          // Cancelled while the backup was being taken: nothing was written.
          if (Atomics.load(new Int32Array(job.cancelFlag), 0) === 1) {
            job.phase = 'cancelled';
            job.error = '已取消导入，客户本没有改动。';
            deps.events.emit('imports.finished', toDto(job));
            return;
          }
          start(job, true);
        },
        (error: unknown) => {
          job.phase = 'failed';
          job.error = '导入前的自动备份没有成功，所以没有导入任何数据。请检查备份文件夹所在的磁盘是否已满，再重试。';
          deps.logError(maskPersonalData(`[imports.backup] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
          deps.events.emit('imports.finished', toDto(job));
        },
      );
      return toDto(job);
    },
    cancel(jobId: string): ImportJobDto {
      const job = get(jobId);
      if (job.phase === 'previewing' || job.phase === 'committing') {
        Atomics.store(new Int32Array(job.cancelFlag), 0, 1);
      } else if (job.phase === 'previewed') {
        job.phase = 'cancelled';
        deps.events.emit('imports.finished', toDto(job));
      }
      return toDto(job);
    },
    status(jobId: string): ImportJobDto {
      return toDto(get(jobId));
    },
  };
}

export type ImportJobs = ReturnType<typeof createImportJobs>;
