import type { TierSalesRowDto } from '@contract';
import { Card, Flex, Skeleton, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense } from 'react';
import { formatCount, formatFen } from '../../format/numbers';
import { formatPercentOrDash } from '../../format/report-sections';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ReportSection } from './ReportSection';

// echarts is big; loaded with the first chart instead of with every screen.
const TierSalesChart = lazy(() => import('./TierSalesChart').then((module) => ({ default: module.TierSalesChart })));

const count = (n: number) => formatCount(n);

const COLUMNS: ColumnsType<TierSalesRowDto> = [
  { title: '会员等级', dataIndex: 'tierName', key: 'tierName' },
  { title: '买家', dataIndex: 'buyers', key: 'buyers', align: 'right', render: count },
  { title: '订单', dataIndex: 'orders', key: 'orders', align: 'right', render: count },
  { title: '销售额', dataIndex: 'salesFen', key: 'salesFen', align: 'right', render: (fen: number) => formatFen(fen) },
  { title: '占比', dataIndex: 'share', key: 'share', align: 'right', render: (share: number | null) => formatPercentOrDash(share) },
];

/** 会员等级销售: each tier's part of the period's sales (the buyer's tier today), chart over table. */
export function TierSalesCard(props: { range: { from: string; to: string } }) {
  const tiers = useApiQuery('reports.tiers', props.range);
  return (
    <Card size="small" title="会员等级销售" extra="按买家现在的等级" data-testid="report-tiers-card" style={{ height: '100%' }}>
      <ReportSection query={tiers} rows={6}>
        {(data) => (
          <Flex vertical gap={12}>
            <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 240 }} />}>
              <TierSalesChart rows={data.rows} />
            </Suspense>
            <Table<TierSalesRowDto>
              size="small"
              data-testid="report-tiers"
              columns={COLUMNS}
              dataSource={[...data.rows]}
              rowKey={(row) => row.tierId ?? 0}
              loading={tiers.loading}
              pagination={false}
              locale={{ emptyText: '还没有设置会员等级。' }}
            />
          </Flex>
        )}
      </ReportSection>
    </Card>
  );
}
