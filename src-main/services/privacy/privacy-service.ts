import { basename } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { CustomerErasedDto, ExportFileDto } from '../../contract';
import { isMaskedValue } from '../../core/import/field-values';
import { workbookParts } from '../../core/export/xlsx-workbook';
import { erasedStaffFields, scrubbableValues, scrubText } from '../../core/privacy/erased-fields';
import { erasedCustomerLabel, identityKeysOf } from '../../core/privacy/erased-identity';
import { personalDataSheets, sheetRows } from '../../core/privacy/personal-data-sheets';
import { formatInShopTime } from '../../core/shop-time';
import type { CustomerErasureRepo, ErasableCustomer } from '../../db/repos/customer-erasure-repo';
import type { PersonalDataRepo } from '../../db/repos/personal-data-repo';
import type { SourceFilesRepo } from '../../db/repos/source-files-repo';
import type { ExportsFolder } from '../export/exports-folder';
import { UserFacingError } from '../user-facing-error';
import { writeFileWhole } from '../export/write-file-whole';
import { keptFilesHolding, type PersonNeedles } from './kept-files-holding';
import type { PreviousErasure } from '../../db/repos/previous-erasures';
import { erasedIdentityHash } from '../../db/erased-identity-hash';

export interface PrivacyServiceDeps {
  erasures: CustomerErasureRepo;
  personalData: PersonalDataRepo;
  sources: SourceFilesRepo;
  folder: ExportsFolder;
  /** One write transaction; an erase also has SQLite overwrite what it deletes (db/secure-erase.ts). */
  inTransaction<T>(work: () => T): T;
  /** A read transaction: the file shows the book as it is at one moment. */
  readConsistently<T>(work: () => T): T;
  now: () => Date;
  timeZone: () => string;
}

/** How 个人信息 files start: the customer id only, a file name must not carry the person's name. */
const personalDataPrefix = (customerId: number) => `个人信息-${customerId}-`;

/** The skip reason and task text left on the follow-ups of an erased customer. */
const TASK_NOTE = '客户个人信息已删除';
const MOBILE = /^1\d{10}$/;

/**
 * PIPL on request (domain.md §7): 删除客户 deletes one person's data and keeps the shop's figures;
 * 个人信息查询 hands the owner everything the book holds about them, as a file.
 */
