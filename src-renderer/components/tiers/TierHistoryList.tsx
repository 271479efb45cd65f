import type { TierChangeDto } from '@contract';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatTierMove, TIER_CAUSE_TEXT } from '../../format/tiers';

const COLUMNS: ColumnsType<TierChangeDto> = [
  { title: '日期', dataIndex: 'changedOn', key: 'changedOn', width: 110 },
  { title: '从 → 到', key: 'move', render: (_, change) => formatTierMove(change) },
  { title: '原因', key: 'cause', width: 100, render: (_, change) => TIER_CAUSE_TEXT[change.cause] },
  {
    title: '说明',
    key: 'reason',
    render: (_, change) => [change.reason, change.staffName && `（${change.staffName}）`].filter(Boolean).join('') || '—',
  },
];

/** 等级变动: every move of this customer, newest first, with why. */
export function TierHistoryList(props: { history: readonly TierChangeDto[] }) {
  if (props.history.length === 0) return null;
  return (
    <Table<TierChangeDto>
      size="small"
      data-testid="tier-history"
      columns={COLUMNS}
      dataSource={[...props.history]}
      rowKey="id"
      pagination={props.history.length > 10 ? { pageSize: 10, size: 'small' } : false}
    />
  );
}
