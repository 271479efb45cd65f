import type { MessagePort } from 'node:worker_threads';
import type { PackedRow } from '../../core/import/prepared-row-codec';
import type { PreparePlan } from '../../core/import/prepared-rows';
import type { TextEncodingName } from '../../core/import/text-decoding';

/** What the import thread asks the parse worker to read (structured-cloned as workerData). */
export interface ParseRequest {
  path: string;
  name: string;
  plan: PreparePlan;
  /** Also send the file's bytes, compressed, to be kept with its batch. */
  keep: boolean;
}

export interface ParseWorkerData extends ParseRequest {
  port: MessagePort;
  /** Int32 [messages posted, messages taken, started]: how far the parser may run ahead, and a wake-up. */
  counters: SharedArrayBuffer;
}

export const POSTED = 0;
export const TAKEN = 1;
/** Set to 1 by the parse worker as it starts: a worker that fails to load never does. */
export const STARTED = 2;
/** Messages the parser may post before the import thread has taken them: bounds the memory. */
export const MAX_AHEAD = 8;
export const ROWS_PER_MESSAGE = 500;

export type ParseMessage =
  | { type: 'rows'; rows: PackedRow[]; bytesRead: number; rowCount: number }
  | { type: 'part'; data: Uint8Array }
  | { type: 'end'; encoding: TextEncodingName | 'xlsx'; rows: number; sha256: string }
  | { type: 'failed'; error: { kind: 'refused' | 'header-not-found' | 'internal'; file: string; message: string } };
