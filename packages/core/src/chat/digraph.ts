/**
 * The compact directed graph every chat metric reads: nodes are 0…n-1, edges are stored twice in
 * compressed-sparse-row form (out-edges by source, in-edges by target) on typed arrays, so the path
 * metrics run without allocating per node and the same code runs in the browser.
 *
 * Parallel edges are merged (their weights add up) and self-loops are dropped: a member replying to
 * their own message is not an interaction. Edge weights are interaction *strengths* (how often one
 * member addressed another); no metric here reads them as distances.
 */
export interface Digraph {
  readonly n: number;
  /** Number of distinct directed edges (after merging parallels, without self-loops). */
  readonly m: number;
  /** out-edges of v are outTarget[outStart[v]! … outStart[v+1]!-1]!, sorted by target */
  readonly outStart: Int32Array;
  readonly outTarget: Int32Array;
  readonly outWeight: Float64Array;
  /** in-edges of v are inSource[inStart[v]! … inStart[v+1]!-1]!, sorted by source */
  readonly inStart: Int32Array;
  readonly inSource: Int32Array;
  readonly inWeight: Float64Array;
}

export interface WeightedEdge {
  readonly source: number;
  readonly target: number;
  /** interaction strength; 1 when left out */
  readonly weight?: number;
}

/** Builds the graph on nodes 0…n-1; edges naming a node outside that range are a caller's bug. */
export function digraphFromEdges(n: number, edges: readonly WeightedEdge[]): Digraph {
  const merged = new Map<number, number>();
  for (const { source, target, weight = 1 } of edges) {
    if (!(Number.isInteger(source) && Number.isInteger(target) && source >= 0 && target >= 0)) {
      throw new RangeError(`edge ${source}→${target} is not between nodes 0…${n - 1}`);
    }
    if (source >= n || target >= n) throw new RangeError(`edge ${source}→${target} is not between nodes 0…${n - 1}`);
    if (source === target) continue;
    const key = source * n + target;
    merged.set(key, (merged.get(key) ?? 0) + weight);
  }
  const keys = [...merged.keys()].sort((a, b) => a - b);
  const m = keys.length;
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  for (const key of keys) {
    outStart[Math.floor(key / n) + 1]!++;
    inStart[(key % n) + 1]!++;
  }
  for (let v = 0; v < n; v++) {
    outStart[v + 1]! += outStart[v]!;
    inStart[v + 1]! += inStart[v]!;
  }
  const outTarget = new Int32Array(m);
  const outWeight = new Float64Array(m);
  const inSource = new Int32Array(m);
  const inWeight = new Float64Array(m);
  const inFill = inStart.slice(0, n);
  // keys are sorted by (source, target): out-rows come out sorted by target, in-rows by source
  keys.forEach((key, e) => {
    const source = Math.floor(key / n);
    const target = key % n;
    const weight = merged.get(key) ?? 0;
    outTarget[e] = target;
    outWeight[e] = weight;
    const slot = inFill[target]!++;
    inSource[slot] = source;
    inWeight[slot] = weight;
  });
  return { n, m, outStart, outTarget, outWeight, inStart, inSource, inWeight };
}

/**
 * The underlying undirected graph, as a symmetric digraph: u–v exists when u→v or v→u does, and its
 * weight is the sum of both directions (NetworkX's `to_undirected` keeps one direction's attributes
 * instead; only strength-based metrics see the difference).
 */
export function undirectedOf(g: Digraph): Digraph {
  // u's neighbours are its out-row merged with its in-row (both sorted); a symmetric graph's in-rows are
  // its out-rows, so the arrays are shared
  const { n, outStart, outTarget, outWeight, inStart, inSource, inWeight } = g;
  const start = new Int32Array(n + 1);
  const mergeRow = (u: number, write: (v: number, weight: number) => void) => {
    let i = outStart[u]!;
    let j = inStart[u]!;
    const iEnd = outStart[u + 1]!;
    const jEnd = inStart[u + 1]!;
    while (i < iEnd || j < jEnd) {
      const a = i < iEnd ? outTarget[i]! : n;
      const b = j < jEnd ? inSource[j]! : n;
      if (a === b) write(a, outWeight[i++]! + inWeight[j++]!);
      else if (a < b) write(a, outWeight[i++]!);
      else write(b, inWeight[j++]!);
    }
  };
  for (let u = 0; u < n; u++) {
    let count = 0;
    mergeRow(u, () => count++);
    start[u + 1] = start[u]! + count;
  }
  const m = start[n]!;
  const target = new Int32Array(m);
  const weight = new Float64Array(m);
  let at = 0;
  for (let u = 0; u < n; u++) {
    mergeRow(u, (v, w) => {
      target[at] = v;
      weight[at++] = w;
    });
  }
  return {
    n,
    m,
    outStart: start,
    outTarget: target,
    outWeight: weight,
    inStart: start,
    inSource: target,
    inWeight: weight,
  };
}

/** Number of unordered pairs {u, v} joined in at least one direction. */
export function undirectedEdgeCount(g: Digraph): number {
  // u→v is reciprocated when v is also among u's in-neighbours: mark u's out-row, read u's in-row
  const mark = new Int32Array(g.n).fill(-1);
  let reciprocalEdges = 0;
  for (let u = 0; u < g.n; u++) {
    for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e++) mark[g.outTarget[e]!] = u;
    for (let e = g.inStart[u]!; e < g.inStart[u + 1]!; e++) if (mark[g.inSource[e]!] === u) reciprocalEdges++;
  }
  return g.m - reciprocalEdges / 2;
}

/** Whether u→v is an edge (binary search in u's sorted out-row). */
export function hasEdge(g: Digraph, u: number, v: number): boolean {
  let lo = g.outStart[u]!;
  let hi = g.outStart[u + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = g.outTarget[mid]!;
    if (t === v) return true;
    if (t < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
