import {
  type DuplicateListQuery,
  type DuplicatePair,
  fail,
  mergeHeadCounts,
  mergeLists,
  mergeMedia,
  mergeParticipants,
  mergeSignIns,
  mergeTexts,
  ok,
  type Result,
  type Scope,
} from '@seedbed/core';
import { type Selectable, sql, type Transaction } from 'kysely';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import { visibleActivities, visibleOrganizations } from '../scope';
import type { Database } from '../tables';
import { duplicateSides } from './merge-sides';
import type { ActivitiesTable } from './tables';

/**
 * Suspected duplicates and merging (既不重复又不遗漏, seed 002). Two non-merged activities are
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
  db: Db,
  scope: Scope,
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

type ActivityRow = Selectable<ActivitiesTable>;

/** Both records, locked in id order (two merges of overlapping pairs never deadlock), in scope. */
async function lockPair(trx: Transaction<Database>, scope: Scope, ids: [string, string]) {
  const rows = await trx
    .selectFrom('activities')
    .selectAll('activities')
    .where('activities.id', 'in', ids)
    .where(visibleActivities(scope))
    .orderBy('activities.id')
    .forUpdate()
    .execute();
  if (rows.length < 2) {
    const existing = await trx.selectFrom('activities').select('id').where('id', 'in', ids).execute();
    return fail<ActivityRow[]>(existing.length < 2 ? 'activity.unknown' : 'auth.forbidden');
  }
  return ok(ids.map((id) => rows.find((r) => r.id === id)!));
}

async function authorName(trx: Transaction<Database>, userId: string | null) {
  if (!userId) return null;
  const user = await trx.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirst();
  return user?.display_name ?? null;
}

/**
 * Merges record `mergeId` into `keepId` in one transaction (staff confirmed they are one activity):
 * organizations (union), participants (each person/guest once), feedback (appended), self
 * sign-ins (each identity once), media (all kept; the same bytes once; renumbered after the kept
 * record's), tracking logs, the planned date it fulfilled; both authors' content and reflection
 * (core's mergeTexts); head counts the larger (core's mergeHeadCounts). The organization's side is
 * authoritative for what it did: when the kept record was made by a tracking log and the other is
 * the organization's, the organization's title and openness win. The merged record stays, pointing
 * to the kept one (its idempotent submissions follow the pointer); earlier merges into it are
 * re-pointed. Repeated participants and sign-ins are deleted; a repeated file stays with the merged
 * record (no file is ever lost).
 */
