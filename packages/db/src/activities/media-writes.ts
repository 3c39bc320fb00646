import {
  type ActivityMedia,
  fail,
  type MediaUpdateInput,
  mayChangeMedia,
  ok,
  type Result,
  reorder,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import { recordAudit } from '../audit';
import { insertAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { checkMediaUpload, groupOf, type MediaCaller, mediaById, type NewMedia } from './media';
import type { ActivityMediaTable } from './tables';

/** Writing the rows of an activity's files: add, change (caption, order), remove. */

/** A write by someone whose role decides which files they may change (core's mayChangeMedia). */
type MediaWriter = StoreContext & { caller: MediaCaller };

/**
 * Writes the row of a file already in the store, in one transaction with its audit row. The
 * activity row is locked first, so two uploads to one activity are counted one after the other.
 * `created: false` means the same bytes were there already (a retry): the caller removes the
 * files it wrote, and answers with the existing file.
 */
export async function addActivityMedia(
  call: StoreContext,
  media: NewMedia,
): Promise<Result<{ media: ActivityMedia; created: boolean }>> {
  return inTransaction(call, async (tx) => {
    const locked = await findInScope(tx, 'activities', media.activityId, { forUpdate: true });
    if (!locked.ok) return locked;
    const checked = await checkMediaUpload(tx, media, media.contentHash);
    if (!checked.ok) return checked;
    if (checked.value.existing) return ok({ media: checked.value.existing, created: false });
    const { last } = await groupOf(tx.db, media)
      .select((eb) => eb.fn.max('activity_media.position').as('last'))
      .executeTakeFirstOrThrow();
    const row = await insertAudited(
      tx,
      'activity_media',
      {
        id: tx.newId(),
        street_id: checked.value.streetId,
        activity_id: media.activityId,
        kind: media.kind,
        tracking_log_id: media.trackingLogId,
        uploaded_by: tx.actor.userId,
        content_hash: media.contentHash,
        file_key: media.fileKey,
        thumbnail_key: media.thumbnailKey,
        mime_type: media.mimeType,
        byte_size: media.byteSize,
        width: media.width,
        height: media.height,
        position: last === null || last === undefined ? 0 : Number(last) + 1,
        caption: media.caption,
        created_at: tx.actor.now,
      },
      { action: 'activity_media.add' },
    );
    return ok({ media: await mediaById(tx.db, row.id), created: true });
  });
}

/** Locks one file of a visible activity that this caller may change (403/404 otherwise). */
async function lockChangeable(
  tx: TxContext & { caller: MediaCaller },
  id: string,
): Promise<Result<Selectable<ActivityMediaTable>>> {
  const found = await findInScope(tx, 'activity_media', id, { forUpdate: true });
  if (!found.ok) return found;
  const row = found.value;
  const side = row.tracking_log_id ? 'staff' : 'organization';
  if (!mayChangeMedia(tx.caller, { uploadedBy: row.uploaded_by, side })) return fail('auth.forbidden');
  return ok(row);
}

/** A caption and/or a new place in its group ("the best five" first); the others keep their order. */
export async function updateActivityMedia(
  call: MediaWriter,
  id: string,
  patch: MediaUpdateInput,
): Promise<Result<ActivityMedia>> {
  return inTransaction(call, async (tx) => {
    const { db: trx, actor } = tx;
    const locked = await lockChangeable({ ...tx, caller: call.caller }, id);
    if (!locked.ok) return locked;
    const before = locked.value;
    if (patch.caption !== undefined)
      await trx
        .updateTable('activity_media')
        .set({ caption: patch.caption === '' ? null : patch.caption })
        .where('id', '=', id)
        .execute();
    let order: string[] | undefined;
    if (patch.position !== undefined) {
      const group = await groupOf(trx, {
        activityId: before.activity_id,
        kind: before.kind,
        trackingLogId: before.tracking_log_id,
      })
        .select(['activity_media.id', 'activity_media.position'])
        .orderBy('activity_media.position')
        .orderBy('activity_media.created_at')
        .orderBy('activity_media.id')
        .forUpdate()
        .execute();
      order = reorder(
        group.map((g) => g.id),
        id,
        patch.position,
      );
      const positions = new Map(group.map((g) => [g.id, g.position]));
      for (const [index, mediaId] of order.entries())
        if (positions.get(mediaId) !== index)
          await trx.updateTable('activity_media').set({ position: index }).where('id', '=', mediaId).execute();
    }
    const after = await trx.selectFrom('activity_media').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    // The audit entry keeps the group's new order beside the row: updateAudited's row-only after does not fit.
    await recordAudit(trx, actor, {
      action: 'activity_media.update',
      tableName: 'activity_media',
      recordId: id,
      streetId: before.street_id,
      before,
      after: order ? { ...after, order } : after,
    });
    return ok(await mediaById(trx, id));
  });
}

/**
 * Removes a file's row (in one transaction with its audit row) and answers its keys: the server
 * removes the files once the row is gone.
 */
export async function deleteActivityMedia(
  call: MediaWriter,
  id: string,
): Promise<Result<{ fileKey: string; thumbnailKey: string | null }>> {
  return inTransaction(call, async (tx) => {
    const { db: trx, actor } = tx;
    const locked = await lockChangeable({ ...tx, caller: call.caller }, id);
    if (!locked.ok) return locked;
    const before = locked.value;
    await trx.deleteFrom('activity_media').where('id', '=', id).execute();
    // A delete: the audit entry keeps the row as it was (there is no after).
    await recordAudit(trx, actor, {
      action: 'activity_media.delete',
      tableName: 'activity_media',
      recordId: id,
      streetId: before.street_id,
      before,
    });
    return ok({ fileKey: before.file_key, thumbnailKey: before.thumbnail_key });
  });
}
