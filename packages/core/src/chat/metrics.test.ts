import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clustering, transitivity } from './clustering';
import { type Digraph, digraphFromEdges, undirectedOf } from './digraph';
import {
  cliqueEdges,
  karateBetweenness,
  karateCloseness,
  karateCores,
  karateDensity,
  karateEdges,
  karateTransitivity,
} from './karate.test-data';
import { betweennessCentrality, closenessCentrality } from './paths';
import { coreNumbers, degreeCentralization, degrees, density, reciprocity } from './structure';

const graph = (n: number, edges: readonly (readonly [number, number, number?])[]) =>
  digraphFromEdges(
    n,
    edges.map(([source, target, weight]) => ({ source, target, weight })),
  );
const both = (edges: readonly (readonly [number, number])[]) =>
  edges.flatMap(([a, b]) => [[a, b] as const, [b, a] as const]);
const karate = undirectedOf(graph(34, karateEdges));
const closeTo = (actual: ArrayLike<number>, expected: readonly number[]) => {
  expect(actual.length).toBe(expected.length);
  Array.from(actual).forEach((value, i) => {
    expect(value).toBeCloseTo(expected[i]!, 12);
  });
};

describe('the karate club (published NetworkX values)', () => {
  it('betweenness, closeness, cores, transitivity and density', () => {
    closeTo(betweennessCentrality(karate, { directed: false }), karateBetweenness);
    closeTo(closenessCentrality(karate), karateCloseness);
    expect(Array.from(coreNumbers(karate, { directed: false }))).toEqual(karateCores);
    expect(transitivity(karate)).toBeCloseTo(karateTransitivity, 12);
    expect(density(karate).undirected).toBeCloseTo(karateDensity, 12);
  });

  it('betweenness ignores weights: strong ties are not long paths', () => {
    const weighted = undirectedOf(
      graph(
        34,
        karateEdges.map(([a, b], i) => [a, b, 1 + (i % 7)]),
      ),
    );
    closeTo(betweennessCentrality(weighted, { directed: false }), karateBetweenness);
  });
});

describe('small graphs worked by hand', () => {
  // a → b → c
  const path = graph(3, [
    [0, 1],
    [1, 2],
  ]);

  it('a directed path: b is on the one path from a to c', () => {
    // one pair (a, c) of the (n-1)(n-2) = 2 ordered pairs around b goes through it
    expect(Array.from(betweennessCentrality(path))).toEqual([0, 0.5, 0]);
    expect(Array.from(betweennessCentrality(path, { normalized: false }))).toEqual([0, 1, 0]);
    // inward: c is reached by b (1) and a (2): (2/3)·(2/2); b by a alone: (1/1)·(1/2); nobody reaches a
    closeTo(closenessCentrality(path), [0, 0.5, 2 / 3]);
    closeTo(closenessCentrality(path, { direction: 'out' }), [2 / 3, 0.5, 0]);
    expect(density(path)).toEqual({ directed: 2 / 6, undirected: 2 / 3 });
    expect(reciprocity(path)).toBe(0);
  });

  it('degree and strength: counts versus weight sums', () => {
    const g = graph(3, [
      [0, 1, 5],
      [0, 2, 1],
      [2, 0, 2],
      [0, 1, 1], // parallel: merged into 0 → 1 with weight 6
      [1, 1, 9], // self-loop: dropped
    ]);
    const { inDegree, outDegree, inStrength, outStrength } = degrees(g);
    expect(Array.from(outDegree)).toEqual([2, 0, 1]);
    expect(Array.from(inDegree)).toEqual([1, 1, 1]);
    expect(Array.from(outStrength)).toEqual([7, 0, 2]);
    expect(Array.from(inStrength)).toEqual([2, 6, 1]);
    // two of the three edges (0→2, 2→0) have their reverse
    expect(reciprocity(g)).toBeCloseTo(2 / 3, 15);
  });

  it('a star is the most centralized graph, a complete graph the least (一言堂 = 1)', () => {
    const star = graph(
      5,
      both([
        [0, 1],
        [0, 2],
        [0, 3],
        [0, 4],
      ]),
    );
    // in and out: the hub has 4, each leaf 1: Σ(4 − 1)·4 = 12 over (n-1)² = 16 (the in-star of 1 is one-way)
    expect(degreeCentralization(star)).toEqual({ undirected: 1, in: 0.75, out: 0.75 });
    expect(betweennessCentrality(star, { directed: false })[0]).toBe(1);
    const k4 = graph(4, both(cliqueEdges([0, 1, 2, 3])));
    expect(degreeCentralization(k4)).toEqual({ undirected: 0, in: 0, out: 0 });
    expect(transitivity(k4)).toBe(1);
    expect(Array.from(clustering(k4, { directed: false }))).toEqual([1, 1, 1, 1]);
    expect(Array.from(coreNumbers(k4, { directed: false }))).toEqual([3, 3, 3, 3]);
    // on the digraph a mutual pair counts twice in the degree, as in NetworkX
    expect(Array.from(coreNumbers(k4))).toEqual([6, 6, 6, 6]);
    // one leader addressing four silent members: out-centralization 1
    const announcer = graph(5, [
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
    ]);
    // in-degrees [0,1,1,1,1]: Σ(1 − d) = 1 over (n-1)² = 16
    expect(degreeCentralization(announcer)).toEqual({ undirected: 1, in: 1 / 16, out: 1 });
  });

  it('a cyclic triangle: each member closes 2 of the 4 directed triangles Fagiolo counts', () => {
    const cycle = graph(3, [
      [0, 1],
      [1, 2],
      [2, 0],
    ]);
    // T(u) = 2 (the cycle seen from each of u's two edges), d_tot = 2, no mutual ties: 2 / (2·2) = 0.5
    expect(Array.from(clustering(cycle))).toEqual([0.5, 0.5, 0.5]);
    expect(Array.from(clustering(undirectedOf(cycle), { directed: false }))).toEqual([1, 1, 1]);
  });

  it('empty and tiny graphs give zeros, not NaN', () => {
    for (const n of [0, 1, 2]) {
      const g = graph(n, []);
      expect(Array.from(betweennessCentrality(g))).toEqual(new Array(n).fill(0));
      expect(Array.from(closenessCentrality(g))).toEqual(new Array(n).fill(0));
      expect(density(g)).toEqual({ directed: 0, undirected: 0 });
      expect(reciprocity(g)).toBeNull();
      expect(degreeCentralization(g)).toEqual({ undirected: 0, in: 0, out: 0 });
      expect(transitivity(g)).toBe(0);
    }
  });
});

