import { describe, expect, it } from 'vitest';
import { backupFileName, type BackupFile, type BackupKind } from '../../../src-main/core/backups/backup-names';
import { backupsToRemove } from '../../../src-main/core/backups/backup-retention';

const SHANGHAI = 'Asia/Shanghai';
const backup = (iso: string, kind: BackupKind = 'daily'): BackupFile => {
  const takenAt = new Date(iso);
  return { name: backupFileName(kind, takenAt), kind, takenAt };
};
const kept = (all: BackupFile[], policy?: { daily: number; weekly: number; monthly: number }) => {
  const removed = new Set(backupsToRemove(all, SHANGHAI, policy).map((b) => b.name));
  return all.filter((b) => !removed.has(b.name)).map((b) => b.takenAt.toISOString().slice(0, 10));
};

/** One backup a day at 09:00 Shanghai (01:00Z) for `days` days up to 2026-11-22. */
function daily(days: number): BackupFile[] {
  return Array.from({ length: days }, (_, i) => backup(new Date(Date.UTC(2026, 10, 22 - i, 1)).toISOString()));
}

describe('backup retention: 7 daily, 4 weekly, 12 monthly', () => {
  it('keeps the last 7 days, then the newest of each of 4 weeks (Monday to Sunday) and of 12 months', () => {
    const all = daily(400);
    expect(kept(all)).toEqual([
      // 7 days: Sun 11-22 back to Mon 11-16.
      '2026-11-22', '2026-11-21', '2026-11-20', '2026-11-19', '2026-11-18', '2026-11-17', '2026-11-16',
      // Weeks: 11-16…22 (kept already), then the Sundays ending the three weeks before.
      '2026-11-15', '2026-11-08', '2026-11-01',
      // Months: November (kept), then the last day of each month before, back to December 2025.
      '2026-10-31', '2026-09-30', '2026-08-31', '2026-07-31', '2026-06-30', '2026-05-31', '2026-04-30', '2026-03-31', '2026-02-28', '2026-01-31', '2025-12-31',
    ]);
    expect(backupsToRemove(all, SHANGHAI)).toHaveLength(400 - 21);
  });

  it('counts days that have backups: a shop closed for two weeks still keeps 7 of them', () => {
    const before = daily(30).filter((b) => b.takenAt < new Date('2026-11-01T00:00:00Z'));
    const after = [backup('2026-11-22T01:00:00Z'), backup('2026-11-21T01:00:00Z')];
    expect(kept([...after, ...before], { daily: 7, weekly: 0, monthly: 0 })).toEqual(['2026-11-22', '2026-11-21', '2026-10-31', '2026-10-30', '2026-10-29', '2026-10-28', '2026-10-27']);
  });

  it('takes the day from the shop’s clock, keeps the newest of a day, and never lets go of manual or pre-upgrade backups', () => {
    // 23:30 Shanghai on 11-21 and 00:30 on 11-22 are two shop days, though the same UTC day.
    const late = backup('2026-11-21T15:30:00Z', 'beforeImport');
    const early = backup('2026-11-21T16:30:00Z');
    const earlier = backup('2026-11-21T14:00:00Z', 'beforeImport');
    const manual = backup('2020-01-01T00:00:00Z', 'manual');
    const upgrade = backup('2020-01-02T00:00:00Z', 'beforeUpgrade');
    const removed = backupsToRemove([late, early, earlier, manual, upgrade], SHANGHAI, { daily: 2, weekly: 0, monthly: 0 });
    expect(removed.map((b) => b.name)).toEqual([earlier.name]);
    expect(backupsToRemove([early], SHANGHAI, { daily: 0, weekly: 0, monthly: 0 })).toEqual([early]);
  });
});
