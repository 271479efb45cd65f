import { count } from 'drizzle-orm';
import type { Drizzle } from '../connection';
import { orders } from '../schema';

export function createOrdersRepo(db: Drizzle) {
  return {
    countAll(): number {
      return db.select({ n: count() }).from(orders).get()?.n ?? 0;
    },
  };
}

export type OrdersRepo = ReturnType<typeof createOrdersRepo>;
