import type { Role } from '../shared/roles';

/**
 * A grant's money (issue 17): agreements, tranches, reimbursement claims, the ledger, closing.
 * Gathered by ../permissions.ts. The claim's moves name these in `claimMoveTable` (claim-states.ts).
 */
export const grantMoneyPermissions = {
  /** Staff make the agreement, record tranches paid, open 报销会 sessions and close the grant. */
  'grants.agreement.manage': ['admin', 'incubator_staff'],
  /**
   * The money trail is open to those who answer for it or pay for it: staff and assistants, the
   * team (财务公开), the officials of its street and community, and funders — who see amounts,
   * lines, receipts and states, never the resident who advanced the money (`claimAsSeenBy`).
   */
  'grants.money.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
    'organization_member',
    'community_official',
    'street_official',
    'funder',
  ],
  /**
   * A claim is the team's own (seeds 001, 002: leaders advance the money and claim it back): its
   * leader, and its treasurer 财务 by team role (core's `teamRoleGrants`). Staff do not claim for
   * a team; they check.
   */
  'grants.claim.submit': ['organization_leader'],
  /**
   * The closing words 结项总结 are the team's (issue 17: "the team adds its own words"): its leader,
   * and by team role its deputy and treasurer (core's `teamRoleGrants`). Staff close with them.
   */
  'grants.closing.write': ['organization_leader'],
  /** Checking receipts against the agreement (and asking for changes, declining): staff. */
  'grants.claim.check': ['admin', 'incubator_staff'],
  /**
   * Finance approval. Seedbed has no finance role: admin and incubator staff approve, under the
   * four-eyes rule of claim-states.ts (never one's own claim, never a claim one checked).
   */
  'grants.claim.approve': ['admin', 'incubator_staff'],
  /** Recording that the money went out (the 报销会's cash or transfer). */
  'grants.claim.pay': ['admin', 'incubator_staff'],
} as const satisfies Record<string, readonly Role[]>;
