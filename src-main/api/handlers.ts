import type { AppService } from '../services/app-service';
import type { CustomersService } from '../services/customers-service';
import type { SettingsService } from '../services/settings-service';
import type { Handlers } from './dispatch';

export interface Services {
  app: AppService;
  settings: SettingsService;
  customers: CustomersService;
}

/** The handler table: one line per contract method, no logic of its own. */
export function createHandlers(services: Services): Handlers {
  return {
    'app.info': () => services.app.info(),
    'settings.get': () => services.settings.get(),
    'settings.update': (input) => services.settings.update(input),
    'customers.list': (input) => services.customers.list(input),
  };
}
