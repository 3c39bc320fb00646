import type { OrganizationSummary } from '@seedbed/core';
import { useResource } from '../shared/use-resource';

/** The organizations the caller may see, by name, for the tracking pickers. */
export function useOrganizationOptions(): { id: string; name: string }[] {
  const { resource } = useResource<{ items: OrganizationSummary[] }>('/api/organizations');
  if (resource.status !== 'ready') return [];
  return resource.data.items
    .map((o) => ({ id: o.id, name: o.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}
