import {
  defaultPhotoIds,
  defaultQuotes,
  fail,
  type Locale,
  leadParagraph,
  ok,
  type PublicityCandidateName,
  type PublicityDraft,
  type Result,
  sharePath,
  splitParagraphs,
} from '@seedbed/core';
import { findActivity } from '../activities';
import { recordAudit } from '../audit';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { everyone, factsOf, peopleOf } from './facts';

/** A draft made from its activity, and the draft as its editor sees it. */

/**
 * Makes the draft of an activity, prefilled from the record: title, lead paragraph (in the
 * caller's language), content as paragraphs, reflection, feedback quotes (speakers hidden), the
 * first five photos. A second call answers the existing draft (`created: false`).
 */
export async function createDraft(
  call: StoreContext,
  input: { activityId: string; code: string; locale: Locale },
): Promise<Result<{ id: string; created: boolean }>> {
  const { db, actor } = call;
  const activity = await findInScope(call, 'activities', input.activityId);
  if (!activity.ok) return activity;
  const existing = await db
    .selectFrom('publicity_drafts')
    .select('id')
    .where('activity_id', '=', input.activityId)
    .executeTakeFirst();
  if (existing) return ok({ id: existing.id, created: false });
  if (activity.value.merged_into_id) return fail('publicity.activity_merged');
  const detail = await findActivity({ db, scope: everyone }, input.activityId);
  if (!detail.ok) return detail;
  const record = detail.value;
  const photoIds = defaultPhotoIds(record.media.filter((m) => m.kind === 'photo').map((m) => m.id));
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('publicity_drafts')
      .values({
        id: call.newId(),
        street_id: record.streetId,
        activity_id: record.id,
        community_id: record.communityId,
        code: input.code,
        title: record.title,
        lead: leadParagraph(
          {
            title: record.title,
            startsAt: new Date(record.startsAt),
            placeName: record.place?.name ?? record.place?.text ?? null,
            organizationNames: record.organizations.map((o) => o.name),
            organizerCount: record.organizerCount,
            servedCount: record.servedCount,
          },
          input.locale,
        ),
        paragraphs: splitParagraphs(record.content),
        reflection: record.reflection,
        quotes: JSON.stringify(defaultQuotes(record.feedback)),
        photo_ids: photoIds,
        cover_photo_id: photoIds[0] ?? null,
        created_by: actor.userId,
        updated_at: actor.now,
      })
      .onConflict((oc) => oc.column('activity_id').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) {
      // Made by a concurrent call a moment ago: that one is the draft.
      const made = await trx
        .selectFrom('publicity_drafts')
        .select('id')
        .where('activity_id', '=', record.id)
        .executeTakeFirstOrThrow();
      return ok({ id: made.id, created: false });
    }
    // Not insertAudited: a draft made by a concurrent call a moment ago is answered, not written again.
    await recordAudit(trx, actor, {
      action: 'publicity.create',
      tableName: 'publicity_drafts',
      recordId: row.id,
      streetId: row.street_id,
      after: row,
    });
    return ok({ id: row.id, created: true });
  });
}

/** The draft as its editor sees it: with the photos and the (adult) names to choose from. */
export async function findDraft(
  call: Pick<StoreContext, 'db' | 'scope' | 'today'>,
  id: string,
): Promise<Result<PublicityDraft>> {
  const { db, today } = call;
  const found = await findInScope(call, 'publicity_drafts', id);
  if (!found.ok) return found;
  const row = found.value;
  const detail = await findActivity({ db, scope: everyone }, row.activity_id);
  if (!detail.ok) return detail;
  const people = await peopleOf(db, row.activity_id, today);
  const candidateNames: PublicityCandidateName[] = people
    .filter((p) => !p.child && p.name)
    .map((p) => ({ kind: p.kind, id: p.id, name: p.name }));
  return ok({
    id: row.id,
    activityId: row.activity_id,
    code: row.code,
    status: row.status,
    sharePath: sharePath(row.code),
    title: row.title,
    lead: row.lead,
    paragraphs: row.paragraphs,
    reflection: row.reflection,
    quotes: row.quotes,
    photoIds: row.photo_ids,
    coverPhotoId: row.cover_photo_id,
    namedParticipantIds: row.named_participant_ids,
    namedSignInIds: row.named_sign_in_ids,
    candidatePhotos: detail.value.media
      .filter((m) => m.kind === 'photo')
      .map((m) => ({
        id: m.id,
        url: m.url,
        thumbnailUrl: m.thumbnailUrl,
        width: m.width,
        height: m.height,
        side: m.side,
      })),
    candidateNames,
    childrenHidden: people.filter((p) => p.child).length,
    facts: await factsOf(db, detail.value),
    publishedAt: row.published_at?.toISOString() ?? null,
    updatedAt: row.updated_at.toISOString(),
  });
}
