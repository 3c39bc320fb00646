import type { ChatGroupAnalysis } from '@seedbed/core';
import type { GraphSeriesOption } from 'echarts/charts';
import type { ComposeOption } from 'echarts/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame, useLazyChart } from '../shared/charts/use-lazy-chart';

const roleColors = { core: '#1f5f3a', semi_periphery: '#3d7fb0', periphery: '#b06a1f', silent: '#8a8f87' } as const;

/**
 * The group's interaction network (ECharts graph, force layout): a node per member sized by messages
 * sent and coloured by network role, an edge per directed tie as thick as its weight. Labels are the
 * pseudonyms (成员 A…) unless `labelOf` gives names. The same ties are in a table for screen readers.
 */
export function NetworkChart({
  analysis,
  labelOf,
}: {
  analysis: ChatGroupAnalysis;
  labelOf: (node: ChatGroupAnalysis['nodes'][number]) => string;
}) {
  const { t } = useTranslation();
  const lazy = useLazyChart(() => import('./echarts-graph'));
  const { chart } = lazy;
  useEffect(() => {
    const option: ComposeOption<GraphSeriesOption> = {
      animation: false,
      series: [
        {
          type: 'graph',
          layout: 'force',
          roam: true,
          // laid out at once, not animated frame by frame: the picture is whole when it appears, and a
          // cheap phone's battery isn't spent on a minute of motion
          force: { repulsion: 300, edgeLength: [80, 160], gravity: 0.06, layoutAnimation: false },
          label: { show: true, fontSize: 13 },
          edgeSymbol: ['none', 'arrow'],
          edgeSymbolSize: 6,
          data: analysis.nodes.map((node) => ({
            id: node.id,
            name: labelOf(node),
            symbolSize: 14 + Math.min(26, Math.sqrt(node.sent) * 4),
            itemStyle: { color: roleColors[node.role] },
          })),
          links: analysis.edges.map((edge) => ({
            source: edge.source,
            target: edge.target,
            lineStyle: { width: Math.min(8, 1 + edge.weight / 2), color: '#6b746a', opacity: 0.7 },
          })),
        },
      ],
    };
    chart?.setOption(option, { notMerge: true });
  }, [chart, analysis, labelOf]);
  const nameOf = new Map(analysis.nodes.map((node) => [node.id, labelOf(node)]));
  return (
    <ChartFrame
      lazy={lazy}
      title={t('chat.groupPage.network')}
      description={t('chat.groupPage.networkDescription')}
      unavailableMessage={t('chat.chartUnavailable')}
      testId="chat-network"
      table={
        <>
          <thead>
            <tr>
              <th scope="col">{t('chat.column.member')}</th>
              <th scope="col">{t('chat.column.member')}</th>
              <th scope="col">{t('chat.column.strength')}</th>
            </tr>
          </thead>
          <tbody>
            {analysis.edges.map((edge) => (
              <tr key={`${edge.source}-${edge.target}`}>
                <th scope="row">{nameOf.get(edge.source)}</th>
                <td>{nameOf.get(edge.target)}</td>
                <td>{edge.weight}</td>
              </tr>
            ))}
          </tbody>
        </>
      }
    />
  );
}
