import type { PlannedOccurrence } from '@seedbed/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../shared/api';
import { useSubmission } from '../shared/use-schema-form';

/** The key of one planned date: its plan and its day. */
export const occurrenceKey = (occurrence: PlannedOccurrence) => `${occurrence.plannedActivityId}/${occurrence.on}`;

/**
 * 举办了: a planned date becomes a record in one tap (prefilled from the plan by the server), and
 * the leader lands on it to add photos and who came. `busy` is the date being recorded.
 */
export function useRecordOccurrence() {
  const navigate = useNavigate();
  const recording = useSubmission();
  const [busy, setBusy] = useState<string | null>(null);

  async function held(occurrence: PlannedOccurrence) {
    setBusy(occurrenceKey(occurrence));
    const isRecorded = await recording.run(async () => {
      const record = await api.post<{ id: string }>(
        `/api/planned-activities/${encodeURIComponent(occurrence.plannedActivityId)}/occurrences/${occurrence.on}/record`,
        {},
      );
      navigate(`/activities/${record.id}`);
    });
    if (!isRecorded) setBusy(null);
  }

  return { held, busy, failure: recording.failure };
}
