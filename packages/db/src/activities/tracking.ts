import {
  type ActivitySummary,
  addDays,
  fail,
  matchTrackingVisit,
  ok,
  type Result,
  type Scope,
  shanghaiDate,
  type TrackingLog,
  type TrackingLogInput,
  type TrackingLogListQuery,
  type TrackingLogUpdateInput,
  type TrackingVisitInput,
} from '@seedbed/core';
import { type Selectable, sql, type Transaction } from 'kysely';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import { visibleActivities, visibleOrganizations } from '../scope';
import type { Database } from '../tables';
import { scopedLookup } from '../visibility';
import { listActivitiesByIds } from './merge-sides';
import { shanghaiDayStart } from './read';
import type { TrackingLogsTable } from './tables';
import { notMerged } from './visibility';

/**
 * Staff tracking logs 追踪日志 (seed 002): what a staff member or assistant saw at an activity.
 * A log always belongs to one activity — an existing one, or one the log makes that the
 * organization may complete — so the organization's record and the staff's observation are one
 * activity (既不重复又不遗漏).
 */

/** Who is reading: staff/assistants/admins get the text, others only that staff observed it. */
export interface TrackingReader {
  scope: Scope;
  readsText: boolean;
}

function logsQuery(db: Db | Transaction<Database>) {
  return db
    .selectFrom('tracking_logs as t')
    .innerJoin('organizations as o', 'o.id', 't.organization_id')
    .innerJoin('users as u', 'u.id', 't.staff_user_id')
    .selectAll('t')
    .select(['o.name as organization_name', 'u.display_name as staff_name'])
    .select((eb) =>
      eb
        .selectFrom('activity_media as m')
        .select((inner) => inner.fn.countAll<string>().as('n'))
        .whereRef('m.tracking_log_id', '=', 't.id')
        .as('photo_count'),
    );
}

type LogRow = Selectable<TrackingLogsTable> & {
  organization_name: string;
  staff_name: string;
  photo_count: string | number | null;
};

