import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { borgattiEverettCore, kCoreRoles } from './core-periphery';
import { digraphFromEdges, undirectedOf } from './digraph';
import { cliqueEdges } from './karate.test-data';

const undirected = (n: number, edges: readonly (readonly [number, number])[]) =>
  undirectedOf(
    digraphFromEdges(
      n,
      edges.map(([source, target]) => ({ source, target })),
    ),
  );
// a clique 0–3 with each of 4…7 hanging on one clique member: the textbook core/periphery picture
const cliqueWithPendants = undirected(8, [...cliqueEdges([0, 1, 2, 3]), [0, 4], [1, 5], [2, 6], [3, 7]]);

/** ρ of a given split, straight from Pearson's formula over all unordered pairs. */
function rhoOf(n: number, tied: (i: number, j: number) => boolean, core: readonly boolean[]): number | null {
  const a: number[] = [];
  const d: number[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      a.push(tied(i, j) ? 1 : 0);
      d.push(core[i] || core[j] ? 1 : 0);
    }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(a);
  const md = mean(d);
  let cov = 0;
  let va = 0;
  let vd = 0;
  a.forEach((x, k) => {
    cov += (x - ma) * (d[k]! - md);
    va += (x - ma) ** 2;
    vd += (d[k]! - md) ** 2;
  });
  return va === 0 || vd === 0 ? null : cov / Math.sqrt(va * vd);
}

describe('the Borgatti–Everett core', () => {
  it('finds the exact core of a graph that is the ideal pattern (ρ = 1)', () => {
    // core 0,1,2 tied to each other and to every periphery member 3,4,5; no periphery–periphery tie
    const ideal = undirected(6, [
      ...cliqueEdges([0, 1, 2]),
      ...[3, 4, 5].flatMap((p) => [[0, p] as const, [1, p] as const, [2, p] as const]),
    ]);
    const { core, rho } = borgattiEverettCore(ideal);
    expect(core).toEqual([true, true, true, false, false, false]);
    expect(rho).toBeCloseTo(1, 12);
  });

  it('prefers three of a 4-clique with pendants: core–periphery pairs are expected to be ties', () => {
    const { core, rho } = borgattiEverettCore(cliqueWithPendants);
    // 28 pairs, 10 ties. Core = the clique: 22 ideal pairs hold all 10 ties,
    // ρ = (28·10 − 10·22) / √((28·10 − 100)(28·22 − 22²)) = 60 / √(180·132) ≈ 0.389.
    // Core = three clique members: 18 ideal pairs hold 9 ties (3–7 falls between periphery members),
    // ρ = (28·9 − 10·18) / √(180·(28·18 − 18²)) = 72 / 180 = 0.4 — higher, so that is the model's answer.
    expect(rho).toBeCloseTo(0.4, 12);
    expect(core.filter(Boolean)).toHaveLength(3);
    expect(core.slice(4)).toEqual([false, false, false, false]);
  });

  it('reports the true fit of its split, never above the best of every split, on random small graphs', () => {
    const graphs = fc
      .integer({ min: 3, max: 8 })
      .chain((n) =>
        fc
          .array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 20 })
          .map((edges) => ({ n, g: undirected(n, edges) })),
      );
    fc.assert(
      fc.property(graphs, ({ n, g }) => {
        const tied = (i: number, j: number) => {
          for (let e = g.outStart[i]!; e < g.outStart[i + 1]!; e++) if (g.outTarget[e] === j) return true;
          return false;
        };
        let best: number | null = null;
        for (let mask = 1; mask < 2 ** n - 1; mask++) {
          const rho = rhoOf(
            n,
            tied,
            Array.from({ length: n }, (_, v) => ((mask >> v) & 1) === 1),
          );
          if (rho !== null && (best === null || rho > best)) best = rho;
        }
        const found = borgattiEverettCore(g);
        if (best === null) expect(found.rho).toBeNull();
        else {
          // a local search: it may stop short of the optimum (it does on some of these graphs),
          // but the fit it reports is the fit of the split it returns, and never above the optimum
          expect(found.rho).toBeCloseTo(rhoOf(n, tied, found.core)!, 12);
          expect(found.rho!).toBeLessThanOrEqual(best + 1e-12);
        }
      }),
    );
  });

  it('has no core where the fit is undefined', () => {
    expect(borgattiEverettCore(undirected(5, []))).toEqual({ core: [false, false, false, false, false], rho: null });
    expect(borgattiEverettCore(undirected(2, [[0, 1]])).rho).toBeNull();
  });
});

describe('the k-core roles', () => {
  it('splits core, semi-periphery, periphery and silent', () => {
    // 0–3 a 3-core (clique); 4,5,6 a triangle hanging on 0 (2-core); 7 on a single tie; 8 silent
    const g = undirected(9, [...cliqueEdges([0, 1, 2, 3]), [4, 5], [5, 6], [4, 6], [0, 4], [3, 7], [8, 0]]);
    const sent = [9, 4, 4, 3, 2, 2, 2, 1, 0];
    expect(kCoreRoles(g, sent)).toEqual([
      'core',
      'core',
      'core',
      'core',
      'semi_periphery',
      'semi_periphery',
      'semi_periphery',
      'periphery',
      'silent',
    ]);
  });

  it('has no core in a chain: everyone who spoke is periphery', () => {
    const chain = undirected(3, [
      [0, 1],
      [1, 2],
    ]);
    expect(kCoreRoles(chain, [1, 1, 1])).toEqual(['periphery', 'periphery', 'periphery']);
  });
});
