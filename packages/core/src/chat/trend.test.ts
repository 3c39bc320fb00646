import { describe, expect, it } from 'vitest';
import { defaultMarginalisationSettings, erfc, mannKendall, marginalisation } from './trend';

describe('the Mann–Kendall test', () => {
  it('a falling series with one tie, worked by hand', () => {
    const result = mannKendall([0.6, 0.5, 0.55, 0.4, 0.3, 0.3, 0.2, 0.1]);
    // 28 pairs: 26 falling, one rising (0.5 → 0.55), one tie (0.3, 0.3): S = −25
    // Var = (8·7·21 − 2·1·9) / 18 = 1158 / 18; Z = (S + 1) / √Var; p from scipy.stats.norm: 0.0027695851547
    expect(result?.s).toBe(-25);
    expect(result?.variance).toBeCloseTo(1158 / 18, 12);
    expect(result?.z).toBeCloseTo(-24 / Math.sqrt(1158 / 18), 12);
    expect(result?.pValue).toBeCloseTo(0.0027695851547209216, 6);
    expect(result?.trend).toBe('falling');
    // pairwise slopes' median
    expect(result?.senSlope).toBeCloseTo(-0.0666666666667, 10);
  });

  it('no trend in a zig-zag, none below three values, none in a flat line', () => {
    expect(mannKendall([0.3, 0.5, 0.2, 0.4, 0.35])).toMatchObject({ s: 0, z: 0, pValue: 1, trend: 'none' }); // p clamped to 1;
    expect(mannKendall([1, 0])).toBeNull();
    expect(mannKendall([2, 2, 2, 2])).toMatchObject({ s: 0, variance: 0, trend: 'none' });
  });

  it('erfc is the tabulated function', () => {
    expect(erfc(0)).toBeCloseTo(1, 7);
    expect(erfc(1)).toBeCloseTo(0.157299207050285, 7);
    expect(erfc(-1)).toBeCloseTo(1.842700792949715, 7);
  });
});

describe('marginalisation', () => {
  const window = (centrality: number, sent: number, answered = 0) => ({ centrality, sent, answered });

  it('flags an active member whose centrality falls, with the numbers behind it', () => {
    const series = [
      window(0, 0), // before joining: left out of the test
      window(0.6, 12, 8),
      window(0.5, 9, 5),
      window(0.55, 10, 4),
      window(0.4, 6, 2),
      window(0.3, 4, 1),
      window(0.3, 3, 0),
      window(0.2, 2, 0),
      window(0.1, 1, 0),
    ];
    const result = marginalisation(series);
    expect(result.flagged).toBe(true);
    expect(result.firstActiveWindow).toBe(1);
    expect(result.centralityTrend?.s).toBe(-25);
    expect(result.peakCentrality).toBe(0.6);
    expect(result.lastCentrality).toBe(0.1);
    expect(result.responseShare[0]).toBeNull();
    expect(result.responseShare[1]).toBeCloseTo(8 / 12, 12);
    expect(result.responseShareTrend?.trend).toBe('falling');
  });

  it('does not flag a member who was never active, nor a short or steady series', () => {
    const quiet = [0.3, 0.2, 0.2, 0.1, 0.1, 0].map((c) => window(c, 1));
    expect(marginalisation(quiet)).toMatchObject({ flagged: false, firstActiveWindow: null, centralityTrend: null });
    const short = [0.6, 0.4, 0.2, 0.1].map((c) => window(c, 5));
    expect(defaultMarginalisationSettings.minWindows).toBe(5);
    expect(marginalisation(short).flagged).toBe(false);
    const steady = [0.4, 0.5, 0.4, 0.45, 0.5, 0.4].map((c) => window(c, 5));
    expect(marginalisation(steady).flagged).toBe(false);
  });

  it('does not count joining late as a rise, nor a rise as marginalisation', () => {
    const rising = [0, 0, 0.1, 0.2, 0.3, 0.4, 0.5].map((c, i) => window(c, i < 2 ? 0 : 5));
    const result = marginalisation(rising);
    expect(result.firstActiveWindow).toBe(2);
    expect(result.centralityTrend?.trend).toBe('rising');
    expect(result.flagged).toBe(false);
  });
});
