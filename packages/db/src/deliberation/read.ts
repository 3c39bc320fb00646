import { type Locale, type Meeting, ok, type Result } from '@seedbed/core';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { summaryOf } from './meetings';
import { attendeesWithNames } from './voters';
import { voteOf } from './votes';

/** A meeting whole: agenda, attendees (names read from people or sign-ins), motions, decisions, follow-ups, minutes, votes. */
export async function findMeeting(
  call: Pick<StoreContext, 'db' | 'scope'>,
  id: string,
  locale: Locale = 'zh-CN',
): Promise<Result<Meeting>> {
  const found = await findInScope(call, 'meetings', id);
  if (!found.ok) return found;
  const meeting = found.value;
  const { db } = call;
  const agenda = await db
    .selectFrom('meeting_agenda_items')
    .select(['position', 'title'])
    .where('meeting_id', '=', id)
    .orderBy('position')
    .execute();
  const motions = await db
    .selectFrom('meeting_motions')
    .select(['id', 'text', 'amends_id', 'agenda_position'])
    .where('meeting_id', '=', id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const decisions = await db
    .selectFrom('meeting_decisions')
    .select(['id', 'text', 'motion_id', 'vote_id'])
    .where('meeting_id', '=', id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const followUps = await db
    .selectFrom('meeting_follow_ups as f')
    .leftJoin('people as p', 'p.id', 'f.owner_person_id')
    .select(['f.id', 'f.what', 'f.owner_person_id', 'p.name as ownerName', 'f.due_on', 'f.done_on'])
    .where('f.meeting_id', '=', id)
    .orderBy('f.created_at')
    .orderBy('f.id')
    .execute();
  const voteRows = await db
    .selectFrom('meeting_votes')
    .selectAll()
    .where('meeting_id', '=', id)
    .orderBy('opened_at')
    .orderBy('id')
    .execute();
  const votes = [];
  for (const vote of voteRows) votes.push(await voteOf(db, vote));
  return ok({
    ...(await summaryOf(db, meeting, locale)),
    place: meeting.place,
    activityId: meeting.activity_id,
    agenda,
    attendees: await attendeesWithNames(db, id),
    motions: motions.map((m) => ({ id: m.id, text: m.text, amendsId: m.amends_id, agendaPosition: m.agenda_position })),
    decisions: decisions.map((d) => ({ id: d.id, text: d.text, motionId: d.motion_id, voteId: d.vote_id })),
    followUps: followUps.map((f) => ({
      id: f.id,
      what: f.what,
      ownerPersonId: f.owner_person_id,
      ownerName: f.ownerName,
      dueOn: f.due_on,
      doneOn: f.done_on,
    })),
    minutes: meeting.minutes,
    publicSummary: meeting.public_summary,
    shareCode: meeting.share_code,
    votes,
  });
}
