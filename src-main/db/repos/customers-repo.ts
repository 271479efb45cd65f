import { asc, count, desc, sql } from 'drizzle-orm';
import type { CustomerListItemDto, MethodParsedInput } from '../../contract';
import type { CustomersQuery } from '../../contract';
import type { Drizzle } from '../connection';
import { customers } from '../schema';
import { customerConditions, SORT_COLUMNS } from './customer-filters';

export type CustomerPageQuery = MethodParsedInput<'customers.list'>;


export function createCustomersRepo(db: Drizzle) {
  return {
    listPage(query: CustomerPageQuery): { rows: CustomerListItemDto[]; total: number } {
      const order = query.sortOrder === 'asc' ? asc : desc;
      const where = customerConditions(query);
      const rows = db
        .select({
          id: customers.id,
          buyerNick: customers.buyerNick,
          receiverName: customers.receiverName,
          phone: customers.phone,
          province: customers.province,
          city: customers.city,
          orderCount: customers.orderCount,
          netSpentFen: customers.netSpentFen,
          averageOrderFen: sql<number | null>`CASE WHEN ${customers.orderCount} > 0 THEN CAST(round(1.0 * ${customers.netSpentFen} / ${customers.orderCount}) AS INTEGER) END`,
          firstOrderAt: customers.firstOrderAt,
          lastOrderAt: customers.lastOrderAt,
        })
        .from(customers)
        .where(where)
        .orderBy(order(SORT_COLUMNS[query.sortField]), order(customers.id))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .all();
      return { rows, total: this.count(query) };
    },
    count(query: CustomersQuery): number {
      return db.select({ n: count() }).from(customers).where(customerConditions(query)).get()?.n ?? 0;
    },
  };
}

export type CustomersRepo = ReturnType<typeof createCustomersRepo>;
