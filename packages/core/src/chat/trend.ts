/**
 * The Mann–Kendall monotonic trend test (Mann 1945, Kendall 1975), as in `pymannkendall.original_test`:
 * S = Σ_{i<j} sign(x_j − x_i); Var(S) = [n(n−1)(2n+5) − Σ_t t(t−1)(2t+5)] / 18 over groups of t tied
 * values; Z = (S − 1)/√Var for S > 0, (S + 1)/√Var for S < 0, else 0; two-sided p = 2(1 − Φ(|Z|)).
 * The trend is `falling` when Z < 0 and p < alpha (default 0.05), `rising` when Z > 0 and p < alpha.
 * Sen's slope (median of pairwise slopes per window) gives the size. Φ uses an erfc approximation with
 * relative error below 1.2e-7, ample for a threshold. With fewer than 3 values there is no test.
 */
export interface MannKendallResult {
  n: number;
  s: number;
  variance: number;
  z: number;
  pValue: number;
  senSlope: number;
  trend: 'falling' | 'rising' | 'none';
}

export function mannKendall(series: readonly number[], alpha = 0.05): MannKendallResult | null {
  const n = series.length;
  if (n < 3) return null;
  let s = 0;
  const slopes: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      s += Math.sign(series[j]! - series[i]!);
      slopes.push((series[j]! - series[i]!) / (j - i));
    }
  }
  const ties = new Map<number, number>();
  for (const value of series) ties.set(value, (ties.get(value) ?? 0) + 1);
  let tieTerm = 0;
  for (const t of ties.values()) tieTerm += t * (t - 1) * (2 * t + 5);
  const variance = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const z = variance === 0 || s === 0 ? 0 : (s - Math.sign(s)) / Math.sqrt(variance);
  const pValue = Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
  slopes.sort((a, b) => a - b);
  const middle = slopes.length >> 1;
  const senSlope = slopes.length % 2 === 1 ? slopes[middle]! : (slopes[middle - 1]! + slopes[middle]!) / 2;
  const significant = pValue < alpha;
  const trend = significant && z < 0 ? 'falling' : significant && z > 0 ? 'rising' : 'none';
  return { n, s, variance, z, pValue, senSlope, trend };
}

/** Complementary error function (Numerical Recipes' Chebyshev fit, fractional error < 1.2e-7). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** One member in one window: their normalised centrality and their messages. */
export interface MemberWindow {
  /**
   * NetworkX's `degree_centrality` in the window's graph: (in + out degree) / (n − 1), **unweighted**,
   * so it stays comparable while the group grows or shrinks.
   */
  readonly centrality: number;
  readonly sent: number;
  /** of `sent`, how many got a response (see `interactionNetwork`) */
  readonly answered: number;
}

export interface MarginalisationSettings {
  /** significance threshold of the Mann–Kendall test (two-sided) */
  readonly alpha: number;
  /** a window where the member sent at least this many messages makes them "having been active" */
  readonly activeMessages: number;
  /** fewest windows, from the first active one, before a trend is tested */
  readonly minWindows: number;
}
export const defaultMarginalisationSettings: MarginalisationSettings = {
  alpha: 0.05,
  activeMessages: 3,
  minWindows: 5,
};

export interface Marginalisation {
  flagged: boolean;
  /** index of the first window where the member was active; null = never active, so never flagged */
  firstActiveWindow: number | null;
  centrality: number[];
  /** answered / sent per window; null for a window where they sent nothing */
  responseShare: (number | null)[];
  /** the trend of centrality from the first active window on; null when too few windows */
  centralityTrend: MannKendallResult | null;
  /** the trend of the response share (silent windows left out), the second number behind a flag */
  responseShareTrend: MannKendallResult | null;
  peakCentrality: number;
  lastCentrality: number;
}

/**
 * Marginalisation (issue 19): a member is flagged when, after a window where they were active, their
 * centrality falls with a significant Mann–Kendall trend (Z < 0, p < alpha) over at least `minWindows`
 * windows. The windows before they first became active are left out, so joining late is not a rise.
 * The result carries the numbers behind the flag for the coaching page.
 */
export function marginalisation(
  windows: readonly MemberWindow[],
  settings: MarginalisationSettings = defaultMarginalisationSettings,
): Marginalisation {
  const centrality = windows.map((w) => w.centrality);
  const responseShare = windows.map((w) => (w.sent > 0 ? w.answered / w.sent : null));
  const first = windows.findIndex((w) => w.sent >= settings.activeMessages);
  const since = first < 0 ? [] : centrality.slice(first);
  const centralityTrend = since.length >= settings.minWindows ? mannKendall(since, settings.alpha) : null;
  const shares = (first < 0 ? [] : responseShare.slice(first)).filter((share): share is number => share !== null);
  const responseShareTrend = shares.length >= settings.minWindows ? mannKendall(shares, settings.alpha) : null;
  return {
    flagged: centralityTrend?.trend === 'falling',
    firstActiveWindow: first < 0 ? null : first,
    centrality,
    responseShare,
    centralityTrend,
    responseShareTrend,
    peakCentrality: since.length > 0 ? Math.max(...since) : 0,
    lastCentrality: centrality.at(-1) ?? 0,
  };
}
