import type { CustomerListItemDto } from '@contract';
import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { EmptyGuide } from '../components/EmptyGuide';
import { LoadError } from '../components/LoadError';
import { PageHeading } from '../components/PageHeading';
import { formatCount, formatFen } from '../format/numbers';
import { useApiQuery } from '../hooks/useApiQuery';

const columns: ColumnsType<CustomerListItemDto> = [
  { title: '买家', dataIndex: 'buyerNick', render: (nick: string | null) => nick ?? '—' },
  { title: '收货人', dataIndex: 'receiverName', render: (name: string | null) => name ?? '—' },
  { title: '手机', dataIndex: 'phone', render: (phone: string | null) => phone ?? '—' },
  {
    title: '地区',
    key: 'region',
    render: (_, row) => [row.province, row.city].filter(Boolean).join(' ') || '—',
  },
  { title: '订单数', dataIndex: 'orderCount', align: 'right' },
  { title: '累计消费', dataIndex: 'netSpentFen', align: 'right', render: (fen: number) => formatFen(fen) },
  { title: '客单价', dataIndex: 'averageOrderFen', align: 'right', render: (fen: number | null) => (fen === null ? '—' : formatFen(fen)) },
  { title: '最近购买', dataIndex: 'lastOrderAt', render: (at: string | null) => at?.slice(0, 10) ?? '—' },
];

export function CustomersPage() {
  const navigate = useNavigate();
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const list = useApiQuery('customers.list', paging);
  const total = list.data?.total ?? 0;

  return (
    <>
      <PageHeading
        title="客户"
        description="每位买家一条记录，由导入的订单整理而成。"
        extra={list.data && total > 0 && <Typography.Text>共 {formatCount(total)} 位客户</Typography.Text>}
      />
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      {list.data && total === 0 ? (
        <EmptyGuide
          title="还没有客户"
          actions={
            <Button type="primary" onClick={() => navigate('/import')}>
              导入订单
            </Button>
          }
        >
          客户来自订单：导入千牛导出的订单报表后，这里会列出每一位买家，以及他们的订单数、累计消费和最近购买时间。
        </EmptyGuide>
      ) : (
        <Table<CustomerListItemDto>
          rowKey="id"
          size="middle"
          loading={list.loading}
          columns={columns}
          dataSource={list.data?.items ?? []}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
        />
      )}
    </>
  );
}
