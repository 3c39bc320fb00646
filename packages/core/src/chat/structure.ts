import { type Digraph, hasEdge, undirectedEdgeCount } from './digraph';

/**
 * Density, as NetworkX's `density`: directed m / (n(n-1)); undirected (of the underlying graph, an
 * edge in either direction counting once) m_u / (n(n-1)/2). **Unweighted**. 0 for fewer than 2 nodes.
 * Pass `undirectedOf(g)` as `undirected` when you have it: m_u is then read, not counted.
 * How many of the possible ties exist: the "关系密度" of seed 002.
 */
export function density(g: Digraph, undirected?: Digraph): { directed: number; undirected: number } {
  if (g.n < 2) return { directed: 0, undirected: 0 };
  const pairs = g.n * (g.n - 1);
  // `undirected`, when the caller has `undirectedOf(g)` at hand, holds each pair as two edges
  const pairsJoined = undirected ? undirected.m / 2 : undirectedEdgeCount(g);
  return { directed: g.m / pairs, undirected: pairsJoined / (pairs / 2) };
}

export interface DegreeCounts {
  /** number of members who addressed v (unweighted) */
  inDegree: Int32Array;
  outDegree: Int32Array;
  /** sum of the weights of v's incoming edges (weighted: how much v was addressed) */
  inStrength: Float64Array;
  outStrength: Float64Array;
}

/** In/out degree (unweighted edge counts) and in/out strength (sums of edge weights), per node. */
export function degrees(g: Digraph): DegreeCounts {
  const inDegree = new Int32Array(g.n);
  const outDegree = new Int32Array(g.n);
  const inStrength = new Float64Array(g.n);
  const outStrength = new Float64Array(g.n);
  for (let v = 0; v < g.n; v++) {
    outDegree[v] = g.outStart[v + 1]! - g.outStart[v]!;
    inDegree[v] = g.inStart[v + 1]! - g.inStart[v]!;
    for (let e = g.outStart[v]!; e < g.outStart[v + 1]!; e++) outStrength[v]! += g.outWeight[e]!;
    for (let e = g.inStart[v]!; e < g.inStart[v + 1]!; e++) inStrength[v]! += g.inWeight[e]!;
  }
  return { inDegree, outDegree, inStrength, outStrength };
}

/**
 * Degree centrality, as NetworkX's `in_degree_centrality`, `out_degree_centrality` and
 * `degree_centrality` on a digraph: the degree divided by n-1 (so `total` can reach 2 when a member
 * both addresses and is addressed by everyone). **Unweighted**. All 1 for a single node, as NetworkX.
 */
export function degreeCentrality(g: Digraph): { in: Float64Array; out: Float64Array; total: Float64Array } {
  const scale = g.n > 1 ? 1 / (g.n - 1) : 1;
  const result = { in: new Float64Array(g.n), out: new Float64Array(g.n), total: new Float64Array(g.n) };
  for (let v = 0; v < g.n; v++) {
    // degrees straight from the row bounds: no pass over the edges
    const inDegree = g.inStart[v + 1]! - g.inStart[v]!;
    const outDegree = g.outStart[v + 1]! - g.outStart[v]!;
    result.in[v] = g.n > 1 ? inDegree * scale : 1;
    result.out[v] = g.n > 1 ? outDegree * scale : 1;
    result.total[v] = g.n > 1 ? (inDegree + outDegree) * scale : 1;
  }
  return result;
}

/**
 * Reciprocity, as NetworkX's `overall_reciprocity`: the share of directed edges whose reverse edge also
 * exists. **Unweighted**. null for a graph without edges (NetworkX raises there): nobody addressed
 * anybody, so there is nothing to be mutual about.
 */
export function reciprocity(g: Digraph): number | null {
  if (g.m === 0) return null;
  return (2 * (g.m - undirectedEdgeCount(g))) / g.m;
}

/**
 * Freeman degree centralization (Freeman 1979; not in NetworkX): Σ_v (max degree − degree(v)) divided by
 * the largest that sum can be on n nodes, which a star reaches. 1 = one member is tied to everyone and
 * nobody else is tied to anyone (the 一言堂 signal: one voice and an audience); 0 = all equal.
 * **Unweighted**. `undirected` uses the underlying graph (max sum (n-1)(n-2)); `in` and `out` use
 * in/out degree (max sum (n-1)², a member addressing or addressed by all others). 0 below 3 nodes.
 */
export function degreeCentralization(g: Digraph): { undirected: number; in: number; out: number } {
  const { n } = g;
  if (n < 3) return { undirected: 0, in: 0, out: 0 };
  const { inDegree, outDegree } = degrees(g);
  const undirected = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e++) {
      const v = g.outTarget[e]!;
      if (!(u > v && hasEdge(g, v, u))) {
        undirected[u]!++;
        undirected[v]!++;
      }
    }
  }
  const spread = (values: Int32Array) => {
    let max = 0;
    let sum = 0;
    for (const value of values) max = Math.max(max, value);
    for (const value of values) sum += max - value;
    return sum;
  };
  return {
    undirected: spread(undirected) / ((n - 1) * (n - 2)),
    in: spread(inDegree) / ((n - 1) * (n - 1)),
    out: spread(outDegree) / ((n - 1) * (n - 1)),
  };
}

/**
 * Core numbers, as NetworkX's `core_number` (Batagelj–Zaversnik peeling): the largest k such that v is
 * in a subgraph where every node has degree ≥ k. On a digraph the degree is in + out, so a mutual pair
 * counts twice, exactly as NetworkX. **Unweighted**. For the undirected cores pass `undirectedOf(g)` with
 * `directed: false` (each symmetric pair then counts once, as an undirected edge).
 */
export function coreNumbers(g: Digraph, options: { directed?: boolean } = {}): Int32Array {
  const directed = options.directed ?? true;
  const { n } = g;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    degree[v] = g.outStart[v + 1]! - g.outStart[v]! + (directed ? g.inStart[v + 1]! - g.inStart[v]! : 0);
    maxDegree = Math.max(maxDegree, degree[v]!);
  }
  const binStart = new Int32Array(maxDegree + 2);
  for (let v = 0; v < n; v++) binStart[degree[v]! + 1]!++;
  for (let d = 0; d <= maxDegree; d++) binStart[d + 1]! += binStart[d]!;
  const position = new Int32Array(n);
  const vertex = new Int32Array(n);
  const fill = binStart.slice();
  for (let v = 0; v < n; v++) {
    position[v] = fill[degree[v]!]!++;
    vertex[position[v]!] = v;
  }
  const lower = (u: number, v: number) => {
    if (degree[u]! <= degree[v]!) return;
    const du = degree[u]!;
    const pu = position[u]!;
    const pw = binStart[du]!;
    const w = vertex[pw]!;
    if (u !== w) {
      position[u] = pw;
      vertex[pu] = w;
      position[w] = pu;
      vertex[pw] = u;
    }
    binStart[du]!++;
    degree[u]!--;
  };
  for (let i = 0; i < n; i++) {
    const v = vertex[i]!;
    for (let e = g.outStart[v]!; e < g.outStart[v + 1]!; e++) lower(g.outTarget[e]!, v);
    if (directed) for (let e = g.inStart[v]!; e < g.inStart[v + 1]!; e++) lower(g.inSource[e]!, v);
  }
  return degree;
}
