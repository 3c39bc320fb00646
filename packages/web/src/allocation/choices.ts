import type { BookableSpace, CommunitySurvey, MeetingSummary, OrganizationList, PersonList } from '@seedbed/core';
import { useEffect, useState } from 'react';
import { api, isAbort } from '../shared/api';

/** One choice of a picker: what is sent, and what is read. */
export interface Choice {
  value: string;
  label: string;
}

/**
 * The choices a form offers, loaded from `path` (null: none wanted, e.g. a role that may not read
 * residents gets no person picker and asks nothing of the server). Empty while loading or refused:
 * the form still works with what it has.
 */
function useChoices<T>(path: string | null, choicesOf: (body: T) => Choice[]): Choice[] {
  const [choices, setChoices] = useState<Choice[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `choicesOf` is a pure mapping given inline.
  useEffect(() => {
    setChoices([]);
    if (path === null) return;
    const controller = new AbortController();
    api.get<T>(path, { signal: controller.signal }).then(
      (body) => setChoices(choicesOf(body)),
      (error: unknown) => {
        if (!isAbort(error)) setChoices([]);
      },
    );
    return () => controller.abort();
  }, [path]);
  return choices;
}

const byName = (rows: readonly { id: string; name: string }[]): Choice[] =>
  rows.map((row) => ({ value: row.id, label: row.name }));

/** The teams the caller sees: those of a community (its home or served), or all when none given. */
export function useTeamChoices(communityId: string | null, isWanted = true): Choice[] {
  const query = communityId ? `communityId=${encodeURIComponent(communityId)}&limit=500` : 'limit=500';
  return useChoices<OrganizationList>(isWanted ? `/api/organizations?${query}` : null, (list) => byName(list.items));
}

/** The community's stakeholders from its survey (居委会, 物业, 业委会…). */
export function useStakeholderChoices(communityId: string, isWanted: boolean): Choice[] {
  return useChoices<CommunitySurvey>(
    isWanted ? `/api/communities/${encodeURIComponent(communityId)}/survey` : null,
    (survey) => byName(survey.stakeholders),
  );
}

/** The community's spaces. */
export function useSpaceChoices(communityId: string, isWanted: boolean): Choice[] {
  return useChoices<{ spaces: BookableSpace[] }>(
    isWanted ? `/api/communities/${encodeURIComponent(communityId)}/bookable-spaces` : null,
    (list) => byName(list.spaces),
  );
}

/** Deliberation meetings of the community that the caller can read, newest first, with their day. */
export function useMeetingChoices(communityId: string, isWanted: boolean): Choice[] {
  // The community's own list: the street's whole list stops at its newest 500.
  const path = `/api/meetings?communityId=${encodeURIComponent(communityId)}`;
  return useChoices<MeetingSummary[]>(isWanted ? path : null, (meetings) =>
    meetings.map((meeting) => ({ value: meeting.id, label: `${meeting.heldOn} ${meeting.title}` })),
  );
}

/** Residents of the community, only for a role that may read residents' names (person.read). */
export function usePersonChoices(communityId: string, mayReadResidents: boolean): Choice[] {
  return useChoices<PersonList>(
    mayReadResidents ? `/api/people?communityId=${encodeURIComponent(communityId)}&limit=200` : null,
    (list) => byName(list.items),
  );
}
