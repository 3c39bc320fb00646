import type { OrganizationDetail } from '@seedbed/core';
import type { Resource } from '../shared/use-resource';

/**
 * The team as its own page last showed it, in this tab's memory only (never written to the phone's
 * storage nor to the service worker's cache: it names the members), with whom it was shown to. The
 * activity form opens with it while its own copy loads — or cannot load, when the signal went
 * between the two taps. Someone else signed in on the same phone never gets it.
 */
const lastSeen = new Map<string, { organization: OrganizationDetail; viewerId: string }>();

export function rememberOrganization(organization: OrganizationDetail, viewerId: string): void {
  lastSeen.set(organization.id, { organization, viewerId });
}

/** `resource` once it has arrived; until then, or when the network failed, the team as `viewerId` last saw it. */
export function orLastSeen(
  resource: Resource<OrganizationDetail>,
  id: string,
  viewerId: string,
): Resource<OrganizationDetail> {
  const seen = lastSeen.get(id);
  const remembered = seen?.viewerId === viewerId ? seen.organization : undefined;
  const isWaiting = resource.status === 'loading' || (resource.status === 'error' && resource.error.status === 0);
  return remembered && isWaiting ? { status: 'ready', data: remembered } : resource;
}
