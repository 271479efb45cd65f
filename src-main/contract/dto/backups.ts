/** What made a backup: the first start of a shop day, an import, the owner, an upgrade, a restore. */
export type BackupKindName = 'daily' | 'beforeImport' | 'manual' | 'beforeUpgrade' | 'beforeRestore';

export interface BackupDto {
  fileName: string;
  kind: BackupKindName;
  /** ISO instant. */
  takenAt: string;
  bytes: number;
}

/** 恢复 has begun: the book is being replaced; every window signs in again afterwards. */
export interface RestoreStartedDto {
  /** The book as it was, saved first: restoring it undoes this restore. */
  savedAs: string;
}

export interface BackupsDto {
  /** The folder they are in. */
  dir: string;
  /** The folder beside the book, used unless the owner chose another. */
  defaultDir: string;
  /** True when the owner chose `dir`. */
  chosen: boolean;
  /** Newest first. */
  backups: BackupDto[];
}
