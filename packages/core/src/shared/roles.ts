import { z } from 'zod';

/**
 * Who uses Seedbed (../shared/domain.md "Who uses it").
 * incubator_assistant: an intern or volunteer of the incubator team — records visits and logs,
 * sees no contact details, approves nothing.
 */
export const roles = [
  'admin',
  'incubator_staff',
  'incubator_assistant',
  'organization_leader',
  'organization_member',
  'community_official',
  'street_official',
  'funder',
  'expert_reviewer',
] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/**
 * Access scopes. Places nest deployment → street → community → estate → courtyard, but access is
 * granted at deployment, street, community or organization level only.
 */
export const scopeKinds = ['deployment', 'street', 'community', 'organization'] as const;
export const scopeKindSchema = z.enum(scopeKinds);
export type ScopeKind = z.infer<typeof scopeKindSchema>;

export type Scope =
  | { kind: 'deployment' }
  | { kind: 'street'; streetId: string }
  | { kind: 'community'; communityId: string }
  | { kind: 'organization'; organizationId: string };

/** Which scope kinds make sense for each role; anything else is refused when an account is made. */
export const scopeKindsForRole: Record<Role, readonly ScopeKind[]> = {
  admin: ['deployment'],
  incubator_staff: ['deployment', 'street'],
  incubator_assistant: ['deployment', 'street'],
  organization_leader: ['organization'],
  organization_member: ['organization'],
  community_official: ['community'],
  street_official: ['street'],
  funder: ['deployment', 'street'],
  expert_reviewer: ['deployment', 'street'],
};

export function scopeFrom(kind: ScopeKind, id: string | null): Scope {
  switch (kind) {
    case 'deployment':
      return { kind };
    case 'street':
      return { kind, streetId: requireId(kind, id) };
    case 'community':
      return { kind, communityId: requireId(kind, id) };
    case 'organization':
      return { kind, organizationId: requireId(kind, id) };
  }
}

function requireId(kind: ScopeKind, id: string | null): string {
  if (!id) throw new Error(`scope ${kind} needs an id`);
  return id;
}

export function scopeId(scope: Scope): string | null {
  switch (scope.kind) {
    case 'deployment':
      return null;
    case 'street':
      return scope.streetId;
    case 'community':
      return scope.communityId;
    case 'organization':
      return scope.organizationId;
  }
}
