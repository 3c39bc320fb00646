import type { OrganizationSummary, ScopeKind, Street, StreetOverview } from '@seedbed/core';
import { useEffect, useState } from 'react';
import { api } from '../shared/api';

export interface ScopeOption {
  value: string;
  label: string;
}

export type ScopeOptions = Record<Exclude<ScopeKind, 'deployment'>, ScopeOption[]>;

const none: ScopeOptions = { street: [], community: [], organization: [] };

/**
 * The places and organizations the signed-in staff member sees, as choices for an invite's scope:
 * streets, each street's communities (named with their street when there are several), and
 * organizations with their home community. What may be granted there is the server's decision.
 */
export function useScopeOptions(): ScopeOptions {
  const [options, setOptions] = useState<ScopeOptions>(none);
  useEffect(() => {
    const controller = new AbortController();
    const signal = controller.signal;
    void (async () => {
      const [streets, organizations] = await Promise.all([
        api.get<{ items: Street[] }>('/api/streets', { signal }),
        api.get<{ items: OrganizationSummary[] }>('/api/organizations', { signal }),
      ]);
      const overviews = await Promise.all(
        streets.items.map((street) => api.get<StreetOverview>(`/api/streets/${street.id}/overview`, { signal })),
      );
      const isOneStreet = streets.items.length === 1;
      setOptions({
        street: streets.items.map((street) => ({ value: street.id, label: street.name })),
        community: overviews.flatMap((overview) =>
          overview.communities.map((community) => ({
            value: community.id,
            label: isOneStreet ? community.name : `${community.name}（${overview.street.name}）`,
          })),
        ),
        organization: organizations.items.map((organization) => ({
          value: organization.id,
          label: `${organization.name}（${organization.homeCommunityName}）`,
        })),
      });
    })().catch(() => {
      // Offline or refused: the choices stay empty and the form says a scope is needed.
    });
    return () => controller.abort();
  }, []);
  return options;
}
