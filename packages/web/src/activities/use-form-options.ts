import type { OrganizationDetail } from '@seedbed/core';
import { startTransition, useEffect, useState } from 'react';
import { api } from '../shared/api';
import type { PlaceOptions } from './activity-form-sections';

/**
 * The survey's spaces and estates and the organizations nearby: optional helpers, so failures are
 * ignored, and their answers re-render the form as a transition — after the title input is on
 * screen, in slices a cheap phone can interrupt (npm run bench).
 */
export function useFormOptions(organization: OrganizationDetail) {
  const [places, setPlaces] = useState<PlaceOptions>({ spaces: [], estates: [] });
  const [others, setOthers] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    const community = encodeURIComponent(organization.homeCommunityId);
    api
      .get<PlaceOptions>(`/api/communities/${community}/survey`, { signal: controller.signal })
      .then((survey) =>
        startTransition(() => setPlaces({ spaces: survey.spaces ?? [], estates: survey.estates ?? [] })),
      )
      .catch(() => undefined);
    api
      .get<{ items: { id: string; name: string }[] }>(`/api/organizations?communityId=${community}`, {
        signal: controller.signal,
      })
      .then((list) => startTransition(() => setOthers(list.items.filter((other) => other.id !== organization.id))))
      .catch(() => undefined);
    return () => controller.abort();
  }, [organization.homeCommunityId, organization.id]);
  return { places, others };
}
