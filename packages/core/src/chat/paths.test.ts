import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Digraph, digraphFromEdges } from './digraph';
import { closenessCentrality } from './paths';

/** The textbook closeness: one BFS per node, as NetworkX's `closeness_centrality` (Wasserman–Faust). */
function closenessOneBfsEach(g: Digraph, inward: boolean): number[] {
  const start = inward ? g.inStart : g.outStart;
  const neighbour = inward ? g.inSource : g.outTarget;
  return Array.from({ length: g.n }, (_, u) => {
    const dist = new Map([[u, 0]]);
    const queue = [u];
    let total = 0;
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      for (let e = start[v]!; e < start[v + 1]!; e++) {
        const w = neighbour[e]!;
        if (dist.has(w)) continue;
        dist.set(w, dist.get(v)! + 1);
        total += dist.get(w)!;
        queue.push(w);
      }
    }
    const reached = queue.length - 1;
    return total > 0 && g.n > 1 ? (reached / total) * (reached / (g.n - 1)) : 0;
  });
}

const graph = (maxNodes: number, maxEdges: number) =>
  fc
    .integer({ min: 1, max: maxNodes })
    .chain((n) =>
      fc
        .array(fc.record({ source: fc.nat(n - 1), target: fc.nat(n - 1) }), { maxLength: maxEdges })
        .map((edges) => digraphFromEdges(n, edges)),
    );

describe('bit-parallel closeness', () => {
  it('equals one BFS per node, inward and outward, on small graphs (property)', () => {
    fc.assert(
      fc.property(graph(40, 120), (g) => {
        expect(Array.from(closenessCentrality(g))).toEqual(closenessOneBfsEach(g, true));
        expect(Array.from(closenessCentrality(g, { direction: 'out' }))).toEqual(closenessOneBfsEach(g, false));
      }),
    );
  });

  it('equals one BFS per node across batches of 256 sources (property)', () => {
    fc.assert(
      fc.property(graph(600, 1500), (g) => {
        expect(Array.from(closenessCentrality(g))).toEqual(closenessOneBfsEach(g, true));
      }),
      { numRuns: 15 },
    );
  });
});
