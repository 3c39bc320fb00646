import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption } from 'echarts/components';
import type { ComposeOption, EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';

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
  const container = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<EChartsType | null>(null);
  const [isUnavailable, setUnavailable] = useState(false);
  const [isRendered, setRendered] = useState(false);

  useEffect(() => {
    let isDisposed = false;
    let instance: EChartsType | null = null;
    let observer: ResizeObserver | null = null;
    import('./echarts-bar').then(
      ({ init }) => {
        if (isDisposed || !container.current) return;
        instance = init(container.current, undefined, { renderer: 'canvas' });
        instance.on('finished', () => setRendered(true));
        if (typeof ResizeObserver !== 'undefined') {
          observer = new ResizeObserver(() => instance?.resize({ animation: { duration: 0 } }));
          observer.observe(container.current);
        }
        setChart(instance);
      },
      () => {
        if (!isDisposed) setUnavailable(true);
      },
    );
    return () => {
      isDisposed = true;
      observer?.disconnect();
      instance?.dispose();
    };
  }, []);

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
    <figure className="chart" data-testid={testId} data-rendered={isRendered ? 'true' : 'false'}>
      <figcaption className="chart__title">{title}</figcaption>
      {isUnavailable ? (
        <p className="chart__notice">{unavailableMessage}</p>
      ) : (
        <div className="chart__canvas" ref={container} role="img" aria-label={description} />
      )}
      <table className={isUnavailable ? 'data-table' : 'visually-hidden'}>
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
                <td key={s.name}>{s.values[index] ?? 0}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
