import type { DomainError } from '../errors';
import type { Locale } from '../shared/locale';
import {
  type CriterionPoints,
  type EvaluationDimension,
  type EvaluationForm,
  type EvaluationWeights,
  evaluationDimensions,
  type SelfGap,
} from './schemas';

/**
 * The arithmetic of a four-dimension evaluation (seed 002 fig. 3). Every score is on 100 and kept
 * to hundredths, so equal results reached in a different order rank as ties.
 */

/** Two decimals, as shown and as ranked. */
function toHundredths(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * A sheet on 100: its points over the form's maximum points, × 100 (seed 002: "采用百分制"). A form
 * whose maxima sum to 100 reads the same; one of 5 criteria of 10 points gives 76 for 38 points.
 * Criteria not on the form are ignored (the store refuses them before saving).
 */
export function sheetOn100(form: EvaluationForm, scores: readonly CriterionPoints[]): number {
  const maxTotal = form.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
  const keys = new Set(form.map((criterion) => criterion.key));
  const points = scores.filter((score) => keys.has(score.criterionKey)).reduce((sum, s) => sum + s.points, 0);
  return maxTotal === 0 ? 0 : toHundredths((points / maxTotal) * 100);
}

/**
 * A dimension's score: the mean of its sheets on 100 — one sheet for 自评, the assigned teams' sheets
 * for 互评, the experts' for 专家评审 (seed 002: "三位专家加总取平均值") and staff's for 培育方评估.
 * Null when there is no sheet yet.
 */
export function dimensionScore(sheetTotals: readonly number[]): number | null {
  if (sheetTotals.length === 0) return null;
  return toHundredths(sheetTotals.reduce((sum, total) => sum + total, 0) / sheetTotals.length);
}

export type DimensionScores = Record<EvaluationDimension, number | null>;

/**
 * The weighted total: Σ score × weight / 100 over the four dimensions.
 *
 * A dimension with weight 0 does not count. A weighted dimension with no sheet yet makes the total
 * null (shown as 待补齐 "waiting for …"), rather than re-weighting the others: otherwise a team that
 * only rated itself would lead the table on its own word, and the ranks would move as sheets arrive.
 * Staff see which dimension is missing and chase it; a released campaign keeps the null.
 */
export function weightedTotal(scores: DimensionScores, weights: EvaluationWeights): number | null {
  let total = 0;
  for (const dimension of evaluationDimensions) {
    const weight = weights[dimension];
    if (weight === 0) continue;
    const score = scores[dimension];
    if (score === null) return null;
    total += (score * weight) / 100;
  }
  return toHundredths(total);
}

/** The weighted dimensions still without a sheet, in the order the form lists them. */
export function missingDimensions(scores: DimensionScores, weights: EvaluationWeights): EvaluationDimension[] {
  return evaluationDimensions.filter((dimension) => weights[dimension] > 0 && scores[dimension] === null);
}

/**
 * Ranks within a campaign, highest total first; equal totals share a rank and the next rank skips
 * (1, 1, 3 — "standard competition ranking"), so a tie never hides how many are ahead. A null total
 * has no rank. Returns the ranks in the input's order.
 */
export function rankTotals(totals: readonly (number | null)[]): (number | null)[] {
  return totals.map((total) => {
    if (total === null) return null;
    return 1 + totals.filter((other) => other !== null && other > total).length;
  });
}

/**
 * Where self and others differ by this many points on 100 or more, the gap is a signal: 10 points
 * is one grade band (优 90 vs 良 80). Seed 002: "自评与他评的差异提供了评鉴中的另一类信息，可以提醒评鉴
 * 者注意一些没有看到的事情，可以让受评者了解自我认知与社会认知之间的落差。" Smaller gaps are ordinary modesty
 * or pride.
 */
export const selfGapThreshold = 10;

/**
 * The self-vs-others gap: the self score minus the weighted mean of the other dimensions that have
 * a score (their weights renormalised among themselves; with all others' weights 0, their plain
 * mean). Positive: the team rates itself higher than others do. Null without a self score or
 * without any other score.
 */
export function selfGap(scores: DimensionScores, weights: EvaluationWeights): SelfGap | null {
  const self = scores.self;
  if (self === null) return null;
  const others = (['peer', 'expert', 'incubator'] as const).flatMap((dimension) => {
    const score = scores[dimension];
    return score === null ? [] : [{ score, weight: weights[dimension] }];
  });
  if (others.length === 0) return null;
  const weightSum = others.reduce((sum, other) => sum + other.weight, 0);
  const othersMean =
    weightSum === 0
      ? others.reduce((sum, other) => sum + other.score, 0) / others.length
      : others.reduce((sum, other) => sum + other.score * other.weight, 0) / weightSum;
  const points = toHundredths(self - othersMean);
  return { points, isSignal: Math.abs(points) >= selfGapThreshold };
}

/** The gap in plain words, whole points: "自评比他评高 18 分" / "The team rated itself 18 points above others". */
export function selfGapExplanation(gap: SelfGap, locale: Locale): string {
  const points = Math.round(Math.abs(gap.points));
  if (points === 0) return locale === 'zh-CN' ? '自评和他评差不多。' : 'The team rated itself about as others did.';
  const isHigher = gap.points > 0;
  if (locale === 'zh-CN') return `自评比他评${isHigher ? '高' : '低'} ${points} 分。`;
  return `The team rated itself ${points} ${points === 1 ? 'point' : 'points'} ${isHigher ? 'above' : 'below'} what others gave.`;
}

/** Weights are whole percent and sum to exactly 100. */
export function weightProblems(weights: EvaluationWeights): DomainError | null {
  const sum = evaluationDimensions.reduce((total, dimension) => total + weights[dimension], 0);
  if (sum === 100) return null;
  return { code: 'evaluation.weights_not_100', params: { sum }, fields: [{ path: 'weights', message: 'sum' }] };
}

/** A form's criteria have distinct keys. */
export function formProblems(dimension: EvaluationDimension, form: EvaluationForm): DomainError | null {
  const seen = new Set<string>();
  for (const [index, criterion] of form.entries()) {
    if (seen.has(criterion.key))
      return {
        code: 'evaluation.criterion_duplicate',
        params: { criterion: criterion.key },
        fields: [{ path: `forms.${dimension}.${index}.key`, message: 'duplicate' }],
      };
    seen.add(criterion.key);
  }
  return null;
}

/** A sheet that fits its form: every criterion once, none unknown, none above its maximum. */
export function sheetProblems(form: EvaluationForm, scores: readonly CriterionPoints[]): DomainError | null {
  const byKey = new Map(form.map((criterion) => [criterion.key, criterion]));
  const seen = new Set<string>();
  for (const [index, score] of scores.entries()) {
    const criterion = byKey.get(score.criterionKey);
    if (criterion === undefined || seen.has(score.criterionKey))
      return {
        code: 'evaluation.criterion_unknown',
        params: { criterion: score.criterionKey },
        fields: [{ path: `scores.${index}.criterionKey`, message: 'unknown' }],
      };
    if (score.points > criterion.maxPoints)
      return {
        code: 'evaluation.score_over_max',
        params: { criterion: criterion.title, max: criterion.maxPoints },
        fields: [{ path: `scores.${index}.points`, message: 'over_max' }],
      };
    seen.add(score.criterionKey);
  }
  const missing = form.find((criterion) => !seen.has(criterion.key));
  if (missing !== undefined)
    return {
      code: 'evaluation.score_missing',
      params: { criterion: missing.title },
      fields: [{ path: 'scores', message: 'missing' }],
    };
  return null;
}
