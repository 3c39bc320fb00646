import type { DomainError } from '../errors';
import { peerInDegrees, peersPerTeam } from './peer-assignment';
import { dimensionScore } from './rules';
import type { PeerAssignment } from './schemas';

/**
 * Peer anonymity in small campaigns 互评不署名. A team sees its peer score as a mean "naming nobody";
 * but a mean of one sheet is that sheet, and in a campaign of two teams the giver is the other team.
 * Seedbed keeps both doors shut:
 *
 * 1. **Opening is refused** (`peerAnonymityProblem`) while the peer weight is above 0 and a team
 *    would be rated by fewer than two others — fewer than three teams, or each rating fewer than two
 *    (k = 1). Staff add teams, raise k, or set the peer weight to 0 before opening.
 * 2. **A peer score of fewer than two sheets is withheld** (`peerScore`), shown as 样本不足: even with
 *    k ≥ 2 a rater may never fill its sheet. It then counts as missing, like any weighted dimension
 *    without a sheet: the total stays pending (待补齐) rather than the weights being renormalised —
 *    renormalising would rank this team on other weights than its neighbours and move it when the
 *    missing sheet arrives, and `weightedTotal` already refuses to re-weight for the same reason.
 *    Staff see 样本不足 and chase the missing sheet while the campaign is open.
 *
 * The withholding holds for every reader (staff see each sheet with its author anyway), so the
 * exports and the released views cannot leak it either.
 */
export const minimumPeerSheets = 2;

/** The peer dimension's score: the mean of its sheets, or null (withheld) below `minimumPeerSheets`. */
export function peerScore(sheetTotals: readonly number[]): number | null {
  return sheetTotals.length < minimumPeerSheets ? null : dimensionScore(sheetTotals);
}

/** Sheets came in, but too few to show without revealing their giver (样本不足). */
export function isPeerScoreWithheld(sheetCount: number): boolean {
  return sheetCount > 0 && sheetCount < minimumPeerSheets;
}

/** Why a campaign cannot open while peers count: a team would be rated by fewer than two others. */
export function peerAnonymityProblem(teamCount: number, peerCount: number, peerWeight: number): DomainError | null {
  if (peerWeight === 0) return null;
  const perTeam = peersPerTeam(teamCount, peerCount);
  if (perTeam >= minimumPeerSheets) return null;
  return { code: 'evaluation.peer_too_few', params: { teams: teamCount, perTeam } };
}

/**
 * Pairs staff set by hand can leave a team rated by one other (a single swap of a balanced k = 2 set
 * does). While a draft, opening is refused then; once open, its peer score is withheld (样本不足) and
 * the page warns. Returns the first such organization, or null.
 */
export function underRatedOrganization(
  organizationIds: readonly string[],
  assignments: readonly PeerAssignment[],
  peerWeight: number,
): string | null {
  if (peerWeight === 0) return null;
  for (const [id, degree] of peerInDegrees(organizationIds, assignments)) if (degree < minimumPeerSheets) return id;
  return null;
}
