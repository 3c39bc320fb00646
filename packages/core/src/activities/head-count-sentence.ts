/**
 * The record's head counts in one sentence (issue 16: "组织 0 / 服务 25 / 到场 12" read as three
 * figures that disagree). The sentence is a list of clauses, each a message key and its count,
 * joined by the page in the reader's language:
 *
 * - `organizers`: members who ran it (`organizerCount`), when any;
 * - `served`: residents served or joining (`servedCount`), when any;
 * - `total`: people there — the stated head count (organizers + served), or the people listed and
 *   signed in (`attendance`, each person once) when those are more;
 * - `named`: how many of them are known by name (members ticked, guests, self sign-ins), when some
 *   are and not all;
 * - `signedIn`: of those, how many signed in themselves with the QR code;
 * - `none`: nothing counted yet.
 */
export type HeadCountClause = {
  key: 'organizers' | 'served' | 'total' | 'named' | 'signedIn' | 'none';
  count: number;
};

export function headCountClauses(figures: {
  organizerCount: number;
  servedCount: number;
  attendance: number;
  selfSignInCount: number;
}): HeadCountClause[] {
  const { organizerCount, servedCount, attendance, selfSignInCount } = figures;
  const total = Math.max(organizerCount + servedCount, attendance);
  if (total === 0) return [{ key: 'none', count: 0 }];
  const clauses: HeadCountClause[] = [];
  if (organizerCount > 0) clauses.push({ key: 'organizers', count: organizerCount });
  if (servedCount > 0) clauses.push({ key: 'served', count: servedCount });
  clauses.push({ key: 'total', count: total });
  if (attendance > 0 && attendance < total) clauses.push({ key: 'named', count: attendance });
  if (selfSignInCount > 0) clauses.push({ key: 'signedIn', count: selfSignInCount });
  return clauses;
}
