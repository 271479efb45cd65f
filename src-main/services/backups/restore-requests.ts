import { basename } from 'node:path';
import type { RestoreStartedDto } from '../../contract/dto/backups';
import type { Principal } from '../auth/principal';
import { UserFacingError } from '../user-facing-error';
import type { BackupService } from './backup-service';

/** What the host does once the book is saved: close it, put the backup in its place, reopen. */
export type RestoreBook = (request: { source: string; saved: string; by: Principal | null }) => void;

export interface RestoreRequestsDeps {
  backups: Pick<BackupService, 'prepareRestore'>;
  problemWithBackup: (path: string) => string | null;
  /** A preview or commit is running. */
  importBusy: () => boolean;
  /** The host's reopening; absent on the command line, which restores with `zhanggui restore`. */
  restoreBook: RestoreBook | null;
}

/** 设置 → 备份 → 恢复, from the window. */
export function createRestoreRequests(deps: RestoreRequestsDeps) {
  return {
    async start(fileName: string, by: Principal | null): Promise<RestoreStartedDto> {
      const restoreBook = deps.restoreBook;
      if (!restoreBook) throw new UserFacingError('命令行里请用：zhanggui restore 备份文件.sqlite');
      if (deps.importBusy()) throw new UserFacingError('正在导入订单，请等导入完成或取消后再恢复。');
      const { source, saved } = await deps.backups.prepareRestore(fileName, deps.problemWithBackup);
      restoreBook({ source, saved, by });
      return { savedAs: basename(saved) };
    },
  };
}

export type RestoreRequests = ReturnType<typeof createRestoreRequests>;
