import { can, type Meeting, type OrganizationDetail, type PersonList } from '@seedbed/core';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';

/** A person the chair may add: the id, the name, and whether the list knows them as a child. */
export interface PersonOption {
  value: string;
  label: string;
  isChild: boolean;
}

/**
 * The people a meeting's chair may add as attendees, as the caller may see them: staff and
 * officials (person.read) the residents of the meeting's community; a team's leader the team's
 * members. Those already attending are left out.
 */
export function usePeopleToAdd(meeting: Meeting): PersonOption[] {
  const user = useUser();
  const mayReadPeople = can(user, 'person.read');
  const path = mayReadPeople
    ? `/api/people?${new URLSearchParams({ communityId: meeting.communityId, limit: '500' })}`
    : `/api/organizations/${encodeURIComponent(meeting.organizationId ?? user.scopeId ?? '')}`;
  const { resource } = useResource<PersonList | OrganizationDetail>(path);
  if (resource.status !== 'ready') return [];
  const attending = new Set(meeting.attendees.map((a) => a.personId));
  const options =
    'members' in resource.data
      ? (resource.data.members ?? []).map((m) => ({ value: m.personId, label: m.name, isChild: false }))
      : resource.data.items.map((p) => ({ value: p.id, label: p.name, isChild: p.isChild }));
  return options.filter((option) => !attending.has(option.value));
}
