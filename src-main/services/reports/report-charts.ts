// The print's charts, drawn in Node as SVG by echarts' server-side rendering: the page needs no
// script, and the PDF the command line makes shows the same bars the window does.

import { BarChart, type BarSeriesOption } from 'echarts/charts';
import { GridComponent, type GridComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { formatCount } from '../../core/format-count';
import type { ReportCharts } from '../../core/reports/report-print-html';
import type { ReportDocument } from '../../core/reports/report-document';

echarts.use([BarChart, GridComponent, SVGRenderer]);

type BarOption = echarts.ComposeOption<BarSeriesOption | GridComponentOption>;

const FONT_FAMILY = "'Microsoft YaHei', '微软雅黑', 'Noto Sans CJK SC', sans-serif";
/** A4 width inside the margins, at 96 dpi. */
const WIDTH = 700;
const PER_BAR = 26;
const MARGIN = 16;

function svgOf(option: BarOption, bars: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: MARGIN + PER_BAR * Math.max(bars, 1) });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT_FAMILY }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function bars(names: string[], values: number[], label: (value: number) => string, color: string): BarOption {
  return {
    grid: { left: 90, right: 70, top: 8, bottom: 8 },
    xAxis: { type: 'value', axisLabel: { show: false }, splitLine: { show: false } },
    yAxis: { type: 'category', data: names, inverse: true, axisTick: { show: false } },
    series: [{ type: 'bar', data: values, barMaxWidth: 16, itemStyle: { color }, label: { show: true, position: 'right', formatter: (p) => label(Number(p.value)) } }],
  };
}

export function drawReportCharts(doc: ReportDocument): ReportCharts {
  const tiers = doc.tiers.rows;
  const segments = doc.segments.segments;
  return {
    tierSales: svgOf(
      bars(tiers.map((t) => t.tierName), tiers.map((t) => t.salesFen / 100), (yuan) => `¥${formatCount(Math.round(yuan))}`, '#1677ff'),
      tiers.length,
    ),
    segments: svgOf(bars(segments.map((s) => s.name), segments.map((s) => s.customers), (n) => `${formatCount(n)} 人`, '#13a8a8'), segments.length),
  };
}
