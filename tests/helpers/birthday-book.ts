import type { Backend } from '../../src-main/backend';
import type { BirthdayDto, CustomerListItemDto, PageDto } from '../../src-main/contract';
import { openTestBackend } from './backend';
import { call, FIRST_EXPORT, importFixtureFiles } from './dispatch-calls';

export type BirthdayInput = Partial<Pick<BirthdayDto, 'year' | 'leapMonth'>> & Pick<BirthdayDto, 'calendar' | 'month' | 'day'>;

/**
 * A book imported from the first 2022 export (20 customers, every one with a nick and a whole
 * phone), and its customers by nick, so tests name the people they set birthdays on.
 */
export async function openFixtureBook(dir: string, overrides: Parameters<typeof openTestBackend>[1] = {}) {
  const opened = await openTestBackend(dir, overrides);
  importFixtureFiles(opened.backend, FIRST_EXPORT);
  const customers = (await call<PageDto<CustomerListItemDto>>(opened.backend, 'customers.list', { pageSize: 200 })).items;
  const byNick = (nick: string): CustomerListItemDto => {
    const customer = customers.find((c) => c.buyerNick === nick);
    if (!customer) throw new Error(`The fixture has no customer ${nick}`);
    return customer;
  };
  return { ...opened, customers, byNick };
}

export function setBirthday(backend: Backend, id: number, birthday: BirthdayInput | null) {
  return call(backend, 'customers.update', { id, birthday });
}
