import { and, type AnyColumn, asc, desc, eq, gte, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { CHURN_RISK_BOUNDS, CHURN_RISK_LEVELS, type ChurnRiskLevel, type CUSTOMER_SORT_FIELDS, type CustomersQuery } from '../../contract';
import { customerPredictions, customers, customerTags, MERGED_INTO_INDEX, orders, shops } from '../schema';

/** The columns of the customers table the list (and its export) can be sorted by. */
export const SORT_COLUMNS = {
  lastOrderAt: customers.lastOrderAt,
  firstOrderAt: customers.firstOrderAt,
  orderCount: customers.orderCount,
  netSpentFen: customers.netSpentFen,
} as const;

export type ListSortField = (typeof CUSTOMER_SORT_FIELDS)[number];

/** A customer's P(alive) (活跃概率); null without a prediction or for a one-day buyer. */
export const pAliveSql = sql<number | null>`(SELECT ${customerPredictions.pAlive} FROM ${customerPredictions} WHERE ${customerPredictions.customerId} = ${customers.id})`;

/**
 * The list's order: by the field, ties by id, both the same way. Customers without a P(alive)
 * come last whichever way 活跃概率 is sorted: the owner sorting it either way looks for the
 * ones the model can say something about.
 */
export function listOrderBy(sortField: ListSortField, sortOrder: 'asc' | 'desc'): SQL[] {
  const order = sortOrder === 'asc' ? asc : desc;
  if (sortField === 'pAlive') return [sql`${pAliveSql} ${sql.raw(sortOrder)} NULLS LAST`, order(customers.id)];
  return [order(SORT_COLUMNS[sortField]), order(customers.id)];
}

/** The P(alive) ranges of the chosen 流失风险 levels, adjacent levels joined (高+中 is one range). */
export function churnRiskRanges(levels: readonly ChurnRiskLevel[]): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  for (const level of CHURN_RISK_LEVELS.filter((l) => levels.includes(l)).sort((a, b) => CHURN_RISK_BOUNDS[a].from - CHURN_RISK_BOUNDS[b].from)) {
    const { from, to } = CHURN_RISK_BOUNDS[level];
    const last = ranges.at(-1);
    if (last && last.to === from) last.to = to;
    else ranges.push({ from, to });
  }
  return ranges;
}

/** P(alive) within any of the ranges (NULL within none). */
export function pAliveInRanges(column: AnyColumn, ranges: { from: number; to: number }[]): SQL {
  return or(...ranges.map((r) => and(gte(column, r.from), lt(column, r.to))))!;
}

/** Above every character in SQLite's BINARY order: `x <= v < x + END` is "v starts with x". */
const END = '\u{10FFFF}';

/**
 * The WHERE clause of a customer query: active (not merged-away) customers matching every given
 * filter. `collect` gathers the customers a search or a tag names first (few of them: read just
 * those); `walk` checks each row as a sort index is walked (a broad search or a common tag: the
 * page fills after a few rows, collecting every match would cost more).
 */
