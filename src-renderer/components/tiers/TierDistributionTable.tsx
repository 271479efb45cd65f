import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatCount } from '../../format/numbers';
import type { TierBar } from '../../format/tiers';

const COLUMNS: ColumnsType<TierBar> = [
  { title: '等级', dataIndex: 'name', key: 'name' },
  { title: '客户数', dataIndex: 'count', key: 'count', align: 'right', render: (n: number) => `${formatCount(n)} 位` },
];

/** The exact numbers under the chart. */
export function TierDistributionTable(props: { bars: readonly TierBar[] }) {
  return <Table<TierBar> size="small" data-testid="tier-distribution" columns={COLUMNS} dataSource={[...props.bars]} rowKey="key" pagination={false} />;
}
