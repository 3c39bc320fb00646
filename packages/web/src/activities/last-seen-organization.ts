import type { OrganizationDetail } from '@seedbed/core';
import type { Resource } from '../shared/use-resource';

/**
 * The team as its own page last showed it, in this tab's memory only (never written to the phone's
 * storage nor to the service worker's cache: it names the members). The activity form opens with
 * it while its own copy loads — or cannot load, when the signal went between the two taps.
 */
const lastSeen = new Map<string, OrganizationDetail>();

export function rememberOrganization(organization: OrganizationDetail): void {
  lastSeen.set(organization.id, organization);
}

/** `resource` once it has arrived; until then, or when the network failed, the team as last seen. */
export function orLastSeen(resource: Resource<OrganizationDetail>, id: string): Resource<OrganizationDetail> {
  const remembered = lastSeen.get(id);
  const isWaiting = resource.status === 'loading' || (resource.status === 'error' && resource.error.status === 0);
  return remembered && isWaiting ? { status: 'ready', data: remembered } : resource;
}
