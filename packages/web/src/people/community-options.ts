import type { StreetOverview } from '@seedbed/core';
import { useEffect, useState } from 'react';
import { api } from '../shared/api';

export interface CommunityOption {
  id: string;
  name: string;
}

/**
 * The communities the user may pick from (filters, the new-person form): those of every street the
 * user sees. A role without the street overview (an official) simply gets none and works within
 * its one community.
 */
export function useCommunityOptions(): CommunityOption[] {
  const [options, setOptions] = useState<CommunityOption[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    const signal = controller.signal;
    (async () => {
      const streets = await api.get<{ items: { id: string }[] }>('/api/streets', { signal });
      const overviews = await Promise.all(
        streets.items.map((s) =>
          api.get<StreetOverview>(`/api/streets/${s.id}/overview`, { signal }).catch(() => null),
        ),
      );
      setOptions(overviews.flatMap((o) => o?.communities.map((c) => ({ id: c.id, name: c.name })) ?? []));
    })().catch(() => setOptions([]));
    return () => controller.abort();
  }, []);
  return options;
}
