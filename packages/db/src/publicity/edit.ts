import { checkPhotoChoice, fail, ok, type PublicityUpdateInput, type Result } from '@seedbed/core';
import type { Updateable } from 'kysely';
import { updateAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { type DraftRow, type NamedPerson, peopleOf } from './facts';
import type { PublicityDraftsTable } from './tables';

/** The leader's edits: fields given replace the old; photos and names are checked against the activity. */
export async function updateDraft(
  call: StoreContext,
  id: string,
  patch: PublicityUpdateInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const { db: trx, actor, today } = tx;
    const found = await findInScope(tx, 'publicity_drafts', id, { forUpdate: true });
    if (!found.ok) return found;
    const before = found.value;
    const changes: Partial<Record<keyof DraftRow, unknown>> = {};
    if (patch.title !== undefined) changes.title = patch.title;
    if (patch.lead !== undefined) changes.lead = patch.lead;
    if (patch.paragraphs !== undefined) changes.paragraphs = patch.paragraphs.filter((p) => p.length > 0);
    if (patch.reflection !== undefined) changes.reflection = patch.reflection || null;
    if (patch.quotes !== undefined) changes.quotes = JSON.stringify(patch.quotes);
    if (patch.photoIds !== undefined || patch.coverPhotoId !== undefined) {
      const photos = await trx
        .selectFrom('activity_media')
        .select('id')
        .where('activity_id', '=', before.activity_id)
        .where('kind', '=', 'photo')
        .execute();
      const photoIds = patch.photoIds ?? before.photo_ids;
      const cover = patch.coverPhotoId !== undefined ? patch.coverPhotoId : before.cover_photo_id;
      const checked = checkPhotoChoice(
        photoIds,
        cover && photoIds.includes(cover) ? cover : patch.coverPhotoId === undefined ? null : cover,
        new Set(photos.map((p) => p.id)),
      );
      if (!checked.ok) return checked;
      changes.photo_ids = checked.value.photoIds;
      changes.cover_photo_id = checked.value.coverPhotoId;
    }
    if (patch.namedParticipantIds !== undefined || patch.namedSignInIds !== undefined) {
      const people = await peopleOf(trx, before.activity_id, today);
      const allowed = (kind: NamedPerson['kind']) =>
        new Set(people.filter((p) => p.kind === kind && !p.child).map((p) => p.id));
      const participants = [...new Set(patch.namedParticipantIds ?? before.named_participant_ids)];
      const signIns = [...new Set(patch.namedSignInIds ?? before.named_sign_in_ids)];
      const okParticipants = allowed('participant');
      const okSignIns = allowed('sign_in');
      // Ids kept from before that are gone from the record are dropped quietly; new ones must be valid.
      if (patch.namedParticipantIds?.some((p) => !okParticipants.has(p))) return fail('publicity.name_not_allowed');
      if (patch.namedSignInIds?.some((s) => !okSignIns.has(s))) return fail('publicity.name_not_allowed');
      changes.named_participant_ids = participants.filter((p) => okParticipants.has(p));
      changes.named_sign_in_ids = signIns.filter((s) => okSignIns.has(s));
    }
    await updateAudited(
      tx,
      'publicity_drafts',
      id,
      { ...(changes as Updateable<PublicityDraftsTable>), updated_at: actor.now },
      { action: 'publicity.update' },
    );
    return ok({ id });
  });
}
