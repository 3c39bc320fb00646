import {
  coverFirst,
  fail,
  ok,
  type PublicPublicityPage,
  publicPhotoUrls,
  publicQuotes,
  type Result,
  shareTitle,
} from '@seedbed/core';
import { type Kysely, sql } from 'kysely';
import { findActivity } from '../activities';
import type { PublicContext } from '../context';
import type { Database } from '../tables';
import { type DraftRow, everyone, factsOf, peopleOf, publicNames } from './facts';

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

/** The existing photos among the chosen ones, cover first (a photo removed since is skipped). */
async function chosenPhotos(db: Db, row: DraftRow) {
  if (row.photo_ids.length === 0) return [];
  const media = await db
    .selectFrom('activity_media')
    .select(['id', 'width', 'height', 'thumbnail_key'])
    .where('activity_id', '=', row.activity_id)
    .where('kind', '=', 'photo')
    .where('id', 'in', row.photo_ids)
    .execute();
  const byId = new Map(media.map((m) => [m.id, m]));
  return coverFirst(row.photo_ids, row.cover_photo_id).flatMap((id) => {
    const m = byId.get(id);
    return m ? [m] : [];
  });
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
  return ok({
    code: row.code,
    title: row.title,
    shareTitle: shareTitle({
      title: row.title,
      organizationNames: facts.organizations.map((o) => o.name),
      communityName: facts.communityName,
    }),
    lead: row.lead,
    paragraphs: row.paragraphs,
    reflection: row.reflection,
    quotes: publicQuotes(row.quotes),
    photos: photos.map((p) => ({ id: p.id, ...publicPhotoUrls(row.code, p.id), width: p.width, height: p.height })),
    names: publicNames(row, people),
    facts: { ...facts, organizations: facts.organizations.map((o) => ({ name: o.name })) },
    publishedAt: row.published_at.toISOString(),
  });
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
