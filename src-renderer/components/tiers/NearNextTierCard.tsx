import type { NearNextTierDto } from '@contract';
import { Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { formatCount, formatFen } from '../../format/numbers';
import { formatTierGap } from '../../format/tiers';
import { useApiQuery } from '../../hooks/useApiQuery';
import { LoadError } from '../LoadError';
import { CustomerNameButton } from '../CustomerNameButton';

const PAGE_SIZE = 20;

function columns(onOpen: (id: number) => void): ColumnsType<NearNextTierDto> {
  return [
    {
      title: '客户',
      key: 'customer',
      render: (_, row) => <CustomerNameButton customerId={row.customerId} buyerNick={row.buyerNick} receiverName={row.receiverName} onOpen={onOpen} />,
    },
    { title: '当前等级', dataIndex: 'tierName', key: 'tierName' },
    { title: '累计消费', dataIndex: 'netSpentFen', key: 'netSpentFen', align: 'right', render: (fen: number) => formatFen(fen) },
    { title: '订单数', dataIndex: 'orderCount', key: 'orderCount', align: 'right', render: (n: number) => formatCount(n) },
    { title: '离下一级', key: 'gap', render: (_, row) => <span data-testid="near-next-gap">{formatTierGap(row.next)}</span> },
  ];
}

/** 离升级最近: customers a small push would lift to the next tier, least missing first. */
export function NearNextTierCard(props: { onOpenCustomer(id: number): void }) {
  const [page, setPage] = useState(1);
  const near = useApiQuery('tiers.nearNext', { page, pageSize: PAGE_SIZE });
  const total = near.data?.total;
  return (
    <Card size="small" title="离升级最近" extra={total !== undefined && <Typography.Text>共 {formatCount(total)} 位</Typography.Text>}>
      {near.error && <LoadError error={near.error} onRetry={near.reload} />}
      <Table<NearNextTierDto>
        size="small"
        data-testid="tier-near-next"
        columns={columns(props.onOpenCustomer)}
        dataSource={near.data?.items ?? []}
        rowKey="customerId"
        loading={near.loading && !near.data}
        locale={{ emptyText: '没有可以自动升级的客户：最高一级的客户和只能手动调整的等级不在这里。' }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: total ?? 0, showSizeChanger: false, hideOnSinglePage: true, onChange: setPage }}
      />
    </Card>
  );
}
