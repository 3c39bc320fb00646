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
    // a member who addressed nobody starts no shortest path (the roster's silent members)
    if (outStart[s + 1]! === outStart[s]!) continue;
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
      const sigmaV = sigma[v]!;
      // bounds in locals: the engine cannot tell the typed arrays apart, so it would reload them
      for (let e = outStart[v]!, end = outStart[v + 1]!; e < end; e++) {
        const w = outTarget[e]!;
        const dw = dist[w]!;
        if (dw < 0) {
          dist[w] = next;
          order[tail++] = w;
          sigma[w]! += sigmaV;
        } else if (dw === next) sigma[w]! += sigmaV;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const share = (1 + delta[w]!) / sigma[w]!;
      const previous = dist[w]! - 1;
      // w's predecessors on shortest paths from s: in-neighbours one step nearer to s
      for (let e = inStart[w]!, end = inStart[w + 1]!; e < end; e++) {
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
  // the BFS from u walks the edges backwards for inward distance (who reaches u), forwards for outward
  const start = inward ? g.inStart : g.outStart;
  const neighbour = inward ? g.inSource : g.outTarget;
  const { n } = g;
  const closeness = new Float64Array(n);
  if (n < 2) return closeness;
  // Bit-parallel BFS: up to 32 × words sources at once, one bit per source in each node's words, so an
  // edge is read once per level for the whole batch rather than once per source. Same distances.
  const words = Math.min(8, Math.ceil(n / 32));
  const batchSize = 32 * words;
  const visited = new Int32Array(n * words);
  let frontier = new Int32Array(n * words);
  let next = new Int32Array(n * words);
  const total = new Float64Array(batchSize);
  const reached = new Int32Array(batchSize);
  for (let base = 0; base < n; base += batchSize) {
    const batch = Math.min(batchSize, n - base);
    visited.fill(0);
    frontier.fill(0);
    total.fill(0);
    reached.fill(0);
    for (let b = 0; b < batch; b++) {
      const slot = (base + b) * words + (b >>> 5);
      visited[slot]! |= 1 << (b & 31);
      frontier[slot]! |= 1 << (b & 31);
    }
    for (let level = 1, growing = true; growing; level++) {
      growing = false;
      next.fill(0);
      for (let x = 0; x < n; x++) {
        const fx = x * words;
        let any = 0;
        for (let k = 0; k < words; k++) any |= frontier[fx + k]!;
        if (any === 0) continue;
        for (let e = start[x]!; e < start[x + 1]!; e++) {
          const fy = neighbour[e]! * words;
          for (let k = 0; k < words; k++) next[fy + k]! |= frontier[fx + k]!;
        }
      }
      for (let slot = 0; slot < n * words; slot++) {
        let fresh = next[slot]! & ~visited[slot]!;
        next[slot] = fresh;
        if (fresh === 0) continue;
        growing = true;
        visited[slot]! |= fresh;
        const offset = (slot % words) * 32;
        while (fresh !== 0) {
          const lowest = fresh & -fresh;
          const source = offset + 31 - Math.clz32(lowest);
          total[source]! += level;
          reached[source]!++;
          fresh ^= lowest;
        }
      }
      [frontier, next] = [next, frontier];
    }
    for (let b = 0; b < batch; b++) {
      if (total[b]! > 0) closeness[base + b] = (reached[b]! / total[b]!) * (reached[b]! / (n - 1));
    }
  }
  return closeness;
}
