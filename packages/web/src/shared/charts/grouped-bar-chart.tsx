import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { useEffect } from 'react';
import { ChartFrame, useLazyChart } from './use-lazy-chart';

type GroupedOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption>;

export interface BarSeries {
  name: string;
  color: string;
  values: readonly number[];
}

/**
 * Bars side by side per category (e.g. initial vs. now), drawn by ECharts (loaded on first use).
 * Like BarChart, the figures are also in a table for screen readers and weak networks, and
 * `data-rendered` tells tests the canvas is drawn.
 */
export function GroupedBarChart({
  categories,
  series,
  title,
  description,
  categoryHeader,
  unavailableMessage,
  testId,
}: {
  categories: readonly string[];
  series: readonly BarSeries[];
  title: string;
  description: string;
  categoryHeader: string;
  unavailableMessage: string;
  testId?: string;
}) {
  const lazy = useLazyChart(() => import('./echarts-bar'));
  const { chart } = lazy;

  useEffect(() => {
    const option: GroupedOption = {
      animation: false,
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: [...categories], axisTick: { show: false }, axisLabel: { interval: 0 } },
      yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#e6ebe4' } } },
      series: series.map((s) => ({
        type: 'bar',
        name: s.name,
        barMaxWidth: 28,
        itemStyle: { color: s.color, borderRadius: [3, 3, 0, 0] },
        label: { show: true, position: 'top', fontSize: 11 },
        data: [...s.values],
      })),
    };
    chart?.setOption(option, { notMerge: true });
  }, [chart, categories, series]);

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
              {series.map((s) => (
                <th scope="col" key={s.name}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categories.map((category, index) => (
              <tr key={category}>
                <th scope="row">{category}</th>
                {series.map((s) => (
                  <td key={s.name} data-label={s.name}>
                    {s.values[index] ?? 0}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </>
      }
    />
  );
}
