import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { UserFacingError } from '../user-facing-error';
import { backupFileName, parseBackupFileName, type BackupFile, type BackupKind } from '../../core/backups/backup-names';
import { backupsToRemove } from '../../core/backups/backup-retention';
import { formatInShopTime } from '../../core/shop-time';
import type { BackupDto, BackupsDto } from '../../contract';

/** The settings key of the folder the owner chose. */
export const BACKUP_DIR_SETTING = 'backupDir';

/** A new backup's path: two in the same second (an undo right after a restore) get a number, never the same file. */
export function newBackupPath(dir: string, kind: BackupKind, now: Date): string {
  let path = join(dir, backupFileName(kind, now));
  for (let n = 2; existsSync(path); n++) path = join(dir, backupFileName(kind, now, String(n)));
  return path;
}

export interface StoredBackup extends BackupFile {
  path: string;
  bytes: number;
}

/**
 * The backups folder: automatic backups (the first start of a shop day, before every import) kept
 * by the retention rule, and the owner's own. Only files this app named are listed or removed.
 */
export function createBackupService(deps: {
  /** The folder beside the book. */
  defaultDir: string;
  /** The owner's folder, when one was chosen. */
  chosenDir: () => string | null;
  saveChosenDir: (dir: string | null) => void;
  /** The online backup of the open book to a path. */
  backup: (destination: string, onProgress?: (percent: number) => void) => Promise<void>;
  /** The same at once (VACUUM INTO), for an import running in this thread. */
  backupNow: (destination: string) => void;
  now: () => Date;
  timeZone: () => string;
}) {
  const dir = () => deps.chosenDir() ?? deps.defaultDir;

  function list(): StoredBackup[] {
    let names: string[];
    try {
      names = readdirSync(dir());
    } catch {
      return [];
    }
    const found: StoredBackup[] = [];
    for (const name of names) {
      const parsed = parseBackupFileName(name);
      if (!parsed) continue;
      const path = join(dir(), name);
      try {
        found.push({ ...parsed, path, bytes: statSync(path).size });
      } catch {
        // Removed meanwhile.
      }
    }
    return found.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  }

  /** Lets go what the retention rule no longer keeps; a file in use (Windows) is left for next time. */
  function prune(): number {
    let removed = 0;
    for (const backup of backupsToRemove(list(), deps.timeZone())) {
      try {
        rmSync(join(dir(), backup.name));
        removed++;
      } catch {
        // In use or gone: the next backup tries again.
      }
    }
    return removed;
  }

  const pathFor = (kind: BackupKind) => newBackupPath(dir(), kind, deps.now());
  const shopDay = (instant: Date) => formatInShopTime(instant, deps.timeZone()).slice(0, 10);

  async function take(kind: BackupKind, onProgress?: (percent: number) => void): Promise<string> {
    const path = pathFor(kind);
    await deps.backup(path, onProgress);
    prune();
    return path;
  }

  const toDto = (b: StoredBackup): BackupDto => ({ fileName: b.name, kind: b.kind, takenAt: b.takenAt.toISOString(), bytes: b.bytes });

  const listed = (): BackupsDto => ({ dir: dir(), defaultDir: deps.defaultDir, chosen: deps.chosenDir() !== null, backups: list().map(toDto) });

  return {
    folder: dir,
    list,
    prune,
    /** 设置 → 备份. */
    listed,
    /** The folder must be a whole path this program can write to: tried before it is kept. */
    setFolder(chosen: string | null): BackupsDto {
      if (chosen !== null) {
        if (!isAbsolute(chosen)) throw new UserFacingError(`请填写完整的文件夹路径（例如 D:\\掌柜备份），而不是「${chosen}」。`);
        try {
          mkdirSync(chosen, { recursive: true });
          const probe = join(chosen, `.zhanggui-write-test-${process.pid}`);
          writeFileSync(probe, '');
          rmSync(probe);
        } catch (error) {
          throw new UserFacingError(`不能在「${chosen}」里写入备份：${error instanceof Error ? error.message : String(error)}。请换一个文件夹，或检查 U 盘是否插好。`);
        }
      }
      deps.saveChosenDir(chosen === null ? null : resolve(chosen));
      return listed();
    },
    /** 立即备份. */
    async createManual(): Promise<BackupDto> {
      const path = await take('manual');
      const made = list().find((b) => b.path === path);
      if (!made) throw new Error(`backup ${path} not found after writing it`);
      return toDto(made);
    },
    take,
    takeNow(kind: BackupKind): string {
      const path = pathFor(kind);
      deps.backupNow(path);
      prune();
      return path;
    },
    /**
     * Before 恢复: the chosen backup of this folder, checked whole, and the book saved as a
     * before-restore backup (which undoes the restore).
     */
    async prepareRestore(fileName: string, problemWith: (path: string) => string | null): Promise<{ source: string; saved: string }> {
      const found = list().find((backup) => backup.name === fileName);
      if (!found) throw new UserFacingError(`备份文件夹里没有「${fileName}」，可能已被删除或移走。请刷新列表。`);
      const problem = problemWith(found.path);
      if (problem) throw new UserFacingError(problem);
      return { source: found.path, saved: await take('beforeRestore') };
    },
    /** The day's backup, unless one of any kind was taken this shop day already. */
    async ensureDaily(): Promise<string | null> {
      const today = shopDay(deps.now());
      if (list().some((b) => shopDay(b.takenAt) === today)) return null;
      return take('daily');
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
