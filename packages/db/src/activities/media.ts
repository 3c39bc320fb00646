import {
  type ActivityMedia,
  checkMediaRoom,
  fail,
  type MediaKind,
  type MediaUpdateInput,
  mayChangeMedia,
  ok,
  type Result,
  type Role,
  reorder,
  type Scope,
} from '@seedbed/core';
import type { ExpressionBuilder, Selectable, Transaction } from 'kysely';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import { visibleActivities } from '../scope';
import type { Database } from '../tables';
import { scopedLookup } from '../visibility';
import type { ActivityMediaTable } from './tables';

/**
 * Photos, the video clip and the sheet photos of an activity (table activity_media). The files
 * are written by the server before the row; a row is only written when the activity is in the
 * caller's scope, the side's limit has room and the same bytes are not there already — the
 * server removes its files otherwise. Reading a file follows the activity's visibility.
 */

/** Where a new file goes: its activity, its kind and, for a staff log's photo, the log. */
export interface MediaTarget {
  activityId: string;
  kind: MediaKind;
  trackingLogId: string | null;
}

/** One file's row, once its files are in the store. */
export interface NewMedia extends MediaTarget {
  id: string;
  contentHash: string;
  fileKey: string;
  thumbnailKey: string | null;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  caption: string | null;
}

export interface MediaCaller {
  role: Role;
  userId: string;
}

type MediaReader = Db | Transaction<Database>;

/** The activity ids the caller may see, as a subquery (built only from visibleActivities). */
function visibleActivityIds(scope: Scope) {
  return (eb: ExpressionBuilder<Database, 'activity_media'>) =>
    eb(
      'activity_media.activity_id',
      'in',
      eb.selectFrom('activities').select('activities.id').where(visibleActivities(scope)),
    );
}

/** The activity a file goes to, if the caller may see it (403 out of scope, 404 unknown). */
export async function findMediaActivity(
  db: MediaReader,
  scope: Scope,
  activityId: string,
): Promise<Result<{ id: string; streetId: string }>> {
  const found = await scopedLookup(
    () =>
      db
        .selectFrom('activities')
        .select(['activities.id', 'activities.street_id'])
        .where('activities.id', '=', activityId)
        .where(visibleActivities(scope))
        .executeTakeFirst(),
    async () => !!(await db.selectFrom('activities').select('id').where('id', '=', activityId).executeTakeFirst()),
    'activity.unknown',
  );
  return found.ok ? ok({ id: found.value.id, streetId: found.value.street_id }) : found;
}

/** Files of one group: photos of one side, photos of one sheet kind, or the clip. */
function groupOf(db: MediaReader, target: MediaTarget) {
  let query = db
    .selectFrom('activity_media')
    .where('activity_media.activity_id', '=', target.activityId)
    .where('activity_media.kind', '=', target.kind);
  if (target.kind === 'photo')
    query = target.trackingLogId
      ? query.where('activity_media.tracking_log_id', '=', target.trackingLogId)
      : query.where('activity_media.tracking_log_id', 'is', null);
  return query;
}

/** The files of activities as the API shows them (with who sent each); narrow with `where`. */
export function selectActivityMedia(db: MediaReader) {
  return db
    .selectFrom('activity_media as m')
    .leftJoin('users', 'users.id', 'm.uploaded_by')
    .select([
      'm.id',
      'm.kind',
      'm.mime_type',
      'm.width',
      'm.height',
      'm.caption',
      'm.tracking_log_id',
      'm.thumbnail_key',
      'm.position',
      'm.created_at',
      'users.display_name',
    ]);
}

type ActivityMediaRow = Awaited<ReturnType<ReturnType<typeof selectActivityMedia>['executeTakeFirstOrThrow']>>;

/** One row as the API shows it: the bytes are served at the URLs. */
export function toActivityMedia(row: ActivityMediaRow): ActivityMedia {
  return {
    id: row.id,
    kind: row.kind,
    url: `/api/media/${row.id}`,
    thumbnailUrl: row.thumbnail_key ? `/api/media/${row.id}/thumbnail` : null,
    mimeType: row.mime_type,
    width: row.width,
    height: row.height,
    caption: row.caption,
    side: row.tracking_log_id ? 'staff' : 'organization',
    trackingLogId: row.tracking_log_id,
    uploadedBy: row.display_name,
  };
}

async function mediaById(db: MediaReader, id: string): Promise<ActivityMedia> {
  return toActivityMedia(await selectActivityMedia(db).where('m.id', '=', id).executeTakeFirstOrThrow());
}

/**
 * Every check an upload must pass, with the same bytes already there answered as that file: the
 * activity in scope, the tracking log (if any) of this activity, room in the group. Run before
 * the upload is processed and again inside the insert's transaction.
 */
export async function checkMediaUpload(
  db: MediaReader,
  scope: Scope,
  target: MediaTarget,
  contentHash: string,
): Promise<Result<{ streetId: string; existing: ActivityMedia | null }>> {
  const activity = await findMediaActivity(db, scope, target.activityId);
  if (!activity.ok) return activity;
  if (target.trackingLogId) {
    const log = await db
      .selectFrom('tracking_logs')
      .select('id')
      .where('id', '=', target.trackingLogId)
      .where('activity_id', '=', target.activityId)
      .executeTakeFirst();
    if (!log) return fail('media.tracking_log_mismatch');
  }
  const same = await db
    .selectFrom('activity_media')
    .select('id')
    .where('activity_id', '=', target.activityId)
    .where('content_hash', '=', contentHash)
    .executeTakeFirst();
  if (same) {
    const existing = await mediaById(db, same.id);
    // The same bytes elsewhere on this activity (a photo sent again as a sheet photo, or to a log):
    // one file is one row, so say where it is rather than answer a file of another kind.
    if (existing.kind !== target.kind || existing.trackingLogId !== target.trackingLogId)
      return fail('media.already_attached');
    return ok({ streetId: activity.value.streetId, existing });
  }
  const { count } = await groupOf(db, target)
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  const room = checkMediaRoom({ kind: target.kind, existingCount: Number(count) });
  if (!room.ok) return room;
  return ok({ streetId: activity.value.streetId, existing: null });
}

