import type { ColumnMapping, OrderField } from '@contract';
import { useCallback, useState } from 'react';
import { withField } from '../format/column-mapping';

export interface MappingDrafts {
  /** The owner's mapping of each file whose 对应列 panel was shown, by upload id. */
  drafts: Record<string, ColumnMapping>;
  /** Starts from the proposed mapping (when the panel is first shown or first changed). */
  start(uploadId: string, proposed: ColumnMapping): void;
  /** Maps `field` to `header` (null: 不导入). */
  change(uploadId: string, proposed: ColumnMapping, field: OrderField, header: string | null): void;
  /** Forgets the owner's mapping: the proposed one applies again. */
  drop(uploadId: string): void;
  clear(): void;
}

/** The column mappings the owner looked at or changed, before they go with 预览. */
export function useMappingDrafts(): MappingDrafts {
  const [drafts, setDrafts] = useState<Record<string, ColumnMapping>>({});

  const start = useCallback((uploadId: string, proposed: ColumnMapping) => {
    setDrafts((all) => (all[uploadId] ? all : { ...all, [uploadId]: { ...proposed } }));
  }, []);

  const change = useCallback((uploadId: string, proposed: ColumnMapping, field: OrderField, header: string | null) => {
    setDrafts((all) => ({ ...all, [uploadId]: withField(all[uploadId] ?? proposed, field, header) }));
  }, []);

  const drop = useCallback((uploadId: string) => {
    setDrafts((all) => {
      const { [uploadId]: _dropped, ...rest } = all;
      return rest;
    });
  }, []);

  const clear = useCallback(() => setDrafts({}), []);

  return { drafts, start, change, drop, clear };
}
