import { addDays, fail, ok, type Result, sharePath, type WhatsOn, whatsOnDays } from '@seedbed/core';
import { listOccurrences } from '../activities';
import type { PublicContext } from '../context';
import { coverThumbnails, everyone, organizationsByActivity } from './facts';

/**
 * What is on in a community, for residents (public, nothing personal): planned dates of the next
 * four weeks that residents may join (open to all, or by invitation — members-only ones are the
 * team's own business), each repeating plan expanded, and the six latest published drafts there.
 */
export async function whatsOn(
  { db, today, actor }: Pick<PublicContext, 'db' | 'today' | 'actor'>,
  communityId: string,
): Promise<Result<WhatsOn>> {
  const { now } = actor;
  const community = await db
    .selectFrom('communities')
    .innerJoin('streets', 'streets.id', 'communities.street_id')
    .select(['communities.id', 'communities.name', 'streets.name as street_name'])
    .where('communities.id', '=', communityId)
    .executeTakeFirst();
  if (!community) return fail('community.unknown');
  const to = addDays(today, whatsOnDays - 1);
  const occurrences = await listOccurrences({ db, scope: everyone }, { communityId, from: today, to });
  if (!occurrences.ok) return occurrences;
  const open = occurrences.value.filter(
    (o) => o.openness !== 'members_only' && new Date(o.endsAt).getTime() > now.getTime(),
  );
  const planIds = [...new Set(open.map((o) => o.plannedActivityId))];
  const plans =
    planIds.length === 0
      ? []
      : await db
          .selectFrom('planned_activities as p')
          .leftJoin('spaces', 'spaces.id', 'p.space_id')
          .leftJoin('estates', 'estates.id', 'p.estate_id')
          .leftJoin('courtyards', 'courtyards.id', 'p.courtyard_id')
          .select([
            'p.id',
            'p.content',
            'p.place_text',
            'spaces.name as space_name',
            'estates.name as estate_name',
            'courtyards.name as courtyard_name',
          ])
          .where('p.id', 'in', planIds)
          .execute();
  const planById = new Map(plans.map((p) => [p.id, p]));
  const drafts = await db
    .selectFrom('publicity_drafts as d')
    .innerJoin('activities as a', 'a.id', 'd.activity_id')
    .selectAll('d')
    .select('a.starts_at')
    .where('d.status', '=', 'published')
    .where('d.community_id', '=', communityId)
    .orderBy('d.published_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(6)
    .execute();
  const [organizations, covers] = await Promise.all([
    organizationsByActivity(
      db,
      drafts.map((d) => d.activity_id),
    ),
    coverThumbnails(db, drafts),
  ]);
  return ok({
    community: { id: community.id, name: community.name, streetName: community.street_name },
    from: today,
    to,
    upcoming: open.map((o) => {
      const plan = planById.get(o.plannedActivityId);
      const estate = [plan?.estate_name, plan?.courtyard_name].filter(Boolean).join(' ');
      const placeName = plan?.space_name || estate || plan?.place_text || o.placeText || null;
      return {
        on: o.on,
        startsAt: o.startsAt,
        endsAt: o.endsAt,
        title: o.title,
        content: plan?.content ?? '',
        organizationName: o.organizationName,
        placeName,
        openness: o.openness as 'invited' | 'open_to_all',
      };
    }),
    recent: drafts.map((d) => ({
      code: d.code,
      sharePath: sharePath(d.code),
      title: d.title,
      lead: d.lead,
      coverThumbnailUrl: covers.get(d.id) ?? null,
      organizationNames: (organizations.get(d.activity_id) ?? []).map((o) => o.name),
      activityStartsAt: d.starts_at.toISOString(),
      publishedAt: (d.published_at as Date).toISOString(),
    })),
  });
}