export async function mergeActivities(
  db: Db,
  actor: Actor & { userId: string },
  scope: Scope,
  pair: { keepId: string; mergeId: string },
): Promise<Result<{ id: string }>> {
  if (pair.keepId === pair.mergeId) return fail('tracking.merge_same_activity');
  return db.transaction().execute(async (trx) => {
    const locked = await lockPair(trx, scope, [pair.keepId, pair.mergeId]);
    if (!locked.ok) return locked;
    const [kept, merged] = locked.value as [ActivityRow, ActivityRow];
    if (kept.merged_into_id || merged.merged_into_id) return fail('tracking.merge_already_merged');
    const organizations = await trx
      .selectFrom('activity_organizations')
      .selectAll()
      .where('activity_id', 'in', [kept.id, merged.id])
      .orderBy('position')
      .execute();
    const keptOrganizations = organizations.filter((o) => o.activity_id === kept.id);
    const mergedOrganizations = organizations.filter((o) => o.activity_id === merged.id);
    const shared = mergedOrganizations.some((m) =>
      keptOrganizations.some((k) => k.organization_id === m.organization_id),
    );
    if (!shared) return fail('tracking.merge_no_common_organization');

    const moved = {
      organizations: await unionOrganizations(trx, kept.id, keptOrganizations, mergedOrganizations),
      participants: await moveParticipants(trx, kept.id, merged.id),
      feedback: await moveFeedback(trx, kept.id, merged.id),
      signIns: await moveSignIns(trx, kept.id, merged.id),
      media: await moveMedia(trx, kept.id, merged.id),
      ...(await moveOtherCapabilities(trx, kept.id, merged.id, actor.now)),
      trackingLogs: (
        await trx
          .updateTable('tracking_logs')
          .set({ activity_id: kept.id, updated_at: actor.now })
          .where('activity_id', '=', merged.id)
          .returning('id')
          .execute()
      ).map((r) => r.id),
    };

    const [keptAuthor, mergedAuthor] = await Promise.all([
      authorName(trx, kept.recorded_by),
      authorName(trx, merged.recorded_by),
    ]);
    const organizationWins = kept.created_by_tracking && !merged.created_by_tracking;
    const movePlan = !kept.planned_activity_id && merged.planned_activity_id !== null;
    await trx
      .updateTable('activities')
      .set({ merged_into_id: kept.id, merged_at: actor.now, merged_by: actor.userId, updated_at: actor.now })
      .where('id', '=', merged.id)
      .execute();
    if (movePlan) {
      // The unique (planned_activity_id, occurrence_on) needs the merged record to let go first.
      await trx
        .updateTable('activities')
        .set({ planned_activity_id: null, occurrence_on: null })
        .where('id', '=', merged.id)
        .execute();
    }
    const counts = mergeHeadCounts(
      { organizerCount: kept.organizer_count, servedCount: kept.served_count },
      { organizerCount: merged.organizer_count, servedCount: merged.served_count },
    );
    const hasPlace = kept.space_id || kept.estate_id || kept.place_text;
    const after = await trx
      .updateTable('activities')
      .set({
        ...(organizationWins && { title: merged.title, openness: merged.openness }),
        content:
          mergeTexts(
            {
              text: organizationWins ? merged.content : kept.content,
              authorName: organizationWins ? mergedAuthor : keptAuthor,
            },
            {
              text: organizationWins ? kept.content : merged.content,
              authorName: organizationWins ? keptAuthor : mergedAuthor,
            },
          ) ?? '',
        reflection: mergeTexts(
          { text: kept.reflection, authorName: keptAuthor },
          { text: merged.reflection, authorName: mergedAuthor },
        ),
        organizer_count: counts.organizerCount,
        served_count: counts.servedCount,
        co_hosts: mergeLists(kept.co_hosts, merged.co_hosts),
        beneficiary_groups: mergeLists(kept.beneficiary_groups, merged.beneficiary_groups),
        ...(!hasPlace && {
          space_id: merged.space_id,
          estate_id: merged.estate_id,
          courtyard_id: merged.courtyard_id,
          place_text: merged.place_text,
        }),
        ...(!kept.community_id && { community_id: merged.community_id }),
        ...(movePlan && { planned_activity_id: merged.planned_activity_id, occurrence_on: merged.occurrence_on }),
        ...(!kept.is_planned_in_project &&
          merged.is_planned_in_project && { is_planned_in_project: true, plan_item_ref: merged.plan_item_ref }),
        // Still "made by tracking" only if neither side is the organization's own record.
        created_by_tracking: kept.created_by_tracking && merged.created_by_tracking,
        updated_at: actor.now,
      })
      .where('id', '=', kept.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('activities')
      .set({ merged_into_id: kept.id, updated_at: actor.now })
      .where('merged_into_id', '=', merged.id)
      .execute();
    await recordAudit(trx, actor, {
      action: 'activity.merge',
      tableName: 'activities',
      recordId: kept.id,
      streetId: kept.street_id,
      before: kept,
      after: { ...after, mergedId: merged.id, moved },
    });
    await recordAudit(trx, actor, {
      action: 'activity.merged_into',
      tableName: 'activities',
      recordId: merged.id,
      streetId: merged.street_id,
      before: merged,
      after: { mergedIntoId: kept.id },
    });
    return ok({ id: kept.id });
  });
}

type OrganizationRow = Selectable<Database['activity_organizations']>;

async function unionOrganizations(
  trx: Transaction<Database>,
  keptId: string,
  kept: OrganizationRow[],
  merged: OrganizationRow[],
) {
  const missing = merged.filter((m) => !kept.some((k) => k.organization_id === m.organization_id));
  const next = Math.max(-1, ...kept.map((k) => k.position)) + 1;
  if (missing.length > 0)
    await trx
      .insertInto('activity_organizations')
      .values(
        missing.map((m, i) => ({
          activity_id: keptId,
          organization_id: m.organization_id,
          street_id: m.street_id,
          position: next + i,
        })),
      )
      .execute();
  return missing.map((m) => m.organization_id);
}

async function moveParticipants(trx: Transaction<Database>, keptId: string, mergedId: string) {
  const rows = await trx
    .selectFrom('activity_participants')
    .select(['id', 'activity_id', 'person_id', 'guest_name', 'role'])
    .where('activity_id', 'in', [keptId, mergedId])
    .orderBy('id')
    .execute();
  const asMerge = (r: (typeof rows)[number]) => ({
    id: r.id,
    personId: r.person_id,
    guestName: r.guest_name,
    role: r.role as 'organizer' | 'participant',
  });
  const plan = mergeParticipants(
    rows.filter((r) => r.activity_id === keptId).map(asMerge),
    rows.filter((r) => r.activity_id === mergedId).map(asMerge),
  );
  if (plan.drop.length > 0) await trx.deleteFrom('activity_participants').where('id', 'in', plan.drop).execute();
  if (plan.move.length > 0)
    await trx.updateTable('activity_participants').set({ activity_id: keptId }).where('id', 'in', plan.move).execute();
  if (plan.promote.length > 0)
    await trx.updateTable('activity_participants').set({ role: 'organizer' }).where('id', 'in', plan.promote).execute();
  return plan;
}

async function moveFeedback(trx: Transaction<Database>, keptId: string, mergedId: string) {
  const last = await trx
    .selectFrom('activity_feedback')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('activity_id', '=', keptId)
    .executeTakeFirst();
  const rows = await trx
    .selectFrom('activity_feedback')
    .select(['id', 'position'])
    .where('activity_id', '=', mergedId)
    .orderBy('position')
    .execute();
  const start = (last?.position ?? -1) + 1;
  for (const [i, row] of rows.entries())
    await trx
      .updateTable('activity_feedback')
      .set({ activity_id: keptId, position: start + i })
      .where('id', '=', row.id)
      .execute();
  return rows.map((r) => r.id);
}

async function moveSignIns(trx: Transaction<Database>, keptId: string, mergedId: string) {
  const rows = await trx
    .selectFrom('activity_sign_ins')
    .select(['id', 'activity_id', 'identity_key as identityKey'])
    .where('activity_id', 'in', [keptId, mergedId])
    .orderBy('signed_at')
    .execute();
  const plan = mergeSignIns(
    rows.filter((r) => r.activity_id === keptId),
    rows.filter((r) => r.activity_id === mergedId),
  );
  if (plan.drop.length > 0) await trx.deleteFrom('activity_sign_ins').where('id', 'in', plan.drop).execute();
  if (plan.move.length > 0)
    await trx.updateTable('activity_sign_ins').set({ activity_id: keptId }).where('id', 'in', plan.move).execute();
  return plan;
}

async function moveMedia(trx: Transaction<Database>, keptId: string, mergedId: string) {
  const rows = await trx
    .selectFrom('activity_media')
    .select(['id', 'activity_id', 'kind', 'content_hash as contentHash', 'position'])
    .where('activity_id', 'in', [keptId, mergedId])
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  const plan = mergeMedia(
    rows.filter((r) => r.activity_id === keptId),
    rows.filter((r) => r.activity_id === mergedId),
  );
  for (const move of plan.move)
    await trx
      .updateTable('activity_media')
      .set({ activity_id: keptId, position: move.position })
      .where('id', '=', move.id)
      .execute();
  return plan;
}

/**
 * What later capabilities hang on an activity moves too, so the kept record is complete:
 * volunteers' own sign-ins/sign-outs (one per phone: a phone on both records stays with the merged
 * one), their hours (every version; when one person has current hours from the same organization on
 * both records, one supersedes the other — proven hours over hours entered afterwards, else the kept
 * record's — so nobody's service counts twice and the history stays), and a publicity draft when only the merged record had one (one draft per activity: when
 * both had one, the merged record's stays with it).
 */
async function moveOtherCapabilities(trx: Transaction<Database>, keptId: string, mergedId: string, now: Date) {
  const attendances = await trx
    .updateTable('volunteer_attendances')
    .set({ activity_id: keptId })
    .where('activity_id', '=', mergedId)
    .where((eb) =>
      eb.or([
        eb('phone', 'is', null),
        eb(
          'phone',
          'not in',
          eb
            .selectFrom('volunteer_attendances as kept')
            .select('kept.phone')
            .where('kept.activity_id', '=', keptId)
            .where('kept.phone', 'is not', null)
            .$narrowType<{ phone: string }>(),
        ),
      ]),
    )
    .returning('id')
    .execute();
  const clashes = await trx
    .selectFrom('volunteer_hours as m')
    .innerJoin('volunteer_hours as k', (join) =>
      join.onRef('k.organization_id', '=', 'm.organization_id').onRef('k.person_id', '=', 'm.person_id'),
    )
    .select(['m.id as mergedHoursId', 'm.basis as mergedBasis', 'k.id as keptHoursId', 'k.basis as keptBasis'])
    .where('m.activity_id', '=', mergedId)
    .where('k.activity_id', '=', keptId)
    .where('m.superseded_by', 'is', null)
    .where('k.superseded_by', 'is', null)
    .execute();
  for (const clash of clashes) {
    const mergedWins = clash.mergedBasis !== 'entered_afterwards' && clash.keptBasis === 'entered_afterwards';
    const [superseded, current] = mergedWins
      ? [clash.keptHoursId, clash.mergedHoursId]
      : [clash.mergedHoursId, clash.keptHoursId];
    await trx
      .updateTable('volunteer_hours')
      .set({ superseded_by: current, superseded_at: now })
      .where('id', '=', superseded)
      .execute();
  }
  const hours = await trx
    .updateTable('volunteer_hours')
    .set({ activity_id: keptId })
    .where('activity_id', '=', mergedId)
    .returning('id')
    .execute();
  const keptHasDraft = await trx
    .selectFrom('publicity_drafts')
    .select('id')
    .where('activity_id', '=', keptId)
    .executeTakeFirst();
  const drafts = keptHasDraft
    ? []
    : await trx
        .updateTable('publicity_drafts')
        .set({ activity_id: keptId })
        .where('activity_id', '=', mergedId)
        .returning('id')
        .execute();
  return {
    volunteerAttendances: attendances.map((r) => r.id),
    volunteerHours: hours.map((r) => r.id),
    publicityDrafts: drafts.map((r) => r.id),
  };
}

/** Staff say two suspected duplicates are different activities: they are not suggested again. */
export async function markActivitiesDistinct(
  db: Db,
  actor: Actor & { userId: string },
  scope: Scope,
  pair: { firstId: string; secondId: string },
): Promise<Result<{ firstId: string; secondId: string }>> {
  if (pair.firstId === pair.secondId) return fail('tracking.merge_same_activity');
  const [firstId, secondId] = [pair.firstId, pair.secondId].sort() as [string, string];
  return db.transaction().execute(async (trx) => {
    const locked = await lockPair(trx, scope, [firstId, secondId]);
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
