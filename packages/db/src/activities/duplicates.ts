import {
  type ActivitySummary,
  activitiesOverlap,
  type DuplicateListQuery,
  type DuplicatePair,
  fail,
  ok,
  type PossibleDuplicatesQuery,
  type Result,
  shanghaiDate,
  shanghaiDayEnd,
  shanghaiDayStart,
} from '@seedbed/core';
import { type Kysely, sql } from 'kysely';
import { recordAudit } from '../audit';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findAllInScope, findInScope } from '../find-in-scope';
import { visibleOrganizations } from '../scope';
import type { Database } from '../tables';
import { duplicateSides, listActivitiesByIds } from './merge-sides';
import { notMerged } from './visibility';

/**
 * Suspected duplicates (既不重复又不遗漏, seed 002; merging them is merge.ts). Two non-merged activities are
 * suspected to be one when they share an organization, start on the same Shanghai day and their
 * spans overlap, touching ends included — the SQL form of core's activitiesOverlap. Pairs of two
 * activities made by tracking logs are not suggested (a second log attaches to the first one's
 * activity, so two can only be there on purpose), nor pairs staff said are different.
 *
 * A joint activity may be recorded in two streets (each record lies in its first organizer's
 * street): such a pair is suggested too, to the street of either side.
 *
 * One set-based query whatever the planner knows (it must stay fast on a freshly loaded street,
 * before PostgreSQL has statistics): the organizations concerned are collected once into an array
 * (an index lookup, never a join against a subquery repeated per row); their records are grouped by
 * (organization, Shanghai day) and only groups of two or more are paired, inside the group.
 * Both sides' details then come in one batch (duplicateSides).
 */
export async function listSuspectedDuplicates(
  { db, scope }: Pick<StoreContext, 'db' | 'scope'>,
  filter: DuplicateListQuery,
): Promise<DuplicatePair[]> {
  // The pair's shared organization must be visible; when it is, both activities are
  // (visibleActivities: any organizer visible), so scope is applied once, on the organization.
  const visible = db.selectFrom('organizations').select('organizations.id').where(visibleOrganizations(scope));
  const { activityId, streetId } = filter;
  const anchor = activityId ? sql`a.id = ${activityId}` : streetId ? sql`a.street_id = ${streetId}` : null;
  // The organizations of the activities asked about (all visible ones when none is named).
  const concerned = anchor
    ? sql`ao.organization_id = any(array(
        select distinct organizer.organization_id
        from activities a join activity_organizations organizer on organizer.activity_id = a.id
        where ${anchor} and a.merged_into_id is null
      ))`
    : sql`true`;
  const anchored = [
    activityId ? sql`(x.id = ${activityId} or y.id = ${activityId})` : sql`true`,
    streetId ? sql`(x.street_id = ${streetId} or y.street_id = ${streetId})` : sql`true`,
  ];
  const { rows: pairs } = await sql<{ first_id: string; second_id: string }>`
    select least(x.id, y.id) as first_id, greatest(x.id, y.id) as second_id,
      max(greatest(x.starts_at, y.starts_at)) as latest
    from (
      select array_agg(a.id) as ids, array_agg(a.street_id) as streets, array_agg(a.starts_at) as starts,
        array_agg(a.ends_at) as ends, array_agg(a.created_by_tracking) as tracked
      from activity_organizations ao join activities a on a.id = ao.activity_id
      where a.merged_into_id is null and ${concerned} and ao.organization_id = any(array${visible})
      group by ao.organization_id, (a.starts_at at time zone 'Asia/Shanghai')::date
      having count(*) > 1
    ) g
    cross join lateral unnest(g.ids, g.streets, g.starts, g.ends, g.tracked)
      with ordinality as x(id, street_id, starts_at, ends_at, tracked, n)
    cross join lateral unnest(g.ids, g.streets, g.starts, g.ends, g.tracked)
      with ordinality as y(id, street_id, starts_at, ends_at, tracked, n)
    where x.n < y.n
      and x.starts_at <= y.ends_at and y.starts_at <= x.ends_at
      and not (x.tracked and y.tracked)
      and ${sql.join(anchored, sql` and `)}
      and not exists (
        select 1 from activity_distinct_pairs d
        where d.first_activity_id = least(x.id, y.id) and d.second_activity_id = greatest(x.id, y.id)
      )
    group by 1, 2
    order by latest desc, first_id, second_id
    limit 200
  `.execute(db);
  const sides = new Map(
    (await duplicateSides(db, [...new Set(pairs.flatMap((p) => [p.first_id, p.second_id]))])).map((s) => [s.id, s]),
  );
  return pairs
    .map((p) => ({ first: sides.get(p.first_id)!, second: sides.get(p.second_id)! }))
    .sort((x, y) => y.first.startsAt.localeCompare(x.first.startsAt));
}

