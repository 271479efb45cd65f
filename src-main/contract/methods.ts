import type { z } from 'zod';
import type { AppInfoDto } from './dto/app';
import type { CustomerListItemDto, PageDto } from './dto/customers';
import type { SettingsDto } from './dto/settings';
import { customersListInput, emptyInput, settingsUpdateInput } from './schemas';

/**
 * Every method of the API, `<domain>.<verb>`. Each entry: the zod schema of its input and
 * whether it writes. Outputs are typed in `MethodOutputs` below.
 */
export const methods = {
  /** Version, database file, schema version and the size of the book. Reads only. */
  'app.info': { input: emptyInput, writes: false },
  /** The shop's settings. Reads only. */
  'settings.get': { input: emptyInput, writes: false },
  /** Changes the given settings, keeps the others; returns all settings. Emits `settings.changed`. */
  'settings.update': { input: settingsUpdateInput, writes: true },
  /** One page of the customer book, sorted; money in fen. Reads only. */
  'customers.list': { input: customersListInput, writes: false },
} as const satisfies Record<string, { input: z.ZodType; writes: boolean }>;

export type MethodName = keyof typeof methods;

export interface MethodOutputs {
  'app.info': AppInfoDto;
  'settings.get': SettingsDto;
  'settings.update': SettingsDto;
  'customers.list': PageDto<CustomerListItemDto>;
}

/** What a caller sends (defaults may be omitted). */
export type MethodInput<M extends MethodName> = z.input<(typeof methods)[M]['input']>;
/** What a handler receives after validation (defaults filled in). */
export type MethodParsedInput<M extends MethodName> = z.output<(typeof methods)[M]['input']>;
export type MethodOutput<M extends MethodName> = MethodOutputs[M];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}
