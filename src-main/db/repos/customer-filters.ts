import { and, eq, gte, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { CustomersQuery } from '../../contract';
import { customers, customerTags, orders, shops } from '../schema';

/** The columns the list (and its export) can be sorted by. */
export const SORT_COLUMNS = {
  lastOrderAt: customers.lastOrderAt,
  firstOrderAt: customers.firstOrderAt,
  orderCount: customers.orderCount,
  netSpentFen: customers.netSpentFen,
} as const;

/** Above every character in SQLite's BINARY order: `x <= v < x + END` is "v starts with x". */
const END = '\u{10FFFF}';

/** The WHERE clause of a customer query: active (not merged-away) customers matching every given filter. */
export function customerConditions(query: CustomersQuery): SQL {
  const conditions: (SQL | undefined)[] = [isNull(customers.mergedIntoId)];
  if (query.search) conditions.push(searchCondition(query.search));
  if (query.shopIds?.length) conditions.push(inArray(customers.shopId, query.shopIds));
  if (query.tagIds?.length) {
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
  if (query.assignedStaffId === 0) conditions.push(isNull(customers.assignedStaffId));
  else if (query.assignedStaffId !== undefined) conditions.push(eq(customers.assignedStaffId, query.assignedStaffId));
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
  const nickKey = `nick:${text}`;
  return or(
    and(inArray(member.shopId, sql`(SELECT ${shops.id} FROM ${shops})`), gte(member.identityKey, nickKey), lt(member.identityKey, nickKey + END)),
    and(gte(member.receiverName, text), lt(member.receiverName, text + END)),
  )!;
}
