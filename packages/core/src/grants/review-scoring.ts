import type { DomainError } from '../errors';
import type { CriterionScore, ReviewRecommendation, ScoringDimensions } from './review-schemas';
import { rubricWeightSum, rubricWeightTotal } from './round-rules';
import type { RubricCriterion } from './round-schemas';

/**
 * Aggregating reviewers' score sheets (issue 17: "mean per criterion, weighted total, rank, and the
 * spread between reviewers flagged where it exceeds a threshold"; seed 002: three experts' scores
 * averaged on a 100-point scale).
 *
 * A sheet's total on 100 is Σ points/maxPoints × weightPercent over the rubric, so a criterion worth
 * 30% of 10 points gives 24 for 8 points. The proposal's review total is the mean of its sheets'
 * totals — equal to the weighted sum of the criterion means, since the total is linear in the points.
 * Totals are kept to two decimals (hundredths) so that equal scores reached in a different order rank
 * as ties rather than differing in the fifteenth digit.
 */

/**
 * Where two reviewers' totals for one proposal differ by more than this (points on 100), the
 * decision table flags the proposal: 20 points is two grade bands apart (优 90 vs 中 70) — one
 * reviewer would fund it and another would not, which the committee should talk through before it
 * ticks. Smaller gaps are the usual difference in how strict reviewers are.
 */
export const defaultSpreadThreshold = 20;

/** A score sheet that fits the rubric: every criterion once, none unknown, none above its maximum. */
export function reviewScoreProblems(
  rubric: readonly RubricCriterion[],
  scores: readonly Pick<CriterionScore, 'criterionKey' | 'points'>[],
): DomainError | null {
  const byKey = new Map(rubric.map((criterion) => [criterion.key, criterion]));
  const seen = new Set<string>();
  for (const [index, score] of scores.entries()) {
    const criterion = byKey.get(score.criterionKey);
    const fields = [{ path: `scores.${index}`, message: 'criterion' }];
    if (criterion === undefined || seen.has(score.criterionKey))
      return { code: 'grants.review_criterion_unknown', params: { criterion: score.criterionKey }, fields };
    if (score.points > criterion.maxPoints)
      return {
        code: 'grants.review_score_over_max',
        params: { criterion: criterion.name, max: criterion.maxPoints },
        fields: [{ path: `scores.${index}.points`, message: 'over_max' }],
      };
    seen.add(score.criterionKey);
  }
  const missing = rubric.find((criterion) => !seen.has(criterion.key));
  if (missing !== undefined)
    return {
      code: 'grants.review_score_missing',
      params: { criterion: missing.name },
      fields: [{ path: 'scores', message: 'missing' }],
    };
  return null;
}

/** The rubric's weights sum to 100, and so do the two dimensions (review and 展示评审). */
export function scoringSchemeProblems(
  rubric: readonly RubricCriterion[],
  dimensions: ScoringDimensions,
): DomainError | null {
  const rubricSum = rubricWeightSum(rubric);
  if (rubricSum !== rubricWeightTotal)
    return {
      code: 'grants.weights_not_100',
      params: { sum: rubricSum },
      fields: [{ path: 'rubric', message: 'weights' }],
    };
  const dimensionSum = dimensions.reviewWeightPercent + dimensions.presentationWeightPercent;
  if (dimensionSum !== rubricWeightTotal)
    return {
      code: 'grants.dimension_weights_not_100',
      params: { sum: dimensionSum },
      fields: [{ path: 'presentationWeightPercent', message: 'weights' }],
    };
  return null;
}

/** Two decimals, as shown and as ranked. */
export function toHundredths(value: number): number {
  return Math.round(value * 100) / 100;
}

/** One sheet's total on 100 (unrounded); criteria the sheet lacks count 0 — validated sheets lack none. */
export function sheetTotal(
  rubric: readonly RubricCriterion[],
  scores: readonly Pick<CriterionScore, 'criterionKey' | 'points'>[],
): number {
  const points = new Map(scores.map((score) => [score.criterionKey, score.points]));
  return rubric.reduce(
    (total, criterion) => total + ((points.get(criterion.key) ?? 0) / criterion.maxPoints) * criterion.weightPercent,
    0,
  );
}

