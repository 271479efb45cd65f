import { Button, Col, DatePicker, Flex, Row, Skeleton, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { EmptyGuide } from '../components/EmptyGuide';
import { LoadError } from '../components/LoadError';
import { PageHeading } from '../components/PageHeading';
import { CareEffectCard } from '../components/reports/CareEffectCard';
import { CareReportCard } from '../components/reports/CareReportCard';
import { ProductTablesCard } from '../components/reports/ProductTablesCard';
import { ReportExportButtons } from '../components/reports/ReportExportButtons';
import { ReportHeadlines } from '../components/reports/ReportHeadlines';
import { SegmentShareCard } from '../components/reports/SegmentShareCard';
import { TierSalesCard } from '../components/reports/TierSalesCard';
import { lastThirtyDays } from '../format/follow-up-figures';
import { todayIn } from '../format/relative-date';
import { segmentsAsOf } from '../format/report-sections';
import { useApiQuery } from '../hooks/useApiQuery';
import { useSettings } from '../hooks/useSettings';

/**
 * 报表: a period's headline figures against the period before, then sales by tier, the segments,
 * products, follow-up work, and 效果评估 of the rules with a 对照组; each section loads on its own,
 * so the page fills in as answers come.
 */
export function ReportsPage() {
  const timeZone = useSettings()?.timeZone;
  if (!timeZone) return <Skeleton active />;
  return <ReportsFor today={todayIn(timeZone)} />;
}

function ReportsFor(props: { today: string }) {
  const navigate = useNavigate();
  const [range, setRange] = useState(() => lastThirtyDays(props.today));
  const report = useApiQuery('reports.dashboard', range);
  const empty = report.data && report.data.period.orders === 0 && report.data.previous.orders === 0;

  return (
    <>
      <PageHeading
        title="报表"
        description="所选时间段的销售与上一段同样长的时间相比，以及会员等级、客户分层、商品和客服跟进。"
        extra={
          <Flex gap={8} justify="flex-end" style={{ flexShrink: 0 }}>
            <DatePicker.RangePicker
              aria-label="统计日期"
              allowClear={false}
              value={[dayjs(range.from), dayjs(range.to)]}
              onChange={(days: [Dayjs | null, Dayjs | null] | null) => {
                const [from, to] = days ?? [];
                if (from && to) setRange({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
              }}
            />
            <ReportExportButtons range={range} disabled={empty} />
          </Flex>
        }
      />
      {report.error && <LoadError error={report.error} onRetry={report.reload} />}
      {!report.data && !report.error && <Skeleton active paragraph={{ rows: 6 }} />}
      {empty && (
        <EmptyGuide
          title="还没有报表数据"
          actions={
            <Button type="primary" onClick={() => navigate('/import')}>
              导入订单
            </Button>
          }
        >
          所选时间段和上一段都没有有效订单（已付款，扣除退款，按下单日期）。换一个时间段，或先导入这段时间的订单。
        </EmptyGuide>
      )}
      {report.data && !empty && (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary" data-testid="report-periods">
            {`${report.data.period.from} 至 ${report.data.period.to}，对比 ${report.data.previous.from} 至 ${report.data.previous.to}`}
          </Typography.Text>
          <ReportHeadlines headlines={report.data.headlines} />
        </Flex>
      )}
      {/* Asked for at once with the headline (products take a few seconds); left out once the headline says there is nothing. */}
      {!empty && (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          <Col xs={24} xl={12}>
            <TierSalesCard range={range} />
          </Col>
          <Col xs={24} xl={12}>
            <SegmentShareCard asOf={segmentsAsOf(range.to, props.today)} />
          </Col>
          <Col span={24}>
            <ProductTablesCard range={range} />
          </Col>
          <Col span={24}>
            <CareReportCard range={range} />
          </Col>
          <Col span={24}>
            <CareEffectCard range={range} />
          </Col>
        </Row>
      )}
    </>
  );
}
