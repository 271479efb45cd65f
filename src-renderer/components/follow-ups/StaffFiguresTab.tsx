import { Card, DatePicker, Flex, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useMemo, useState } from 'react';
import { figuresChartData, lastThirtyDays } from '../../format/follow-up-figures';
import { todayIn } from '../../format/relative-date';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useSettings } from '../../hooks/useSettings';
import { LoadError } from '../LoadError';
import { StaffFiguresTable } from './StaffFiguresTable';

// echarts is big; loaded with the first chart instead of with every screen.
const StaffFiguresChart = lazy(() => import('./StaffFiguresChart').then((module) => ({ default: module.StaffFiguresChart })));

const DAY_FORMAT = 'YYYY-MM-DD';

/** 客服工作量: per staff member, the tasks due in a range and how they were handled. */
export function StaffFiguresTab() {
  const timeZone = useSettings()?.timeZone;
  // The shop's last 30 days; the PC's zone only until the shop's is known.
  const defaults = lastThirtyDays(todayIn(timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone));
  const [picked, setPicked] = useState<{ from: string; to: string } | null>(null);
  const range = picked ?? defaults;
  const figures = useApiQuery('followUps.staffFigures', range);
  const rows = useMemo(() => figures.data?.rows ?? [], [figures.data]);
  const chart = useMemo(() => figuresChartData(rows), [rows]);

  return (
    <Flex vertical gap={12}>
      <div className="list-toolbar">
        <Flex gap={8} align="center">
          <Typography.Text>到期日期</Typography.Text>
          <DatePicker.RangePicker
            aria-label="到期日期范围"
            allowClear={false}
            format={DAY_FORMAT}
            value={[dayjs(range.from), dayjs(range.to)]}
            onChange={(days) => {
              const [from, to] = days ?? [];
              if (from && to) setPicked({ from: from.format(DAY_FORMAT), to: to.format(DAY_FORMAT) });
            }}
          />
        </Flex>
        {figures.data && <Typography.Text className="list-count">{`${figures.data.from} 至 ${figures.data.to}（按任务的到期日期统计）`}</Typography.Text>}
      </div>
      {figures.error && <LoadError error={figures.error} onRetry={figures.reload} />}
      <Card size="small" title="按时完成、逾期完成、逾期未处理">
        <Flex vertical gap={12}>
          {rows.length > 0 && (
            <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 300 }} />}>
              <StaffFiguresChart data={chart} />
            </Suspense>
          )}
          <StaffFiguresTable rows={rows} loading={figures.loading && !figures.data} />
        </Flex>
      </Card>
    </Flex>
  );
}
