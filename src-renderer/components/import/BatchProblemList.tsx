import type { ImportBatchDto } from '@contract';
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { formatCount } from '../../format/numbers';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useProblemsDownload } from '../../hooks/useProblemsDownload';
import { LoadError } from '../LoadError';
import { ProblemTable } from './ProblemTable';

/** One batch's problem rows, a page at a time, and 下载问题行 for all of them. */
export function BatchProblemList(props: { batch: ImportBatchDto }) {
  const { batch } = props;
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const problems = useApiQuery('imports.problems', { batchId: batch.id, ...paging });
  const { download, busyBatchId } = useProblemsDownload();

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={16}>
        <Typography.Text type="secondary">
          {batch.importedAt} 导入，{formatCount(batch.rowCount)} 行里有 {formatCount(batch.errorCount)} 行因错误没有导入。
        </Typography.Text>
        <Button
          icon={<DownloadOutlined />}
          loading={busyBatchId === batch.id}
          onClick={() => void download(batch.id, batch.fileName)}
        >
          下载问题行
        </Button>
      </Flex>
      {problems.error && <LoadError error={problems.error} onRetry={problems.reload} />}
      <ProblemTable
        showFile={false}
        loading={problems.loading}
        problems={problems.data?.items ?? []}
        firstKey={(paging.page - 1) * paging.pageSize}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: problems.data?.total ?? 0,
          showTotal: (total) => `共 ${formatCount(total)} 条`,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
    </Flex>
  );
}
