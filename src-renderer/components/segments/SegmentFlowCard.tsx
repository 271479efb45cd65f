import type { RfmSegmentDto } from '@contract';
import { Card, DatePicker, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useMemo, useState } from 'react';
import { formatFlowSummary } from '../../format/rfm';
import { useApiQuery } from '../../hooks/useApiQuery';
import { LoadError } from '../LoadError';

// echarts is big; loaded with the first chart instead of with every screen.
const SegmentFlowChart = lazy(() => import('./SegmentFlowChart').then((module) => ({ default: module.SegmentFlowChart })));

/** 客户流动: how customers moved between segments over a month (the saved way of segmenting). */
export function SegmentFlowCard(props: { segments: readonly RfmSegmentDto[]; today: string }) {
  const [month, setMonth] = useState(props.today.slice(0, 7));
  const flow = useApiQuery('rfm.flow', { month });
  const names = useMemo(() => new Map(props.segments.map((s) => [s.key, s.name])), [props.segments]);
  return (
    <Card
      size="small"
      title="客户流动（月初 → 月末）"
      extra={
        <DatePicker
          picker="month"
          aria-label="月份"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          disabledDate={(d) => d.format('YYYY-MM') > props.today.slice(0, 7)}
          onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
        />
      }
    >
      {flow.error && <LoadError error={flow.error} onRetry={flow.reload} />}
      {!flow.data && !flow.error && <Skeleton active />}
      {flow.data && (
        <>
          <Typography.Paragraph type="secondary" data-testid="rfm-flow-summary">
            {formatFlowSummary(flow.data)}
          </Typography.Paragraph>
          {flow.data.cells.length === 0 ? (
            <Typography.Text type="secondary">这个月还没有可比较的客户。</Typography.Text>
          ) : (
            <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 420 }} />}>
              <SegmentFlowChart flow={flow.data} names={names} />
            </Suspense>
          )}
        </>
      )}
    </Card>
  );
}
