import type { TierChangeSummaryDto, TierMoveCountDto } from '@contract';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatCount } from '../../format/numbers';
import { orderTierMoves } from '../../format/tiers';

const COLUMNS: ColumnsType<TierMoveCountDto> = [
  { title: '等级', dataIndex: 'name', key: 'name' },
  { title: '升入', dataIndex: 'up', key: 'up', align: 'right', render: (n: number) => formatCount(n) },
  { title: '降入', dataIndex: 'down', key: 'down', align: 'right', render: (n: number) => formatCount(n) },
  { title: '调整后人数', dataIndex: 'total', key: 'total', align: 'right', render: (n: number) => formatCount(n) },
];

/** Per tier (店铺客户 first): who would move in from below, from above, and how many it would hold. */
export function TierChangeTable(props: { summary: TierChangeSummaryDto }) {
  return (
    <Table<TierMoveCountDto>
      size="small"
      data-testid="tier-change-table"
      columns={COLUMNS}
      dataSource={orderTierMoves(props.summary.tiers)}
      rowKey={(move) => (move.tierId === null ? `draft-${move.draftIndex ?? 'none'}` : `tier-${move.tierId}`)}
      pagination={false}
    />
  );
}
