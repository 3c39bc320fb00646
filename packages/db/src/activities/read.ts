import {
  type ActivityDetail,
  type ActivityListQuery,
  type ActivityMedia,
  type ActivitySummary,
  type AttendanceEntry,
  assessEvidence,
  countAttendance,
  type HeadCountWarning,
  headCountWarnings,
  ok,
  type Result,
  shanghaiDayEnd,
  shanghaiDayStart,
  statedHeadCount,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import type { Db } from '../connection';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { planItemLabels } from '../grants';
import { visibleActivities, visibleOrganizations } from '../scope';
import { selectActivityMedia, toActivityMedia } from './media';
import { signInEvidenceOf } from './sign-in-evidence';
import type { ActivitiesTable } from './tables';
import { notMerged } from './visibility';

export type ActivityDetailRecord = Omit<ActivityDetail, 'warnings'> & { warnings: HeadCountWarning[] };

async function organizationsOf(db: Db, activityIds: readonly string[]) {
  if (activityIds.length === 0) return new Map<string, { id: string; name: string }[]>();
  const rows = await db
    .selectFrom('activity_organizations as ao')
    .innerJoin('organizations', 'organizations.id', 'ao.organization_id')
    .select(['ao.activity_id', 'organizations.id', 'organizations.name'])
    .where('ao.activity_id', 'in', activityIds)
    .orderBy('ao.activity_id')
    .orderBy('ao.position')
    .execute();
  const byActivity = new Map<string, { id: string; name: string }[]>();
  for (const row of rows) {
    const list = byActivity.get(row.activity_id) ?? [];
    list.push({ id: row.id, name: row.name });
    byActivity.set(row.activity_id, list);
  }
  return byActivity;
}

function toSummary(row: Selectable<ActivitiesTable>, organizations: { id: string; name: string }[]): ActivitySummary {
  return {
    id: row.id,
    title: row.title,
    runBy: row.run_by as ActivitySummary['runBy'],
    organizations,
    communityId: row.community_id,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    openness: row.openness as ActivitySummary['openness'],
    organizerCount: row.organizer_count,
    servedCount: row.served_count,
    plannedActivityId: row.planned_activity_id,
  };
}

/** Activities the caller may see, newest first, for an organization or community and a date range. */
export async function listActivities(
  { db, scope }: Pick<StoreContext, 'db' | 'scope'>,
  filter: ActivityListQuery,
): Promise<ActivitySummary[]> {
  let query = db.selectFrom('activities').selectAll('activities').where(visibleActivities(scope)).where(notMerged());
  if (filter.organizationId) {
    const organizationId = filter.organizationId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('activity_organizations as ao')
          .select('ao.activity_id')
          .whereRef('ao.activity_id', '=', 'activities.id')
          .where('ao.organization_id', '=', organizationId),
      ),
    );
  }
  if (filter.communityId) query = query.where('activities.community_id', '=', filter.communityId);
  if (filter.from) query = query.where('activities.starts_at', '>=', shanghaiDayStart(filter.from));
  if (filter.to) query = query.where('activities.starts_at', '<', shanghaiDayEnd(filter.to));
  const rows = await query.orderBy('activities.starts_at', 'desc').limit(500).execute();
  const organizations = await organizationsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toSummary(row, organizations.get(row.id) ?? []));
}

/** A record's or a plan's place in words: the space's or estate's (and courtyard's) name, or the text typed. */
export async function placeName(
  db: Db,
  row: Pick<Selectable<ActivitiesTable>, 'space_id' | 'estate_id' | 'courtyard_id' | 'place_text'>,
): Promise<string | null> {
  if (row.space_id)
    return (
      (await db.selectFrom('spaces').select('name').where('id', '=', row.space_id).executeTakeFirst())?.name ?? null
    );
  if (row.estate_id) {
    const estate = await db.selectFrom('estates').select('name').where('id', '=', row.estate_id).executeTakeFirst();
    const courtyard = row.courtyard_id
      ? await db.selectFrom('courtyards').select('name').where('id', '=', row.courtyard_id).executeTakeFirst()
      : undefined;
    return [estate?.name, courtyard?.name].filter(Boolean).join(' ') || null;
  }
  return row.place_text;
}

