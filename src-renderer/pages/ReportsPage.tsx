import { Button, DatePicker, Flex, Skeleton, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { EmptyGuide } from '../components/EmptyGuide';
import { LoadError } from '../components/LoadError';
import { PageHeading } from '../components/PageHeading';
import { ReportHeadlines } from '../components/reports/ReportHeadlines';
import { lastThirtyDays } from '../format/follow-up-figures';
import { todayIn } from '../format/relative-date';
import { reportHeadlines } from '../format/reports';
import { useApiQuery } from '../hooks/useApiQuery';
import { useSettings } from '../hooks/useSettings';

/** 报表: a period's headline figures against the period before (more tables, charts and export to come). */
export function ReportsPage() {
  const timeZone = useSettings()?.timeZone;
  if (!timeZone) return <Skeleton active />;
  return <ReportsFor today={todayIn(timeZone)} />;
}

function ReportsFor(props: { today: string }) {
  const navigate = useNavigate();
  const [range, setRange] = useState(() => lastThirtyDays(props.today));
  const report = useApiQuery('reports.dashboard', range);
  const headlines = useMemo(() => (report.data ? reportHeadlines(report.data.period, report.data.previous) : []), [report.data]);
  const empty = report.data && report.data.period.orders === 0 && report.data.previous.orders === 0;

  return (
    <>
      <PageHeading
        title="报表"
        description="所选时间段的销售额、订单、新老客户、复购率和客单价，与上一个同样长的时间段相比。"
        extra={
          <DatePicker.RangePicker
            aria-label="统计日期"
            allowClear={false}
            value={[dayjs(range.from), dayjs(range.to)]}
            onChange={(days: [Dayjs | null, Dayjs | null] | null) => {
              const [from, to] = days ?? [];
              if (from && to) setRange({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
            }}
          />
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
          <ReportHeadlines headlines={headlines} />
        </Flex>
      )}
    </>
  );
}
