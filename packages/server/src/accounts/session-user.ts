import { homePathFor, pickLocale, type Role, type SessionUser, scopeKindSchema, teamRoleFrom } from '@seedbed/core';

export function toSessionUser(row: {
  id: string;
  display_name: string;
  role: string;
  scope_kind: string;
  scope_id: string | null;
  locale: string;
  team_role: string | null;
}): SessionUser {
  const scopeKind = scopeKindSchema.parse(row.scope_kind);
  return {
    id: row.id,
    displayName: row.display_name,
    role: row.role as Role,
    teamRole: teamRoleFrom(row.team_role),
    scopeKind,
    scopeId: row.scope_id,
    locale: pickLocale(row.locale),
    homePath: homePathFor(scopeKind, row.scope_id),
  };
}
