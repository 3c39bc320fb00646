import type { Digraph } from './digraph';

/**
 * Local clustering, as NetworkX's `clustering(G)` without weights. **Unweighted**.
 *
 * On a digraph (Fagiolo 2007): c(u) = T(u) / (2·(d_tot(u)(d_tot(u)−1) − 2·d↔(u))), where T(u) counts
 * the directed triangles through u, d_tot = in + out degree and d↔ the number of mutual neighbours.
 * Pass `undirectedOf(g)` with `directed: false` for the undirected coefficient 2T(u) / (d(d−1)), where
 * T(u) is the number of triangles through u. 0 where the denominator is 0.
 */
export function clustering(g: Digraph, options: { directed?: boolean } = {}): Float64Array {
  const directed = options.directed ?? true;
  const { n, outStart, outTarget, inStart, inSource } = g;
  const result = new Float64Array(n);
  const isPred = new Uint8Array(n);
  const isSucc = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    for (let e = inStart[i]!; e < inStart[i + 1]!; e++) isPred[inSource[e]!] = 1;
    for (let e = outStart[i]!; e < outStart[i + 1]!; e++) isSucc[outTarget[e]!] = 1;
    if (directed) {
      let triangles = 0;
      let mutual = 0;
      // j over preds then succs (a mutual neighbour twice), k over j's preds then succs, as NetworkX
      const visit = (j: number) => {
        for (let e = inStart[j]!; e < inStart[j + 1]!; e++) triangles += isPred[inSource[e]!]! + isSucc[inSource[e]!]!;
        for (let e = outStart[j]!; e < outStart[j + 1]!; e++)
          triangles += isPred[outTarget[e]!]! + isSucc[outTarget[e]!]!;
      };
      for (let e = inStart[i]!; e < inStart[i + 1]!; e++) {
        visit(inSource[e]!);
        mutual += isSucc[inSource[e]!]!;
      }
      for (let e = outStart[i]!; e < outStart[i + 1]!; e++) visit(outTarget[e]!);
      const total = inStart[i + 1]! - inStart[i]! + outStart[i + 1]! - outStart[i]!;
      const possible = 2 * (total * (total - 1) - 2 * mutual);
      result[i] = triangles === 0 || possible === 0 ? 0 : triangles / possible;
    } else {
      const degree = outStart[i + 1]! - outStart[i]!;
      const links = linksAmongNeighbours(g, i, isSucc);
      result[i] = degree < 2 ? 0 : (2 * links) / (degree * (degree - 1));
    }
    for (let e = inStart[i]!; e < inStart[i + 1]!; e++) isPred[inSource[e]!] = 0;
    for (let e = outStart[i]!; e < outStart[i + 1]!; e++) isSucc[outTarget[e]!] = 0;
  }
  return result;
}

/** Edges among i's neighbours in a symmetric digraph, each counted once (= triangles through i). */
function linksAmongNeighbours(g: Digraph, i: number, isNeighbour: Uint8Array): number {
  let links = 0;
  for (let e = g.outStart[i]!; e < g.outStart[i + 1]!; e++) {
    const j = g.outTarget[e]!;
    for (let f = g.outStart[j]!; f < g.outStart[j + 1]!; f++) links += isNeighbour[g.outTarget[f]!]!;
  }
  return links / 2;
}

/** Mean of the local clustering over all nodes, as NetworkX's `average_clustering` (zeros included). */
export function averageClustering(g: Digraph, options: { directed?: boolean } = {}): number {
  if (g.n === 0) return 0;
  return clustering(g, options).reduce((sum, c) => sum + c, 0) / g.n;
}

/**
 * Transitivity, as NetworkX's `transitivity` (which takes undirected graphs only): 3 × triangles /
 * connected triples, on a symmetric digraph (`undirectedOf(g)`). **Unweighted**. 0 without triples.
 * Unlike the average clustering it weighs members by how many pairs of contacts they have.
 */
export function transitivity(undirected: Digraph): number {
  const { n, outStart } = undirected;
  const isNeighbour = new Uint8Array(n);
  let closed = 0;
  let triples = 0;
  for (let i = 0; i < n; i++) {
    const degree = outStart[i + 1]! - outStart[i]!;
    for (let e = outStart[i]!; e < outStart[i + 1]!; e++) isNeighbour[undirected.outTarget[e]!] = 1;
    closed += linksAmongNeighbours(undirected, i, isNeighbour);
    for (let e = outStart[i]!; e < outStart[i + 1]!; e++) isNeighbour[undirected.outTarget[e]!] = 0;
    triples += (degree * (degree - 1)) / 2;
  }
  return triples === 0 ? 0 : closed / triples;
}
