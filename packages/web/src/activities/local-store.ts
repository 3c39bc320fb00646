import { createStore, del, get, set, values } from 'idb-keyval';
import { type ActivityFormValues, draftValues } from './form-values';

/**
 * The leader's activities kept on the phone (IndexedDB through idb-keyval): drafts as they are
 * typed, photos as Blobs, and the outbox of submitted ones not yet acknowledged by the server.
 * Nothing typed is lost: a copy is removed only once the server has the record and every file.
 */
export type LocalState =
  /** Being written; saved on every change. */
  | 'draft'
  /** Submitted; waits for the network (or is being sent). */
  | 'pending'
  /** The server refused it (4xx): back in the leader's hands with the reasons. */
  | 'rejected';

export type LocalFileKind = 'photo' | 'video' | 'sign_in_sheet' | 'record_sheet';

export interface LocalFile {
  id: string;
  kind: LocalFileKind;
  blob: Blob;
  name: string;
}

export interface LocalActivity {
  localId: string;
  organizationId: string;
  /** Set when the form edits (or completes) a record the server already has. */
  editingId: string | null;
  values: ActivityFormValues;
  files: LocalFile[];
  state: LocalState;
  /** Made once when first submitted: every retry of the POST sends the same key. */
  idempotencyKey: string | null;
  /** The server's id once the record itself is accepted (files may still be on their way). */
  activityId: string | null;
  /** Local file ids the server has acknowledged. */
  uploadedFileIds: string[];
  /** Whether the PATCH of an edit has been accepted. */
  isUpdateSent: boolean;
  attempts: number;
  /** Epoch ms before which the runner does not retry (backoff). */
  nextAttemptAt: number;
  rejection: { message: string; fields: { path: string; message: string }[] } | null;
  updatedAt: number;
}

let store: ReturnType<typeof createStore> | null = null;

function localStore() {
  store ??= createStore('seedbed-activities', 'local');
  return store;
}

/** Tell open screens (the form, the outbox list) that a copy changed. */
const changeEvent = 'seedbed:local-activities';

export function onLocalChange(listener: () => void): () => void {
  globalThis.addEventListener(changeEvent, listener);
  return () => globalThis.removeEventListener(changeEvent, listener);
}

function announce(): void {
  globalThis.dispatchEvent(new Event(changeEvent));
}

/** A copy as kept, its values in today's shape (a draft may predate a field: form-values.ts draftValues). */
function current(kept: LocalActivity): LocalActivity {
  return { ...kept, values: draftValues(kept.values) };
}

export async function readLocal(localId: string): Promise<LocalActivity | undefined> {
  const kept = await get<LocalActivity>(localId, localStore());
  return kept && current(kept);
}

export async function writeLocal(activity: LocalActivity): Promise<void> {
  await set(activity.localId, activity, localStore());
  announce();
}

export async function removeLocal(localId: string): Promise<void> {
  await del(localId, localStore());
  announce();
}

export async function listLocal(): Promise<LocalActivity[]> {
  const all = (await values<LocalActivity>(localStore())).map(current);
  return all.sort((a, b) => b.updatedAt - a.updatedAt);
}

export function newLocalActivity(
  organizationId: string,
  formValues: ActivityFormValues,
  editingId: string | null,
  now: number,
): LocalActivity {
  return {
    localId: crypto.randomUUID(),
    organizationId,
    editingId,
    values: formValues,
    files: [],
    state: 'draft',
    idempotencyKey: null,
    activityId: editingId,
    uploadedFileIds: [],
    isUpdateSent: false,
    attempts: 0,
    nextAttemptAt: 0,
    rejection: null,
    updatedAt: now,
  };
}
