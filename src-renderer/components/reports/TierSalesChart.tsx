import type { TierSalesRowDto } from '@contract';
import { useMemo } from 'react';
import { formatFen } from '../../format/numbers';
import { tierChartData } from '../../format/report-sections';
import { CHART_FONT_FAMILY, useEchart, type BarChartOption } from '../../hooks/useEchart';

/** One bar per member tier: its part of the period's sales. */
export function TierSalesChart(props: { rows: readonly TierSalesRowDto[] }) {
  const option = useMemo<BarChartOption>(() => {
    const data = tierChartData(props.rows);
    return {
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      grid: { left: 72, right: 16, top: 32, bottom: 32 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => formatFen(Math.round(Number(value) * 100)) },
      xAxis: { type: 'category', data: data.names, axisTick: { alignWithLabel: true }, axisLabel: { interval: 0 } },
      yAxis: { type: 'value', name: '销售额（元）' },
      series: [{ type: 'bar', name: '销售额', data: data.yuan, itemStyle: { color: '#d4380d' }, barMaxWidth: 48 }],
    };
  }, [props.rows]);
  const container = useEchart(option);
  return <div ref={container} role="img" aria-label="各会员等级销售额柱状图" style={{ width: '100%', height: 240 }} data-testid="report-tiers-chart" />;
}
