import type { EChartsType, init as initChart } from 'echarts/core';
import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react';

/** A chart module fetched on first use (echarts-bar.ts, echarts-line.ts: only what they draw). */
export type ChartModule = Promise<{ init: typeof initChart }>;

/**
 * ECharts in a container, loaded on first use: the chart code is a chunk of its own, so a leader's
 * phone downloads it only when a chart is on screen. `isRendered` turns true once the canvas is
 * drawn (tests wait for it); `isUnavailable` when the chunk cannot be fetched (weak networks), and
 * the figures are shown as a table instead.
 */
export function useLazyChart(load: () => ChartModule): {
  container: RefObject<HTMLDivElement | null>;
  chart: EChartsType | null;
  isUnavailable: boolean;
  isRendered: boolean;
} {
  const container = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<EChartsType | null>(null);
  const [isUnavailable, setUnavailable] = useState(false);
  const [isRendered, setRendered] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the loader is fixed for a chart's life.
  useEffect(() => {
    let isDisposed = false;
    let instance: EChartsType | null = null;
    let observer: ResizeObserver | null = null;
    load().then(
      ({ init }) => {
        if (isDisposed || !container.current) return;
        instance = init(container.current, undefined, { renderer: 'canvas' });
        // 'finished' fires once drawing has settled: the picture is what users see.
        instance.on('finished', () => setRendered(true));
        if (typeof ResizeObserver !== 'undefined') {
          // No animation on resize: marks must match the axis at every instant (screenshots, rotation).
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
  return { container, chart, isUnavailable, isRendered };
}

/** The figure around a chart: its title, the canvas (or a notice), and the figures as a table. */
export function ChartFrame({
  lazy,
  title,
  description,
  unavailableMessage,
  testId,
  table,
}: {
  lazy: ReturnType<typeof useLazyChart>;
  title: string;
  /** What the picture shows, for screen readers (role="img"). */
  description: string;
  unavailableMessage: string;
  testId?: string | undefined;
  /** The same figures as <thead> and <tbody>: hidden for screen readers, shown when the chart is unavailable. */
  table: ReactNode;
}) {
  return (
    <figure className="chart" data-testid={testId} data-rendered={lazy.isRendered ? 'true' : 'false'}>
      <figcaption className="chart__title">{title}</figcaption>
      {lazy.isUnavailable ? (
        <p className="chart__notice">{unavailableMessage}</p>
      ) : (
        <div className="chart__canvas" ref={lazy.container} role="img" aria-label={description} />
      )}
      <table className={lazy.isUnavailable ? 'data-table' : 'visually-hidden'}>{table}</table>
    </figure>
  );
}
