import { asc, desc, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { CustomerListItemDto, CustomersQuery, MethodParsedInput } from '../../contract';
import type { Connection } from '../connection';
import { customerPredictions, customers, LIST_FILTER_INDEX, LIST_SORT_INDEXES, PREDICTIONS_ALIVE_INDEX, tiers } from '../schema';
import { createBookGenerationMemo } from './book-generation-memo';
import { customerConditions, isPrefixSearch, listOrderBy, pAliveSql, searchMatchCountSql, taggedCountSql } from './customer-filters';

export type CustomerPageQuery = MethodParsedInput<'customers.list'>;

/**
 * A search matching more customer records than this is "broad" (typing the first letter or two):
 * its list shows the first this-many customers in the chosen order, read from the sort index
 * and checked row by row, instead of collecting and counting a large part of the book.
 */
const BROAD_SEARCH_CAP = 1000;

/**
 * Walking a sort index and reading each row to check the filters costs one table lookup per row
 * walked; beyond this many rows (a narrow filter, or a deep page of one) the page is found in the
 * filter index instead: one scan of it, sorting only the matches' keys.
 */
const MAX_ROWS_WALKED = 10_000;

export interface CustomerPage {
  rows: CustomerListItemDto[];
  total: number;
  /** Broad search: `total` is the cap, the search matched more. */
  capped: boolean;
}

/** Where the list changes strategy; tests lower them to take every path on a small book. */
export interface ListTuning {
  broadSearchCap: number;
  /** At most this many matches are collected by id while they are counted. */
  collectCap: number;
  maxRowsWalked: number;
  /** Counts remembered until the book changes; the bench sets 0 to measure every count. */
  rememberedCounts: number;
}

export const DEFAULT_LIST_TUNING: ListTuning = { broadSearchCap: BROAD_SEARCH_CAP, collectCap: 5_000, maxRowsWalked: MAX_ROWS_WALKED, rememberedCounts: 32 };

/**
 * How a page is found: by the ids collected while counting (a few thousand matches at most);
 * walking the sort index (rows come in order; each is checked); scanning the filter index (every
 * match found, only their keys sorted); or as SQLite plans it.
 */
type PagePlan = 'walk-sort-index' | 'scan-filter-index' | 'planner' | 'by-id';

/** All matches, or null when there are more than the list collects (then only counted). */
interface Matches {
  total: number;
  ids: number[] | null;
}

export function createCustomersRepo({ db, sqlite }: Pick<Connection, 'db' | 'sqlite'>, tuning: Partial<ListTuning> = {}) {
  const { broadSearchCap, collectCap, maxRowsWalked, rememberedCounts } = { ...DEFAULT_LIST_TUNING, ...tuning };
  const matchMemo = createBookGenerationMemo<Matches>(sqlite, rememberedCounts);
  const searchMemo = createBookGenerationMemo<number>(sqlite, rememberedCounts);
  const columns = sql`${customers.id} AS id, ${customers.buyerNick} AS buyerNick, ${customers.receiverName} AS receiverName,
    ${customers.phone} AS phone, ${customers.province} AS province, ${customers.city} AS city,
    ${customers.orderCount} AS orderCount, ${customers.netSpentFen} AS netSpentFen,
    CASE WHEN ${customers.orderCount} > 0 THEN CAST(round(1.0 * ${customers.netSpentFen} / ${customers.orderCount}) AS INTEGER) END AS averageOrderFen,
    ${customers.firstOrderAt} AS firstOrderAt, ${customers.lastOrderAt} AS lastOrderAt,
    (SELECT ${tiers.name} FROM ${tiers} WHERE ${tiers.id} = ${customers.tierId}) AS tierName, ${pAliveSql} AS pAlive`;

  /**
   * Who matches: how many, and when they are few (a narrow filter, a search) their ids too, found
   * in the same pass, so a page of them is read by id instead of searching for them again.
   */
  const matchesOf = (query: CustomersQuery): Matches =>
    matchMemo.get(JSON.stringify(query), () => {
      const counted = (from: SQL) => ({ total: db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${from} WHERE ${customerConditions(query)}`).n, ids: null });
      if (!hasFilters(query)) return counted(sql`${customers} ${indexed(LIST_FILTER_INDEX)}`);
      if (onlyTags(query)) return { total: db.get<{ n: number }>(taggedCountSql(query.tagIds!)).n, ids: null };
      const ranged = rangeOnlyField(query);
      if (ranged) return counted(sql`${customers} ${indexed(LIST_SORT_INDEXES[ranged])}`);
      const from = filtersOnly(query) ? sql`${customers} ${indexed(LIST_FILTER_INDEX)}` : sql`${customers}`;
      const ids = db.all<{ id: number }>(sql`SELECT ${customers.id} AS id FROM ${from} WHERE ${customerConditions(query)} LIMIT ${collectCap + 1}`).map((r) => r.id);
      return ids.length <= collectCap ? { total: ids.length, ids } : counted(from);
    });

  const searchIsBroad = (text: string | undefined): boolean =>
    text !== undefined &&
    text !== '' &&
    isPrefixSearch(text) &&
    searchMemo.get(text, () => db.get<{ n: number }>(searchMatchCountSql(text, broadSearchCap + 1)).n) > broadSearchCap;

  /**
   * A page by 活跃概率 that is not read by id: those with a P(alive) come from its index, in order,
   * joined to their customer row; after them, those without one, walked in id order. Either way
   * rows come sorted and the walk stops at the page; the boundary between the two is counted
   * only for a page that lies wholly past it.
   */
  const pAlivePageRows = (query: CustomersQuery, sortOrder: 'asc' | 'desc', where: SQL, limit: number, offset: number): CustomerListItemDto[] => {
    const order = sortOrder === 'asc' ? asc : desc;
    // CROSS JOIN keeps the prediction index outermost: SQLite would otherwise start from customers and sort.
    const predicted = (what: SQL) =>
      sql`SELECT ${what} FROM ${customerPredictions} ${indexed(PREDICTIONS_ALIVE_INDEX)} CROSS JOIN ${customers}
        WHERE ${isNotNull(customerPredictions.pAlive)} AND ${customers.id} = ${customerPredictions.customerId} AND ${where}`;
    const rows = db.all<CustomerListItemDto>(
      sql`${predicted(columns)} ORDER BY ${order(customerPredictions.pAlive)}, ${order(customerPredictions.customerId)} LIMIT ${limit} OFFSET ${offset}`,
    );
    // 流失风险 picks customers with a P(alive) only: there is nobody after them.
    if (rows.length === limit || query.churnRisk?.length) return rows;
    const before = rows.length > 0 ? offset + rows.length : db.get<{ n: number }>(predicted(sql`count(*) AS n`)).n;
    const unpredicted = sql`NOT EXISTS (SELECT 1 FROM ${customerPredictions} WHERE ${customerPredictions.customerId} = ${customers.id} AND ${isNotNull(customerPredictions.pAlive)})`;
    const rest = db.all<CustomerListItemDto>(
      sql`SELECT ${columns} FROM ${customers} WHERE ${where} AND ${unpredicted} ORDER BY ${order(customers.id)} LIMIT ${limit - rows.length} OFFSET ${Math.max(0, offset - before)}`,
    );
    return [...rows, ...rest];
  };

  const pageRows = (query: CustomerPageQuery, where: SQL, plan: PagePlan, limit: number, offset: number) => {
    const orderBy = sql.join(listOrderBy(query.sortField, query.sortOrder), sql`, `);
    if (plan === 'by-id') {
      return db.all<CustomerListItemDto>(sql`SELECT ${columns} FROM ${customers} WHERE ${where} ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset}`);
    }
    if (query.sortField === 'pAlive') return pAlivePageRows(query, query.sortOrder, where, limit, offset);
    if (plan === 'scan-filter-index') {
      // The ids of the page from the covering filter index; then only those rows are read.
      const pageIds = sql`SELECT ${customers.id} FROM ${customers} ${indexed(LIST_FILTER_INDEX)} WHERE ${where} ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset}`;
      return db.all<CustomerListItemDto>(sql`SELECT ${columns} FROM ${customers} WHERE ${customers.id} IN (${pageIds}) ORDER BY ${orderBy}`);
    }
    const from = plan === 'walk-sort-index' ? sql`${customers} ${indexed(LIST_SORT_INDEXES[query.sortField])}` : sql`${customers}`;
    return db.all<CustomerListItemDto>(sql`SELECT ${columns} FROM ${from} WHERE ${where} ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset}`);
  };

  return {
    listPage(query: CustomerPageQuery): CustomerPage {
      const { page, pageSize, sortField: _sortField, sortOrder: _sortOrder, ...filters } = query;
      const offset = (page - 1) * pageSize;
      if (searchIsBroad(filters.search)) {
        const limit = Math.max(0, Math.min(pageSize, broadSearchCap - offset));
        const rows = limit === 0 ? [] : pageRows(query, customerConditions(filters, 'walk'), 'walk-sort-index', limit, offset);
        return { rows, total: broadSearchCap, capped: true };
      }
      const { total, ids } = matchesOf(filters);
      if (ids) {
        const byId = sql`${customers.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
        return { rows: pageRows(query, byId, 'by-id', pageSize, offset), total, capped: false };
      }
      // A walk reads (rows of the book ÷ matches) rows for each row of the page and those before it.
      const rowsWalked = ((offset + pageSize) * matchesOf({}).total) / Math.max(total, 1);
      const plan: PagePlan = filters.search
        ? 'planner'
        : rowsWalked <= maxRowsWalked || !hasFilters(filters)
          ? 'walk-sort-index'
          : filtersOnly(filters)
            ? 'scan-filter-index'
            : 'planner';
      const where = customerConditions(filters, plan === 'walk-sort-index' ? 'walk' : 'collect');
      return { rows: pageRows(query, where, plan, pageSize, offset), total, capped: false };
    },
    count: (query: CustomersQuery): number => matchesOf(query).total,
  };
}

