import type { LastActivityMembers, PlannedOccurrence } from '@seedbed/core';
import { startTransition, useEffect, useRef, useState } from 'react';
import { api } from '../shared/api';
import type { DraftPatch } from './draft-change';
import { isDraftOf, type PlannedToday, withPlannedOccurrence, withTodaysPlan } from './form-prefill';
import { type ActivityFormValues, type PlannedOccurrenceLink, shanghaiClock } from './form-values';
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
 * written into the fresh draft unless the leader changed the date or times. Opened by 举办了 on a
 * planned date (`planned`), the draft is that date's instead: prefilled from the plan (the list's
 * occurrence came along with the tap; after a reload it is asked for) and linked to the date.
 * Each is a helper: a failure (no network) leaves the form as it is, and an answer re-renders the
 * form as a transition, after its first inputs are on screen.
 * Answers 同上次's members and the planned date's occurrence (its record, if a scan made one).
 */
export function useFormPrefill({
  organizationId,
  item,
  change,
  fresh,
  planned,
}: {
  organizationId: string;
  /** The draft being written; null while it loads, and for an edit (nothing to prefill). */
  item: LocalActivity | null;
  change: (patch: DraftPatch) => void;
  /** The values a new form started with. */
  fresh: ActivityFormValues | null;
  /** 举办了's date, with the occurrence the tap brought when it did. */
  planned: { link: PlannedOccurrenceLink; occurrence: PlannedOccurrence | null } | null;
}): { lastTime: LastActivityMembers | null; plannedOccurrence: PlannedOccurrence | null } {
  const [lastTime, setLastTime] = useState<LastActivityMembers | null>(() => keptLastTime(organizationId));
  const [plannedToday, setPlannedToday] = useState<PlannedToday | null>(null);
  const [occurrence, setOccurrence] = useState<PlannedOccurrence | null>(planned?.occurrence ?? null);
  const isNew = fresh !== null;
  const link = planned?.link ?? null;
  const plannedId = link?.plannedActivityId ?? '';
  const plannedOn = link?.on ?? '';

  useEffect(() => {
    if (!isNew) return;
    const controller = new AbortController();
    const id = encodeURIComponent(organizationId);
    const today = shanghaiClock(new Date()).date;
    const day = plannedOn || today;
    api
      .get<LastActivityMembers>(`/api/organizations/${id}/last-activity-members`, { signal: controller.signal })
      .then((answer) => {
        startTransition(() => setLastTime(answer));
        globalThis.localStorage?.setItem(lastTimeKey(organizationId), JSON.stringify(answer));
      })
      .catch(() => undefined);
    api
      .get<{ items: PlannedOccurrence[] }>(`/api/planned-activities?organizationId=${id}&from=${day}&to=${day}`, {
        signal: controller.signal,
      })
      .then((answer) => {
        startTransition(() => {
          if (plannedId) setOccurrence(answer.items.find((o) => o.plannedActivityId === plannedId) ?? null);
          else setPlannedToday(answer.items.find((o) => !o.activityId) ?? null);
        });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [organizationId, isNew, plannedId, plannedOn]);

  // Once per draft: a later change of the times is the leader's.
  const prefilled = useRef<string | null>(null);
  useEffect(() => {
    if (!item || !fresh || item.state !== 'draft' || prefilled.current === item.localId) return;
    if (link) {
      if (isDraftOf(item.values, link)) prefilled.current = item.localId;
      else if (occurrence) {
        prefilled.current = item.localId;
        change({ localId: item.localId, values: (values) => withPlannedOccurrence(values, occurrence) });
      }
      return;
    }
    if (!plannedToday) return;
    prefilled.current = item.localId;
    change({ localId: item.localId, values: (values) => withTodaysPlan(values, plannedToday, fresh) });
  }, [item, fresh, plannedToday, occurrence, link, change]);

  return { lastTime, plannedOccurrence: occurrence };
}
