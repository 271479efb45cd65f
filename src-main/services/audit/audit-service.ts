import { basename } from 'node:path';
import type { MethodParsedInput } from '../../contract';
import type { AuditEntryDto } from '../../contract/dto/auth';
import type { ExportFileDto } from '../../contract/dto/customer-detail';
import type { PageDto } from '../../contract/dto/customers';
import { addDays } from '../../core/calendar-dates';
import { formatInShopTime, startOfShopDay } from '../../core/shop-time';
import type { AuditLogRepo, AuditQuery } from '../../db/repos/audit-log-repo';
import { openCsvFile, openXlsxFile } from '../export/spreadsheet-file';
import type { ExportsFolder } from '../export/exports-folder';
import { ROLE_LABELS } from '../../contract/access';
import type { Principal } from '../auth/principal';

export interface AuditServiceDeps {
  repo: AuditLogRepo;
  folder: ExportsFolder;
  now: () => Date;
  timeZone: () => string;
}

const EXPORT_HEADER = ['时间', '账号', '角色', '位置', '操作', '详情', '客户编号'];

/** 操作记录: written by the dispatcher and the login; read and exported by the owner. */
export function createAuditService(deps: AuditServiceDeps) {
  function query(input: { from: string | null; to: string | null; accountId?: number | null }): AuditQuery {
    const zone = deps.timeZone();
    return {
      fromAt: input.from ? startOfShopDay(input.from, zone).toISOString() : null,
      toAt: input.to ? startOfShopDay(addDays(input.to, 1), zone).toISOString() : null,
      accountId: input.accountId ?? null,
    };
  }

  return {
    record(principal: Principal | null, action: string, label: string, detail: string, customerId: number | null = null): void {
      deps.repo.insert({
        at: deps.now().toISOString(),
        accountId: principal?.accountId ?? null,
        accountName: principal?.name ?? '（未登录）',
        role: principal?.role ?? null,
        where: principal?.where ?? '',
        action,
        label,
        detail,
        customerId,
      });
    },

    list(input: MethodParsedInput<'audit.list'>): PageDto<AuditEntryDto> {
      const { rows, total } = deps.repo.page(query(input), input.pageSize, (input.page - 1) * input.pageSize);
      return { items: rows, total, page: input.page, pageSize: input.pageSize };
    },

    async export(input: MethodParsedInput<'audit.export'>): Promise<ExportFileDto> {
      const zone = deps.timeZone();
      const stamp = formatInShopTime(deps.now(), zone).replace(/[-: ]/g, '').replace(/^(\d{8})(\d{6})$/, '$1-$2');
      const path = deps.folder.newPath(`操作记录-${stamp}.${input.format}`);
      const writer = input.format === 'csv' ? openCsvFile(path, EXPORT_HEADER) : openXlsxFile(path, '操作记录', EXPORT_HEADER, [20, 12, 8, 16, 18, 60, 10]);
      try {
        for (const entry of deps.repo.all(query(input))) {
          writer.addRow([
            formatInShopTime(new Date(entry.at), zone),
            entry.accountName,
            entry.role ? ROLE_LABELS[entry.role] : '',
            entry.where,
            entry.label,
            entry.detail,
            entry.customerId,
          ]);
        }
      } catch (error) {
        await writer.abort();
        throw error;
      }
      const written = await writer.finish();
      return { fileName: basename(path), path, ...written };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
