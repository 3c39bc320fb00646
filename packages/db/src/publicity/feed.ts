import {
  decodeFeedCursor,
  encodeFeedCursor,
  ok,
  type PublicityFeed,
  publicityFeedPageSize,
  type Result,
  sharePath,
} from '@seedbed/core';
import type { StoreContext } from '../context';
import { visibleStreets } from '../scope';
import { coverThumbnails, organizationsByActivity } from './facts';

/**
 * The feed across organizations: published drafts of the streets the caller can see, newest
 * first, twenty a page. Street-wide on purpose: a leader sees the other teams of their street
 * (seed 002's leaders' group), not another street's.
 */
export async function listFeed(
  { db, scope }: Pick<StoreContext, 'db' | 'scope'>,
  cursor: string | undefined,
): Promise<Result<PublicityFeed>> {
  let query = db
    .selectFrom('publicity_drafts as d')
    .innerJoin('activities as a', 'a.id', 'd.activity_id')
    .leftJoin('communities as c', 'c.id', 'd.community_id')
    .selectAll('d')
    .select(['a.starts_at', 'c.name as community_name'])
    .where('d.status', '=', 'published')
    .where('d.street_id', 'in', (eb) => eb.selectFrom('streets').select('streets.id').where(visibleStreets(scope)));
  if (cursor) {
    const position = decodeFeedCursor(cursor);
    if (!position.ok) return position;
    const { publishedAt, id } = position.value;
    query = query.where((eb) =>
      eb.or([
        eb('d.published_at', '<', publishedAt),
        eb.and([eb('d.published_at', '=', publishedAt), eb('d.id', '<', id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('d.published_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(publicityFeedPageSize + 1)
    .execute();
  const page = rows.slice(0, publicityFeedPageSize);
  const [organizations, covers] = await Promise.all([
    organizationsByActivity(
      db,
      page.map((r) => r.activity_id),
    ),
    coverThumbnails(db, page),
  ]);
  const last = page[page.length - 1];
  return ok({
    items: page.map((r) => ({
      id: r.id,
      code: r.code,
      sharePath: sharePath(r.code),
      activityId: r.activity_id,
      title: r.title,
      lead: r.lead,
      coverThumbnailUrl: covers.get(r.id) ?? null,
      organizations: organizations.get(r.activity_id) ?? [],
      communityName: r.community_name,
      activityStartsAt: r.starts_at.toISOString(),
      publishedAt: (r.published_at as Date).toISOString(),
    })),
    nextCursor:
      rows.length > publicityFeedPageSize && last?.published_at
        ? encodeFeedCursor({ publishedAt: last.published_at, id: last.id })
        : null,
  });
}
