import type Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import type { CustomersQuery } from '../../contract';
import type { ExportedCustomer } from '../../core/export/customer-columns';
import type { Drizzle } from '../connection';
import { customers, staff } from '../schema';
import { customerConditions, listOrderBy, pAliveSql, type ListSortField } from './customer-filters';

/** The customers of a query, one at a time in list order: an export never holds them all. */
export function createCustomerExportRepo(sqlite: Database.Database, db: Drizzle) {
  return {
    *iterate(query: CustomersQuery, sortField: ListSortField, sortOrder: 'asc' | 'desc'): Generator<ExportedCustomer> {
      const fields = {
        id: customers.id,
        buyerNick: customers.buyerNick,
        receiverName: customers.receiverName,
        phone: customers.phone,
        province: customers.province,
        city: customers.city,
        district: customers.district,
        address: customers.address,
        orderCount: customers.orderCount,
        paidFen: customers.paidFen,
        refundFen: customers.refundFen,
        netSpentFen: customers.netSpentFen,
        firstOrderAt: customers.firstOrderAt,
        lastOrderAt: customers.lastOrderAt,
        birthdayCalendar: customers.birthdayCalendar,
        birthdayYear: customers.birthdayYear,
        birthdayMonth: customers.birthdayMonth,
        birthdayDay: customers.birthdayDay,
        birthdayLeapMonth: sql<number>`${customers.birthdayLeapMonth}`,
        tierName: sql<string | null>`(SELECT t.name FROM tiers t WHERE t.id = ${customers.tierId})`,
        tags: sql<string | null>`(SELECT group_concat(t.name, '、') FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = ${customers.id})`,
        staffName: staff.name,
        blacklisted: sql<number>`${customers.blacklisted}`,
        doNotDisturb: sql<number>`${customers.doNotDisturb}`,
        notes: customers.notes,
        pAlive: pAliveSql,
      };
      const built = db
        .select(fields)
        .from(customers)
        .leftJoin(staff, sql`${staff.id} = ${customers.assignedStaffId}`)
        .where(customerConditions(query))
        .orderBy(...listOrderBy(sortField, sortOrder))
        .toSQL();
      // Drizzle's builder reads every row at once; better-sqlite3's iterate() steps one at a time.
      const names = Object.keys(fields);
      for (const values of sqlite.prepare(built.sql).raw(true).iterate(...built.params) as Iterable<unknown[]>) {
        const row: Record<string, unknown> = {};
        for (let i = 0; i < names.length; i += 1) row[names[i]!] = values[i];
        yield row as unknown as ExportedCustomer;
      }
    },
  };
}

export type CustomerExportRepo = ReturnType<typeof createCustomerExportRepo>;
