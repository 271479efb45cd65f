import type { CustomerDetailDto, DuplicateDto, MethodParsedInput } from '../contract';
import { mergeFields, unmergeFields } from '../core/customers/merge-fields';
import type { CustomerDetailRepo } from '../db/repos/customer-detail-repo';
import type { CustomerMergesRepo, StaffFields } from '../db/repos/customer-merges-repo';
import type { ImportRepo } from '../db/repos/import-repo';
import { UserFacingError } from './user-facing-error';

export interface CustomerMergeDeps {
  merges: CustomerMergesRepo;
  detailRepo: CustomerDetailRepo;
  /** For recomputing figures from orders, as an import does. */
  importRepo: ImportRepo;
  inTransaction<T>(work: () => T): T;
  /** The customers' figures changed (member tiers follow them); called inside the transaction. */
  afterFiguresChanged?: (customerIds: number[], after: 'merge' | 'unmerge') => void;
  now: () => Date;
}

const pickFields = (c: StaffFields): StaffFields => ({
  notes: c.notes,
  birthdayCalendar: c.birthdayCalendar,
  birthdayYear: c.birthdayYear,
  birthdayMonth: c.birthdayMonth,
  birthdayDay: c.birthdayDay,
  birthdayLeapMonth: c.birthdayLeapMonth,
  blacklisted: c.blacklisted,
  blacklistReason: c.blacklistReason,
  doNotDisturb: c.doNotDisturb,
  assignedStaffId: c.assignedStaffId,
});

/**
 * Merging two records of the same person, and undoing it. Orders never move: the merged record
 * points at the kept one, whose figures, page and search results then include its orders, and
 * later imports of the merged buyer's orders count for the kept one too.
 */
export function createCustomerMergeService(deps: CustomerMergeDeps) {
  const { merges } = deps;
  const detail = (id: number): CustomerDetailDto => deps.detailRepo.detail(id)!;
  return {
    merge({ keepId, mergeId }: MethodParsedInput<'customers.merge'>): CustomerDetailDto {
      if (keepId === mergeId) throw new UserFacingError('请选择两位不同的客户来合并。');
      return deps.inTransaction(() => {
        const kept = merges.customer(keepId);
        const merged = merges.customer(mergeId);
        if (!kept || !merged || kept.mergedIntoId !== null || merged.mergedIntoId !== null) {
          throw new UserFacingError('找不到要合并的客户（可能已被合并过）。请刷新后再试。');
        }
        if (kept.shopId !== merged.shopId) throw new UserFacingError('只能合并同一店铺的客户。');
        // An erased record holds nobody: merging would pour a living customer's details into it.
        if (kept.erasedAt !== null || merged.erasedAt !== null) throw new UserFacingError('个人信息已删除的客户不能再合并。');
        const now = deps.now().toISOString();
        const label = detail(mergeId).buyerNick ?? detail(mergeId).receiverName ?? `客户 ${mergeId}`;
        const repointed = merges.mergedInto(mergeId);
        const addedTags = merges.tagsOnlyOn(mergeId, keepId);
        const keptBefore = pickFields(kept);
        const keptAfter = mergeFields(keptBefore, pickFields(merged), label);
        merges.pointAt([...repointed, mergeId], keepId, now);
        merges.addTags(keepId, addedTags, now);
        merges.writeFields(keepId, keptAfter, now);
        merges.record({ keptId: keepId, mergedId: mergeId, repointed, addedTags, keptBefore, keptAfter }, now);
        deps.importRepo.recomputeCustomers([keepId], now);
        deps.afterFiguresChanged?.([keepId], 'merge');
        return detail(keepId);
      });
    },
    duplicates({ id }: MethodParsedInput<'customers.duplicates'>): DuplicateDto[] {
      return merges.duplicatesOf(id);
    },
    /** Undoes the latest merge of `id` into another customer; returns the restored customer. */
    unmerge({ id }: MethodParsedInput<'customers.unmerge'>): CustomerDetailDto {
      return deps.inTransaction(() => {
        const merge = merges.latestMergeOf(id);
        const record = merges.customer(id);
        if (!merge || !record || record.mergedIntoId !== merge.keptId) throw new UserFacingError('这位客户没有被合并，无需撤销。');
        const kept = merges.customer(merge.keptId)!;
        if (kept.mergedIntoId !== null) throw new UserFacingError('合并后的客户又被合并到了别人，请先撤销那一次合并。');
        const now = deps.now().toISOString();
        merges.pointAt([id], null, now);
        merges.pointAt(merge.repointed, id, now);
        merges.removeTags(merge.keptId, merge.addedTags);
        merges.writeFields(merge.keptId, unmergeFields(pickFields(kept), merge.keptBefore, merge.keptAfter), now);
        merges.markUndone(merge.id, now);
        deps.importRepo.recomputeCustomers([merge.keptId, id], now);
        deps.afterFiguresChanged?.([merge.keptId, id], 'unmerge');
        return detail(id);
      });
    },
  };
}

export type CustomerMergeService = ReturnType<typeof createCustomerMergeService>;
