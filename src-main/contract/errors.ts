/** Error codes every transport returns; the message is always Chinese and meant for the user. */
export const ERROR_CODES = [
  /** The method name is not in the contract. */
  'UNKNOWN_METHOD',
  /** The input failed the method's zod schema; `details` lists the fields. */
  'INVALID_INPUT',
  /** The request itself is unreadable (malformed JSON, wrong content type, too large). */
  'BAD_REQUEST',
  /** Nobody is signed in at this window (or the session ended): the window shows the login. */
  'UNAUTHENTICATED',
  /** The request came from a page or host this app does not trust, or the account may not do this. */
  'FORBIDDEN',
  /** Understood, but cannot be done now (e.g. another import is running); the message says why. */
  'REJECTED',
  /** Something failed inside; logged with personal data masked. */
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldProblem {
  /** Dotted path of the field, e.g. `pageSize` or `sort.field`; empty for the whole input. */
  path: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: FieldProblem[];
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };
