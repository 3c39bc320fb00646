import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption } from 'echarts/components';
import type { ComposeOption, EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';

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
        // 'finished' fires once the bars have stopped animating: the picture is what users see.
        instance.on('finished', () => setRendered(true));
        if (typeof ResizeObserver !== 'undefined') {
          // No animation on resize: the bars must match the axis at every instant (screenshots, rotation).
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
    chart?.setOption(optionFor(bars), { notMerge: true });
  }, [chart, bars]);

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
            <th scope="col">{valueHeader}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>{bar.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
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
