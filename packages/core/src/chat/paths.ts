import type { Digraph } from './digraph';

/**
 * Betweenness centrality (Brandes 2001), as NetworkX's `betweenness_centrality(G, normalized, weight=None)`:
 * c_B(v) = Σ_{s≠v≠t} σ(s,t|v) / σ(s,t), over shortest paths that follow edge direction.
 *
 * **Unweighted**: a path's length is its number of edges. Edge weights are interaction strengths, and
 * reading them as distances would make the strongest ties the *longest* paths, so they are ignored here.
 *
 * Normalisation (NetworkX's `_rescale`): with `normalized`, multiplied by 1/((n-1)(n-2)) for directed and
 * undirected graphs alike; without it, an undirected graph's values are halved (each pair was counted
 * from both ends). An undirected graph is passed as a symmetric digraph (`undirectedOf`) with
 * `directed: false`. Graphs of two nodes or fewer are not rescaled (every value is 0 anyway).
 */
export function betweennessCentrality(
  g: Digraph,
  options: { normalized?: boolean; directed?: boolean } = {},
): Float64Array {
  const { normalized = true, directed = true } = options;
  const { n, outStart, outTarget, inStart, inSource } = g;
  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n);
  const order = new Int32Array(n); // BFS order; read backwards it is Brandes' stack
  for (let s = 0; s < n; s++) {
    dist.fill(-1);
    sigma.fill(0);
    delta.fill(0);
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      for (let e = outStart[v]!; e < outStart[v + 1]!; e++) {
        const w = outTarget[e]!;
        if (dist[w]! < 0) {
          dist[w] = next;
          order[tail++] = w;
        }
        if (dist[w]! === next) sigma[w]! += sigma[v]!;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const share = (1 + delta[w]!) / sigma[w]!;
      const previous = dist[w]! - 1;
      // w's predecessors on shortest paths from s: in-neighbours one step nearer to s
      for (let e = inStart[w]!; e < inStart[w + 1]!; e++) {
        const v = inSource[e]!;
        if (dist[v]! === previous) delta[v]! += sigma[v]! * share;
      }
      centrality[w]! += delta[w]!;
    }
  }
  let scale = 1;
  if (normalized) scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  else if (!directed) scale = 0.5;
  if (scale !== 1) for (let v = 0; v < n; v++) centrality[v]! *= scale;
  return centrality;
}

/**
 * Closeness centrality, as NetworkX's `closeness_centrality(G, distance=None, wf_improved=True)`:
 * C(u) = (r / (n-1)) · (r / Σ_v d(v, u)), where r is the number of nodes that reach u and d counts edges.
 * For a digraph the distance is *inward* (from the others to u), as NetworkX does; pass
 * `direction: 'out'` for how near u's messages are to everyone else. A node nobody reaches scores 0.
 *
 * **Unweighted**, for the same reason as betweenness: weights are strengths, not distances. The
 * Wasserman–Faust factor r/(n-1) keeps members of a small fragment from scoring as high as the
 * well-connected ones.
 */
export function closenessCentrality(g: Digraph, options: { direction?: 'in' | 'out' } = {}): Float64Array {
  const inward = (options.direction ?? 'in') === 'in';
  const start = inward ? g.inStart : g.outStart;
  const neighbour = inward ? g.inSource : g.outTarget;
  const { n } = g;
  const closeness = new Float64Array(n);
  const dist = new Int32Array(n);
  const queue = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    dist.fill(-1);
    dist[u] = 0;
    queue[0] = u;
    let head = 0;
    let tail = 1;
    let total = 0;
    while (head < tail) {
      const v = queue[head++]!;
      for (let e = start[v]!; e < start[v + 1]!; e++) {
        const w = neighbour[e]!;
        if (dist[w]! < 0) {
          dist[w] = dist[v]! + 1;
          total += dist[w]!;
          queue[tail++] = w;
        }
      }
    }
    const reached = tail - 1;
    if (total > 0 && n > 1) closeness[u] = (reached / total) * (reached / (n - 1));
  }
  return closeness;
}
