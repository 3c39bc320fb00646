import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultEvaluationForm, defaultEvaluationWeights } from './defaults';
import {
  dimensionScore,
  missingDimensions,
  rankTotals,
  selfGap,
  selfGapExplanation,
  sheetOn100,
  sheetProblems,
  weightedTotal,
  weightProblems,
} from './rules';
import type { EvaluationForm } from './schemas';

const fiveOfTen: EvaluationForm = ['a', 'b', 'c', 'd', 'e'].map((key) => ({
  key,
  title: key.toUpperCase(),
  description: '',
  maxPoints: 10,
}));
const points = (form: EvaluationForm, values: number[]) =>
  form.map((criterion, index) => ({ criterionKey: criterion.key, points: values[index] ?? 0 }));

describe('sheetOn100', () => {
  it('normalises a sheet to 100: 38 of 50 points is 76', () => {
    expect(sheetOn100(fiveOfTen, points(fiveOfTen, [8, 8, 8, 7, 7]))).toBe(76);
  });
  it('reads a default-form sheet (maxima sum to 100) as its points', () => {
    expect(sheetOn100(defaultEvaluationForm, points(defaultEvaluationForm, [18, 15, 12, 10, 8, 9, 4, 5]))).toBe(81);
  });
  it('keeps hundredths: 2 of 3 is 66.67', () => {
    const form: EvaluationForm = [{ key: 'x', title: 'X', description: '', maxPoints: 3 }];
    expect(sheetOn100(form, [{ criterionKey: 'x', points: 2 }])).toBe(66.67);
  });
  it('stays within 0–100 for any sheet that fits the form', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 5, maxLength: 5 }), (values) => {
        const total = sheetOn100(fiveOfTen, points(fiveOfTen, values));
        return total >= 0 && total <= 100;
      }),
    );
  });
});

describe('dimensionScore (the experts’ mean)', () => {
  it('averages three experts: 80, 70 and 66 give 72', () => {
    expect(dimensionScore([80, 70, 66])).toBe(72);
  });
  it('is null with no sheet', () => {
    expect(dimensionScore([])).toBeNull();
  });
});

describe('weightedTotal', () => {
  it('weights the four dimensions: 90×10% + 70×10% + 72×40% + 75×40% = 74.8', () => {
    expect(weightedTotal({ self: 90, peer: 70, expert: 72, incubator: 75 }, defaultEvaluationWeights)).toBe(74.8);
  });
  it('is null while a weighted dimension has no sheet, and names it', () => {
    const scores = { self: 90, peer: null, expert: 72, incubator: 75 };
    expect(weightedTotal(scores, defaultEvaluationWeights)).toBeNull();
    expect(missingDimensions(scores, defaultEvaluationWeights)).toEqual(['peer']);
  });
  it('ignores a dimension weighted 0, even with no sheet', () => {
    expect(
      weightedTotal(
        { self: null, peer: 60, expert: 80, incubator: 70 },
        { self: 0, peer: 20, expert: 40, incubator: 40 },
      ),
    ).toBe(72);
  });
  it('lies between the lowest and the highest dimension', () => {
    const score = fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);
    fc.assert(
      fc.property(fc.tuple(score, score, score, score), ([self, peer, expert, incubator]) => {
        const total = weightedTotal({ self, peer, expert, incubator }, defaultEvaluationWeights) as number;
        return (
          total >= Math.min(self, peer, expert, incubator) - 0.01 &&
          total <= Math.max(self, peer, expert, incubator) + 0.01
        );
      }),
    );
  });
});

describe('weightProblems', () => {
  it('accepts weights summing to 100', () => {
    expect(weightProblems(defaultEvaluationWeights)).toBeNull();
  });
  it('refuses 10 + 10 + 40 + 30, naming the sum', () => {
    expect(weightProblems({ self: 10, peer: 10, expert: 40, incubator: 30 })).toMatchObject({
      code: 'evaluation.weights_not_100',
      params: { sum: 90 },
    });
  });
});

describe('sheetProblems', () => {
  it('accepts every criterion once', () => {
    expect(sheetProblems(fiveOfTen, points(fiveOfTen, [1, 2, 3, 4, 5]))).toBeNull();
  });
  it('refuses a score over the criterion’s maximum, naming it', () => {
    expect(sheetProblems(fiveOfTen, points(fiveOfTen, [11, 2, 3, 4, 5]))).toMatchObject({
      code: 'evaluation.score_over_max',
      params: { criterion: 'A', max: 10 },
    });
  });
  it('refuses a missing criterion and an unknown one', () => {
    expect(sheetProblems(fiveOfTen, points(fiveOfTen, [1, 2, 3, 4, 5]).slice(1))?.code).toBe(
      'evaluation.score_missing',
    );
    expect(
      sheetProblems(fiveOfTen, [...points(fiveOfTen, [1, 2, 3, 4, 5]), { criterionKey: 'z', points: 1 }])?.code,
    ).toBe('evaluation.criterion_unknown');
  });
});

describe('rankTotals', () => {
  it('gives ties one rank and skips the next (1, 1, 3), leaving no total unranked', () => {
    expect(rankTotals([80, 92.5, 80, null, 70])).toEqual([2, 1, 2, null, 4]);
  });
  it('ranks 1 for the highest and never above the count', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 30 }), (totals) => {
        const ranks = rankTotals(totals) as number[];
        const best = Math.max(...totals);
        return ranks.every((rank, i) => rank >= 1 && rank <= totals.length && (rank === 1) === (totals[i] === best));
      }),
    );
  });
});

describe('selfGap', () => {
  it('is self minus the weighted mean of the others: 90 − (70×10 + 72×40 + 75×40)/90 = 16.89', () => {
    expect(selfGap({ self: 90, peer: 70, expert: 72, incubator: 75 }, defaultEvaluationWeights)).toEqual({
      points: 16.89,
      isSignal: true,
    });
  });
  it('uses only the other dimensions that have a score', () => {
    expect(selfGap({ self: 60, peer: null, expert: 72, incubator: null }, defaultEvaluationWeights)).toEqual({
      points: -12,
      isSignal: true,
    });
  });
  it('is no signal under 10 points', () => {
    expect(selfGap({ self: 80, peer: 75, expert: 72, incubator: 75 }, defaultEvaluationWeights)?.isSignal).toBe(false);
  });
  it('is null without a self score or without any other', () => {
    expect(selfGap({ self: null, peer: 70, expert: 72, incubator: 75 }, defaultEvaluationWeights)).toBeNull();
    expect(selfGap({ self: 90, peer: null, expert: null, incubator: null }, defaultEvaluationWeights)).toBeNull();
  });
  it('explains itself in plain words in both languages', () => {
    expect(selfGapExplanation({ points: 17.78, isSignal: true }, 'zh-CN')).toBe('自评比他评高 18 分。');
    expect(selfGapExplanation({ points: -12, isSignal: true }, 'zh-CN')).toBe('自评比他评低 12 分。');
    expect(selfGapExplanation({ points: 17.78, isSignal: true }, 'en')).toBe(
      'The team rated itself 18 points above what others gave.',
    );
    expect(selfGapExplanation({ points: 0.3, isSignal: false }, 'zh-CN')).toBe('自评和他评差不多。');
  });
});