/** One activity with its participants, feedback and derived figures (attendance, evidence, warnings). */
export async function findActivity(
  call: Pick<StoreContext, 'db' | 'scope'>,
  id: string,
): Promise<Result<ActivityDetailRecord>> {
  const { db } = call;
  const found = await findInScope(call, 'activities', id);
  if (!found.ok) return found;
  const row = found.value;
  const [organizations, participants, feedback, signIns, recorder, name, media, trackingLogs, planItems] =
    await Promise.all([
      organizationsOf(db, [id]),
      db
        .selectFrom('activity_participants as ap')
        .leftJoin('people', 'people.id', 'ap.person_id')
        .select(['ap.person_id', 'ap.guest_name', 'ap.role', 'people.name', 'people.phone'])
        .where('ap.activity_id', '=', id)
        .orderBy('ap.role')
        .orderBy('people.name')
        .orderBy('ap.guest_name')
        .execute(),
      db
        .selectFrom('activity_feedback')
        .select(['text', 'said_by'])
        .where('activity_id', '=', id)
        .orderBy('position')
        .execute(),
      signInEvidenceOf(db, id, statedHeadCount({ organizerCount: row.organizer_count, servedCount: row.served_count })),
      row.recorded_by
        ? db.selectFrom('users').select('display_name').where('id', '=', row.recorded_by).executeTakeFirst()
        : undefined,
      placeName(db, row),
      mediaOf(db, id),
      db
        .selectFrom('tracking_logs')
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .where('activity_id', '=', id)
        .executeTakeFirstOrThrow(),
      planItemLabels(db, row.plan_item_id ? [row.plan_item_id] : []),
    ]);
  const trackingLogCount = Number(trackingLogs.count);
  const ownOrganizations = organizations.get(id) ?? [];
  // A joint activity names every organization; only those the caller may open are linked (no dead ends).
  const openableOrganizationIds =
    ownOrganizations.length === 0
      ? []
      : (
          await db
            .selectFrom('organizations')
            .select('organizations.id')
            .where(
              'organizations.id',
              'in',
              ownOrganizations.map((o) => o.id),
            )
            .where(visibleOrganizations(call.scope))
            .execute()
        ).map((o) => o.id);
  const entries: AttendanceEntry[] = [
    ...participants.map(
      (p): AttendanceEntry =>
        p.person_id
          ? { kind: 'member', personId: p.person_id, name: p.name ?? '', phone: p.phone }
          : { kind: 'guest', name: p.guest_name ?? '' },
    ),
    ...signIns.entries,
  ];
  const attendance = countAttendance(entries);
  const placeKind = row.space_id ? 'space' : row.estate_id ? 'estate' : row.place_text ? 'text' : null;
  return ok({
    ...toSummary(row, ownOrganizations),
    openableOrganizationIds,
    streetId: row.street_id,
    coHosts: row.co_hosts,
    content: row.content,
    place: placeKind
      ? {
          kind: placeKind,
          spaceId: row.space_id,
          estateId: row.estate_id,
          courtyardId: row.courtyard_id,
          text: row.place_text,
          name,
        }
      : null,
    beneficiaryGroups: row.beneficiary_groups as ActivityDetail['beneficiaryGroups'],
    participants: participants.map((p) => ({
      personId: p.person_id,
      name: p.person_id ? (p.name ?? '') : (p.guest_name ?? ''),
      isGuest: !p.person_id,
      role: p.role as 'organizer' | 'participant',
    })),
    reflection: row.reflection,
    feedback: feedback.map((f) => ({ text: f.text, saidBy: f.said_by })),
    isPlannedInProject: row.is_planned_in_project,
    planItemId: row.plan_item_id,
    planItem: row.plan_item_id ? (planItems.get(row.plan_item_id) ?? null) : null,
    occurrenceOn: row.occurrence_on,
    signInCode: row.sign_in_code,
    selfSignInCount: signIns.count,
    selfSignInsWithPhone: signIns.withPhone,
    signInFlags: signIns.flags,
    attendance,
    evidence: assessEvidence({
      photoCount: media.filter((m) => m.kind === 'photo').length,
      selfSignIns: {
        withPhone: signIns.withPhone,
        withoutPhone: signIns.count - signIns.withPhone,
        flags: signIns.flags,
      },
      hasSignInSheetPhoto: media.some((m) => m.kind === 'sign_in_sheet'),
      hasStaffObservation: trackingLogCount > 0,
    }),
    recordedBy: recorder?.display_name ?? null,
    media,
    trackingLogCount,
    createdByTracking: row.created_by_tracking,
    mergedIntoId: row.merged_into_id,
    warnings: headCountWarnings({ organizerCount: row.organizer_count, servedCount: row.served_count, attendance }),
  });
}

const mediaKindOrder = ['photo', 'video', 'sign_in_sheet', 'record_sheet'] as const;

/** The activity's files as lists show them: photos first, then the clip and the sheet photos. */
async function mediaOf(db: Db, activityId: string): Promise<ActivityMedia[]> {
  const rows = await selectActivityMedia(db)
    .where('m.activity_id', '=', activityId)
    .orderBy('m.position')
    .orderBy('m.created_at')
    .execute();
  return rows.sort((a, b) => mediaKindOrder.indexOf(a.kind) - mediaKindOrder.indexOf(b.kind)).map(toActivityMedia);
}
