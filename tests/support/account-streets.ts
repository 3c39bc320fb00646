/**
 * The street an account's scope lies in, for the personal-data scan's account phones: the street
 * itself, a community's street, an organization's home street; 'deployment' for a deployment-wide
 * account, which only a login without a street of its own ('any') may receive.
 */
export function accountStreet(
  user: { scope_kind: string; scope_id: string | null },
  communities: readonly { id: string; street_id: string }[],
  organizations: readonly { id: string; street_id: string }[],
): string {
  const { scope_kind: kind, scope_id: id } = user;
  if (kind === 'street' && id) return id;
  if (kind === 'community') return communities.find((c) => c.id === id)?.street_id ?? 'deployment';
  if (kind === 'organization') return organizations.find((o) => o.id === id)?.street_id ?? 'deployment';
  return 'deployment';
}
