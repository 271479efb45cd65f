import type { RfmSegmentDto } from '@contract';
import { useMemo } from 'react';
import { segmentChartData } from '../../format/rfm';
import { CHART_FONT_FAMILY, useEchart, type BarChartOption } from '../../hooks/useEchart';

/** Customers and money per segment side by side: a big segment that spends little stands out. */
export function SegmentChart(props: { segments: readonly RfmSegmentDto[] }) {
  const option = useMemo<BarChartOption>(() => {
    const data = segmentChartData(props.segments);
    return {
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      legend: { top: 0 },
      grid: { left: 64, right: 64, top: 40, bottom: 56 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: data.names, axisLabel: { interval: 0, rotate: 20 } },
      yAxis: [
        { type: 'value', name: '人数', minInterval: 1 },
        { type: 'value', name: '金额（元）' },
      ],
      series: [
        { type: 'bar', name: '人数', data: data.customers, itemStyle: { color: '#d4380d' }, barMaxWidth: 28 },
        { type: 'bar', name: '消费金额（元）', yAxisIndex: 1, data: data.yuan, itemStyle: { color: '#faad14' }, barMaxWidth: 28 },
      ],
    };
  }, [props.segments]);
  const container = useEchart(option);
  return <div ref={container} role="img" aria-label="各类客户人数和消费金额柱状图" style={{ width: '100%', height: 320 }} data-testid="rfm-chart" />;
}
