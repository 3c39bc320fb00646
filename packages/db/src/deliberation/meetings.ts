import {
  fail,
  type MeetingInput,
  type MeetingSummary,
  type MeetingUpdate,
  meetingTypeName,
  ok,
  type Result,
} from '@seedbed/core';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visibleMeetings } from '../scope';
import { meetingTypeOf, typeOfMeeting } from './meeting-types';

/**
 * Meetings 议事: made by the team's leader for its own organization, or by staff and the committee for
 * a community; held on a day, at a place, of a type (its rule), with an ordered agenda.
 */
export function createMeeting(call: StoreContext, input: MeetingInput): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const community = await findInScope(tx, 'communities', input.communityId);
    if (!community.ok) return community;
    // A team's account convenes its own organization's meetings only (scope gives it nothing else).
    const organizationId = input.organizationId ?? (tx.scope.kind === 'organization' ? tx.scope.organizationId : null);
    if (organizationId) {
      const organization = await findInScope(tx, 'organizations', organizationId);
      if (!organization.ok) return organization;
      if (!(await servesCommunity(tx, organizationId, input.communityId)))
        return fail('deliberation.organization_elsewhere');
    }
    const type = await meetingTypeOf(tx.db, input.typeId);
    if (!type.ok) return type;
    if (input.councilTermId) {
      const term = await findInScope(tx, 'council_terms', input.councilTermId);
      if (!term.ok) return term;
      if (term.value.organization_id !== organizationId) return fail('deliberation.organization_elsewhere');
    }
    if (input.activityId) {
      const activity = await findInScope(tx, 'activities', input.activityId);
      if (!activity.ok) return activity;
    }
    if (input.programmeId) {
      const programme = await findInScope(tx, 'cultivation_programmes', input.programmeId);
      if (!programme.ok) return programme;
      if (programme.value.street_id !== community.value.street_id) return fail('deliberation.programme_elsewhere');
    }
    const id = tx.newId();
    await insertAudited(
      tx,
      'meetings',
      {
        id,
        street_id: community.value.street_id,
        community_id: input.communityId,
        organization_id: organizationId,
        council_term_id: input.councilTermId ?? null,
        activity_id: input.activityId ?? null,
        programme_id: input.programmeId ?? null,
        ...type.value.column,
        title: input.title,
        held_on: input.heldOn,
        place: input.place || null,
        minutes: null,
        public_summary: null,
        share_code: null,
        created_by: tx.actor.userId,
        created_at: tx.actor.now,
      },
      { action: 'deliberation.meeting.create' },
    );
    await replaceAgenda(tx, { id, street_id: community.value.street_id }, input.agenda);
    return ok({ id });
  });
}

async function servesCommunity(tx: TxContext, organizationId: string, communityId: string): Promise<boolean> {
  const home = await tx.db
    .selectFrom('organizations')
    .select('id')
    .where('id', '=', organizationId)
    .where('home_community_id', '=', communityId)
    .executeTakeFirst();
  if (home) return true;
  const served = await tx.db
    .selectFrom('organization_service_areas')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('community_id', '=', communityId)
    .where('until', 'is', null)
    .executeTakeFirst();
  return served !== undefined;
}

async function replaceAgenda(tx: TxContext, meeting: { id: string; street_id: string }, agenda: readonly string[]) {
  await tx.db.deleteFrom('meeting_agenda_items').where('meeting_id', '=', meeting.id).execute();
  for (const [index, title] of agenda.entries())
    await insertAudited(
      tx,
      'meeting_agenda_items',
      { id: tx.newId(), street_id: meeting.street_id, meeting_id: meeting.id, position: index + 1, title },
      { action: 'deliberation.agenda.set' },
    );
}

/** Title, day, place, agenda (replaced whole, in order), minutes and the public summary. */
export function updateMeeting(call: StoreContext, id: string, input: MeetingUpdate): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const meeting = await findInScope(tx, 'meetings', id, { forUpdate: true });
    if (!meeting.ok) return meeting;
    const changes = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.heldOn !== undefined ? { held_on: input.heldOn } : {}),
      ...(input.place !== undefined ? { place: input.place || null } : {}),
      ...(input.minutes !== undefined ? { minutes: input.minutes || null } : {}),
      ...(input.publicSummary !== undefined ? { public_summary: input.publicSummary || null } : {}),
    };
    if (Object.keys(changes).length > 0)
      await updateAudited(tx, 'meetings', id, changes, { action: 'deliberation.meeting.update' });
    if (input.agenda) await replaceAgenda(tx, meeting.value, input.agenda);
    return ok({ id });
  });
}

/** Sets the code of the meeting's public summary page (/m/{code}) once; later calls keep it. */
export function shareMeeting(call: StoreContext, id: string, code: string): Promise<Result<{ shareCode: string }>> {
  return inTransaction(call, async (tx) => {
    const meeting = await findInScope(tx, 'meetings', id, { forUpdate: true });
    if (!meeting.ok) return meeting;
    if (meeting.value.share_code) return ok({ shareCode: meeting.value.share_code });
    await updateAudited(tx, 'meetings', id, { share_code: code }, { action: 'deliberation.meeting.share' });
    return ok({ shareCode: code });
  });
}

/** Meetings the caller sees, newest first (the newest 500), optionally of one organization, council term or community. */
export async function listMeetings(
  call: Pick<StoreContext, 'db' | 'scope'>,
  query: { organizationId?: string | undefined; councilTermId?: string | undefined; communityId?: string | undefined },
  locale: 'zh-CN' | 'en' = 'zh-CN',
): Promise<Result<MeetingSummary[]>> {
  let select = call.db.selectFrom('meetings').selectAll().where(visibleMeetings(call.scope));
  if (query.organizationId) select = select.where('organization_id', '=', query.organizationId);
  if (query.councilTermId) select = select.where('council_term_id', '=', query.councilTermId);
  if (query.communityId) select = select.where('community_id', '=', query.communityId);
  const rows = await select.orderBy('held_on', 'desc').orderBy('created_at', 'desc').limit(500).execute();
  const summaries: MeetingSummary[] = [];
  for (const row of rows) summaries.push(await summaryOf(call.db, row, locale));
  return ok(summaries);
}

export async function summaryOf(
  db: StoreContext['db'],
  row: {
    id: string;
    title: string;
    held_on: string;
    type_key: string | null;
    type_id: string | null;
    community_id: string;
    organization_id: string | null;
    council_term_id: string | null;
  },
  locale: 'zh-CN' | 'en',
): Promise<MeetingSummary> {
  const type = await typeOfMeeting(db, row);
  return {
    id: row.id,
    title: row.title,
    heldOn: row.held_on,
    typeId: type.id,
    typeKey: type.key,
    typeName: meetingTypeName(type, locale),
    communityId: row.community_id,
    organizationId: row.organization_id,
    councilTermId: row.council_term_id,
  };
}
