import type { ColumnMapping, ImportJobDto } from '@contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiCallError } from '../api/api-call-error';
import { api } from '../api/client';
import { isEnded, isRunning, mergeJob } from './import-job-merge';

const POLL_MS = 1000;
/** The job survives a page reload or a visit to another page while it runs or waits for 确认导入. */
const STORAGE_KEY = 'zhanggui.import.jobId';

export interface ImportJobControls {
  /** The current job as the backend last reported it; null before the first preview. */
  job: ImportJobDto | null;
  /** Why the last request was refused (e.g. another import is running), in Chinese. */
  requestError: string | null;
  /** A preview, commit or cancel request is on its way. */
  pending: boolean;
  /** 取消 was pressed and the backend has not stopped yet. */
  cancelling: boolean;
  /**
   * Starts a preview of uploaded files, with the owner's column mappings by upload id; resolves
   * true when the backend took them.
   */
  preview(uploadIds: string[], mappings?: Record<string, ColumnMapping>): Promise<boolean>;
  commit(): Promise<void>;
  cancel(): Promise<void>;
  /** Back to choosing files; a preview still waiting for 确认导入 is dropped. */
  reset(): void;
}

/**
 * The import job's state machine: previewing → previewed → committing → committed (or failed /
 * cancelled). Follows the job through the pushed events and, because SSE may be blocked, by
 * polling imports.status every second while it runs. `onEnded` is called once when a job ends.
 */
export function useImportJob(options: { onEnded?: (job: ImportJobDto) => void } = {}): ImportJobControls {
  const [job, setJob] = useState<ImportJobDto | null>(null);
  const [requestError, setRequestError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const jobRef = useRef<ImportJobDto | null>(null);
  /** The latest pushed report of every job, so an event that beats the preview's answer is not lost. */
  const heard = useRef(new Map<string, ImportJobDto>());
  const onEnded = useRef(options.onEnded);
  useEffect(() => {
    onEnded.current = options.onEnded;
  });

  const show = useCallback((next: ImportJobDto | null) => {
    const previous = jobRef.current;
    jobRef.current = next;
    setJob(next);
    if (!next) return;
    if (isEnded(next.phase)) {
      setCancelling(false);
      sessionStorage.removeItem(STORAGE_KEY);
      if (!previous || previous.jobId !== next.jobId || !isEnded(previous.phase)) onEnded.current?.(next);
    } else {
      sessionStorage.setItem(STORAGE_KEY, next.jobId);
    }
  }, []);

  /** A report about the job on screen (event, poll or answer); reports of other jobs are ignored. */
  const hear = useCallback(
    (report: ImportJobDto) => {
      const current = jobRef.current;
      if (!current || current.jobId !== report.jobId) return;
      const merged = mergeJob(current, report);
      if (merged !== current) show(merged);
    },
    [show],
  );

  /** A job this window starts following (a preview it started, or one found after a reload). */
  const adopt = useCallback(
    (answer: ImportJobDto) => {
      const early = heard.current.get(answer.jobId);
      show(early ? mergeJob(answer, early) : answer);
    },
    [show],
  );

  useEffect(() => {
    const listen = (report: ImportJobDto) => {
      heard.current.set(report.jobId, mergeJob(heard.current.get(report.jobId) ?? null, report));
      hear(report);
    };
    const offProgress = api.on('imports.progress', listen);
    const offFinished = api.on('imports.finished', listen);
    return () => {
      offProgress();
      offFinished();
    };
  }, [hear]);

  // After a reload: pick up a job that was running or waiting for 确认导入.
  useEffect(() => {
    const storedId = sessionStorage.getItem(STORAGE_KEY);
    if (!storedId) return;
    let current = true;
    api.call('imports.status', { jobId: storedId }).then(
      (answer) => {
        if (!current || jobRef.current) return;
        if (isEnded(answer.phase)) sessionStorage.removeItem(STORAGE_KEY);
        else adopt(answer);
      },
      () => sessionStorage.removeItem(STORAGE_KEY),
    );
    return () => {
      current = false;
    };
  }, [adopt]);

  const runningId = job && isRunning(job.phase) ? job.jobId : null;
  useEffect(() => {
    if (!runningId) return;
    let current = true;
    const timer = setInterval(() => {
      api.call('imports.status', { jobId: runningId }).then(
        (answer) => current && hear(answer),
        (error: unknown) => {
          // The backend no longer knows the job (it restarted): it cannot finish any more.
          if (!current || !(error instanceof ApiCallError) || error.code !== 'REJECTED') return;
          const lost = jobRef.current;
          if (lost?.jobId === runningId) show({ ...lost, phase: 'failed', error: error.message });
        },
      );
    }, POLL_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [runningId, hear, show]);

  const request = useCallback(async (run: () => Promise<void>) => {
    setPending(true);
    setRequestError(null);
    try {
      await run();
      return true;
    } catch (error) {
      setRequestError(error instanceof Error ? error.message : String(error));
      return false;
    } finally {
      setPending(false);
    }
  }, []);

  const preview = useCallback(
    (uploadIds: string[], mappings?: Record<string, ColumnMapping>) =>
      request(async () => {
        setCancelling(false);
        adopt(await api.call('imports.preview', mappings ? { uploadIds, mappings } : { uploadIds }));
      }),
    [request, adopt],
  );

  const commit = useCallback(async () => {
    const current = jobRef.current;
    if (!current) return;
    await request(async () => hear(await api.call('imports.commit', { jobId: current.jobId })));
  }, [request, hear]);

  const cancel = useCallback(async () => {
    const current = jobRef.current;
    if (!current) return;
    setCancelling(true);
    const ok = await request(async () => hear(await api.call('imports.cancel', { jobId: current.jobId })));
    if (!ok) setCancelling(false);
  }, [request, hear]);

  const reset = useCallback(() => {
    const current = jobRef.current;
    // A preview waiting for 确认导入 holds the uploaded files on the backend: let it drop them.
    if (current?.phase === 'previewed') void api.call('imports.cancel', { jobId: current.jobId }).catch(() => {});
    jobRef.current = null;
    setJob(null);
    setRequestError(null);
    setCancelling(false);
    sessionStorage.removeItem(STORAGE_KEY);
  }, []);

  return { job, requestError, pending, cancelling, preview, commit, cancel, reset };
}
