import type { CustomerListItemDto, MethodParsedInput, PageDto } from '../contract';
import type { CustomersRepo } from '../db/repos/customers-repo';

export function createCustomersService(deps: { customersRepo: CustomersRepo }) {
  return {
    list(query: MethodParsedInput<'customers.list'>): PageDto<CustomerListItemDto> {
      const { rows, total } = deps.customersRepo.listPage(query);
      return { items: rows, total, page: query.page, pageSize: query.pageSize };
    },
  };
}

export type CustomersService = ReturnType<typeof createCustomersService>;
