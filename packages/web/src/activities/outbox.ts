import { asSendFailure, isPassingTrouble, retryDelayMs, type SendFailure } from '../shared/send-failure';
import type { ActivityFormValues } from './form-values';
import { toActivityInput, toActivityUpdate } from './form-values';
import type { LocalActivity, LocalFile } from './local-store';

/**
 * Sending one submitted activity from the phone's outbox: the record (POST with the
 * Idempotency-Key made at submit, so a retry after a lost answer never makes two), then each file
 * not yet acknowledged (the server answers a re-sent identical photo with the one it has). Every
 * step is saved as it succeeds, so a dropped network resumes where it stopped. Pure of the
 * browser: the transport and the saving are passed in (tests give fakes).
 */
export interface Transport {
  createActivity(body: unknown, idempotencyKey: string): Promise<{ id: string }>;
  updateActivity(id: string, body: unknown): Promise<unknown>;
  uploadFile(activityId: string, file: LocalFile): Promise<unknown>;
}

export type Outcome =
  | { kind: 'sent'; activityId: string }
  /** No network (or the session must be renewed): stays pending, retried later. */
  | { kind: 'waiting'; item: LocalActivity }
  /** The server refused the record: back to the leader with the reasons, nothing lost. */
  | { kind: 'rejected'; item: LocalActivity };

export type FailureKind = 'retry' | 'reject' | 'new_key';

// The activity outbox's tests and runner read these from here.
export { asSendFailure, retryDelayMs, type SendFailure };

/**
 * Passing troubles (shared/send-failure.ts) are retried. A 409 on the record means the key met a
 * different body (the leader changed a refused draft): a fresh key. Any other 4xx is the record's
 * own problem: the leader must change it.
 */
export function classifyFailure(failure: SendFailure): FailureKind {
  if (isPassingTrouble(failure)) return 'retry';
  if (failure.status === 409 && failure.code === 'activity.idempotency_conflict') return 'new_key';
  return 'reject';
}

function bodyOf(values: ActivityFormValues, item: LocalActivity) {
  return item.editingId ? toActivityUpdate(values, item.organizationId) : toActivityInput(values, item.organizationId);
}

/**
 * Sends what is left of `item`. `save` persists each step; `newKey` makes an Idempotency-Key;
 * `now` stamps the backoff.
 */
export async function sendLocalActivity(
  item: LocalActivity,
  transport: Transport,
  save: (item: LocalActivity) => Promise<void>,
  options: { now: number; newKey: () => string },
): Promise<Outcome> {
  let current: LocalActivity = { ...item, idempotencyKey: item.idempotencyKey ?? options.newKey() };
  const waiting = async (): Promise<Outcome> => {
    const attempts = current.attempts + 1;
    current = { ...current, attempts, nextAttemptAt: options.now + retryDelayMs(attempts), updatedAt: options.now };
    await save(current);
    return { kind: 'waiting', item: current };
  };
  const rejected = async (failure: SendFailure): Promise<Outcome> => {
    current = {
      ...current,
      state: 'rejected',
      rejection: { message: failure.message, fields: failure.fields },
      updatedAt: options.now,
    };
    await save(current);
    return { kind: 'rejected', item: current };
  };

  try {
    if (!current.activityId) {
      const created = await transport.createActivity(bodyOf(current.values, current), current.idempotencyKey!);
      current = { ...current, activityId: created.id };
      await save(current);
    } else if (current.editingId && !current.isUpdateSent) {
      await transport.updateActivity(current.activityId, bodyOf(current.values, current));
      current = { ...current, isUpdateSent: true };
      await save(current);
    }
  } catch (error) {
    const failure = asSendFailure(error);
    const kind = classifyFailure(failure);
    if (kind === 'retry') return waiting();
    if (kind === 'new_key') {
      current = { ...current, idempotencyKey: options.newKey() };
      return waiting();
    }
    return rejected(failure);
  }

  const activityId = current.activityId!;
  for (const file of current.files) {
    if (current.uploadedFileIds.includes(file.id)) continue;
    try {
      await transport.uploadFile(activityId, file);
      current = { ...current, uploadedFileIds: [...current.uploadedFileIds, file.id] };
    } catch (error) {
      const failure = asSendFailure(error);
      if (classifyFailure(failure) !== 'reject') return waiting();
      // The server will never take this file (wrong type, too big): drop it, keep the rest.
      current = { ...current, files: current.files.filter((other) => other.id !== file.id) };
    }
    await save(current);
  }
  return { kind: 'sent', activityId };
}
