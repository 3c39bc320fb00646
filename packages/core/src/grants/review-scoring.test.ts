import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRubric } from './defaults';
import { reviewOnlyDimensions } from './review-schemas';
import {
  aggregateProposalScores,
  defaultSpreadThreshold,
  lowerMedian,
  rankByTotal,
  reviewScoreProblems,
  type ScoreSheet,
  scoringSchemeProblems,
  sheetTotal,
} from './review-scoring';
import type { RubricCriterion } from './round-schemas';

// 议题公共性 10 pts × 30%, 团队与参与 10 × 25%, 可行性 10 × 25%, 预算合理 10 × 20%
const rubric = [...defaultRubric];
const sheet = (
  points: [number, number, number, number],
  recommendation: ScoreSheet['recommendation'] = 'yes',
  recommendedFen: number | null = null,
): ScoreSheet => ({
  scores: rubric.map((criterion, index) => ({ criterionKey: criterion.key, points: points[index] ?? 0 })),
  recommendation,
  recommendedFen,
});

describe('reviewScoreProblems', () => {
  it('accepts a sheet with every criterion once', () => {
    expect(reviewScoreProblems(rubric, sheet([8, 7, 6, 5]).scores)).toBeNull();
  });

  it('refuses a score above the criterion’s maximum, naming the criterion and the maximum', () => {
    const problem = reviewScoreProblems(rubric, sheet([11, 7, 6, 5]).scores);
    expect(problem).toMatchObject({
      code: 'grants.review_score_over_max',
      params: { criterion: '议题公共性', max: 10 },
    });
    expect(problem?.fields).toEqual([{ path: 'scores.0.points', message: 'over_max' }]);
  });

  it('refuses a missing criterion, naming it', () => {
    const scores = sheet([8, 7, 6, 5]).scores.slice(0, 3);
    expect(reviewScoreProblems(rubric, scores)).toMatchObject({
      code: 'grants.review_score_missing',
      params: { criterion: '预算合理' },
    });
  });

  it('refuses a criterion the rubric does not have, and one scored twice', () => {
    const base = sheet([8, 7, 6, 5]).scores;
    expect(reviewScoreProblems(rubric, [...base, { criterionKey: 'charm', points: 1 }])?.code).toBe(
      'grants.review_criterion_unknown',
    );
    expect(reviewScoreProblems(rubric, [...base, base[0] ?? { criterionKey: 'x', points: 0 }])?.code).toBe(
      'grants.review_criterion_unknown',
    );
  });
});

describe('scoringSchemeProblems', () => {
  it('accepts the default rubric with the review alone, or with 展示评审 at 30%', () => {
    expect(scoringSchemeProblems(rubric, reviewOnlyDimensions)).toBeNull();
    expect(scoringSchemeProblems(rubric, { reviewWeightPercent: 70, presentationWeightPercent: 30 })).toBeNull();
  });

  it('refuses rubric weights that do not sum to 100, then dimension weights that do not', () => {
    const skewed = rubric.map((criterion, index) => (index === 0 ? { ...criterion, weightPercent: 35 } : criterion));
    expect(scoringSchemeProblems(skewed, reviewOnlyDimensions)).toMatchObject({
      code: 'grants.weights_not_100',
      params: { sum: 105 },
    });
    expect(scoringSchemeProblems(rubric, { reviewWeightPercent: 70, presentationWeightPercent: 40 })).toMatchObject({
      code: 'grants.dimension_weights_not_100',
      params: { sum: 110 },
    });
  });
});

