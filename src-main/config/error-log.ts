import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const ERROR_LOG_FILE = 'zhanggui-errors.log';

/**
 * Appends one already-masked line to the error log. Logging must never break the app, so a
 * failure to write (full disk, read-only folder) is swallowed.
 */
export function appendErrorLog(logDir: string, line: string, now: Date = new Date()): void {
  try {
    mkdirSync(logDir, { recursive: true });
    appendFileSync(join(logDir, ERROR_LOG_FILE), `${now.toISOString()} ${line}\n`, 'utf8');
  } catch {
    // The line was also printed or shown; losing it from the file is the lesser harm.
  }
}
