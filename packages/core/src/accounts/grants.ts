import { type ErrorCode, fail, ok, type Result } from '../errors';
import { type Role, roles, type Scope, type ScopeKind, scopeKindsForRole } from '../shared/roles';
import type { InviteCreateInput } from './schemas';

/**
 * Who may grant which role where (issue 15). An administrator grants anything anywhere. Incubator
 * staff bring in the people they work with — assistants, the residents' committee and the street
 * office, funders, expert reviewers, leaders and members — but never their own rank or above (an
 * administrator or another social worker is the agency's decision, not one worker's), and only
 * inside their own scope: their street, or the whole deployment if that is theirs. Everyone else
 * grants nothing. The same rule says whose account a person may deactivate or reactivate: only
 * one they could have granted.
 */
export const rolesStaffGrant = [
  'incubator_assistant',
  'community_official',
  'street_official',
  'funder',
  'expert_reviewer',
  'organization_leader',
  'organization_member',
] as const satisfies readonly Role[];

/** The roles a granter may hand out at all (where is `grantRefusal`'s second question): for the invite form. */
export function grantableRoles(granterRole: Role): readonly Role[] {
  if (granterRole === 'admin') return roles;
  return granterRole === 'incubator_staff' ? rolesStaffGrant : [];
}

export interface Granter {
  role: Role;
  scope: Scope;
}

/**
 * A role at a scope, with the street the scope lies in — the street itself, a community's street,
 * an organization's home street — or null for the whole deployment. The caller looks it up.
 */
export interface Grant {
  role: Role;
  scopeKind: ScopeKind;
  streetId: string | null;
}

/** Why `granter` may not grant `grant`, or null when it may. */
export function grantRefusal(granter: Granter, grant: Grant): ErrorCode | null {
  if (!scopeKindsForRole[grant.role].includes(grant.scopeKind)) return 'account.scope_invalid';
  if (granter.role === 'admin') return null;
  if (granter.role !== 'incubator_staff') return 'account.grant_forbidden';
  if (!(rolesStaffGrant as readonly Role[]).includes(grant.role)) return 'account.grant_forbidden';
  return isWithin(granter.scope, grant.streetId) ? null : 'account.grant_forbidden';
}

/** A staff member's scope holds the grant's street: all of them for the deployment, else only their own. */
function isWithin(scope: Scope, streetId: string | null): boolean {
  if (scope.kind === 'deployment') return true;
  return scope.kind === 'street' && streetId !== null && scope.streetId === streetId;
}

/**
 * Leaders and members sign in on their phones (../shared/domain.md): their login is the phone.
 * Desktop roles may choose a username instead, for a shared office computer or no work phone.
 */
export function needsPhoneLogin(role: Role): boolean {
  return role === 'organization_leader' || role === 'organization_member';
}

/**
 * The scope an invite names: a leader's or member's organization, or another role's `scopeKind`
 * with its id (none for the deployment). A missing or extra id, or a kind the role does not take,
 * is `account.scope_invalid` — a rule across fields the schema alone cannot state.
 */
export function inviteScopeOf(
  input: Pick<InviteCreateInput, 'role' | 'organizationId' | 'scopeKind' | 'scopeId'>,
): Result<{ scopeKind: ScopeKind; scopeId: string | null }> {
  if (needsPhoneLogin(input.role)) {
    if (!input.organizationId || (input.scopeKind && input.scopeKind !== 'organization'))
      return fail('account.scope_invalid');
    return ok({ scopeKind: 'organization', scopeId: input.organizationId });
  }
  const { scopeKind, scopeId } = input;
  if (!scopeKind || input.organizationId || !scopeKindsForRole[input.role].includes(scopeKind))
    return fail('account.scope_invalid');
  if ((scopeKind === 'deployment') !== (scopeId === undefined)) return fail('account.scope_invalid');
  return ok({ scopeKind, scopeId: scopeId ?? null });
}
