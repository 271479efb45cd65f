import { parseDate } from '../calendar-dates';
import { formatInShopTime } from '../shop-time';
import { AUTOMATIC_KINDS, type BackupFile } from './backup-names';

/** How many of the latest days, weeks and months with automatic backups keep their newest one. */
export interface RetentionPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4, monthly: 12 };

/** Monday of the shop date's week, as 'YYYY-MM-DD' (weeks start on Monday in China). */
function weekOf(date: string): string {
  const { year, month, day } = parseDate(date);
  const utc = new Date(Date.UTC(year, month - 1, day));
  const sinceMonday = (utc.getUTCDay() + 6) % 7;
  utc.setUTCDate(utc.getUTCDate() - sinceMonday);
  return utc.toISOString().slice(0, 10);
}

/**
 * The automatic backups the rule lets go. Days, weeks and months are the shop's; as with restic's
 * --keep-daily, "the last 7 days" are the last 7 days that have a backup, so a shop closed over
 * Spring Festival still keeps a week of them. The newest backup of each such day, week and month
 * is kept, and so always the newest of all; manual and pre-upgrade backups are never let go.
 */
export function backupsToRemove(backups: readonly BackupFile[], timeZone: string, policy: RetentionPolicy = DEFAULT_RETENTION): BackupFile[] {
  const automatic = backups.filter((b) => AUTOMATIC_KINDS.includes(b.kind)).sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || a.name.localeCompare(b.name));
  const keep = new Set<string>();
  const keepNewestPer = (periodOf: (date: string) => string, count: number) => {
    const seen = new Set<string>();
    for (const backup of automatic) {
      const period = periodOf(formatInShopTime(backup.takenAt, timeZone).slice(0, 10));
      if (seen.has(period)) continue;
      if (seen.size >= count) break;
      seen.add(period);
      keep.add(backup.name);
    }
  };
  keepNewestPer((date) => date, policy.daily);
  keepNewestPer(weekOf, policy.weekly);
  keepNewestPer((date) => date.slice(0, 7), policy.monthly);
  return automatic.filter((b) => !keep.has(b.name));
}
