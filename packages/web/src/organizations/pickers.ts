import type { OrganizationSummary, PersonList, Street, StreetOverview } from '@seedbed/core';
import { useEffect, useState } from 'react';
import { api, isAbort } from '../shared/api';

export interface CommunityOption {
  id: string;
  name: string;
  streetId: string;
  streetName: string;
}

/**
 * The communities the caller works in, for a picker: their streets (GET /api/streets), then each
 * street's communities (GET /api/streets/{id}/overview). Empty while loading or when not allowed.
 */
export function useCommunityOptions(): CommunityOption[] {
  const [options, setOptions] = useState<CommunityOption[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    const signal = controller.signal;
    (async () => {
      const { items } = await api.get<{ items: Street[] }>('/api/streets', { signal });
      const overviews = await Promise.all(
        items.map((street) => api.get<StreetOverview>(`/api/streets/${street.id}/overview`, { signal })),
      );
      setOptions(
        overviews.flatMap((overview) =>
          overview.communities.map((community) => ({
            id: community.id,
            name: community.name,
            streetId: overview.street.id,
            streetName: overview.street.name,
          })),
        ),
      );
    })().catch((error: unknown) => {
      // A role without street overviews simply gets no picker entries; the form still explains.
      if (!isAbort(error)) setOptions([]);
    });
    return () => controller.abort();
  }, []);
  return options;
}

export interface PersonOption {
  id: string;
  name: string;
  isActivist: boolean;
}

/** People of a community for a leader picker, activists first, then by name (GET /api/people). */
export function usePeopleOptions(communityId: string, isAllowed: boolean): PersonOption[] {
  const [options, setOptions] = useState<PersonOption[]>([]);
  useEffect(() => {
    setOptions([]);
    if (!isAllowed || !communityId) return;
    const controller = new AbortController();
    api
      .get<PersonList>(`/api/people?communityId=${encodeURIComponent(communityId)}&limit=200`, {
        signal: controller.signal,
      })
      .then(
        ({ items }) => setOptions(sortActivistsFirst(items)),
        (error: unknown) => {
          if (!isAbort(error)) setOptions([]);
        },
      );
    return () => controller.abort();
  }, [communityId, isAllowed]);
  return options;
}

export function sortActivistsFirst(people: readonly PersonOption[]): PersonOption[] {
  return [...people]
    .map(({ id, name, isActivist }) => ({ id, name, isActivist }))
    .sort((a, b) => Number(b.isActivist) - Number(a.isActivist) || a.name.localeCompare(b.name, 'zh-CN'));
}

/** Other organizations of a street, for a relation picker (GET /api/organizations?streetId=). */
export function useOrganizationOptions(streetId: string, exceptId: string): OrganizationSummary[] {
  const [options, setOptions] = useState<OrganizationSummary[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    api
      .get<{ items: OrganizationSummary[] }>(`/api/organizations?streetId=${encodeURIComponent(streetId)}`, {
        signal: controller.signal,
      })
      .then(
        ({ items }) => setOptions(items.filter((item) => item.id !== exceptId)),
        (error: unknown) => {
          if (!isAbort(error)) setOptions([]);
        },
      );
    return () => controller.abort();
  }, [streetId, exceptId]);
  return options;
}
