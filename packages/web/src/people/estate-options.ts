import type { Estate } from '@seedbed/core';
import { useEffect, useState } from 'react';
import { api } from '../shared/api';

/**
 * The estates 小区 (with their courtyards 院落) of one community, for the address pickers. A person's
 * address is kept at estate/courtyard level only (collect the minimum). No community, or a failed
 * load, gives no estates: the field is optional, so the form still works.
 */
export function useEstateOptions(communityId: string | null): Estate[] {
  const [estates, setEstates] = useState<Estate[]>([]);
  useEffect(() => {
    setEstates([]);
    if (!communityId) return;
    const controller = new AbortController();
    api
      .get<{ estates: Estate[] }>(`/api/communities/${encodeURIComponent(communityId)}`, { signal: controller.signal })
      .then((community) => setEstates(community.estates ?? []))
      .catch(() => setEstates([]));
    return () => controller.abort();
  }, [communityId]);
  return estates;
}
