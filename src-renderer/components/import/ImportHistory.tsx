import type { ImportBatchDto } from '@contract';
import { Button, Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { splitDateTime } from '../../format/date-time';
import { formatBatchKind } from '../../format/import-summary';
import { formatCount } from '../../format/numbers';
import { useApiQuery } from '../../hooks/useApiQuery';
import { LoadError } from '../LoadError';
import { BatchProblemsDrawer } from './BatchProblemsDrawer';

const count = (n: number) => formatCount(n);

/** 导入记录: every imported file, newest first, with its figures and its problem rows. */
export function ImportHistory() {
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const [shown, setShown] = useState<ImportBatchDto | null>(null);
  const history = useApiQuery('imports.history', paging);

  const columns: ColumnsType<ImportBatchDto> = [
    {
      title: '时间',
      dataIndex: 'importedAt',
      width: 108,
      render: (at: string) => {
        const { date, time } = splitDateTime(at);
        return (
          <>
            <div>{date}</div>
            <Typography.Text type="secondary">{time}</Typography.Text>
          </>
        );
      },
    },
    { title: '文件', dataIndex: 'fileName', ellipsis: true },
    { title: '类型', key: 'kind', width: 140, render: (_, batch) => formatBatchKind(batch) },
    { title: '店铺', dataIndex: 'shopName', width: 110, ellipsis: true, render: (name: string | null) => name ?? '—' },
    { title: '行数', dataIndex: 'rowCount', width: 84, align: 'right', render: count },
    { title: '新增', dataIndex: 'newCount', width: 84, align: 'right', render: count },
    { title: '更新', dataIndex: 'updatedCount', width: 84, align: 'right', render: count },
    { title: '没变', dataIndex: 'unchangedCount', width: 84, align: 'right', render: count },
    {
      title: '有问题',
      dataIndex: 'problemCount',
      width: 92,
      align: 'right',
      render: (n: number, batch) =>
        n === 0 ? (
          '0'
        ) : (
          <Button type="link" size="small" onClick={() => setShown(batch)}>
            {`查看 ${formatCount(n)} 条`}
          </Button>
        ),
    },
  ];

  return (
    <Card
      title="导入记录"
      data-testid="import-history"
      extra={history.data && <Typography.Text type="secondary">共 {formatCount(history.data.total)} 个文件</Typography.Text>}
    >
      {history.error && <LoadError error={history.error} onRetry={history.reload} />}
      <Table<ImportBatchDto>
        rowKey="id"
        size="small"
        loading={history.loading}
        columns={columns}
        scroll={{ x: 1000 }}
        dataSource={history.data?.items ?? []}
        locale={{ emptyText: '还没有导入过文件。导入完成后，每个文件会在这里留一条记录。' }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: history.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
      <BatchProblemsDrawer batch={shown} onClose={() => setShown(null)} />
    </Card>
  );
}
