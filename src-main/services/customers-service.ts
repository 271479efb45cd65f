import type { CustomerDetailDto, CustomerPageDto, MethodParsedInput } from '../contract';
import type { CustomerDetailRepo } from '../db/repos/customer-detail-repo';
import type { CustomerEditsRepo } from '../db/repos/customer-edits-repo';
import type { CustomersRepo } from '../db/repos/customers-repo';
import type { TagsRepo } from '../db/repos/tags-repo';
import { birthdayProblem } from '../core/birthdays/birthday-text';
import { UserFacingError } from './user-facing-error';

export interface CustomersServiceDeps {
  customersRepo: CustomersRepo;
  detailRepo: CustomerDetailRepo;
  editsRepo: CustomerEditsRepo;
  tagsRepo: TagsRepo;
  /** The transaction every edit runs in (all or nothing). */
  inTransaction<T>(work: () => T): T;
  now: () => Date;
}

/** The customer book: the list, one customer's page, and what staff change on them. */
export function createCustomersService(deps: CustomersServiceDeps) {
  const detail = (id: number): CustomerDetailDto => {
    const found = deps.detailRepo.detail(id);
    if (!found) throw new UserFacingError('找不到这位客户（可能已被合并到另一位客户）。请刷新列表。');
    return found;
  };
  const checkStaff = (staffId: number | null | undefined) => {
    if (staffId === null || staffId === undefined) return;
    const active = deps.tagsRepo.staffActive(staffId);
    if (active === undefined) throw new UserFacingError('找不到这位客服，请刷新后再选。');
    if (active === 0) throw new UserFacingError('这位客服已停用，不能再分配客户。');
  };
  return {
    list(query: MethodParsedInput<'customers.list'>): CustomerPageDto {
      const { rows, total, capped } = deps.customersRepo.listPage(query);
      return { items: rows, total, totalCapped: capped, page: query.page, pageSize: query.pageSize };
    },
    get({ id }: MethodParsedInput<'customers.get'>): CustomerDetailDto {
      return detail(id);
    },
    update(input: MethodParsedInput<'customers.update'>): CustomerDetailDto {
      const { id, ...patch } = input;
      return deps.inTransaction(() => {
        if (deps.editsRepo.isErased(id)) throw new UserFacingError('这位客户的个人信息已删除，不能再写备注、生日、标签或分配客服。');
        if (!deps.editsRepo.isActive(id)) throw new UserFacingError('找不到这位客户（可能已被合并到另一位客户）。请刷新列表。');
        checkStaff(patch.assignedStaffId);
        const birthdayWrong = patch.birthday ? birthdayProblem(patch.birthday) : null;
        if (birthdayWrong) throw new UserFacingError(`生日不对：${birthdayWrong}。`);
        deps.editsRepo.update(id, patch, deps.now().toISOString());
        return detail(id);
      });
    },
    tag(input: MethodParsedInput<'customers.tag'>): { changed: number } {
      return deps.inTransaction(() => {
        if (!deps.tagsRepo.allExist(input.tagIds)) throw new UserFacingError('有标签已被删除，请刷新后再选。');
        return { changed: deps.editsRepo.tag(input.selection, input.tagIds, input.action, deps.now().toISOString()) };
      });
    },
    assign(input: MethodParsedInput<'customers.assign'>): { changed: number } {
      return deps.inTransaction(() => {
        checkStaff(input.staffId);
        return { changed: deps.editsRepo.assign(input.selection, input.staffId, deps.now().toISOString()) };
      });
    },
  };
}

export type CustomersService = ReturnType<typeof createCustomersService>;
