import {
  type ActivityMedia,
  checkMediaRoom,
  fail,
  type MediaKind,
  ok,
  type Result,
  type Standing,
} from '@seedbed/core';
import type { Kysely } from 'kysely';
import type { StoreContext, TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { Database } from '../tables';

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
  contentHash: string;
  fileKey: string;
  thumbnailKey: string | null;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  caption: string | null;
}

/** Who changes a file: the role and, for a team's account, its role in the team (a deputy changes the team's side too). */
export interface MediaCaller extends Standing {
  userId: string;
}

type MediaReader = Kysely<Database>;
/** A reader of the caller's activities, in a transaction or not. */
export type MediaContext = Pick<StoreContext | TxContext, 'db' | 'scope'>;

/** The activity a file goes to, if the caller may see it (403 out of scope, 404 unknown). */
export async function findMediaActivity(
  call: MediaContext,
  activityId: string,
): Promise<Result<{ id: string; streetId: string }>> {
  const found = await findInScope(call, 'activities', activityId);
  return found.ok ? ok({ id: found.value.id, streetId: found.value.street_id }) : found;
}

/** Files of one group: photos of one side, photos of one sheet kind, or the clip. */
export function groupOf(db: MediaReader, target: MediaTarget) {
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

export async function mediaById(db: MediaReader, id: string): Promise<ActivityMedia> {
  return toActivityMedia(await selectActivityMedia(db).where('m.id', '=', id).executeTakeFirstOrThrow());
}

/**
 * Every check an upload must pass, with the same bytes already there answered as that file: the
 * activity in scope, the tracking log (if any) of this activity, room in the group. Run before
 * the upload is processed and again inside the insert's transaction.
 */
export async function checkMediaUpload(
  call: MediaContext,
  target: MediaTarget,
  contentHash: string,
): Promise<Result<{ streetId: string; existing: ActivityMedia | null }>> {
  const { db } = call;
  const activity = await findMediaActivity(call, target.activityId);
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
export async function findMediaFile(call: Pick<StoreContext, 'db' | 'scope'>, id: string): Promise<Result<MediaFile>> {
  const found = await findInScope(call, 'activity_media', id);
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
