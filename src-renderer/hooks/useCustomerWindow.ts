import type { CustomerListItemDto, CustomersQuery } from '@contract';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';
import { ApiCallError } from '../api/api-call-error';
import type { SortField, SortOrder } from './useCustomerList';

/** Rows fetched per request while scrolling. */
export const WINDOW_PAGE_SIZE = 100;

export interface CustomerWindow {
  /** Known once the first page has arrived. */
  total: number | undefined;
  /** A broad search: only the first `total` matches are listed. */
  totalCapped: boolean;
  error: ApiCallError | undefined;
  /** The first page of the current query has not arrived yet. */
  loading: boolean;
  /** The row at a position, or undefined while its page is on the way. */
  rowAt(index: number): CustomerListItemDto | undefined;
  /** Asks for the pages holding rows first…last (those not already there or on the way). */
  want(first: number, last: number): void;
  reload(): void;
}

interface Loaded {
  key: string;
  total?: number;
  totalCapped: boolean;
  error?: ApiCallError;
  pages: Map<number, CustomerListItemDto[]>;
  /** The previous query's pages, shown until this one's first page arrives: no flicker while typing. */
  previous: Map<number, CustomerListItemDto[]>;
  /** Pages asked for under this key (changed only by the requests, never read while rendering). */
  requested: Set<number>;
}

/**
 * The whole list as one long scrollable column: rows arrive a page at a time as the list is
 * scrolled to them, so a book of 400,000 customers scrolls like one of 40. A new query, sort or
 * reload starts over; answers for an earlier one are ignored.
 */
export function useCustomerWindow(query: CustomersQuery, sort: { field: SortField; order: SortOrder }): CustomerWindow {
  const [round, setRound] = useState(0);
  const key = JSON.stringify({ query, sort, round });
  const [loaded, setLoaded] = useState<Loaded>({ key: '', totalCapped: false, pages: new Map(), previous: new Map(), requested: new Set() });
  if (loaded.key !== key) {
    setLoaded({ key, total: loaded.total, totalCapped: loaded.totalCapped, pages: new Map(), previous: loaded.pages, requested: new Set() });
  }
  const { requested } = loaded;

  const fetchPage = useCallback(
    (page: number) => {
      if (requested.has(page)) return;
      requested.add(page);
      const { query: q, sort: s } = JSON.parse(key) as { query: CustomersQuery; sort: { field: SortField; order: SortOrder } };
      const sameKey = (update: (current: Loaded) => Loaded) => setLoaded((current) => (current.key === key ? update(current) : current));
      api.call('customers.list', { ...q, sortField: s.field, sortOrder: s.order, page: page + 1, pageSize: WINDOW_PAGE_SIZE }).then(
        (answer) =>
          sameKey((current) => ({ ...current, total: answer.total, totalCapped: answer.totalCapped, error: undefined, pages: new Map(current.pages).set(page, answer.items) })),
        (error: unknown) => {
          requested.delete(page);
          sameKey((current) => ({ ...current, error: error instanceof ApiCallError ? error : new ApiCallError({ code: 'NETWORK', message: String(error) }) }));
        },
      );
    },
    [key, requested],
  );

  useEffect(() => fetchPage(0), [fetchPage]);

  const shown = loaded.pages.has(0) ? loaded.pages : loaded.previous;
  const want = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / WINDOW_PAGE_SIZE); page <= Math.floor(last / WINDOW_PAGE_SIZE); page += 1) fetchPage(page);
    },
    [fetchPage],
  );
  return {
    total: loaded.total,
    totalCapped: loaded.totalCapped,
    error: loaded.error,
    loading: !loaded.pages.has(0),
    rowAt: (index) => shown.get(Math.floor(index / WINDOW_PAGE_SIZE))?.[index % WINDOW_PAGE_SIZE],
    want,
    reload: () => setRound((n) => n + 1),
  };
}
