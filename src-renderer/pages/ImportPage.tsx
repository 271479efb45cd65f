import type { ImportJobDto } from '@contract';
import { Alert, Flex } from 'antd';
import { useState } from 'react';
import { PageHeading } from '../components/PageHeading';
import { FileChooser } from '../components/import/FileChooser';
import { ImportDone } from '../components/import/ImportDone';
import { ImportHistory } from '../components/import/ImportHistory';
import { ImportInstructions } from '../components/import/ImportInstructions';
import { ImportProgressCard } from '../components/import/ImportProgressCard';
import { JobEndedAlert } from '../components/import/JobEndedAlert';
import { PreviewResult } from '../components/import/PreviewResult';
import { previewMappings } from '../format/column-mapping';
import { isRunning } from '../hooks/import-job-merge';
import { useFileInspections } from '../hooks/useFileInspections';
import { useImportJob } from '../hooks/useImportJob';
import { useMappingDrafts } from '../hooks/useMappingDrafts';
import { useUploads } from '../hooks/useUploads';

export function ImportPage() {
  const uploads = useUploads();
  const inspections = useFileInspections(uploads.files);
  const mappings = useMappingDrafts();
  const [historyVersion, setHistoryVersion] = useState(0);
  const importJob = useImportJob({
    onEnded: (ended: ImportJobDto) => {
      if (ended.phase === 'committed') setHistoryVersion((n) => n + 1);
      // The backend keeps uploads until they are committed: a retry needs no second upload.
      else uploads.reclaim();
    },
  });
  const { job } = importJob;

  const preview = async () => {
    const ids = uploads.files.flatMap((f) => (f.uploadId ? [f.uploadId] : []));
    if (await importJob.preview(ids, previewMappings(uploads.files, inspections, mappings.drafts))) uploads.handOver();
  };
  const startOver = () => {
    importJob.reset();
    uploads.reclaim();
    uploads.clear();
    mappings.clear();
  };

  return (
    <>
      <PageHeading
        title="导入订单"
        description="把千牛导出的订单报表和宝贝报表导入客户本：先预览，确认后再写入；同一文件导入两次不会重复。"
      />
      <Flex vertical gap={16}>
        {importJob.requestError && (
          <Alert type="error" showIcon title="没有完成，客户本没有改动" description={importJob.requestError} />
        )}
        {job && isRunning(job.phase) && (
          <ImportProgressCard job={job} cancelling={importJob.cancelling} onCancel={() => void importJob.cancel()} />
        )}
        {job?.phase === 'previewed' && job.summary && (
          <PreviewResult
            summary={job.summary}
            pending={importJob.pending}
            onConfirm={() => void importJob.commit()}
            onRestart={startOver}
          />
        )}
        {job?.phase === 'committed' && <ImportDone summary={job.summary} onContinue={startOver} />}
        {(!job || job.phase === 'failed' || job.phase === 'cancelled') && (
          <>
            {job && <JobEndedAlert job={job} filesKept={uploads.files.length > 0} onClose={importJob.reset} />}
            <FileChooser
              uploads={uploads}
              inspections={inspections}
              mappings={mappings}
              pending={importJob.pending}
              onPreview={() => void preview()}
            />
            {uploads.files.length === 0 && <ImportInstructions />}
          </>
        )}
        <ImportHistory key={historyVersion} />
      </Flex>
    </>
  );
}
