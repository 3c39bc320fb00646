import { buildSharePage, fail, ok, type PublicPublicityPage, publicPhotoUrls, type Result } from '@seedbed/core';
import { type Kysely, sql } from 'kysely';
import { findActivity } from '../activities';
import type { PublicContext } from '../context';
import type { Database } from '../tables';
import { type DraftRow, everyone, factsOf, peopleOf } from './facts';

/** The public share page of a published draft and its chosen photos: no account, the code is the key. */

type Db = Kysely<Database>;

async function publishedByCode(db: Db, code: string) {
  return db
    .selectFrom('publicity_drafts')
    .selectAll()
    .where('code', '=', code)
    .where('status', '=', 'published')
    .executeTakeFirst();
}

/** The chosen photos that still exist (a photo removed since is skipped). */
async function chosenPhotos(db: Db, row: DraftRow) {
  if (row.photo_ids.length === 0) return [];
  return db
    .selectFrom('activity_media')
    .select(['id', 'width', 'height', 'thumbnail_key'])
    .where('activity_id', '=', row.activity_id)
    .where('kind', '=', 'photo')
    .where('id', 'in', row.photo_ids)
    .execute();
}

/** The public share page of a published draft; unknown or unpublished → publicity.unknown. */
export async function findPublicPage(
  { db, today }: Pick<PublicContext, 'db' | 'today'>,
  code: string,
): Promise<Result<PublicPublicityPage>> {
  const row = await publishedByCode(db, code);
  if (!row?.published_at) return fail('publicity.unknown');
  const detail = await findActivity({ db, scope: everyone }, row.activity_id);
  if (!detail.ok) return fail('publicity.unknown');
  const [facts, photos, people] = await Promise.all([
    factsOf(db, detail.value),
    chosenPhotos(db, row),
    peopleOf(db, row.activity_id, today),
  ]);
  return ok(
    buildSharePage({
      code: row.code,
      title: row.title,
      lead: row.lead,
      paragraphs: row.paragraphs,
      reflection: row.reflection,
      quotes: row.quotes,
      photoIds: row.photo_ids,
      coverPhotoId: row.cover_photo_id,
      photos: photos.map((p) => ({ id: p.id, ...publicPhotoUrls(row.code, p.id), width: p.width, height: p.height })),
      // Children are never named: they are not among the people a page may name.
      people: people.filter((person) => !person.child),
      namedIds: new Set([...row.named_participant_ids, ...row.named_sign_in_ids]),
      facts,
      publishedAt: row.published_at.toISOString(),
    }),
  );
}

/** The file keys of a photo, only when it is chosen in a published draft with this code. */
export async function findPublicPhoto(
  { db }: Pick<PublicContext, 'db'>,
  code: string,
  mediaId: string,
): Promise<Result<{ fileKey: string; thumbnailKey: string | null; mimeType: string }>> {
  const row = await db
    .selectFrom('publicity_drafts as d')
    .innerJoin('activity_media as m', 'm.activity_id', 'd.activity_id')
    .select(['m.file_key', 'm.thumbnail_key', 'm.mime_type'])
    .where('d.code', '=', code)
    .where('d.status', '=', 'published')
    .where('m.id', '=', mediaId)
    .where('m.kind', '=', 'photo')
    .where(sql<boolean>`m.id = any(d.photo_ids)`)
    .executeTakeFirst();
  if (!row) return fail('publicity.unknown');
  return ok({ fileKey: row.file_key, thumbnailKey: row.thumbnail_key, mimeType: row.mime_type });
}