export function createPrivacyService(deps: PrivacyServiceDeps) {
  const stamp = () => formatInShopTime(deps.now(), deps.timeZone()).replace(/[-: ]/g, '').replace(/^(\d{8})(\d{6})$/, '$1-$2');

  function erasable(id: number): ErasableCustomer {
    const customer = deps.erasures.customer(id);
    if (!customer) throw new UserFacingError('找不到这位客户，请刷新列表后再试。');
    if (customer.mergedIntoId !== null) {
      throw new UserFacingError(`这条记录已合并到客户 #${customer.mergedIntoId}。请打开那位客户删除，合并进去的记录会一起删除。`);
    }
    if (customer.erasedAt !== null) throw new UserFacingError('这位客户的个人信息已经删除过了。');
    return customer;
  }

  function erase(input: { id: number; reason: string }): CustomerErasedDto {
    const instant = deps.now();
    const now = instant.toISOString();
    const today = formatInShopTime(instant, deps.timeZone()).slice(0, 10);
    const erased = deps.inTransaction(() => {
      const root = erasable(input.id);
      const records = [root, ...deps.erasures.mergedInto(root.id)];
      // Everything is read before anything is blanked: the archive and the audit log are searched for it.
      const { needles, scrub } = rememberPerson(records);
      const removed = removeKeptFiles(needles);
      let ordersAnonymised = 0;
      for (const record of records) {
        ordersAnonymised += deps.erasures.erase(
          { id: record.id, identityKey: record.identityKey, label: erasedCustomerLabel(record.id) },
          { now, today, taskNote: TASK_NOTE },
        );
        for (const merge of deps.erasures.mergesOf(record.id)) {
          deps.erasures.writeMerge({ id: merge.id, keptBefore: erasedStaffFields(merge.keptBefore), keptAfter: erasedStaffFields(merge.keptAfter) });
        }
      }
      const values = scrubbableValues(scrub);
      deps.erasures.scrubAuditLog(values);
      const mergedErased = records.length - 1;
      // The owner may have named the person in the reason; the record of the erase must not.
      const reason = scrubText(input.reason, values);
      deps.erasures.record({ customerId: root.id, erasedAt: now, reason, ordersAnonymised, mergedErased, sourceFilesRemoved: removed });
      return { dto: { customerId: root.id, erasedAt: now, reason, ordersAnonymised, mergedErased }, ids: records.map((r) => r.id) };
    });
    // Earlier 个人信息 files of the person are their data too (customer-list exports age out within the week).
    for (const id of erased.ids) deps.folder.removeStartingWith(personalDataPrefix(id));
    return erased.dto;
  }

  /**
   * Keeps the records' identities as hashes (for later imports), and returns what finds the person
   * in the kept files (`needles`) and in free text (`scrub`).
   */
  function rememberPerson(records: readonly ErasableCustomer[]): { needles: PersonNeedles; scrub: (string | null)[] } {
    const needles = { orderNos: new Set<string>(), values: new Set<string>(), strong: new Set<string>() };
    const scrub: (string | null)[] = [];
    for (const record of records) {
      const person = deps.erasures.personalValues(record.id);
      deps.erasures.addIdentities(record.shopId, record.id, identityKeysOf(record.identityKey, person.orders));
      for (const order of person.orders) {
        needles.orderNos.add(order.orderNo);
        if (order.buyerNick && !isMaskedValue(order.buyerNick)) needles.strong.add(order.buyerNick);
        if (order.receiverPhone && MOBILE.test(order.receiverPhone)) needles.strong.add(order.receiverPhone);
      }
      for (const value of [...person.identifiers, ...person.texts]) if (value) needles.values.add(value.trim());
      // Only what names them: replacing a short message (「好的」) would wreck unrelated lines.
      scrub.push(...person.identifiers);
    }
    return { needles, scrub };
  }

  function removeKeptFiles(needles: PersonNeedles): number {
    const holding = keptFilesHolding(deps.sources, needles);
    for (const id of holding) deps.sources.remove(id);
    return holding.length;
  }

  function personalData(input: { id: number; format: 'xlsx' | 'json' }): ExportFileDto {
    const data = deps.readConsistently(() => deps.personalData.read(input.id, deps.now().toISOString()));
    if (!data) throw new UserFacingError('找不到这位客户，请刷新列表后再试。');
    const path = deps.folder.newPath(`${personalDataPrefix(input.id)}${stamp()}.${input.format}`);
    const sheets = personalDataSheets(data);
    const bytes =
      input.format === 'json'
        ? Buffer.from(JSON.stringify(data, null, 2) + '\n', 'utf8')
        : zipSync(Object.fromEntries(workbookParts(sheets).map((part) => [part.name, strToU8(part.xml)])), { level: 6 });
    writeFileWhole(path, bytes);
    return { fileName: basename(path), path, rows: sheetRows(sheets), bytes: bytes.length };
  }

  /**
   * After a restore: each person erased in the replaced book whom the restored one still shows
   * (same record, same identity) is erased again, saying why. Returns how many.
   */
  function eraseAgainAfterRestore(previous: readonly PreviousErasure[]): number {
    let erasedAgain = 0;
    for (const erasure of previous) {
      const customer = deps.erasures.customer(erasure.customerId);
      if (!customer || customer.erasedAt !== null || customer.mergedIntoId !== null) continue;
      if (!erasure.identityHashes.has(erasedIdentityHash(customer.identityKey))) continue;
      const when = formatInShopTime(new Date(erasure.erasedAt), deps.timeZone()).slice(0, 16);
      erase({ id: customer.id, reason: `恢复备份后再次删除（${when} 删除过：${erasure.reason}）`.slice(0, 200) });
      erasedAgain++;
    }
    return erasedAgain;
  }

  return { erase, personalData, eraseAgainAfterRestore };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