/**
 * An organization's non-merged records starting on one Shanghai day, in time order: the only ones
 * core's activitiesOverlap can match (a tracking visit, the leader's duplicate warning).
 */
export function sameDayRecords(db: Kysely<Database>, organizationId: string, day: string) {
  return db
    .selectFrom('activities')
    .innerJoin('activity_organizations as ao', 'ao.activity_id', 'activities.id')
    .select(['activities.id', 'activities.starts_at', 'activities.ends_at'])
    .where('ao.organization_id', '=', organizationId)
    .where(notMerged())
    .where('activities.starts_at', '>=', shanghaiDayStart(day))
    .where('activities.starts_at', '<', shanghaiDayEnd(day))
    .orderBy('activities.starts_at')
    .execute();
}

/**
 * Before the leader submits a record: the team's records that staff would later list beside it
 * as suspected duplicates (the rule above: same organization, same Shanghai day, overlapping time,
 * core's activitiesOverlap), so the leader can open the one already there instead. The
 * organization must be in the caller's scope (a leader: their own team).
 */
export async function listPossibleDuplicates(
  call: Pick<StoreContext, 'db' | 'scope'>,
  query: PossibleDuplicatesQuery,
): Promise<Result<ActivitySummary[]>> {
  const organization = await findInScope(call, 'organizations', query.organizationId);
  if (!organization.ok) return organization;
  const startsAt = new Date(query.startsAt);
  const endsAt = new Date(query.endsAt ?? query.startsAt);
  if (endsAt < startsAt) return fail('activity.end_before_start');
  const span = { organizationIds: [query.organizationId], startsAt, endsAt };
  const candidates = await sameDayRecords(call.db, query.organizationId, shanghaiDate(startsAt));
  const overlapping = candidates.filter(
    (record) =>
      record.id !== query.exceptId &&
      activitiesOverlap(span, { ...span, startsAt: record.starts_at, endsAt: record.ends_at }),
  );
  return ok(
    await listActivitiesByIds(
      call.db,
      overlapping.map((record) => record.id),
    ),
  );
}

/** Both records, locked in id order (two merges of overlapping pairs never deadlock), in scope. */
export function lockPair(tx: Pick<TxContext, 'db' | 'scope'>, ids: [string, string]) {
  return findAllInScope(tx, 'activities', ids, { forUpdate: true });
}

/** Staff say two suspected duplicates are different activities: they are not suggested again. */
export async function markActivitiesDistinct(
  call: StoreContext,
  pair: { firstId: string; secondId: string },
): Promise<Result<{ firstId: string; secondId: string }>> {
  if (pair.firstId === pair.secondId) return fail('tracking.merge_same_activity');
  const [firstId, secondId] = [pair.firstId, pair.secondId].sort() as [string, string];
  return inTransaction(call, async ({ db: trx, actor, scope }) => {
    const locked = await lockPair({ db: trx, scope }, [firstId, secondId]);
    if (!locked.ok) return locked;
    const inserted = await trx
      .insertInto('activity_distinct_pairs')
      .values({
        street_id: locked.value[0]!.street_id,
        first_activity_id: firstId,
        second_activity_id: secondId,
        decided_by: actor.userId,
        decided_at: actor.now,
      })
      .onConflict((oc) => oc.columns(['first_activity_id', 'second_activity_id']).doNothing())
      .returningAll()
      .executeTakeFirst();
    // Not insertAudited: a pair decided before is kept as it was, with no second audit entry.
    if (inserted)
      await recordAudit(trx, actor, {
        action: 'activity.distinct',
        tableName: 'activity_distinct_pairs',
        recordId: firstId,
        streetId: inserted.street_id,
        after: inserted,
      });
    return ok({ firstId, secondId });
  });
}
