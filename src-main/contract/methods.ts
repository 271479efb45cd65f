import type { z } from 'zod';
import type { AppInfoDto } from './dto/app';
import type { CustomerListItemDto, PageDto } from './dto/customers';
import type { SettingsDto } from './dto/settings';
import type { BookStatsDto } from './dto/stats';
import type { FileInspectionDto, ImportBatchDto, ImportJobDto, ImportProblemDto, UploadDto } from './dto/imports';
import {
  emptyInput,
  importJobInput,
  importsHistoryInput,
  importsPreviewInput,
  importsProblemsInput,
  settingsUpdateInput,
  uploadRefInput,
  uploadsAppendInput,
  uploadsBeginInput,
} from './schemas';
import { customersListInput } from './customers-query';

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
  /** Counts of customers, orders and lines, orders by status, and net sales in fen. Reads only. */
  'stats.get': { input: emptyInput, writes: false },
  /** Starts receiving a file to import; the bytes follow with `uploads.append`. */
  'uploads.begin': { input: uploadsBeginInput, writes: false },
  /** Appends the next piece (base64, at most 4 MiB) at `offset`, which must equal what was received. */
  'uploads.append': { input: uploadsAppendInput, writes: false },
  /** Forgets an upload and deletes its bytes. */
  'uploads.discard': { input: uploadRefInput, writes: false },
  /**
   * Previews importing the uploaded files: runs the whole import in the background and rolls it
   * back. Progress arrives as `imports.progress`, the figures as `imports.finished`. Writes nothing.
   */
  'imports.preview': { input: importsPreviewInput, writes: false },
  /** Reads the header and first rows of an uploaded file and proposes a column mapping. Reads only. */
  'imports.inspect': { input: uploadRefInput, writes: false },
  /** Applies a finished preview, exactly as previewed (refused if the book changed meanwhile). */
  'imports.commit': { input: importJobInput, writes: true },
  /** Stops a running preview or commit; a stopped commit leaves the book exactly as before. */
  'imports.cancel': { input: importJobInput, writes: false },
  /** The current state of an import job (after a reload, or instead of listening to events). */
  'imports.status': { input: importJobInput, writes: false },
  /** The import history (导入记录), newest first. Reads only. */
  'imports.history': { input: importsHistoryInput, writes: false },
  /** The problem rows kept for one imported file. Reads only. */
  'imports.problems': { input: importsProblemsInput, writes: false },
} as const satisfies Record<string, { input: z.ZodType; writes: boolean }>;

export type MethodName = keyof typeof methods;

export interface MethodOutputs {
  'app.info': AppInfoDto;
  'settings.get': SettingsDto;
  'settings.update': SettingsDto;
  'customers.list': PageDto<CustomerListItemDto>;
  'stats.get': BookStatsDto;
  'uploads.begin': UploadDto;
  'uploads.append': UploadDto;
  'uploads.discard': { discarded: boolean };
  'imports.preview': ImportJobDto;
  'imports.inspect': FileInspectionDto;
  'imports.commit': ImportJobDto;
  'imports.cancel': ImportJobDto;
  'imports.status': ImportJobDto;
  'imports.history': PageDto<ImportBatchDto>;
  'imports.problems': PageDto<ImportProblemDto>;
}

/** What a caller sends (defaults may be omitted). */
export type MethodInput<M extends MethodName> = z.input<(typeof methods)[M]['input']>;
/** What a handler receives after validation (defaults filled in). */
export type MethodParsedInput<M extends MethodName> = z.output<(typeof methods)[M]['input']>;
export type MethodOutput<M extends MethodName> = MethodOutputs[M];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}
