import type { ActivitySummary, DuplicateSide } from '@seedbed/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../tables';
import type { ActivitiesTable } from './tables';

/** Activities by id as staff compare them: the summary, and for duplicates what each side holds. */

async function organizationsByActivity(db: Kysely<Database>, ids: readonly string[]) {
  const rows =
    ids.length === 0
      ? []
      : await db
          .selectFrom('activity_organizations as ao')
          .innerJoin('organizations as o', 'o.id', 'ao.organization_id')
          .select(['ao.activity_id', 'o.id', 'o.name'])
          .where('ao.activity_id', 'in', ids)
          .orderBy('ao.position')
          .execute();
  const byActivity = new Map<string, { id: string; name: string }[]>();
  for (const row of rows) byActivity.set(row.activity_id, [...(byActivity.get(row.activity_id) ?? []), row]);
  return byActivity;
}

function sideQuery(db: Kysely<Database>, ids: readonly string[]) {
  return db
    .selectFrom('activities as a')
    .leftJoin('users as u', 'u.id', 'a.recorded_by')
    .selectAll('a')
    .select(['u.display_name as recorded_by_name', 'u.role as recorded_by_role'])
    .select((eb) => [
      eb
        .selectFrom('activity_participants as p')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('p.activity_id', '=', 'a.id')
        .as('participant_count'),
      eb
        .selectFrom('tracking_logs as t')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('t.activity_id', '=', 'a.id')
        .as('tracking_log_count'),
      eb
        .selectFrom('activity_media as m')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('m.activity_id', '=', 'a.id')
        .where('m.kind', '=', 'photo')
        .as('photo_count'),
    ])
    .where('a.id', 'in', ids)
    .orderBy('a.starts_at')
    .orderBy('a.id');
}

/** Summaries of the given activities, in time order (candidates when a visit matches several). */
export async function listActivitiesByIds(db: Kysely<Database>, ids: readonly string[]): Promise<ActivitySummary[]> {
  return (await duplicateSides(db, ids)).map(
    ({
      createdByTracking,
      recordedBy,
      recordedByOrganization,
      content,
      reflection,
      placeText,
      photoCount,
      participantCount,
      trackingLogCount,
      ...summary
    }) => summary,
  );
}

/** What staff compare side by side before merging. */
export async function duplicateSides(db: Kysely<Database>, ids: readonly string[]): Promise<DuplicateSide[]> {
  if (ids.length === 0) return [];
  const [rows, organizations] = await Promise.all([sideQuery(db, ids).execute(), organizationsByActivity(db, ids)]);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    runBy: row.run_by as DuplicateSide['runBy'],
    organizations: organizations.get(row.id) ?? [],
    communityId: row.community_id,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    openness: row.openness as DuplicateSide['openness'],
    organizerCount: row.organizer_count,
    servedCount: row.served_count,
    plannedActivityId: row.planned_activity_id,
    createdByTracking: row.created_by_tracking,
    recordedBy: row.recorded_by_name,
    recordedByOrganization:
      row.recorded_by_role === 'organization_leader' || row.recorded_by_role === 'organization_member',
    content: row.content,
    reflection: row.reflection,
    placeText: row.place_text,
    photoCount: Number(row.photo_count ?? 0),
    participantCount: Number(row.participant_count ?? 0),
    trackingLogCount: Number(row.tracking_log_count ?? 0),
  }));
}

type PlanSide = Pick<Selectable<ActivitiesTable>, 'is_planned_in_project' | 'plan_item_id'>;

/**
 * 计划内 and its plan item survive a merge: the kept record keeps its own link, else takes the
 * other's; it is planned when either side was. Nothing to change answers no columns.
 */
export function planColumnsAfterMerge(kept: PlanSide, merged: PlanSide): Partial<PlanSide> {
  if (kept.plan_item_id || !merged.is_planned_in_project) return {};
  if (kept.is_planned_in_project && !merged.plan_item_id) return {};
  return { is_planned_in_project: true, plan_item_id: merged.plan_item_id };
}
