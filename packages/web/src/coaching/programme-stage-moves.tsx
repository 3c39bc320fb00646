import type { CultivationProgramme, ProgrammeParticipant, Stage } from '@seedbed/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/**
 * Whether the programme moved its teams up a stage (seed 002: "将种子引导为小苗", "将小苗引导为小树"),
 * computed by the server from the registry's stage assessments — nothing here is typed in.
 */
export function ProgrammeStageMoves({ programme }: { programme: CultivationProgramme }) {
  const { t } = useTranslation();
  const { movedUp, compared, moves } = programme.stageMoves;
  const total = programme.participantCount;
  const pairs = moves
    .map((move) =>
      t('coaching.programmes.stageMoves.pair', {
        from: t(`stage.${move.fromStage}`),
        to: t(`stage.${move.toStage}`),
        count: move.count,
      }),
    )
    .join(t('coaching.programmes.stageMoves.separator'));
  return (
    <div data-testid="programme-stage-moves" data-moved-up={movedUp}>
      <p>
        <strong data-testid="programme-stage-moves-sentence">
          {t('coaching.programmes.stageMoves.sentence', { movedUp, total })}
          {pairs && t('coaching.programmes.stageMoves.pairs', { pairs })}
        </strong>
      </p>
      {total > compared && (
        <p className="muted">{t('coaching.programmes.stageMoves.unknown', { count: total - compared })}</p>
      )}
      <p className="muted">{t('coaching.programmes.stageMoves.definition')}</p>
    </div>
  );
}

/** One participant's move, for its row: "种子 → 小苗 ↑", "小苗（未变）", or "期间未评估". */
export function stageMoveLabel(t: TFunction, move: ProgrammeParticipant['stageMove']): string {
  const stage = (value: Stage) => t(`stage.${value}`);
  if (move.status === 'unknown' || !move.fromStage || !move.toStage)
    return t('coaching.programmes.stageMoves.notAssessed');
  if (move.status === 'same') return t('coaching.programmes.stageMoves.same', { stage: stage(move.toStage) });
  return t(`coaching.programmes.stageMoves.${move.status}`, { from: stage(move.fromStage), to: stage(move.toStage) });
}
