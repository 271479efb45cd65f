import { createHash } from 'node:crypto';
import { normaliseHeader } from '../../core/import/header-names';
import { ORDER_FIELDS, type ColumnMapping, type OrderField } from '../../contract/order-fields';
import type { SettingsRepo } from '../../db/repos/settings-repo';

const KEY_PREFIX = 'columnMapping:';

export interface MappingMemory {
  recall(headers: readonly string[]): ColumnMapping | null;
  remember(headers: readonly string[], mapping: ColumnMapping, at: string): void;
}

/**
 * Column mappings the owner chose, remembered per source: files with the same header row (the
 * same export template of the same platform or tool) get the same mapping next time.
 */
export function createMappingMemory(settings: SettingsRepo): MappingMemory {
  return {
    recall(headers) {
      const stored = settings.readAll().get(keyFor(headers));
      return isMapping(stored, headers) ? stored : null;
    },
    remember(headers, mapping, at) {
      settings.write({ [keyFor(headers)]: mapping }, at);
    },
  };
}

function keyFor(headers: readonly string[]): string {
  const signature = createHash('sha256').update(headers.map(normaliseHeader).join('\u001f')).digest('hex').slice(0, 32);
  return `${KEY_PREFIX}${signature}`;
}

function isMapping(value: unknown, headers: readonly string[]): value is ColumnMapping {
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).every(
    ([field, header]) => (ORDER_FIELDS as readonly string[]).includes(field as OrderField) && typeof header === 'string' && headers.includes(header),
  );
}
