import type { ImportJobDto, ImportJobPhase } from '@contract';

/** How far along a job is; news never moves a job backwards. */
const STAGE: Readonly<Record<ImportJobPhase, number>> = {
  previewing: 0,
  previewed: 1,
  committing: 2,
  committed: 3,
  failed: 3,
  cancelled: 3,
};

export function isRunning(phase: ImportJobPhase): boolean {
  return phase === 'previewing' || phase === 'committing';
}

export function isEnded(phase: ImportJobPhase): boolean {
  return STAGE[phase] === 3;
}

/**
 * The newer of two reports about the same job. Events and the 1-second poll both report the job,
 * and an answer to an older poll can arrive after a newer event: keep the later phase, and within
 * a phase the report that has read more.
 */
export function mergeJob(current: ImportJobDto | null, next: ImportJobDto): ImportJobDto {
  if (!current || current.jobId !== next.jobId) return next;
  const from = STAGE[current.phase];
  const to = STAGE[next.phase];
  if (to !== from) return to > from ? next : current;
  if (current.phase !== next.phase) return current;
  if (isEnded(current.phase)) return current;
  if (!current.progress && !next.progress) return (next.backupPercent ?? -1) >= (current.backupPercent ?? -1) ? next : current;
  return (next.progress?.bytesRead ?? -1) >= (current.progress?.bytesRead ?? -1) ? next : current;
}
