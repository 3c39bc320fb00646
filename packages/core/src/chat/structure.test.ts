import fc from 'fast-check';
import { expect, it } from 'vitest';
import { digraphFromEdges, undirectedEdgeCount, undirectedOf, type WeightedEdge } from './digraph';
import { degreeCentrality, degrees, density } from './structure';

const graph = fc.integer({ min: 1, max: 30 }).chain((n) =>
  fc
    .array(fc.record({ source: fc.nat(n - 1), target: fc.nat(n - 1), weight: fc.integer({ min: 1, max: 5 }) }), {
      maxLength: 90,
    })
    .map((edges) => digraphFromEdges(n, edges)),
);

it('density read from the undirected graph equals density counted from the digraph (property)', () => {
  fc.assert(
    fc.property(graph, (g) => {
      expect(density(g, undirectedOf(g))).toEqual(density(g));
      expect(undirectedEdgeCount(g)).toBe(undirectedOf(g).m / 2);
    }),
  );
});

it('degree centrality is (in + out degree) × 1/(n − 1), as NetworkX multiplies (property)', () => {
  fc.assert(
    fc.property(graph, (g) => {
      const { inDegree, outDegree } = degrees(g);
      const expected = Array.from({ length: g.n }, (_, v) =>
        g.n > 1 ? (inDegree[v]! + outDegree[v]!) * (1 / (g.n - 1)) : 1,
      );
      expect(Array.from(degreeCentrality(g).total)).toEqual(expected);
    }),
  );
});

it('the undirected graph joins u and v when either addresses the other, weights of both directions summed (property)', () => {
  fc.assert(
    fc.property(graph, (g) => {
      const both: WeightedEdge[] = [];
      for (let u = 0; u < g.n; u++) {
        for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e++) {
          both.push({ source: u, target: g.outTarget[e]!, weight: g.outWeight[e]! });
          both.push({ source: g.outTarget[e]!, target: u, weight: g.outWeight[e]! });
        }
      }
      expect(undirectedOf(g)).toEqual(digraphFromEdges(g.n, both));
    }),
  );
});
