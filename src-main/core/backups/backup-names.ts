// The backups folder's file names: `zhanggui-<kind>-<UTC stamp>.sqlite`. The name says what made
// the backup and when, so the folder can be listed and pruned without opening any file, and the
// owner can tell the files apart in Explorer.

/** daily: the first start of a shop day; beforeImport: before an import writes; manual: asked for. Also the pre-migration one. */
export type BackupKind = 'daily' | 'beforeImport' | 'manual' | 'beforeUpgrade' | 'beforeRestore';

const NAME_OF: Record<BackupKind, string> = {
  daily: 'daily',
  beforeImport: 'before-import',
  manual: 'manual',
  beforeUpgrade: 'before-upgrade',
  beforeRestore: 'before-restore',
};

/** Only these are ever removed by the retention rule; the others are the owner's to delete. */
export const AUTOMATIC_KINDS: readonly BackupKind[] = ['daily', 'beforeImport'];

export interface BackupFile {
  name: string;
  kind: BackupKind;
  takenAt: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 20261122-071700Z: file-system safe, sorts by time. */
export function backupStamp(instant: Date): string {
  return (
    `${instant.getUTCFullYear()}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}-` +
    `${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

/** `detail` goes between the kind and the stamp (the pre-migration backup names its versions). */
export function backupFileName(kind: BackupKind, instant: Date, detail?: string): string {
  return `zhanggui-${NAME_OF[kind]}-${detail ? `${detail}-` : ''}${backupStamp(instant)}.sqlite`;
}

const PATTERN = /^zhanggui-(daily|before-import|manual|before-upgrade|before-restore)-(?:.*-)?(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})Z\.sqlite$/;
const KIND_OF = new Map(Object.entries(NAME_OF).map(([kind, name]) => [name, kind as BackupKind]));

/** A file of the backups folder, or null for anything this app did not name. */
export function parseBackupFileName(name: string): BackupFile | null {
  const m = PATTERN.exec(name);
  if (!m) return null;
  const [, kind, y, mo, d, h, mi, s] = m;
  const takenAt = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
  if (Number.isNaN(takenAt.getTime()) || backupStamp(takenAt) !== `${y}${mo}${d}-${h}${mi}${s}Z`) return null;
  return { name, kind: KIND_OF.get(kind!)!, takenAt };
}
