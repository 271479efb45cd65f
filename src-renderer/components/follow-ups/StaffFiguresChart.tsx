import { useMemo } from 'react';
import type { FiguresChartData } from '../../format/follow-up-figures';
import { CHART_FONT_FAMILY, useEchart, type BarChartOption } from '../../hooks/useEchart';

/** One bar per staff member: 按时完成, 逾期完成 and 逾期未处理 stacked, so who is behind stands out. */
export function StaffFiguresChart(props: { data: FiguresChartData }) {
  const option = useMemo<BarChartOption>(
    () => ({
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 32 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => `${String(value)} 个` },
      xAxis: { type: 'category', data: props.data.staffNames, axisTick: { alignWithLabel: true } },
      yAxis: { type: 'value', minInterval: 1 },
      series: props.data.series.map((stack) => ({
        type: 'bar',
        name: stack.name,
        stack: 'tasks',
        data: stack.data,
        itemStyle: { color: stack.color },
        barMaxWidth: 56,
      })),
    }),
    [props.data],
  );
  const container = useEchart(option);
  return <div ref={container} role="img" aria-label="各客服跟进完成情况柱状图" style={{ width: '100%', height: 300 }} data-testid="staff-figures-chart" />;
}
