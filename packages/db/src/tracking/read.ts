import {
  ok,
  type Result,
  shanghaiDayEnd,
  shanghaiDayStart,
  type TrackingLog,
  type TrackingLogListQuery,
} from '@seedbed/core';
import type { Kysely, Selectable } from 'kysely';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visibleOrganizations } from '../scope';
import type { Database } from '../tables';
import type { TrackingLogsTable } from './tables';

/** Reading staff tracking logs 追踪日志 (writes in record.ts and update.ts): an activity's, and staff's list. */

function logsQuery(db: Kysely<Database>) {
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

export async function findLog(db: Kysely<Database>, id: string, readsText: boolean) {
  const row = await logsQuery(db).where('t.id', '=', id).executeTakeFirstOrThrow();
  return toTrackingLog(row, readsText);
}

/**
 * The logs of one activity, oldest first; 403/404 as for the activity itself. `readsText`: staff,
 * assistants and admins get the text, others only that staff observed it (who, when).
 */
export async function activityTrackingLogs(
  call: Pick<StoreContext, 'db' | 'scope'>,
  activityId: string,
  { readsText }: { readsText: boolean },
): Promise<Result<TrackingLog[]>> {
  const activity = await findInScope(call, 'activities', activityId);
  if (!activity.ok) return activity;
  const rows = await logsQuery(call.db)
    .where('t.activity_id', '=', activityId)
    .orderBy('t.observed_starts_at')
    .orderBy('t.created_at')
    .execute();
  return ok(rows.map((row) => toTrackingLog(row, readsText)));
}

/** Staff's list: the logs of the organizations in scope, newest first, filtered; at most 500. */
export async function listTrackingLogs(
  { db, scope }: Pick<StoreContext, 'db' | 'scope'>,
  filter: TrackingLogListQuery,
): Promise<TrackingLog[]> {
  let query = logsQuery(db).where('t.organization_id', 'in', (eb) =>
    eb.selectFrom('organizations').select('organizations.id').where(visibleOrganizations(scope)),
  );
  if (filter.organizationId) query = query.where('t.organization_id', '=', filter.organizationId);
  if (filter.staffUserId) query = query.where('t.staff_user_id', '=', filter.staffUserId);
  if (filter.from) query = query.where('t.observed_starts_at', '>=', shanghaiDayStart(filter.from));
  if (filter.to) query = query.where('t.observed_starts_at', '<', shanghaiDayEnd(filter.to));
  const rows = await query.orderBy('t.observed_starts_at', 'desc').limit(500).execute();
  return rows.map((row) => toTrackingLog(row, true));
}
