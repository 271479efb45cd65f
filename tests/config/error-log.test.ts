import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendErrorLog, ERROR_LOG_FILE } from '../../src-main/config/error-log';
import { FROZEN_NOW } from '../helpers/paths';
import { useTempDir } from '../helpers/temp-dir';

describe('the error log the owner can send', () => {
  const tempDir = useTempDir();

  it('appends timestamped lines, creating the folder', () => {
    const logDir = join(tempDir(), 'logs');
    appendErrorLog(logDir, '[app.info] first', FROZEN_NOW);
    appendErrorLog(logDir, '[app.info] second', FROZEN_NOW);
    expect(readFileSync(join(logDir, ERROR_LOG_FILE), 'utf8')).toBe(
      '2026-11-22T01:30:00.000Z [app.info] first\n2026-11-22T01:30:00.000Z [app.info] second\n',
    );
  });

  it('never throws when the folder cannot be made (here: a file stands where the folder should be)', () => {
    const blocker = join(tempDir(), 'not-a-folder');
    writeFileSync(blocker, 'x');
    expect(() => appendErrorLog(join(blocker, 'logs'), 'line', FROZEN_NOW)).not.toThrow();
    expect(existsSync(join(blocker, 'logs'))).toBe(false);
  });
});
