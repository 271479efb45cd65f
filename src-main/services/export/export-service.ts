import { basename } from 'node:path';
import type { ExportFileDto, MethodParsedInput } from '../../contract';
import { formatInShopTime } from '../../core/shop-time';
import type { CustomerExportRepo } from '../../db/repos/customer-export-repo';
import { exportCustomers } from './customers-export';
import type { ExportsFolder } from './exports-folder';

/** Exports made from the window: named by the shop's clock, written to the exports folder. */
export function createExportService(deps: { repo: CustomerExportRepo; folder: ExportsFolder; now: () => Date; timeZone: () => string }) {
  return {
    async customers(input: MethodParsedInput<'customers.export'>): Promise<ExportFileDto> {
      const stamp = formatInShopTime(deps.now(), deps.timeZone()).replace(/[-: ]/g, '').replace(/^(\d{8})(\d{6})$/, '$1-$2');
      const path = deps.folder.newPath(`客户-${stamp}.${input.format}`);
      const result = await exportCustomers(deps.repo, { ...input, path });
      return { fileName: basename(path), path, ...result };
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
