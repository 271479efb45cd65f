import type { ApiError, ErrorCode, FieldProblem } from '@contract';

/** A failed call, carrying the backend's Chinese message for the screen. */
export class ApiCallError extends Error {
  readonly code: ErrorCode | 'NETWORK';
  readonly details: FieldProblem[];

  constructor(error: ApiError | { code: 'NETWORK'; message: string }) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.details = 'details' in error && error.details ? error.details : [];
  }
}
