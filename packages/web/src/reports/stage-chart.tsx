import { isStageOf, type StreetOverview } from '@seedbed/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { stageProgress } from '../organizations';
import { type Bar, BarChart } from '../shared/charts/bar-chart';

/** Pale to deep green along the path (育种 → 大树); grey for not yet assessed. */
const stageShades = ['#c9e4bd', '#98cc83', '#66ad52', '#3d8b33', '#1e6522'];
const unassessedShade = '#b8bcb6';

/**
 * Organizations per growth stage, every stage of the street's model present (zero if empty) so
 * the whole path shows, then those without an assessment.
 */
export function StageChart({
  overview,
}: {
  overview: Pick<StreetOverview, 'stageCounts' | 'stageModel' | 'unassessed'>;
}) {
  const { t, i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: labels change with the language.
  const bars = useMemo<Bar[]>(() => {
    const stageBars = overview.stageCounts.map(({ stage, count }) =>
      isStageOf(overview.stageModel, stage)
        ? { label: t(`stage.${stage}`), value: count, color: stageShades[Math.round(stageProgress(stage) * 4)] ?? '' }
        : { label: stage, value: count, color: unassessedShade },
    );
    return [...stageBars, { label: t('street.unassessed'), value: overview.unassessed, color: unassessedShade }];
  }, [overview, t, i18n.language]);

  return (
    <div className="card">
      <BarChart
        bars={bars}
        title={t('street.chartTitle')}
        description={t('street.chartLabel')}
        categoryHeader={t('street.stageColumn')}
        valueHeader={t('street.countColumn')}
        unavailableMessage={t('street.chartUnavailable')}
        testId="stage-chart"
      />
      <p className="muted">{t('street.chartModel', { model: t(`stageModel.${overview.stageModel}`) })}</p>
    </div>
  );
}