export function customerConditions(query: CustomersQuery, mode: 'collect' | 'walk' = 'collect'): SQL {
  const conditions: (SQL | undefined)[] = [isNull(customers.mergedIntoId)];
  if (query.search) conditions.push(mode === 'walk' ? broadSearchCondition(query.search) : searchCondition(query.search));
  // Unary plus: matching by shop must never steer SQLite onto the (shop, identity) index, which
  // would read every customer of a one-shop book in identity order (0.7 s at 400k) to sort them.
  if (query.shopIds?.length) conditions.push(sql`+${customers.shopId} IN ${query.shopIds}`);
  if (query.tagIds?.length && mode === 'walk') {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${customerTags} WHERE ${customerTags.customerId} = ${customers.id} AND ${inArray(customerTags.tagId, query.tagIds)})`);
  } else if (query.tagIds?.length) {
    conditions.push(inArray(customers.id, sql`(SELECT ${customerTags.customerId} FROM ${customerTags} WHERE ${inArray(customerTags.tagId, query.tagIds)})`));
  }
  if (query.provinces?.length) conditions.push(inArray(customers.province, query.provinces));
  if (query.cities?.length) conditions.push(inArray(customers.city, query.cities));
  if (query.firstOrderFrom) conditions.push(gte(customers.firstOrderAt, `${query.firstOrderFrom} 00:00:00`));
  if (query.firstOrderTo) conditions.push(lte(customers.firstOrderAt, `${query.firstOrderTo} 23:59:59`));
  if (query.lastOrderFrom) conditions.push(gte(customers.lastOrderAt, `${query.lastOrderFrom} 00:00:00`));
  if (query.lastOrderTo) conditions.push(lte(customers.lastOrderAt, `${query.lastOrderTo} 23:59:59`));
  if (query.orderCountMin !== undefined) conditions.push(gte(customers.orderCount, query.orderCountMin));
  if (query.orderCountMax !== undefined) conditions.push(lte(customers.orderCount, query.orderCountMax));
  if (query.netSpentMinFen !== undefined) conditions.push(gte(customers.netSpentFen, query.netSpentMinFen));
  if (query.netSpentMaxFen !== undefined) conditions.push(lte(customers.netSpentFen, query.netSpentMaxFen));
  if (query.birthdayMonth !== undefined) conditions.push(eq(customers.birthdayMonth, query.birthdayMonth));
  if (query.blacklisted !== undefined) conditions.push(eq(customers.blacklisted, query.blacklisted));
  if (query.doNotDisturb !== undefined) conditions.push(eq(customers.doNotDisturb, query.doNotDisturb));
  if (query.tierIds?.length) {
    const ids = query.tierIds.filter((id) => id > 0);
    const byId = ids.length > 0 ? inArray(customers.tierId, ids) : undefined;
    conditions.push(query.tierIds.includes(0) ? or(byId, isNull(customers.tierId)) : byId);
  }
  if (query.assignedStaffId === 0) conditions.push(isNull(customers.assignedStaffId));
  else if (query.assignedStaffId !== undefined) conditions.push(eq(customers.assignedStaffId, query.assignedStaffId));
  if (query.churnRisk?.length) {
    const inRanges = pAliveInRanges(customerPredictions.pAlive, churnRiskRanges(query.churnRisk));
    // Collect: the matches come from the P(alive) index by range; walk: one lookup by id per row.
    conditions.push(
      mode === 'walk'
        ? sql`EXISTS (SELECT 1 FROM ${customerPredictions} WHERE ${customerPredictions.customerId} = ${customers.id} AND ${inRanges})`
        : inArray(customers.id, sql`(SELECT ${customerPredictions.customerId} FROM ${customerPredictions} WHERE ${inRanges})`),
    );
  }
  return and(...conditions)!;
}

/** Any record of the group (a customer and those merged into it) may match; the list shows the group's customer. */
const member = alias(customers, 'member');

/**
 * What staff type into the search box, each form answered from an index: 4 digits are a phone's
 * 尾号; 11 digits a mobile number (looked up by its tail); 12 or more digits an order number;
 * anything else the start of a buyer nick or a receiver name.
 */
function searchCondition(text: string): SQL {
  // Raw SQL does not render an alias's FROM clause by itself.
  const from = sql`${customers} AS ${sql.identifier('member')}`;
  return inArray(customers.id, sql`(SELECT coalesce(${member.mergedIntoId}, ${member.id}) FROM ${from} WHERE ${memberMatches(text)})`);
}

/**
 * The customer itself matches, or one merged into it does (few customers are merged: that list
 * comes from the partial merged_into index).
 */
function broadSearchCondition(text: string): SQL {
  // By name: left to itself SQLite reads every nick the prefix matches to find the few merged ones.
  const from = sql`${customers} AS ${sql.identifier('member')} INDEXED BY ${sql.identifier(MERGED_INTO_INDEX)}`;
  return or(
    prefixMatches(customers, text),
    inArray(customers.id, sql`(SELECT ${member.mergedIntoId} FROM ${from} WHERE ${member.mergedIntoId} IS NOT NULL AND ${prefixMatches(member, text)})`),
  )!;
}

/**
 * How many active customers carry any of these tags, without reading a customer row: distinct
 * tagged ids, less the few merged-away records that still hold their tags (kept for undo).
 */
export function taggedCountSql(tagIds: number[]): SQL {
  const tagged = (id: SQL) => sql`SELECT 1 FROM ${customerTags} WHERE ${customerTags.customerId} = ${id} AND ${inArray(customerTags.tagId, tagIds)}`;
  return sql`SELECT (SELECT count(DISTINCT ${customerTags.customerId}) FROM ${customerTags} WHERE ${inArray(customerTags.tagId, tagIds)})
    - (SELECT count(*) FROM ${customers} WHERE ${customers.mergedIntoId} IS NOT NULL AND EXISTS (${tagged(sql`${customers.id}`)})) AS n`;
}

/** How many customer records (merged ones included) the search matches, counting no further than `cap`. */
export function searchMatchCountSql(text: string, cap: number): SQL {
  const from = sql`${customers} AS ${sql.identifier('member')}`;
  return sql`SELECT count(*) AS n FROM (SELECT 1 FROM ${from} WHERE ${memberMatches(text)} LIMIT ${cap})`;
}

/** Digits are a phone, 尾号 or order number: answered exactly, never broad. */
export function isPrefixSearch(text: string): boolean {
  return !/^\d+$/.test(text) || (text.length !== 4 && text.length !== 11 && text.length < 12);
}

function memberMatches(text: string): SQL {
  if (/^\d+$/.test(text)) {
    if (text.length === 4) return eq(member.phoneTail, text);
    if (text.length === 11) return and(eq(member.phoneTail, text.slice(-4)), eq(member.phone, text))!;
    if (text.length >= 12) {
      return inArray(
        member.id,
        sql`(SELECT ${orders.customerId} FROM ${orders} WHERE ${orders.shopId} IN (SELECT ${shops.id} FROM ${shops}) AND ${orders.orderNo} = ${text})`,
      );
    }
  }
  return prefixMatches(member, text);
}

/** The start of a buyer nick or a receiver name. */
function prefixMatches(table: Record<'shopId' | 'identityKey' | 'receiverName', AnyColumn>, text: string): SQL {
  const nickKey = `nick:${text}`;
  return or(
    and(inArray(table.shopId, sql`(SELECT ${shops.id} FROM ${shops})`), gte(table.identityKey, nickKey), lt(table.identityKey, nickKey + END)),
    and(gte(table.receiverName, text), lt(table.receiverName, text + END)),
  )!;
}
