import { type ActivityUpdateInput, fail, ok, type Result } from '@seedbed/core';
import { recordAudit } from '../audit';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { checkPlanItemLink } from '../grants';
import { checkParticipants, resolvePlace } from './checks';
import { writeParticipantsAndFeedback } from './record';

/** Changes a record: fields given replace the old; participants and feedback lists are replaced whole. */
export async function updateActivity(
  call: StoreContext,
  id: string,
  patch: ActivityUpdateInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const { db: trx, actor } = tx;
    const found = await findInScope(tx, 'activities', id, { forUpdate: true });
    if (!found.ok) return found;
    const before = found.value;
    const startsAt = patch.startsAt ? new Date(patch.startsAt) : before.starts_at;
    const endsAt = patch.endsAt ? new Date(patch.endsAt) : before.ends_at;
    if (endsAt < startsAt) return fail('activity.end_before_start');
    const isPlanned = patch.isPlannedInProject ?? before.is_planned_in_project;
    const planItemId = patch.planItemId !== undefined ? patch.planItemId : before.plan_item_id;
    // A record marked 计划内 before plan items existed has none (migration 0028): it is asked for
    // only when the change touches 计划内, so such a record's other fields stay editable.
    const touchesPlan = patch.isPlannedInProject !== undefined || patch.planItemId !== undefined;
    if (isPlanned && !planItemId && touchesPlan) return fail('activity.plan_item_required');
    const place = patch.place ? await resolvePlace(tx, patch.place, before.street_id) : undefined;
    if (place && !place.ok) return place;
    const organizations = await trx
      .selectFrom('activity_organizations')
      .select('organization_id')
      .where('activity_id', '=', id)
      .execute();
    // A link already made stays when its item is later dropped from the plan; a new one is checked.
    if (isPlanned && planItemId && planItemId !== before.plan_item_id) {
      const linkable = await checkPlanItemLink(
        trx,
        planItemId,
        organizations.map((o) => o.organization_id),
      );
      if (!linkable.ok) return linkable;
    }
    if (patch.participants) {
      const personIds = patch.participants.flatMap((p) => ('personId' in p ? [p.personId] : []));
      const checked = await checkParticipants(
        tx,
        organizations.map((o) => o.organization_id),
        personIds,
      );
      if (!checked.ok) return checked;
    }
    const placeColumns = place?.ok
      ? {
          space_id: place.value.space_id,
          estate_id: place.value.estate_id,
          courtyard_id: place.value.courtyard_id,
          place_text: place.value.place_text,
        }
      : {};
    const after = await trx
      .updateTable('activities')
      .set({
        ...(patch.title !== undefined && { title: patch.title }),
        ...(patch.content !== undefined && { content: patch.content }),
        ...(patch.coHosts !== undefined && { co_hosts: patch.coHosts }),
        ...(patch.beneficiaryGroups !== undefined && { beneficiary_groups: [...new Set(patch.beneficiaryGroups)] }),
        ...(patch.openness !== undefined && { openness: patch.openness }),
        ...(patch.organizerCount !== undefined && { organizer_count: patch.organizerCount }),
        ...(patch.servedCount !== undefined && { served_count: patch.servedCount }),
        ...(patch.reflection !== undefined && { reflection: patch.reflection }),
        ...placeColumns,
        starts_at: startsAt,
        ends_at: endsAt,
        is_planned_in_project: isPlanned,
        plan_item_id: isPlanned ? planItemId : null,
        updated_at: actor.now,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeParticipantsAndFeedback(tx, { id, streetId: before.street_id }, patch);
    // The audit entry keeps the lists given beside the row, so updateAudited's row-only after does not fit.
    await recordAudit(trx, actor, {
      action: 'activity.update',
      tableName: 'activities',
      recordId: id,
      streetId: before.street_id,
      before,
      after: { ...after, participants: patch.participants, feedback: patch.feedback },
    });
    return ok({ id });
  });
}
