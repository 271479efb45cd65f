import type { MemberListImportDto, MethodInput } from '@contract';
import { useState } from 'react';
import { ApiCallError } from '../api/api-call-error';
import { api } from '../api/client';
import { errorText } from '../format/api-error';

export interface MemberListColumns {
  nickColumn: number | null;
  phoneColumn: number | null;
  birthdayColumn: number | null;
}

export interface MemberListImport {
  columns: MemberListColumns;
  changeColumns(patch: Partial<MemberListColumns>): void;
  overwrite: boolean;
  setOverwrite(overwrite: boolean): void;
  /** Why 预览 cannot be asked yet; null when it can. */
  blocked: string | null;
  /** The preview of exactly the current choices; null once they changed. */
  preview: MemberListImportDto | null;
  busy: 'preview' | 'import' | null;
  error: string | undefined;
  /** The server's messages by field (nickColumn, birthdayColumn…). */
  fieldErrors: Record<string, string>;
  runPreview(): Promise<void>;
  /** Imports as previewed; resolves with the result, or null when it was refused. */
  runImport(): Promise<MemberListImportDto | null>;
}

type ImportInput = MethodInput<'birthdays.importList'>;

/** The mapping, preview and import of one uploaded member list. */
export function useMemberListImport(uploadId: string, guess: MemberListColumns): MemberListImport {
  const [columns, setColumns] = useState<MemberListColumns>(guess);
  const [overwrite, setOverwrite] = useState(false);
  const [preview, setPreview] = useState<{ inputKey: string; result: MemberListImportDto } | null>(null);
  const [busy, setBusy] = useState<MemberListImport['busy']>(null);
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const { birthdayColumn } = columns;
  const blocked =
    birthdayColumn === null
      ? '请选择生日所在的列。'
      : columns.nickColumn === null && columns.phoneColumn === null
        ? '请至少选择买家昵称或手机号所在的列。'
        : null;
  const input: ImportInput | null = birthdayColumn === null || blocked ? null : { uploadId, mapping: { ...columns, birthdayColumn }, overwrite };
  const inputKey = JSON.stringify(input);

  const attempt = async <T>(kind: 'preview' | 'import', work: (sent: ImportInput) => Promise<T>): Promise<T | null> => {
    if (!input) return null;
    setBusy(kind);
    setError(undefined);
    setFieldErrors({});
    try {
      return await work(input);
    } catch (failure) {
      if (failure instanceof ApiCallError && failure.details.length > 0) {
        // mapping.birthdayColumn → birthdayColumn, to show under its picker.
        setFieldErrors(Object.fromEntries(failure.details.map((d) => [d.path.split('.').at(-1) ?? '', d.message])));
      }
      setError(errorText(failure));
      return null;
    } finally {
      setBusy(null);
    }
  };

  return {
    columns,
    changeColumns: (patch) => setColumns((current) => ({ ...current, ...patch })),
    overwrite,
    setOverwrite,
    blocked,
    preview: preview?.inputKey === inputKey ? preview.result : null,
    busy,
    error,
    fieldErrors,
    async runPreview() {
      await attempt('preview', async (sent) => setPreview({ inputKey, result: await api.call('birthdays.previewList', sent) }));
    },
    runImport: () => attempt('import', (sent) => api.call('birthdays.importList', sent)),
  };
}