/**
 * Writes the row of a file already in the store, in one transaction with its audit row. The
 * activity row is locked first, so two uploads to one activity are counted one after the other.
 * `created: false` means the same bytes were there already (a retry): the caller removes the
 * files it wrote, and answers with the existing file.
 */
export async function addActivityMedia(
  db: Db,
  actor: Actor,
  scope: Scope,
  media: NewMedia,
): Promise<Result<{ media: ActivityMedia; created: boolean }>> {
  return db.transaction().execute(async (trx) => {
    const locked = await trx
      .selectFrom('activities')
      .select('id')
      .where('id', '=', media.activityId)
      .where(visibleActivities(scope))
      .forUpdate()
      .executeTakeFirst();
    if (!locked) {
      const exists = await trx
        .selectFrom('activities')
        .select('id')
        .where('id', '=', media.activityId)
        .executeTakeFirst();
      return fail(exists ? 'auth.forbidden' : 'activity.unknown');
    }
    const checked = await checkMediaUpload(trx, scope, media, media.contentHash);
    if (!checked.ok) return checked;
    if (checked.value.existing) return ok({ media: checked.value.existing, created: false });
    const { last } = await groupOf(trx, media)
      .select((eb) => eb.fn.max('activity_media.position').as('last'))
      .executeTakeFirstOrThrow();
    const row = await trx
      .insertInto('activity_media')
      .values({
        id: media.id,
        street_id: checked.value.streetId,
        activity_id: media.activityId,
        kind: media.kind,
        tracking_log_id: media.trackingLogId,
        uploaded_by: actor.userId,
        content_hash: media.contentHash,
        file_key: media.fileKey,
        thumbnail_key: media.thumbnailKey,
        mime_type: media.mimeType,
        byte_size: media.byteSize,
        width: media.width,
        height: media.height,
        position: last === null || last === undefined ? 0 : Number(last) + 1,
        caption: media.caption,
        created_at: actor.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'activity_media.add',
      tableName: 'activity_media',
      recordId: media.id,
      streetId: row.street_id,
      after: row,
    });
    return ok({ media: await mediaById(trx, media.id), created: true });
  });
}

/** What serving a file needs: its keys, type and size. */
export interface MediaFile {
  id: string;
  kind: MediaKind;
  fileKey: string;
  thumbnailKey: string | null;
  mimeType: string;
  byteSize: number;
  contentHash: string;
}

/** A file of an activity the caller may see (403 out of scope, 404 unknown). */
export async function findMediaFile(db: Db, scope: Scope, id: string): Promise<Result<MediaFile>> {
  const found = await scopedLookup(
    () =>
      db
        .selectFrom('activity_media')
        .select(['id', 'kind', 'file_key', 'thumbnail_key', 'mime_type', 'byte_size', 'content_hash'])
        .where('activity_media.id', '=', id)
        .where(visibleActivityIds(scope))
        .executeTakeFirst(),
    async () => !!(await db.selectFrom('activity_media').select('id').where('id', '=', id).executeTakeFirst()),
    'media.unknown',
  );
  if (!found.ok) return found;
  const row = found.value;
  return ok({
    id: row.id,
    kind: row.kind,
    fileKey: row.file_key,
    thumbnailKey: row.thumbnail_key,
    mimeType: row.mime_type,
    byteSize: row.byte_size,
    contentHash: row.content_hash,
  });
}

/** Locks one file of a visible activity that this caller may change (403/404 otherwise). */
async function lockChangeable(
  trx: Transaction<Database>,
  scope: Scope,
  caller: MediaCaller,
  id: string,
): Promise<Result<Selectable<ActivityMediaTable>>> {
  const row = await trx
    .selectFrom('activity_media')
    .selectAll('activity_media')
    .where('activity_media.id', '=', id)
    .where(visibleActivityIds(scope))
    .forUpdate()
    .executeTakeFirst();
  if (!row) {
    const exists = await trx.selectFrom('activity_media').select('id').where('id', '=', id).executeTakeFirst();
    return fail(exists ? 'auth.forbidden' : 'media.unknown');
  }
  const side = row.tracking_log_id ? 'staff' : 'organization';
  if (!mayChangeMedia(caller, { uploadedBy: row.uploaded_by, side })) return fail('auth.forbidden');
  return ok(row);
}

/** A caption and/or a new place in its group ("the best five" first); the others keep their order. */
export async function updateActivityMedia(
  db: Db,
  actor: Actor,
  scope: Scope,
  caller: MediaCaller,
  id: string,
  patch: MediaUpdateInput,
): Promise<Result<ActivityMedia>> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockChangeable(trx, scope, caller, id);
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
  db: Db,
  actor: Actor,
  scope: Scope,
  caller: MediaCaller,
  id: string,
): Promise<Result<{ fileKey: string; thumbnailKey: string | null }>> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockChangeable(trx, scope, caller, id);
    if (!locked.ok) return locked;
    const before = locked.value;
    await trx.deleteFrom('activity_media').where('id', '=', id).execute();
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
