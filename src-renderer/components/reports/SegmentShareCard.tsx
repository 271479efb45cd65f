import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useNavigate } from 'react-router-dom';
import { formatSegmentsScope } from '../../format/rfm';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ReportSection } from './ReportSection';

// echarts is big; loaded with the first chart instead of with every screen.
const SegmentShareChart = lazy(() => import('./SegmentShareChart').then((module) => ({ default: module.SegmentShareChart })));

/** 客户分层分布: how many customers are in each RFM segment on a day, the owner's saved way. */
export function SegmentShareCard(props: { asOf: string }) {
  const navigate = useNavigate();
  const segments = useApiQuery('rfm.segments', { asOf: props.asOf });
  return (
    <Card
      size="small"
      title="客户分层分布"
      extra={
        <Button size="small" type="link" onClick={() => navigate('/segments')}>
          去客户分层
        </Button>
      }
      data-testid="report-segments-card"
      style={{ height: '100%' }}
    >
      <ReportSection query={segments} rows={7}>
        {(data) => (
          <Flex vertical gap={8}>
            <Typography.Text type="secondary" data-testid="report-segments-scope">
              {formatSegmentsScope(data)}
            </Typography.Text>
            {data.customers === 0 ? (
              <Typography.Text type="secondary">这一天还没有可分层的客户（按有效订单计算）。</Typography.Text>
            ) : (
              <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 280 }} />}>
                <SegmentShareChart segments={data.segments} />
              </Suspense>
            )}
          </Flex>
        )}
      </ReportSection>
    </Card>
  );
}
