import type { RfmSegmentDto } from '@contract';
import { useMemo } from 'react';
import { formatCount } from '../../format/numbers';
import { segmentChartData } from '../../format/rfm';
import { CHART_FONT_FAMILY, useEchart, type BarChartOption } from '../../hooks/useEchart';

/** Customers per segment as lying bars, the segments top to bottom in the 客户分层 table's order. */
export function SegmentShareChart(props: { segments: readonly RfmSegmentDto[] }) {
  const option = useMemo<BarChartOption>(() => {
    const data = segmentChartData(props.segments);
    return {
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      grid: { left: 96, right: 48, top: 8, bottom: 8 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => `${formatCount(Number(value))} 位` },
      xAxis: { type: 'value', minInterval: 1, splitLine: { show: false }, axisLabel: { show: false } },
      yAxis: { type: 'category', data: data.names, inverse: true, axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          name: '人数',
          data: data.customers,
          itemStyle: { color: '#d4380d' },
          barMaxWidth: 18,
          label: { show: true, position: 'right', formatter: (p) => formatCount(Number(p.value)) },
        },
      ],
    };
  }, [props.segments]);
  const container = useEchart(option);
  return <div ref={container} role="img" aria-label="各类客户人数条形图" style={{ width: '100%', height: 280 }} data-testid="report-segments-chart" />;
}
