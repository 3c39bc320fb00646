import { type Stage, stageModels } from '@seedbed/core';
import { useTranslation } from 'react-i18next';

/** How far along its model's path a stage is, 0..1, for the badge's shade (育种 pale → 大树 deep). */
export function stageProgress(stage: Stage): number {
  for (const stages of Object.values(stageModels)) {
    const index = (stages as readonly Stage[]).indexOf(stage);
    if (index >= 0) return stages.length > 1 ? index / (stages.length - 1) : 1;
  }
  return 0;
}

/** A growth stage as a coloured label; "not assessed" when no assessment exists yet. */
export function StageBadge({ stage }: { stage: Stage | null }) {
  const { t } = useTranslation();
  if (!stage) {
    return (
      <span className="stage-badge stage-badge--unassessed" data-testid="stage-badge" data-stage="">
        {t('organization.unassessed')}
      </span>
    );
  }
  // Five shades, so every model's stages map onto the same palette.
  const shade = Math.round(stageProgress(stage) * 4);
  return (
    <span className={`stage-badge stage-badge--shade-${shade}`} data-testid="stage-badge" data-stage={stage}>
      {t(`stage.${stage}`)}
    </span>
  );
}
