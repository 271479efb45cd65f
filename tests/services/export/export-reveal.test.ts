import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportFileDto } from '../../../src-main/contract';
import { openTestBackend } from '../../helpers/backend';
import { call, FIRST_EXPORT, importFixtureFiles, rejected } from '../../helpers/dispatch-calls';
import { useTempDir } from '../../helpers/temp-dir';

describe('exports.reveal: the desktop app shows a finished export in its folder', () => {
  const tempDir = useTempDir();

  it('shows the export the app just wrote, and nothing outside the exports folder', async () => {
    const dir = tempDir();
    const shown: string[] = [];
    const { backend } = await openTestBackend(dir, { revealFile: (path) => shown.push(path) });
    try {
      importFixtureFiles(backend, FIRST_EXPORT);
      const file = await call<ExportFileDto>(backend, 'customers.export', { format: 'csv' });
      expect(await call(backend, 'exports.reveal', { fileName: file.fileName })).toEqual({ shown: true });
      expect(shown).toEqual([file.path]);
      expect(dirname(file.path)).toBe(join(dir, 'exports'));

      for (const fileName of ['../book.sqlite', 'book.sqlite', '..\\book.csv', '客户-19990101-000000.csv']) {
        const error = await rejected(backend, 'exports.reveal', { fileName });
        expect(error.code).toBe('REJECTED');
        expect(error.message).toContain('找不到导出的文件');
      }
      expect(shown).toHaveLength(1);
    } finally {
      backend.close();
    }
  });

  it('in the browser version there is no folder to open: it says where the file went', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      const error = await rejected(backend, 'exports.reveal', { fileName: '客户-20240401-104800.csv' });
      expect(error.code).toBe('REJECTED');
      expect(error.message).toBe('只有桌面版能打开文件所在的文件夹；浏览器里导出的文件在浏览器的下载目录。');
    } finally {
      backend.close();
    }
  });
});
