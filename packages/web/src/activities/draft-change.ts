import type { ActivityFormValues } from './form-values';
import type { LocalActivity, LocalFile } from './local-store';

/** A change to the form's copy on the phone. */
export interface DraftPatch {
  /**
   * The new values, or how to make them from the copy's values as they are when the change lands.
   * Helpers answer late (the network, the phone's storage): a function works on what is there then,
   * not on what the screen showed when the helper started.
   */
  values?: ActivityFormValues | ((values: ActivityFormValues) => ActivityFormValues);
  files?: LocalFile[];
  /**
   * The copy a helper meant. A prefill for a draft the leader has since thrown away must not land on
   * the fresh one that took its place (it would bring the thrown-away title back).
   */
  localId?: string;
}

/** The copy after `patch`, or null when nothing changes: sent already, meant for another copy, or the same. */
export function changedCopy(current: LocalActivity, patch: DraftPatch, now: number): LocalActivity | null {
  if (current.state === 'pending') return null;
  if (patch.localId !== undefined && patch.localId !== current.localId) return null;
  const values = typeof patch.values === 'function' ? patch.values(current.values) : (patch.values ?? current.values);
  const files = patch.files ?? current.files;
  if (values === current.values && files === current.files) return null;
  return { ...current, values, files, updatedAt: now };
}
