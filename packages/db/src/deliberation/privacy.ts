import type { PersonExportHook } from '../people';

/**
 * Deliberation's part of a person's export (PIPL art. 45): the meetings they attended as a person,
 * the council terms they sat in, the follow-ups they own, their ballot slips — whether each was
 * used and, for an open vote, the choice they made in the open. A secret ballot's choice is held by
 * nobody, so it is in no export. These rows hold person ids only, never a copy of a name: the
 * person's erasure reaches them through the person's own row, with nothing here to erase.
 */
export const exportDeliberationRecords: PersonExportHook = async ({ db }, person) => {
  const attended = await db
    .selectFrom('meeting_attendees as a')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .select([
      'a.id',
      'm.title as meeting',
      'm.held_on as heldOn',
      'a.is_child as isChild',
      'a.guardian_agreed as guardianAgreed',
    ])
    .where('a.person_id', '=', person.id)
    .orderBy('m.held_on')
    .execute();
  const terms = await db
    .selectFrom('council_term_members as t')
    .innerJoin('council_terms as c', 'c.id', 't.term_id')
    .select([
      't.id',
      'c.organization_id as organizationId',
      'c.number',
      'c.starts_on as startsOn',
      'c.ends_on as endsOn',
    ])
    .where('t.person_id', '=', person.id)
    .orderBy('c.starts_on')
    .execute();
  const followUps = await db
    .selectFrom('meeting_follow_ups')
    .select(['id', 'meeting_id as meetingId', 'what', 'due_on as dueOn', 'done_on as doneOn'])
    .where('owner_person_id', '=', person.id)
    .orderBy('created_at')
    .execute();
  const slips = await db
    .selectFrom('ballot_slips as b')
    .innerJoin('meeting_votes as v', 'v.id', 'b.vote_id')
    .leftJoin('open_ballots as o', 'o.slip_id', 'b.id')
    // A vote of the attendees makes each slip for an attendee row, which may name the person.
    .leftJoin('meeting_attendees as a', 'a.id', 'b.attendee_id')
    .select(['b.id', 'v.question', 'v.is_secret as isSecret', 'b.is_used as isUsed', 'o.choice'])
    .where((eb) => eb.or([eb('b.person_id', '=', person.id), eb('a.person_id', '=', person.id)]))
    .orderBy('v.opened_at')
    .execute();
  return { meetingsAttended: attended, councilTerms: terms, meetingFollowUps: followUps, ballotSlips: slips };
};
