import { basename } from 'node:path';
import type { ExportFileDto, MethodParsedInput } from '../../contract';
import { formatInShopTime } from '../../core/shop-time';
import type { CustomerExportRepo } from '../../db/repos/customer-export-repo';
import { UserFacingError } from '../user-facing-error';
import { exportCustomers } from './customers-export';
import type { ExportsFolder } from './exports-folder';

/** Exports made from the window: named by the shop's clock, written to the exports folder. */
export function createExportService(deps: {
  repo: CustomerExportRepo;
  folder: ExportsFolder;
  now: () => Date;
  timeZone: () => string;
  /** The desktop host's "show in folder"; absent in the browser version and the command line. */
  revealFile?: (path: string) => void;
}) {
  return {
    async customers(input: MethodParsedInput<'customers.export'>): Promise<ExportFileDto> {
      const stamp = formatInShopTime(deps.now(), deps.timeZone()).replace(/[-: ]/g, '').replace(/^(\d{8})(\d{6})$/, '$1-$2');
      const path = deps.folder.newPath(`客户-${stamp}.${input.format}`);
      const result = await exportCustomers(deps.repo, { ...input, path });
      return { fileName: basename(path), path, ...result };
    },
    reveal({ fileName }: MethodParsedInput<'exports.reveal'>): { shown: true } {
      if (!deps.revealFile) throw new UserFacingError('只有桌面版能打开文件所在的文件夹；浏览器里导出的文件在浏览器的下载目录。');
      const path = deps.folder.resolve(fileName);
      if (!path) throw new UserFacingError(`找不到导出的文件「${fileName}」：导出文件保留 7 天，可能已被清理。请重新导出。`);
      deps.revealFile(path);
      return { shown: true };
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
