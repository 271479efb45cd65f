import type { AppInfoDto } from '../contract';
import type { CustomersRepo } from '../db/repos/customers-repo';
import type { OrdersRepo } from '../db/repos/orders-repo';

export interface AppFacts {
  version: string;
  databasePath: string;
  schemaVersion: number;
  latestSchemaVersion: number;
}

export function createAppService(deps: { facts: AppFacts; customersRepo: CustomersRepo; ordersRepo: OrdersRepo }) {
  return {
    info(): AppInfoDto {
      return {
        ...deps.facts,
        customerCount: deps.customersRepo.count({}),
        orderCount: deps.ordersRepo.countAll(),
      };
    },
  };
}

export type AppService = ReturnType<typeof createAppService>;
