/**
 * ECharts, only the pieces the budget charts use, registered once. Imported by the variance
 * report's chart components alone, so the charting code lands in that route's chunk.
 */
import { use, type ComposeOption } from 'echarts/core';
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkAreaComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import VChart from 'vue-echarts';

use([BarChart, LineChart, GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | MarkAreaComponentOption | TooltipComponentOption
>;

/** Favourable green, unfavourable red, as in the tables; teal and slate for plain series. */
export const COLORS = {
  favourable: '#16a34a',
  favourableSoft: '#86efac',
  unfavourable: '#dc2626',
  unfavourableSoft: '#fca5a5',
  actual: '#14b8a6',
  revenue: '#0d9488',
  expense: '#64748b',
  budget: '#0f172a',
  future: '#cbd5e1',
  axis: '#64748b',
  grid: '#e2e8f0',
} as const;

export const FONT = "Inter, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export { VChart };
