import { ApiCallError } from '../api/api-call-error';

/**
 * The sentence to show beside what the user edited. For refused input the field messages alone
 * (「拉黑时请写明原因」), without the field paths the general message starts with.
 */
export function errorText(error: unknown): string {
  if (error instanceof ApiCallError) {
    return error.details.length > 0 ? error.details.map((d) => d.message).join('；') : error.message;
  }
  return error instanceof Error ? error.message : '操作没有完成，请重试。';
}
