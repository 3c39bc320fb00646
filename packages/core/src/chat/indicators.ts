import { averageClustering, clustering, transitivity } from './clustering';
import { borgattiEverettCore, kCoreRoles, type NetworkRole } from './core-periphery';
import { undirectedOf } from './digraph';
import type { InteractionNetwork } from './interactions';
import { betweennessCentrality, closenessCentrality } from './paths';
import { coreNumbers, degreeCentrality, degreeCentralization, degrees, density, reciprocity } from './structure';
import type { MemberWindow } from './trend';

export interface MemberIndicators {
  member: string;
  sent: number;
  answered: number;
  inDegree: number;
  outDegree: number;
  inStrength: number;
  outStrength: number;
  /** NetworkX `degree_centrality`: (in + out) / (n − 1), unweighted — the series marginalisation tests */
  degreeCentrality: number;
  /** directed, unweighted, normalised by 1/((n−1)(n−2)) */
  betweenness: number;
  /** inward, unweighted, Wasserman–Faust */
  closeness: number;
  /** undirected core number */
  coreNumber: number;
  /** directed (Fagiolo) clustering */
  clustering: number;
  role: NetworkRole;
  borgattiEverettCore: boolean;
}

export interface WindowIndicators {
  members: MemberIndicators[];
  density: { directed: number; undirected: number };
  reciprocity: number | null;
  centralization: { undirected: number; in: number; out: number };
  /** of the undirected graph */
  transitivity: number;
  /** mean directed clustering */
  averageClustering: number;
  /** Borgatti–Everett fit of the split reported per member */
  coreFit: number | null;
  /** share of the roster (all nodes) who sent at least one message */
  activeShare: number;
}

/** Every indicator of one window's network, each as defined beside its function. */
export function windowIndicators(network: InteractionNetwork): WindowIndicators {
  const g = network.graph;
  const undirected = undirectedOf(g);
  const counts = degrees(g);
  const centrality = degreeCentrality(g).total;
  const betweenness = betweennessCentrality(g);
  const closeness = closenessCentrality(g);
  const cores = coreNumbers(undirected, { directed: false });
  const local = clustering(g);
  const roles = kCoreRoles(undirected, network.sent);
  const split = borgattiEverettCore(undirected);
  const members = network.members.map(
    (member, v): MemberIndicators => ({
      member,
      sent: network.sent[v] ?? 0,
      answered: network.answered[v] ?? 0,
      inDegree: counts.inDegree[v]!,
      outDegree: counts.outDegree[v]!,
      inStrength: counts.inStrength[v]!,
      outStrength: counts.outStrength[v]!,
      degreeCentrality: centrality[v]!,
      betweenness: betweenness[v]!,
      closeness: closeness[v]!,
      coreNumber: cores[v]!,
      clustering: local[v]!,
      role: roles[v]!,
      borgattiEverettCore: split.core[v]!,
    }),
  );
  const speakers = network.sent.filter((sent) => sent > 0).length;
  return {
    members,
    density: density(g, undirected),
    reciprocity: reciprocity(g),
    centralization: degreeCentralization(g),
    transitivity: transitivity(undirected),
    averageClustering: averageClustering(g),
    coreFit: split.rho,
    activeShare: g.n === 0 ? 0 : speakers / g.n,
  };
}

/** A member's windows for `marginalisation`: absent from a window's network = centrality 0, silent. */
export function memberWindows(windows: readonly WindowIndicators[], member: string): MemberWindow[] {
  return windows.map((window) => {
    const found = window.members.find((m) => m.member === member);
    return found
      ? { centrality: found.degreeCentrality, sent: found.sent, answered: found.answered }
      : { centrality: 0, sent: 0, answered: 0 };
  });
}
