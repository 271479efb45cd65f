import type { ImportProblemDto } from '@contract';
import { App } from 'antd';
import { useCallback, useState } from 'react';
import { api } from '../api/client';
import { problemsCsv, problemsFileName } from '../format/import-summary';
import { downloadText } from '../util/download-file';

const PAGE_SIZE = 1000;

/** 下载问题行 for one imported file: every kept problem, fetched page by page, as a CSV. */
export function useProblemsDownload(): { download: (batchId: number, fileName: string) => Promise<void>; busyBatchId: number | null } {
  const { message } = App.useApp();
  const [busyBatchId, setBusyBatchId] = useState<number | null>(null);

  const download = useCallback(
    async (batchId: number, fileName: string) => {
      setBusyBatchId(batchId);
      try {
        const problems: ImportProblemDto[] = [];
        for (let page = 1; ; page++) {
          const answer = await api.call('imports.problems', { batchId, page, pageSize: PAGE_SIZE });
          problems.push(...answer.items);
          if (answer.items.length < PAGE_SIZE || problems.length >= answer.total) break;
        }
        downloadText(problemsFileName(fileName), problemsCsv(problems));
      } catch (error) {
        void message.error(error instanceof Error ? error.message : '下载失败，请重试。');
      } finally {
        setBusyBatchId(null);
      }
    },
    [message],
  );

  return { download, busyBatchId };
}
