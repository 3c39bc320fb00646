import type { Digraph } from './digraph';
import { coreNumbers } from './structure';

/**
 * The Borgatti–Everett discrete core–periphery model (Borgatti & Everett 1999, "Models of
 * core/periphery structures"): split the members into a core and a periphery so that the network is as
 * close as possible to the ideal where every pair with at least one core member is tied and no two
 * periphery members are (δ_ij = 1 if i or j is in the core, else 0). Fit ρ is Pearson's correlation
 * between the ties a_ij and δ_ij over the n(n-1)/2 unordered pairs. **Unweighted**: `undirected` is
 * the underlying undirected graph as a symmetric digraph (`undirectedOf`).
 *
 * Not in NetworkX. The fit is maximised deterministically (core has no randomness): the best prefix of
 * the members ranked by degree, then single-member moves while one raises ρ. That is a local optimum
 * (UCINET's genetic search is not exact either): on some 8-member graphs it stays below the best of
 * all 2^n splits, which the tests check it never exceeds. ρ is null (and the
 * core empty) when it is undefined: fewer than 3 members, or no ties, or every pair tied.
 */
export function borgattiEverettCore(undirected: Digraph): { core: boolean[]; rho: number | null } {
  const { n, outStart, outTarget } = undirected;
  const pairs = (n * (n - 1)) / 2;
  const ties = undirected.m / 2;
  const core = new Array<boolean>(n).fill(false);
  if (n < 3 || ties === 0 || ties === pairs) return { core, rho: null };
  const degree = (v: number) => outStart[v + 1]! - outStart[v]!;
  /** ρ for a core of `size` members with `peripheryTies` ties among the periphery */
  const fit = (size: number, peripheryTies: number) => {
    const rest = n - size;
    const ideal = pairs - (rest * (rest - 1)) / 2;
    if (ideal === 0 || ideal === pairs) return Number.NEGATIVE_INFINITY;
    const covariance = pairs * (ties - peripheryTies) - ties * ideal;
    return covariance / Math.sqrt((pairs * ties - ties * ties) * (pairs * ideal - ideal * ideal));
  };
  // peripheryNeighbours[v]: v's neighbours currently in the periphery
  const peripheryNeighbours = Int32Array.from({ length: n }, (_, v) => degree(v));
  const move = (v: number, toCore: boolean) => {
    core[v] = toCore;
    for (let e = outStart[v]!; e < outStart[v + 1]!; e++) peripheryNeighbours[outTarget[e]!]! += toCore ? -1 : 1;
  };
  const ranked = Array.from({ length: n }, (_, v) => v).sort((a, b) => degree(b) - degree(a) || a - b);
  let peripheryTies = ties;
  let size = 0;
  let best = { size: 0, rho: Number.NEGATIVE_INFINITY };
  for (const v of ranked.slice(0, n - 1)) {
    peripheryTies -= peripheryNeighbours[v]!;
    move(v, true);
    size++;
    const rho = fit(size, peripheryTies);
    if (rho > best.rho + 1e-12) best = { size, rho };
  }
  for (const v of ranked.slice(best.size).reverse()) {
    if (!core[v]) continue;
    move(v, false);
    peripheryTies += peripheryNeighbours[v]!;
    size--;
  }
  let rho = best.rho;
  for (let pass = 0; pass < 4 * n; pass++) {
    let bestMove = { v: -1, rho };
    for (let v = 0; v < n; v++) {
      const candidate = core[v]
        ? fit(size - 1, peripheryTies + peripheryNeighbours[v]!)
        : fit(size + 1, peripheryTies - peripheryNeighbours[v]!);
      if (candidate > bestMove.rho + 1e-12) bestMove = { v, rho: candidate };
    }
    if (bestMove.v < 0) break;
    const v = bestMove.v;
    if (core[v]) {
      move(v, false);
      peripheryTies += peripheryNeighbours[v]!;
      size--;
    } else {
      peripheryTies -= peripheryNeighbours[v]!;
      move(v, true);
      size++;
    }
    rho = bestMove.rho;
  }
  return { core, rho };
}

export const networkRoles = ['core', 'semi_periphery', 'periphery', 'silent'] as const;
export type NetworkRole = (typeof networkRoles)[number];

/**
 * The k-core split of a window's members, on the undirected core numbers (`coreNumbers(undirectedOf(g),
 * { directed: false })`, **unweighted**):
 * - `silent`: sent no message in the window (whether or not anyone addressed them);
 * - `core`: in the innermost core, when that core is at least a 2-core (k_max ≥ 2);
 * - `semi_periphery`: in a 2-core or deeper but not the innermost;
 * - `periphery`: spoke, but is in no 2-core (tied to one other member at most, or to a chain).
 */
export function kCoreRoles(undirected: Digraph, sent: readonly number[]): NetworkRole[] {
  const cores = coreNumbers(undirected, { directed: false });
  let innermost = 0;
  cores.forEach((k, v) => {
    if ((sent[v] ?? 0) > 0) innermost = Math.max(innermost, k);
  });
  return Array.from(cores, (k, v): NetworkRole => {
    if ((sent[v] ?? 0) === 0) return 'silent';
    if (k < 2) return 'periphery';
    return k === innermost ? 'core' : 'semi_periphery';
  });
}
