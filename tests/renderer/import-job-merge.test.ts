import type { ImportJobDto, ImportJobPhase } from '../../src-main/contract';
import { describe, expect, it } from 'vitest';
import { mergeJob } from '../../src-renderer/hooks/import-job-merge';

const job = (phase: ImportJobPhase, bytesRead: number | null = null, jobId = '1', backupPercent: number | null = null): ImportJobDto => ({
  jobId,
  phase,
  backupPercent,
  fileNames: ['a.csv'],
  progress:
    bytesRead === null
      ? null
      : { fileName: 'a.csv', fileIndex: 0, fileCount: 1, bytesRead, totalBytes: 100, rows: bytesRead, rowsPerSecond: 1, secondsLeft: 1 },
  summary: null,
  error: null,
});

describe('mergeJob: events and polls about one import job', () => {
  it('takes the later phase and never goes back', () => {
    expect(mergeJob(job('previewing', 10), job('previewed')).phase).toBe('previewed');
    expect(mergeJob(job('previewed'), job('previewing', 90)).phase).toBe('previewed');
    expect(mergeJob(job('previewed'), job('committing')).phase).toBe('committing');
    expect(mergeJob(job('committed'), job('committing', 50)).phase).toBe('committed');
  });

  it('within a phase keeps the report that has read more', () => {
    expect(mergeJob(job('previewing', 40), job('previewing', 20)).progress?.bytesRead).toBe(40);
    expect(mergeJob(job('previewing', 40), job('previewing', 60)).progress?.bytesRead).toBe(60);
  });

  it('while the commit backs the book up, keeps the report that has copied more, then the reading', () => {
    expect(mergeJob(job('committing', null, '1', 60), job('committing', null, '1', 40)).backupPercent).toBe(60);
    expect(mergeJob(job('committing', null, '1', 40), job('committing', null, '1', 60)).backupPercent).toBe(60);
    expect(mergeJob(job('committing', null, '1', 100), job('committing', 5)).progress?.bytesRead).toBe(5);
  });

  it('keeps the first ending it heard of, and starts over for another job', () => {
    expect(mergeJob(job('cancelled'), job('failed')).phase).toBe('cancelled');
    expect(mergeJob(job('committed'), job('previewing', 0, '2')).jobId).toBe('2');
    expect(mergeJob(null, job('previewing')).phase).toBe('previewing');
  });
});