describe('aggregateProposalScores', () => {
  it('means each criterion and weights the total on 100 (hand-derived)', () => {
    // sheet A: 8/10×30 + 7/10×25 + 6/10×25 + 5/10×20 = 24 + 17.5 + 15 + 10 = 66.5
    // sheet B: 10×3 + 9×2.5 + 8×2.5 + 10×2 = 30 + 22.5 + 20 + 20 = 92.5
    const scores = aggregateProposalScores(
      rubric,
      [sheet([8, 7, 6, 5], 'maybe', 800_000), sheet([10, 9, 8, 10], 'yes')],
      [],
      reviewOnlyDimensions,
    );
    expect(scores.criteria.map((criterion) => criterion.mean)).toEqual([9, 8, 7, 7.5]);
    expect(scores.criteria.map((criterion) => criterion.range)).toEqual([2, 2, 2, 5]);
    expect(scores.reviewTotal).toBe(79.5);
    expect(scores.total).toBe(79.5);
    expect(scores.spread).toBe(26);
    expect(scores.isSpreadFlagged).toBe(true);
    expect(scores.recommendations).toEqual({ yes: 1, maybe: 1, no: 0 });
    expect(scores.recommendedFen).toBe(800_000);
  });

  it('does not flag a spread at the threshold, only above it', () => {
    // 60 and 80: spread exactly 20
    const scores = aggregateProposalScores(
      rubric,
      [sheet([6, 6, 6, 6]), sheet([8, 8, 8, 8])],
      [],
      reviewOnlyDimensions,
    );
    expect(scores.spread).toBe(defaultSpreadThreshold);
    expect(scores.isSpreadFlagged).toBe(false);
    expect(
      aggregateProposalScores(rubric, [sheet([6, 6, 6, 6]), sheet([8, 8, 8, 8])], [], reviewOnlyDimensions, 10)
        .isSpreadFlagged,
    ).toBe(true);
  });

  it('weighs 展示评审 in as a dimension, and has no total until the presentation is scored', () => {
    const dimensions = { reviewWeightPercent: 70, presentationWeightPercent: 30 };
    // review 80, presentation mean (90 + 70) / 2 = 80 → 80; with presentation 100 → 0.7 × 80 + 30 = 86
    expect(aggregateProposalScores(rubric, [sheet([8, 8, 8, 8])], [90, 70], dimensions).total).toBe(80);
    expect(aggregateProposalScores(rubric, [sheet([8, 8, 8, 8])], [100], dimensions).total).toBe(86);
    const notPresented = aggregateProposalScores(rubric, [sheet([8, 8, 8, 8])], [], dimensions);
    expect(notPresented.reviewTotal).toBe(80);
    expect(notPresented.total).toBeNull();
  });

  it('has no total, spread or recommended amount without a sheet', () => {
    const scores = aggregateProposalScores(rubric, [], [], reviewOnlyDimensions);
    expect(scores).toMatchObject({
      reviewCount: 0,
      reviewTotal: null,
      total: null,
      spread: null,
      isSpreadFlagged: false,
      recommendedFen: null,
    });
  });

  it('keeps every total between 0 and 100 and equal to the weighted criterion means, for any rubric and sheets', () => {
    const arbitraryRubric = fc
      .array(fc.record({ maxPoints: fc.integer({ min: 1, max: 100 }), share: fc.integer({ min: 1, max: 10 }) }), {
        minLength: 1,
        maxLength: 6,
      })
      .map((parts): RubricCriterion[] => {
        // integer weights that sum to exactly 100: shares scaled down, the rest to the first
        const shareTotal = parts.reduce((sum, part) => sum + part.share, 0);
        const weights = parts.map((part) => Math.max(1, Math.floor((part.share * 100) / shareTotal)));
        weights[0] = (weights[0] ?? 0) + 100 - weights.reduce((sum, weight) => sum + weight, 0);
        return parts.map((part, index) => ({
          key: `c${index}`,
          name: `c${index}`,
          description: '',
          maxPoints: part.maxPoints,
          weightPercent: weights[index] ?? 0,
        }));
      })
      .filter((criteria) => criteria.every((criterion) => criterion.weightPercent >= 1));
    fc.assert(
      fc.property(
        arbitraryRubric.chain((criteria) =>
          fc.tuple(
            fc.constant(criteria),
            fc.array(fc.tuple(...criteria.map((criterion) => fc.integer({ min: 0, max: criterion.maxPoints }))), {
              minLength: 1,
              maxLength: 7,
            }),
          ),
        ),
        ([criteria, pointSets]) => {
          const sheets = pointSets.map((points) => ({
            scores: criteria.map((criterion, index) => ({ criterionKey: criterion.key, points: points[index] ?? 0 })),
            recommendation: 'yes' as const,
            recommendedFen: null,
          }));
          const scores = aggregateProposalScores(criteria, sheets, [], reviewOnlyDimensions);
          const total = scores.total ?? Number.NaN;
          expect(total).toBeGreaterThanOrEqual(0);
          expect(total).toBeLessThanOrEqual(100);
          const fromMeans = criteria.reduce((sum, criterion, index) => {
            const mean = pointSets.reduce((s, points) => s + (points[index] ?? 0), 0) / pointSets.length;
            return sum + (mean / criterion.maxPoints) * criterion.weightPercent;
          }, 0);
          expect(Math.abs(total - fromMeans)).toBeLessThanOrEqual(0.005 + 1e-9);
          const totals = sheets.map((one) => sheetTotal(criteria, one.scores));
          expect(
            Math.abs((scores.spread ?? Number.NaN) - (Math.max(...totals) - Math.min(...totals))),
          ).toBeLessThanOrEqual(0.005 + 1e-9);
        },
      ),
    );
  });
});

describe('rankByTotal', () => {
  it('ranks with ties sharing a rank and the next rank skipping; unscored get none', () => {
    const ranks = rankByTotal([{ total: 80 }, { total: 92.5 }, { total: 80 }, { total: null }, { total: 70 }]);
    expect(ranks).toEqual([2, 1, 2, null, 4]);
  });

  it('treats totals equal to the hundredth as ties', () => {
    expect(rankByTotal([{ total: 0.1 + 0.2 }, { total: 0.3 }])).toEqual([1, 1]);
  });

  it('gives rank 1 to the highest and never more than the count, for any totals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100)), { maxLength: 30 }),
        (totals) => {
          const items = totals.map((total) => ({ total }));
          const ranks = rankByTotal(items);
          const scored = ranks.filter((rank): rank is number => rank !== null);
          if (scored.length > 0) expect(Math.min(...scored)).toBe(1);
          for (const [index, rank] of ranks.entries()) {
            const total = totals[index] ?? null;
            if (total === null) expect(rank).toBeNull();
            else expect(rank).toBe(1 + totals.filter((other) => other !== null && other > total).length);
          }
        },
      ),
    );
  });
});

describe('lowerMedian', () => {
  it('is the middle amount, the lower of two middles', () => {
    expect(lowerMedian([300, 100, 200])).toBe(200);
    expect(lowerMedian([400, 100, 300, 200])).toBe(200);
    expect(lowerMedian([])).toBeNull();
  });
});
