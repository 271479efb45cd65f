import { useMemo } from 'react';
import type { TierBar } from '../../format/tiers';
import { CHART_FONT_FAMILY, useEchart, type BarChartOption } from '../../hooks/useEchart';

/** Customers per tier as bars, 店铺客户 first, so the owner sees at a glance where the book sits. */
export function TierDistributionChart(props: { bars: readonly TierBar[] }) {
  const option = useMemo<BarChartOption>(
    () => ({
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      grid: { left: 48, right: 16, top: 24, bottom: 32 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => `${String(value)} 位` },
      xAxis: { type: 'category', data: props.bars.map((bar) => bar.name), axisTick: { alignWithLabel: true } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: '客户数',
          data: props.bars.map((bar) => bar.count),
          itemStyle: { color: '#d4380d', borderRadius: [4, 4, 0, 0] },
          barMaxWidth: 56,
          label: { show: true, position: 'top' },
        },
      ],
    }),
    [props.bars],
  );
  const container = useEchart(option);
  return <div ref={container} role="img" aria-label="各等级客户数柱状图" style={{ width: '100%', height: 280 }} data-testid="tier-chart" />;
}
