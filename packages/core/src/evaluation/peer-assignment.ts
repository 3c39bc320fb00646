import type { PeerAssignment } from './schemas';

/**
 * 互评 assignment: each organization rates k others (k capped at n − 1), never itself, and each is
 * rated equally often — exactly k times — so every team's peer mean rests on as many sheets.
 *
 * How: shuffle the organizations with a seeded generator (so the same seed gives the same pairs and
 * staff can regenerate or explain them), place them on a circle, and let each rate the next k on it.
 * Position i rates i+1 … i+k (mod n): k distinct targets, none itself since k < n, and every
 * position is rated by exactly the k positions before it. The shuffle keeps neighbours from being
 * the same teams year after year (the input order is usually alphabetical).
 */
export function assignPeers(organizationIds: readonly string[], k: number, seed: number): PeerAssignment[] {
  const ids = [...new Set(organizationIds)];
  const n = ids.length;
  const perTeam = peersPerTeam(n, k);
  const circle = shuffled(ids, seed);
  const assignments: PeerAssignment[] = [];
  for (let i = 0; i < n; i++)
    for (let step = 1; step <= perTeam; step++)
      assignments.push({
        raterOrganizationId: circle[i] as string,
        ratedOrganizationId: circle[(i + step) % n] as string,
      });
  return assignments;
}

/** Fisher–Yates with mulberry32 (a small, well-known 32-bit generator); pure: the seed is passed in. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const next = mulberry32(Math.trunc(seed) >>> 0);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Problems with a set of peer assignments staff adjusted by hand: a team rating itself, a pair
 * twice, a team outside the campaign, or a team rating other than `perTeam` teams (the campaign's
 * k, capped at n − 1 as `assignPeers` does — a swap keeps it; dropping or adding a target would make
 * one team's word count less or more than another's). Balance of the rated side is not enforced —
 * staff may have reasons — but `peerInDegrees` lets the page show it.
 */
export function peerAssignmentProblems(
  organizationIds: readonly string[],
  assignments: readonly PeerAssignment[],
  perTeam?: number,
): { index: number; problem: 'self' | 'duplicate' | 'outside' | 'count' } | null {
  const inCampaign = new Set(organizationIds);
  const seen = new Set<string>();
  for (const [index, assignment] of assignments.entries()) {
    if (!inCampaign.has(assignment.raterOrganizationId) || !inCampaign.has(assignment.ratedOrganizationId))
      return { index, problem: 'outside' };
    if (assignment.raterOrganizationId === assignment.ratedOrganizationId) return { index, problem: 'self' };
    const pair = `${assignment.raterOrganizationId}>${assignment.ratedOrganizationId}`;
    if (seen.has(pair)) return { index, problem: 'duplicate' };
    seen.add(pair);
  }
  if (perTeam === undefined) return null;
  const expected = peersPerTeam(inCampaign.size, perTeam);
  for (const rater of inCampaign) {
    const count = assignments.filter((assignment) => assignment.raterOrganizationId === rater).length;
    if (count !== expected) {
      const first = assignments.findIndex((assignment) => assignment.raterOrganizationId === rater);
      return { index: first === -1 ? assignments.length : first, problem: 'count' };
    }
  }
  return null;
}

/** How many others each team rates: the campaign's k, capped at n − 1 (nobody rates itself). */
export function peersPerTeam(teamCount: number, peerCount: number): number {
  return Math.max(0, Math.min(Math.trunc(peerCount), teamCount - 1));
}

/** How often each organization is rated. */
export function peerInDegrees(organizationIds: readonly string[], assignments: readonly PeerAssignment[]) {
  const degrees = new Map(organizationIds.map((id) => [id, 0]));
  for (const assignment of assignments)
    degrees.set(assignment.ratedOrganizationId, (degrees.get(assignment.ratedOrganizationId) ?? 0) + 1);
  return degrees;
}
