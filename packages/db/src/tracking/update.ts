import { fail, ok, type Result, type TrackingLog, type TrackingLogUpdateInput } from '@seedbed/core';
import { updateAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { findLog } from './read';

/** A change to a log by its author, or by staff (`mayEditAny`); the span stays sound. */
export async function updateTrackingLog(
  call: StoreContext,
  id: string,
  patch: TrackingLogUpdateInput,
  { mayEditAny }: { mayEditAny: boolean },
): Promise<Result<TrackingLog>> {
  return inTransaction(call, async (tx) => {
    const { actor } = tx;
    const found = await findInScope(tx, 'tracking_logs', id, { forUpdate: true });
    if (!found.ok) return found;
    const before = found.value;
    if (before.staff_user_id !== actor.userId && !mayEditAny) return fail('tracking.not_author');
    const startsAt = patch.observedStartsAt ? new Date(patch.observedStartsAt) : before.observed_starts_at;
    const endsAt = patch.observedEndsAt ? new Date(patch.observedEndsAt) : before.observed_ends_at;
    if (endsAt < startsAt) return fail('activity.end_before_start');
    await updateAudited(
      tx,
      'tracking_logs',
      id,
      {
        observed_starts_at: startsAt,
        observed_ends_at: endsAt,
        ...(patch.placeText !== undefined && { place_text: patch.placeText }),
        ...(patch.observed !== undefined && { observed: patch.observed }),
        ...(patch.processRecord !== undefined && { process_record: patch.processRecord }),
        ...(patch.feelings !== undefined && { feelings: patch.feelings }),
        ...(patch.cultivationIdeas !== undefined && { cultivation_ideas: patch.cultivationIdeas }),
        updated_at: actor.now,
      },
      { action: 'tracking.update' },
    );
    return ok(await findLog(tx.db, id, true));
  });
}
