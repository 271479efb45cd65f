import type { RfmFlowDto } from '@contract';
import { useMemo } from 'react';
import { flowChartData } from '../../format/rfm';
import { CHART_FONT_FAMILY, useEchart, type SankeyChartOption } from '../../hooks/useEchart';

/** Last month → this month: a band per move, as wide as the customers who made it. */
export function SegmentFlowChart(props: { flow: RfmFlowDto; names: ReadonlyMap<string, string> }) {
  const option = useMemo<SankeyChartOption>(() => {
    const data = flowChartData(props.flow, props.names);
    return {
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      tooltip: { trigger: 'item', valueFormatter: (value) => `${String(value)} 位` },
      series: [{ type: 'sankey', left: 8, right: 120, top: 8, bottom: 8, nodeGap: 10, data: data.nodes, links: data.links, lineStyle: { color: 'source', opacity: 0.35 }, label: { fontSize: 12 } }],
    };
  }, [props.flow, props.names]);
  const container = useEchart(option);
  return <div ref={container} role="img" aria-label="客户在各类之间的流动图" style={{ width: '100%', height: 420 }} data-testid="rfm-flow-chart" />;
}
