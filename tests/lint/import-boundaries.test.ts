import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/paths';

const eslint = new ESLint({ cwd: PROJECT_ROOT });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries (npm run lint fails on these)', () => {
  it.each([
    ['src-main/core/x.ts', "import { app } from 'electron';"],
    ['src-main/core/x.ts', "import { readFileSync } from 'node:fs';"],
    ['src-main/core/x.ts', "import { join } from 'path';"],
    ['src-main/core/x.ts', "import Database from 'better-sqlite3';"],
    ['src-main/core/x.ts', "import { eq } from 'drizzle-orm';"],
    ['src-main/core/x.ts', "import { customers } from '../db/schema';"],
    ['src-main/contract/x.ts', "import { ipcMain } from 'electron';"],
    ['src-main/contract/x.ts', "import { createHash } from 'node:crypto';"],
    ['src-main/contract/x.ts', "import { sqliteTable } from 'drizzle-orm/sqlite-core';"],
    ['src-main/services/x.ts', "import { sql } from 'drizzle-orm';"],
    ['src-main/http/x.ts', "import { BrowserWindow } from 'electron';"],
    ['src-renderer/pages/X.tsx', "import { createBackend } from '../../src-main/backend';"],
    ['src-renderer/pages/X.tsx', "import { methods } from '../../src-main/contract';"],
    ['src-renderer/pages/X.tsx', "import { ipcRenderer } from 'electron';"],
    ['src-renderer/pages/X.tsx', "import fs from 'node:fs';"],
  ])('%s: %s is refused', async (file, code) => {
    expect(await boundaryErrors(file, `${code}\nexport const used = 1;\n`)).not.toEqual([]);
  });

  it.each([
    ['src-main/core/x.ts', "import type { SettingsDto } from '../contract';"],
    ['src-main/db/x.ts', "import Database from 'better-sqlite3';"],
    ['src-main/electron/x.ts', "import { app } from 'electron';"],
    ['src-renderer/pages/X.tsx', "import type { SettingsDto } from '@contract';"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await boundaryErrors(file, `${code}\nexport const used = 1;\n`)).toEqual([]);
  });
});
