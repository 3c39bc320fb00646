import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { useEffect } from 'react';
import { ChartFrame, useLazyChart } from './use-lazy-chart';

type LineChartOption = ComposeOption<LineSeriesOption | GridComponentOption>;

export interface LinePoint {
  label: string;
  value: number;
}

/**
 * A trend over time (e.g. staff hours per month), drawn by ECharts (loaded on first use). Like
 * shared/charts' BarChart, the figures are also in a table for screen readers and weak networks, and
 * `data-rendered` tells tests the canvas is drawn.
 */
export function LineChart({
  points,
  title,
  description,
  categoryHeader,
  valueHeader,
  unavailableMessage,
  color = '#2f7d4f',
  testId,
}: {
  points: readonly LinePoint[];
  title: string;
  description: string;
  categoryHeader: string;
  valueHeader: string;
  unavailableMessage: string;
  color?: string;
  testId?: string;
}) {
  const lazy = useLazyChart(() => import('./echarts-line'));
  const { chart } = lazy;

  useEffect(() => {
    const option: LineChartOption = {
      animation: false,
      grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: points.map((p) => p.label), axisTick: { show: false } },
      yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#e6ebe4' } } },
      series: [
        {
          type: 'line',
          data: points.map((p) => p.value),
          itemStyle: { color },
          lineStyle: { color, width: 3 },
          symbolSize: 8,
          label: { show: true, position: 'top', fontSize: 12 },
        },
      ],
    };
    chart?.setOption(option, { notMerge: true });
  }, [chart, points, color]);

  return (
    <ChartFrame
      lazy={lazy}
      title={title}
      description={description}
      unavailableMessage={unavailableMessage}
      testId={testId}
      table={
        <>
          <thead>
            <tr>
              <th scope="col">{categoryHeader}</th>
              <th scope="col">{valueHeader}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.label}>
                <th scope="row">{point.label}</th>
                <td data-label={valueHeader}>{point.value}</td>
              </tr>
            ))}
          </tbody>
        </>
      }
    />
  );
}