export interface ScoreSheet {
  scores: readonly Pick<CriterionScore, 'criterionKey' | 'points'>[];
  recommendation: ReviewRecommendation;
  recommendedFen: number | null;
}

export interface CriterionSummary {
  key: string;
  name: string;
  maxPoints: number;
  mean: number;
  /** Highest minus lowest points among the sheets. */
  range: number;
}

export interface ProposalScores {
  reviewCount: number;
  criteria: CriterionSummary[];
  /** Mean of the sheets' totals on 100; null with no sheet. */
  reviewTotal: number | null;
  presentationCount: number;
  presentationMean: number | null;
  /**
   * The weighted total on 100 of the two dimensions; null while a dimension that counts has no
   * score yet (a proposal not presented cannot be compared with one that was).
   */
  total: number | null;
  /** Highest minus lowest sheet total (0 with one sheet, null with none). */
  spread: number | null;
  isSpreadFlagged: boolean;
  recommendations: Record<ReviewRecommendation, number>;
  /** The median of the amounts reviewers recommended (the lower middle for an even count); null if none did. */
  recommendedFen: number | null;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The lower median, so an amount stays a whole number of fen one reviewer actually named. */
export function lowerMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}

export function aggregateProposalScores(
  rubric: readonly RubricCriterion[],
  sheets: readonly ScoreSheet[],
  presentationPoints: readonly number[],
  dimensions: ScoringDimensions,
  spreadThreshold: number = defaultSpreadThreshold,
): ProposalScores {
  const criteria = rubric.map((criterion) => {
    const points = sheets.map(
      (sheet) => sheet.scores.find((score) => score.criterionKey === criterion.key)?.points ?? 0,
    );
    return {
      key: criterion.key,
      name: criterion.name,
      maxPoints: criterion.maxPoints,
      mean: toHundredths(mean(points) ?? 0),
      range: points.length === 0 ? 0 : Math.max(...points) - Math.min(...points),
    };
  });
  const totals = sheets.map((sheet) => sheetTotal(rubric, sheet.scores));
  const reviewMean = mean(totals);
  const presentationMean = mean(presentationPoints);
  const spread = totals.length === 0 ? null : toHundredths(Math.max(...totals) - Math.min(...totals));
  const needsReview = dimensions.reviewWeightPercent > 0;
  const needsPresentation = dimensions.presentationWeightPercent > 0;
  const total =
    (needsReview && reviewMean === null) || (needsPresentation && presentationMean === null)
      ? null
      : toHundredths(
          ((reviewMean ?? 0) * dimensions.reviewWeightPercent +
            (presentationMean ?? 0) * dimensions.presentationWeightPercent) /
            rubricWeightTotal,
        );
  const recommendations = { yes: 0, maybe: 0, no: 0 };
  for (const sheet of sheets) recommendations[sheet.recommendation] += 1;
  return {
    reviewCount: sheets.length,
    criteria,
    reviewTotal: reviewMean === null ? null : toHundredths(reviewMean),
    presentationCount: presentationPoints.length,
    presentationMean: presentationMean === null ? null : toHundredths(presentationMean),
    total,
    spread,
    isSpreadFlagged: spread !== null && spread > spreadThreshold,
    recommendations,
    recommendedFen: lowerMedian(
      sheets.flatMap((sheet) => (sheet.recommendedFen === null ? [] : [sheet.recommendedFen])),
    ),
  };
}

/**
 * Standard competition ranking ("1224"): equal totals share a rank and the next rank skips; items
 * without a total get no rank. Compared in hundredths, as shown.
 */
export function rankByTotal<T extends { total: number | null }>(items: readonly T[]): (number | null)[] {
  const hundredths = items.map((item) => (item.total === null ? null : Math.round(item.total * 100)));
  const order = hundredths
    .map((value, index) => ({ value, index }))
    .filter((entry): entry is { value: number; index: number } => entry.value !== null)
    .sort((a, b) => b.value - a.value);
  const ranks: (number | null)[] = items.map(() => null);
  for (const [position, entry] of order.entries()) {
    const previous = order[position - 1];
    ranks[entry.index] =
      previous !== undefined && previous.value === entry.value ? (ranks[previous.index] ?? null) : position + 1;
  }
  return ranks;
}
