import type { ExportFileDto } from '@contract';
import { Button, message, notification } from 'antd';
import { useCallback, useState } from 'react';
import { api, runsInDesktop } from '../api/client';
import { ApiCallError } from '../api/api-call-error';

const errorText = (e: unknown) => (e instanceof ApiCallError ? e.message : String(e));

/**
 * A file the backend wrote to the exports folder, handed to the owner: in the desktop app a
 * notice with 在文件夹中显示; in a browser a download from /exports/.
 */
export function deliverExportFile(file: ExportFileDto, what: string): void {
  if (runsInDesktop) {
    const reveal = () => api.call('exports.reveal', { fileName: file.fileName }).catch((e: unknown) => void message.error(errorText(e)));
    notification.success({
      title: `已导出 ${what}`,
      description: file.path,
      duration: 10,
      actions: (
        <Button type="primary" size="small" onClick={() => void reveal()}>
          在文件夹中显示
        </Button>
      ),
    });
  } else {
    const link = document.createElement('a');
    link.href = `/exports/${encodeURIComponent(file.fileName)}`;
    link.download = file.fileName;
    link.click();
    void message.success(`已导出 ${what}：${file.fileName}`);
  }
}

/**
 * Runs an export call and delivers its file; `describe` says what was exported (「12 位客户」).
 * Failures show the backend's Chinese message.
 */
export function useExportFile(): { busy: boolean; run: (produce: () => Promise<ExportFileDto>, describe: (file: ExportFileDto) => string) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (produce: () => Promise<ExportFileDto>, describe: (file: ExportFileDto) => string) => {
    setBusy(true);
    try {
      const file = await produce();
      deliverExportFile(file, describe(file));
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, run };
}