function toTrackingLog(row: LogRow, readsText: boolean): TrackingLog {
  return {
    id: row.id,
    activityId: row.activity_id,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    staffUserId: row.staff_user_id,
    staffName: row.staff_name,
    observedStartsAt: row.observed_starts_at.toISOString(),
    observedEndsAt: row.observed_ends_at.toISOString(),
    isSummary: !readsText,
    placeText: readsText ? row.place_text : null,
    observed: readsText ? row.observed : null,
    processRecord: readsText ? row.process_record : null,
    feelings: readsText ? row.feelings : null,
    cultivationIdeas: readsText ? row.cultivation_ideas : null,
    photoCount: Number(row.photo_count ?? 0),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

async function findLog(db: Db | Transaction<Database>, id: string, readsText: boolean) {
  const row = await logsQuery(db).where('t.id', '=', id).executeTakeFirstOrThrow();
  return toTrackingLog(row, readsText);
}

/** The activity a log is written against: visible, and — if it was merged — the one it was merged into. */
async function activityForLog(trx: Transaction<Database>, scope: Scope, activityId: string) {
  const found = await scopedLookup(
    () =>
      trx
        .selectFrom('activities')
        .select(['id', 'street_id', 'merged_into_id'])
        .where('activities.id', '=', activityId)
        .where(visibleActivities(scope))
        .executeTakeFirst(),
    async () => !!(await trx.selectFrom('activities').select('id').where('id', '=', activityId).executeTakeFirst()),
    'activity.unknown',
  );
  if (!found.ok || !found.value.merged_into_id) return found;
  // A staff member with a page opened before the merge: the log goes where the activity now lives.
  return activityForLog(trx, scope, found.value.merged_into_id);
}

async function insertLog(
  trx: Transaction<Database>,
  actor: Actor & { userId: string },
  log: { id: string; activityId: string; organizationId: string; streetId: string; input: TrackingLogInput },
) {
  const { input } = log;
  const row = await trx
    .insertInto('tracking_logs')
    .values({
      id: log.id,
      street_id: log.streetId,
      activity_id: log.activityId,
      organization_id: log.organizationId,
      staff_user_id: actor.userId,
      observed_starts_at: new Date(input.observedStartsAt),
      observed_ends_at: new Date(input.observedEndsAt),
      place_text: input.placeText ?? null,
      observed: input.observed,
      process_record: input.processRecord,
      feelings: input.feelings ?? null,
      cultivation_ideas: input.cultivationIdeas ?? null,
      created_at: actor.now,
      updated_at: actor.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(trx, actor, {
    action: 'tracking.record',
    tableName: 'tracking_logs',
    recordId: log.id,
    streetId: log.streetId,
    after: row,
  });
}

/** A log against an activity staff picked. The organization tracked must be one of its organizers. */
export async function recordTrackingLog(
  db: Db,
  actor: Actor & { userId: string },
  scope: Scope,
  activityId: string,
  log: { id: string; input: TrackingLogInput },
): Promise<Result<TrackingLog>> {
  return db.transaction().execute(async (trx) => {
    const activity = await activityForLog(trx, scope, activityId);
    if (!activity.ok) return activity;
    const organizers = await trx
      .selectFrom('activity_organizations')
      .select(['organization_id', 'street_id'])
      .where('activity_id', '=', activity.value.id)
      .orderBy('position')
      .execute();
    if (organizers.length === 0) return fail('tracking.activity_without_organization');
    const organization = log.input.organizationId
      ? organizers.find((o) => o.organization_id === log.input.organizationId)
      : organizers[0];
    if (!organization) return fail('tracking.organization_not_organizer');
    await insertLog(trx, actor, {
      id: log.id,
      activityId: activity.value.id,
      organizationId: organization.organization_id,
      streetId: activity.value.street_id,
      input: log.input,
    });
    return ok(await findLog(trx, log.id, true));
  });
}

export type TrackingVisitResult =
  | { kind: 'logged'; log: TrackingLog; activityId: string; attachedTo: 'existing' | 'created' }
  | { kind: 'choose'; candidates: ActivitySummary[] };

/**
 * A visit logged without picking an activity: the organization's non-merged activities that day
 * are matched (core's matchTrackingVisit). One match: the log attaches to it. None: an activity is
 * made from the log (created_by_tracking) for the organization to complete. Several: nothing is
 * written and staff choose. Two visits to one organization on one day wait for each other (an
 * advisory lock), so two staff members at the same activity never make two activities.
 */
export async function recordTrackingVisit(
  db: Db,
  actor: Actor & { userId: string },
  scope: Scope,
  visit: { logId: string; newActivity: { id: string; signInCode: string }; input: TrackingVisitInput },
): Promise<Result<TrackingVisitResult>> {
  return db.transaction().execute(async (trx) => {
    const { input } = visit;
    const organization = await scopedLookup(
      () =>
        trx
          .selectFrom('organizations')
          .select(['id', 'street_id', 'home_community_id'])
          .where('organizations.id', '=', input.organizationId)
          .where(visibleOrganizations(scope))
          .executeTakeFirst(),
      async () =>
        !!(await trx
          .selectFrom('organizations')
          .select('id')
          .where('id', '=', input.organizationId)
          .executeTakeFirst()),
      'organization.unknown',
    );
    if (!organization.ok) return organization;
    const startsAt = new Date(input.observedStartsAt);
    const endsAt = new Date(input.observedEndsAt);
    const day = shanghaiDate(startsAt);
    await sql`select pg_advisory_xact_lock(hashtext(${`tracking:${input.organizationId}:${day}`}))`.execute(trx);
    const sameDay = await trx
      .selectFrom('activities')
      .innerJoin('activity_organizations as ao', 'ao.activity_id', 'activities.id')
      .select(['activities.id', 'activities.starts_at', 'activities.ends_at'])
      .where('ao.organization_id', '=', input.organizationId)
      .where(notMerged())
      .where('activities.starts_at', '>=', shanghaiDayStart(day))
      .where('activities.starts_at', '<', shanghaiDayStart(addDays(day, 1)))
      .orderBy('activities.starts_at')
      .execute();
    const match = matchTrackingVisit(
      { organizationIds: [input.organizationId], startsAt, endsAt },
      sameDay.map((a) => ({
        id: a.id,
        organizationIds: [input.organizationId],
        startsAt: a.starts_at,
        endsAt: a.ends_at,
      })),
    );
    if (match.kind === 'choose') {
      return ok({
        kind: 'choose',
        candidates: await listActivitiesByIds(
          trx,
          match.candidates.map((c) => c.id),
        ),
      });
    }
    let activityId: string;
    if (match.kind === 'attach') activityId = match.activity.id;
    else {
      activityId = visit.newActivity.id;
      await createActivityFromVisit(trx, actor, organization.value, visit.newActivity, input);
    }
    await insertLog(trx, actor, {
      id: visit.logId,
      activityId,
      organizationId: input.organizationId,
      streetId: organization.value.street_id,
      input,
    });
    return ok({
      kind: 'logged',
      log: await findLog(trx, visit.logId, true),
      activityId,
      attachedTo: match.kind === 'attach' ? 'existing' : 'created',
    });
  });
}

/**
 * The activity a log makes when the organization has not recorded one (yet): title, time and place
 * from the log, head counts 0 (staff did not count for the organization), no content (the process
 * record is the staff's text, not the organization's). Openness is 'members_only' — the least
 * claim: who could join is evidence of 自益→公益 and only the organization can say it was open; it
 * corrects it when it completes the record.
 */
async function createActivityFromVisit(
  trx: Transaction<Database>,
  actor: Actor & { userId: string },
  organization: { id: string; street_id: string; home_community_id: string },
  activity: { id: string; signInCode: string },
  input: TrackingVisitInput,
) {
  const row = await trx
    .insertInto('activities')
    .values({
      id: activity.id,
      street_id: organization.street_id,
      community_id: organization.home_community_id,
      run_by: 'organizations',
      title: input.observed,
      starts_at: new Date(input.observedStartsAt),
      ends_at: new Date(input.observedEndsAt),
      space_id: null,
      estate_id: null,
      courtyard_id: null,
      place_text: input.placeText ?? null,
      openness: 'members_only',
      organizer_count: 0,
      served_count: 0,
      reflection: null,
      plan_item_ref: null,
      sign_in_code: activity.signInCode,
      planned_activity_id: null,
      occurrence_on: null,
      recorded_by: actor.userId,
      created_by_tracking: true,
      merged_into_id: null,
      merged_at: null,
      merged_by: null,
      updated_at: actor.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('activity_organizations')
    .values({
      activity_id: activity.id,
      organization_id: organization.id,
      street_id: organization.street_id,
      position: 0,
    })
    .execute();
  await recordAudit(trx, actor, {
    action: 'tracking.create_activity',
    tableName: 'activities',
    recordId: activity.id,
    streetId: organization.street_id,
    after: { ...row, organizationIds: [organization.id] },
  });
}

/** The logs of one activity, oldest first; 403/404 as for the activity itself. */
export async function activityTrackingLogs(
  db: Db,
  reader: TrackingReader,
  activityId: string,
): Promise<Result<TrackingLog[]>> {
  const activity = await scopedLookup(
    () =>
      db
        .selectFrom('activities')
        .select('id')
        .where('activities.id', '=', activityId)
        .where(visibleActivities(reader.scope))
        .executeTakeFirst(),
    async () => !!(await db.selectFrom('activities').select('id').where('id', '=', activityId).executeTakeFirst()),
    'activity.unknown',
  );
  if (!activity.ok) return activity;
  const rows = await logsQuery(db)
    .where('t.activity_id', '=', activityId)
    .orderBy('t.observed_starts_at')
    .orderBy('t.created_at')
    .execute();
  return ok(rows.map((row) => toTrackingLog(row, reader.readsText)));
}

/** Staff's list: the logs of the organizations in scope, newest first, filtered; at most 500. */
export async function listTrackingLogs(db: Db, scope: Scope, filter: TrackingLogListQuery): Promise<TrackingLog[]> {
  let query = logsQuery(db).where('t.organization_id', 'in', (eb) =>
    eb.selectFrom('organizations').select('organizations.id').where(visibleOrganizations(scope)),
  );
  if (filter.organizationId) query = query.where('t.organization_id', '=', filter.organizationId);
  if (filter.staffUserId) query = query.where('t.staff_user_id', '=', filter.staffUserId);
  if (filter.from) query = query.where('t.observed_starts_at', '>=', shanghaiDayStart(filter.from));
  if (filter.to) query = query.where('t.observed_starts_at', '<', shanghaiDayStart(addDays(filter.to, 1)));
  const rows = await query.orderBy('t.observed_starts_at', 'desc').limit(500).execute();
  return rows.map((row) => toTrackingLog(row, true));
}

/** A change to a log by its author, or by staff (`mayEditAny`); the span stays sound. */
export async function updateTrackingLog(
  db: Db,
  actor: Actor & { userId: string },
  editor: { scope: Scope; mayEditAny: boolean },
  id: string,
  patch: TrackingLogUpdateInput,
): Promise<Result<TrackingLog>> {
  return db.transaction().execute(async (trx) => {
    const found = await scopedLookup(
      () =>
        trx
          .selectFrom('tracking_logs')
          .selectAll('tracking_logs')
          .where('tracking_logs.id', '=', id)
          .where('tracking_logs.organization_id', 'in', (eb) =>
            eb.selectFrom('organizations').select('organizations.id').where(visibleOrganizations(editor.scope)),
          )
          .forUpdate()
          .executeTakeFirst(),
      async () => !!(await trx.selectFrom('tracking_logs').select('id').where('id', '=', id).executeTakeFirst()),
      'tracking.unknown',
    );
    if (!found.ok) return found;
    const before = found.value;
    if (before.staff_user_id !== actor.userId && !editor.mayEditAny) return fail('tracking.not_author');
    const startsAt = patch.observedStartsAt ? new Date(patch.observedStartsAt) : before.observed_starts_at;
    const endsAt = patch.observedEndsAt ? new Date(patch.observedEndsAt) : before.observed_ends_at;
    if (endsAt < startsAt) return fail('activity.end_before_start');
    const after = await trx
      .updateTable('tracking_logs')
      .set({
        observed_starts_at: startsAt,
        observed_ends_at: endsAt,
        ...(patch.placeText !== undefined && { place_text: patch.placeText }),
        ...(patch.observed !== undefined && { observed: patch.observed }),
        ...(patch.processRecord !== undefined && { process_record: patch.processRecord }),
        ...(patch.feelings !== undefined && { feelings: patch.feelings }),
        ...(patch.cultivationIdeas !== undefined && { cultivation_ideas: patch.cultivationIdeas }),
        updated_at: actor.now,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'tracking.update',
      tableName: 'tracking_logs',
      recordId: id,
      streetId: before.street_id,
      before,
      after,
    });
    return ok(await findLog(trx, id, true));
  });
}
