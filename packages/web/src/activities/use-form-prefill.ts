import type { LastActivityMembers, PlannedOccurrence } from '@seedbed/core';
import { useEffect, useRef, useState } from 'react';
import { api } from '../shared/api';
import { type PlannedToday, withTodaysPlan } from './form-prefill';
import { type ActivityFormValues, shanghaiClock } from './form-values';
import type { LocalActivity } from './local-store';

const lastTimeKey = (organizationId: string) => `seedbed:last-activity-members:${organizationId}`;

/** The last answer kept on the phone: 同上次 works in a basement with no signal too. */
function keptLastTime(organizationId: string): LastActivityMembers | null {
  try {
    const kept = globalThis.localStorage?.getItem(lastTimeKey(organizationId));
    return kept ? (JSON.parse(kept) as LastActivityMembers) : null;
  } catch {
    return null;
  }
}

/**
 * What a new record starts from (issue 16's six taps): the members of the team's last activity for
 * 同上次, and — on a day the team planned an activity it has not recorded — the planned times,
 * written into the fresh draft unless the leader changed the date or times. Both are helpers: a
 * failure (no network) leaves the form as it is.
 */
export function useFormPrefill({
  organizationId,
  item,
  change,
  fresh,
}: {
  organizationId: string;
  /** The draft being written; null while it loads, and for an edit (nothing to prefill). */
  item: LocalActivity | null;
  change: (patch: { values: ActivityFormValues }) => void;
  /** The values a new form started with. */
  fresh: ActivityFormValues | null;
}): LastActivityMembers | null {
  const [lastTime, setLastTime] = useState<LastActivityMembers | null>(() => keptLastTime(organizationId));
  const [plannedToday, setPlannedToday] = useState<PlannedToday | null>(null);
  const isNew = fresh !== null;

  useEffect(() => {
    if (!isNew) return;
    const controller = new AbortController();
    const id = encodeURIComponent(organizationId);
    const today = shanghaiClock(new Date()).date;
    api
      .get<LastActivityMembers>(`/api/organizations/${id}/last-activity-members`, { signal: controller.signal })
      .then((answer) => {
        setLastTime(answer);
        globalThis.localStorage?.setItem(lastTimeKey(organizationId), JSON.stringify(answer));
      })
      .catch(() => undefined);
    api
      .get<{ items: PlannedOccurrence[] }>(`/api/planned-activities?organizationId=${id}&from=${today}&to=${today}`, {
        signal: controller.signal,
      })
      .then((answer) => setPlannedToday(answer.items.find((occurrence) => !occurrence.activityId) ?? null))
      .catch(() => undefined);
    return () => controller.abort();
  }, [organizationId, isNew]);

  // Once per draft: a later change of the times is the leader's.
  const planned = useRef<string | null>(null);
  useEffect(() => {
    if (!item || !fresh || !plannedToday || item.state !== 'draft' || planned.current === item.localId) return;
    planned.current = item.localId;
    const next = withTodaysPlan(item.values, plannedToday, fresh);
    if (next !== item.values) change({ values: next });
  }, [item, fresh, plannedToday, change]);

  return lastTime;
}
