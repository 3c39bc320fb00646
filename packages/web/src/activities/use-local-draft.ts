import { useCallback, useEffect, useRef, useState } from 'react';
import { changedCopy, type DraftPatch } from './draft-change';
import { isDraftOf } from './form-prefill';
import type { ActivityFormValues, PlannedOccurrenceLink } from './form-values';
import {
  type LocalActivity,
  listLocal,
  newLocalActivity,
  onLocalChange,
  readLocal,
  removeLocal,
  writeLocal,
} from './local-store';
import { onSent, startOutbox, submitLocal } from './outbox-runner';

/**
 * The form's copy on the phone: resumed if one exists (the same local id, or the latest unsent
 * draft for this organization / record — for 举办了, of that planned date), saved on every
 * change, submitted into the outbox.
 * `sentActivityId` is set when the outbox delivered this copy.
 */
export function useLocalDraft({
  organizationId,
  editingId,
  localId,
  planned,
  initialValues,
}: {
  organizationId: string;
  editingId: string | null;
  localId: string | null;
  planned: PlannedOccurrenceLink | null;
  initialValues: () => ActivityFormValues;
}) {
  const initial = useRef(initialValues);
  // A new record is on screen at once, before the phone's storage answers (≈ 0.2 s on a cheap
  // phone, npm run bench); an unsent draft found there then takes its place, unless the form has
  // changed meanwhile. Opening a given copy or a record to edit waits for it instead.
  const [provisional] = useState(() =>
    localId || editingId ? null : newLocalActivity(organizationId, initialValues(), null, Date.now()),
  );
  const [item, setItem] = useState<LocalActivity | null>(provisional);
  const [sentActivityId, setSentActivityId] = useState<string | null>(null);
  const latest = useRef<LocalActivity | null>(provisional);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let isCancelled = false;
    startOutbox();
    (async () => {
      const byId = localId ? await readLocal(localId) : undefined;
      const resumed =
        byId ??
        (await listLocal()).find(
          (candidate) =>
            candidate.organizationId === organizationId &&
            candidate.editingId === editingId &&
            candidate.state !== 'pending' &&
            (!planned || isDraftOf(candidate.values, planned)),
        );
      if (isCancelled) return;
      const isUntouched = latest.current === null || latest.current === provisional;
      if (resumed && isUntouched) {
        latest.current = resumed;
        setItem(resumed);
        return;
      }
      const chosen = latest.current ?? newLocalActivity(organizationId, initial.current(), editingId, Date.now());
      latest.current = chosen;
      setItem(chosen);
      await writeLocal(chosen);
    })();
    return () => {
      isCancelled = true;
    };
  }, [organizationId, editingId, localId, planned, provisional]);

  // The outbox changes the copy (pending → rejected, files acknowledged): follow it.
  useEffect(
    () =>
      onLocalChange(() => {
        const current = latest.current;
        if (!current) return;
        void readLocal(current.localId).then((stored) => {
          if (stored && stored.updatedAt >= current.updatedAt && stored.state !== current.state) {
            latest.current = stored;
            setItem(stored);
          }
        });
      }),
    [],
  );

  useEffect(
    () =>
      onSent((sentLocalId, activityId) => {
        if (sentLocalId === latest.current?.localId) setSentActivityId(activityId);
      }),
    [],
  );

  useEffect(
    () => () => {
      // Leaving the page: write what is typed now rather than lose the last keystrokes.
      if (saveTimer.current) {
        clearTimeout(saveTimer.current);
        if (latest.current && latest.current.state !== 'pending') void writeLocal(latest.current);
      }
    },
    [],
  );

  const change = useCallback((patch: DraftPatch) => {
    const current = latest.current;
    const next = current && changedCopy(current, patch, Date.now());
    if (!next) return;
    latest.current = next;
    setItem(next);
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      saveTimer.current = null;
      void writeLocal(next);
    }, 300);
  }, []);

  const submit = useCallback(async () => {
    const current = latest.current;
    if (!current) return;
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = null;
    const pending: LocalActivity = { ...current, state: 'pending', rejection: null, updatedAt: Date.now() };
    latest.current = pending;
    setItem(pending);
    await submitLocal(pending);
  }, []);

  const discard = useCallback(async () => {
    const current = latest.current;
    if (!current) return;
    // The fresh copy is the form's at once: a change landing while the phone's storage works goes
    // to it, and the thrown-away copy's pending save is cancelled rather than written back.
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = null;
    const fresh = newLocalActivity(organizationId, initial.current(), editingId, Date.now());
    latest.current = fresh;
    setItem(fresh);
    await removeLocal(current.localId);
    if (latest.current.localId === fresh.localId && !saveTimer.current) await writeLocal(latest.current);
  }, [organizationId, editingId]);

  return { item, change, submit, discard, sentActivityId };
}
