import {
  type Campaign,
  type EvaluationDimension,
  type EvaluationResult,
  evaluationDimensions,
  isPeerScoreWithheld,
} from '@seedbed/core';
import type { TFunction } from 'i18next';

/** A dimension's score as shown: the number, 样本不足 where a peer mean is withheld, or — before any sheet. */
export function dimensionText(result: EvaluationResult, dimension: EvaluationDimension, t: TFunction) {
  if (dimension === 'peer' && isPeerScoreWithheld(result.sheetCounts.peer))
    return t('evaluation.campaign.peerWithheld');
  return result.dimensions[dimension] ?? '—';
}

/** The four dimension columns of a results table (staff's and the released one), each with its weight. */
export function dimensionColumns(campaign: Campaign, t: TFunction) {
  return evaluationDimensions.map((dimension) => ({
    label: `${t(`evaluation.dimension.${dimension}`)} ${campaign.weights[dimension]}%`,
    isNumeric: true,
    cell: (result: EvaluationResult) => dimensionText(result, dimension, t),
  }));
}
