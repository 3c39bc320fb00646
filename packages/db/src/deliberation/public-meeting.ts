import { fail, type Locale, meetingTypeName, ok, type PublicMeeting, type Result } from '@seedbed/core';
import type { PublicContext } from '../context';
import { typeOfMeeting } from './meeting-types';

/**
 * A shared meeting's public summary (/m/{code}), found by its share code without an account. It
 * reads no person's row: attendees are counted, a follow-up says only whether it has an owner — so
 * neither a resident's name nor an erased person can reach the page.
 */
export async function findPublicMeeting(
  call: Pick<PublicContext, 'db'>,
  code: string,
  locale: Locale,
): Promise<Result<PublicMeeting>> {
  const { db } = call;
  const meeting = await db
    .selectFrom('meetings as m')
    .innerJoin('communities as c', 'c.id', 'm.community_id')
    .leftJoin('organizations as o', 'o.id', 'm.organization_id')
    .select([
      'm.id',
      'm.title',
      'm.held_on',
      'm.place',
      'm.type_key',
      'm.type_id',
      'm.public_summary',
      'c.name as communityName',
      'o.name as organizerName',
    ])
    .where('m.share_code', '=', code)
    .executeTakeFirst();
  if (!meeting) return fail('deliberation.unknown_meeting');
  const agenda = await db
    .selectFrom('meeting_agenda_items')
    .select('title')
    .where('meeting_id', '=', meeting.id)
    .orderBy('position')
    .execute();
  const decisions = await db
    .selectFrom('meeting_decisions')
    .select('text')
    .where('meeting_id', '=', meeting.id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const followUps = await db
    .selectFrom('meeting_follow_ups')
    .select(['what', 'owner_person_id', 'due_on', 'done_on'])
    .where('meeting_id', '=', meeting.id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const { count } = await db
    .selectFrom('meeting_attendees')
    .select(db.fn.countAll<string>().as('count'))
    .where('meeting_id', '=', meeting.id)
    .executeTakeFirstOrThrow();
  return ok({
    title: meeting.title,
    typeName: meetingTypeName(await typeOfMeeting(db, meeting), locale),
    heldOn: meeting.held_on,
    place: meeting.place,
    communityName: meeting.communityName,
    organizerName: meeting.organizerName,
    attendeeCount: Number(count),
    summary: meeting.public_summary,
    agenda: agenda.map((a) => a.title),
    decisions: decisions.map((d) => d.text),
    followUps: followUps.map((f) => ({
      what: f.what,
      hasOwner: f.owner_person_id !== null,
      dueOn: f.due_on,
      isDone: f.done_on !== null,
    })),
  });
}