const indexed = (name: string) => sql.raw(`INDEXED BY ${name}`);

/** Filters only (no search, no tags) are all columns of the filter index, which counts them in one scan. */
// The covering filter index has no tier column: a tier filter is answered by the tier index instead;
// nor P(alive): 流失风险 is answered by the prediction index.
const filtersOnly = (query: CustomersQuery) => !query.search && !query.tagIds?.length && !query.tierIds?.length && !query.churnRisk?.length;

/** The filters that are bounds on one sortable column: its sort index counts them by a range. */
const RANGE_FILTERS: Record<keyof typeof LIST_SORT_INDEXES, (keyof CustomersQuery)[]> = {
  lastOrderAt: ['lastOrderFrom', 'lastOrderTo'],
  firstOrderAt: ['firstOrderFrom', 'firstOrderTo'],
  orderCount: ['orderCountMin', 'orderCountMax'],
  netSpentFen: ['netSpentMinFen', 'netSpentMaxFen'],
};

function rangeOnlyField(query: CustomersQuery): keyof typeof LIST_SORT_INDEXES | null {
  const given = Object.entries(query).filter(([, value]) => value !== undefined).map(([key]) => key as keyof CustomersQuery);
  if (given.length === 0) return null;
  return (Object.keys(RANGE_FILTERS) as (keyof typeof LIST_SORT_INDEXES)[]).find((field) => given.every((key) => RANGE_FILTERS[field].includes(key))) ?? null;
}

const onlyTags = (query: CustomersQuery) => Boolean(query.tagIds?.length) && Object.entries(query).every(([key, value]) => key === 'tagIds' || value === undefined);

function hasFilters(query: CustomersQuery): boolean {
  return Object.values(query).some((value) => value !== undefined);
}

export type CustomersRepo = ReturnType<typeof createCustomersRepo>;
