import { BarChart, SankeyChart, type BarSeriesOption, type SankeySeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, type RefObject } from 'react';

// Only the parts the charts use, so the bundle does not carry all of echarts.
echarts.use([BarChart, SankeyChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type BarChartOption = echarts.ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;
export type SankeyChartOption = echarts.ComposeOption<SankeySeriesOption | TooltipComponentOption>;

/** The same font as the rest of the app (Windows first), which echarts does not inherit from CSS. */
export const CHART_FONT_FAMILY = "'Microsoft YaHei', '微软雅黑', sans-serif";

/**
 * An echarts instance living on a div: created on mount, given each new option, resized with its
 * box and disposed on unmount. Attach the returned ref to a div with a height.
 */
export function useEchart(option: BarChartOption | SankeyChartOption): RefObject<HTMLDivElement | null> {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element);
    chart.current = instance;
    // A box watcher, not only window resizes: the chart may sit in a tab that was hidden while the window changed.
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return container;
}