const randomDigraph = fc
  .integer({ min: 1, max: 9 })
  .chain((n) =>
    fc
      .array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 30 })
      .map((edges) => graph(n, edges)),
  );

/** All-pairs shortest-path counts by breadth-first search from every node, without Brandes. */
function bruteBetweenness(g: Digraph): number[] {
  const { n } = g;
  const dist: number[][] = [];
  const count: number[][] = [];
  for (let s = 0; s < n; s++) {
    const d = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
    const c = new Array<number>(n).fill(0);
    d[s] = 0;
    c[s] = 1;
    for (let level = 0; level < n; level++) {
      for (let v = 0; v < n; v++) {
        if (d[v] !== level) continue;
        for (let e = g.outStart[v]!; e < g.outStart[v + 1]!; e++) {
          const w = g.outTarget[e]!;
          if (d[w]! > level + 1) d[w] = level + 1;
          if (d[w] === level + 1) c[w]! += c[v]!;
        }
      }
    }
    dist.push(d);
    count.push(c);
  }
  const result = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++)
    for (let t = 0; t < n; t++)
      for (let v = 0; v < n; v++) {
        if (s === t || v === s || v === t || count[s]![t] === 0) continue;
        if (dist[s]![v]! + dist[v]![t]! === dist[s]![t]) result[v]! += (count[s]![v]! * count[v]![t]!) / count[s]![t]!;
      }
  return result;
}

/** Core numbers by the definition: the largest k whose k-core (repeatedly drop degree < k) holds v. */
function bruteCores(g: Digraph): number[] {
  const core = new Array<number>(g.n).fill(0);
  for (let k = 1; k <= 2 * g.n; k++) {
    const alive = new Array<boolean>(g.n).fill(true);
    let changed = true;
    while (changed) {
      changed = false;
      for (let v = 0; v < g.n; v++) {
        if (!alive[v]) continue;
        let degree = 0;
        for (let e = g.outStart[v]!; e < g.outStart[v + 1]!; e++) degree += alive[g.outTarget[e]!] ? 1 : 0;
        for (let e = g.inStart[v]!; e < g.inStart[v + 1]!; e++) degree += alive[g.inSource[e]!] ? 1 : 0;
        if (degree < k) {
          alive[v] = false;
          changed = true;
        }
      }
    }
    alive.forEach((inCore, v) => {
      if (inCore) core[v] = k;
    });
  }
  return core;
}

describe('against definitions, on random small graphs', () => {
  it('Brandes betweenness equals counting every shortest path', () => {
    fc.assert(
      fc.property(randomDigraph, (g) => {
        const brute = bruteBetweenness(g);
        const fast = betweennessCentrality(g, { normalized: false });
        brute.forEach((value, v) => {
          expect(fast[v]).toBeCloseTo(value, 9);
        });
      }),
    );
  });

  it('core numbers equal the k-core definition', () => {
    fc.assert(
      fc.property(randomDigraph, (g) => {
        expect(Array.from(coreNumbers(g))).toEqual(bruteCores(g));
      }),
    );
  });
});
