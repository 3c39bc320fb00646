import type { Role } from '../shared/roles';
import type { GrantClaim } from './claim-schemas';

/**
 * Who may read the name of the resident who advanced the money: those who pay them back and the
 * team itself. A funder audits the money trail to the fen without learning residents' names
 * (issue 17), and officials do not need it either (PIPL: the minimum).
 */
const seesWhoAdvanced: readonly Role[] = [
  'admin',
  'incubator_staff',
  'incubator_assistant',
  'organization_leader',
  'organization_member',
];

export function claimAsSeenBy(role: Role, claim: GrantClaim): GrantClaim {
  return seesWhoAdvanced.includes(role) ? claim : { ...claim, advancedByName: null };
}
