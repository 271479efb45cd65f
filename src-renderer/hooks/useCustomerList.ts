import type { CustomerListColumn, CustomersQuery, MethodInput } from '@contract';
import { useMemo, useState } from 'react';
import { useCustomerWindow } from './useCustomerWindow';
import { useDebouncedValue } from './useDebouncedValue';

export type SortField = NonNullable<MethodInput<'customers.list'>['sortField']>;
export type SortOrder = 'asc' | 'desc';

export const DEFAULT_COLUMNS: CustomerListColumn[] = ['buyerNick', 'receiverName', 'phone', 'region', 'orderCount', 'netSpentFen', 'averageOrderFen', 'lastOrderAt', 'pAlive'];

/**
 * Everything the customer list shows is one query the server answers: search, filters and sort;
 * rows arrive as the list is scrolled. The search box is debounced so typing a nick asks once,
 * not per key.
 */
/** `initialFilters`: what another page asked to show (客户分层's 查看客户). */
export function useCustomerList(initialFilters: CustomersQuery = {}) {
  const [search, setSearch] = useState('');
  const [filters, setFiltersState] = useState<CustomersQuery>(initialFilters);
  const [sort, setSortState] = useState<{ field: SortField; order: SortOrder }>({ field: 'lastOrderAt', order: 'desc' });
  const [columns, setColumns] = useState<CustomerListColumn[]>(DEFAULT_COLUMNS);
  const debouncedSearch = useDebouncedValue(search.trim(), 250);

  const query: CustomersQuery = useMemo(() => ({ ...filters, ...(debouncedSearch ? { search: debouncedSearch } : {}) }), [filters, debouncedSearch]);
  const list = useCustomerWindow(query, sort);

  return {
    search,
    setSearch,
    filters,
    setFilters: setFiltersState,
    sort,
    setSort: (field: SortField, order: SortOrder) => setSortState({ field, order }),
    columns,
    setColumns,
    /** What the list shows right now: the query an export or a bulk action applies to. */
    query,
    list,
  };
}

export type CustomerListState = ReturnType<typeof useCustomerList>;
