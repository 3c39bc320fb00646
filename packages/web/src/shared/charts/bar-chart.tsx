import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { useEffect } from 'react';
import { ChartFrame, useLazyChart } from './use-lazy-chart';

type BarChartOption = ComposeOption<BarSeriesOption | GridComponentOption>;

export interface Bar {
  label: string;
  value: number;
  color: string;
}

/**
 * A vertical bar chart drawn by ECharts (loaded on first use). The figures are also in a table
 * for screen readers, shown on screen if the chart code cannot be fetched (weak networks);
 * `data-rendered` tells tests the canvas is drawn.
 */
export function BarChart({
  bars,
  title,
  description,
  valueHeader,
  categoryHeader,
  unavailableMessage,
  testId,
}: {
  bars: readonly Bar[];
  title: string;
  /** What the picture shows, for screen readers (role="img"). */
  description: string;
  categoryHeader: string;
  valueHeader: string;
  unavailableMessage: string;
  testId?: string;
}) {
  const lazy = useLazyChart(() => import('./echarts-bar'));
  const { chart } = lazy;

  useEffect(() => {
    chart?.setOption(optionFor(bars), { notMerge: true });
  }, [chart, bars]);

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
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td data-label={valueHeader}>{bar.value}</td>
              </tr>
            ))}
          </tbody>
        </>
      }
    />
  );
}

function optionFor(bars: readonly Bar[]): BarChartOption {
  return {
    // No animation: figures must be right at every instant (screenshots, printing, slow phones).
    animation: false,
    grid: { left: 8, right: 8, top: 28, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: bars.map((bar) => bar.label),
      axisTick: { show: false },
      // Every stage named, wrapped rather than skipped when the card is narrow.
      axisLabel: { fontSize: 12, interval: 0, overflow: 'break', width: 64 },
    },
    yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#e6ebe4' } } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 56,
        label: { show: true, position: 'top', fontSize: 13 },
        data: bars.map((bar) => ({ value: bar.value, itemStyle: { color: bar.color, borderRadius: [4, 4, 0, 0] } })),
      },
    ],
  };
}
